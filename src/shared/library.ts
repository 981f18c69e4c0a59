import * as v from 'valibot'
import { STATUSES, type ArticleContent, type ArticleStatus, type ArticleSummary } from './article/model'

/** Types the library's calls share between the services and the UI (list and search pages, revisions, recovery notices). */
const isoInstant = v.pipe(
  v.string(),
  v.maxLength(40),
  v.check((text) => !Number.isNaN(Date.parse(text)), 'not a date')
)

/** A call that names no limit gets this many stories; one call never carries more than LIST_PAGE_MAX. */
export const LIST_PAGE_SIZE = 200
export const LIST_PAGE_MAX = 1000
/** Search results per call when none is named, and at most. */
export const SEARCH_PAGE_SIZE = 50
export const SEARCH_PAGE_MAX = 500

/** A span of time, [from, to): either end may be left open. */
const instantWindow = v.strictObject({ from: v.optional(isoInstant), to: v.optional(isoInstant) })
export type InstantWindow = v.InferOutput<typeof instantWindow>

/** An opaque position in one ordering of the list (ListPage.next); only the service reads it. */
const cursorSchema = v.pipe(v.string(), v.maxLength(4096), v.regex(/^[A-Za-z0-9_-]+$/, 'not a list cursor'))
const pageSize = (max: number) => v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(max))

/**
 * One page of the library. Pages are addressed either by `offset` (a virtualized list jumping to row 7,000) or by
 * `after` (the `next` of the previous page: stories created or trashed between two calls neither repeat nor push a
 * story out of the walk); not both.
 */
export const listQuerySchema = v.pipe(
  v.strictObject({
    trash: v.optional(v.picklist(['exclude', 'only', 'include'])),
    status: v.optional(v.pipe(v.array(v.picklist(STATUSES)), v.maxLength(STATUSES.length))),
    section: v.optional(v.pipe(v.string(), v.maxLength(200))),
    byline: v.optional(v.pipe(v.string(), v.maxLength(300))),
    /** Only the stories this profile owns («আমার লেখা»). */
    ownerId: v.optional(v.pipe(v.string(), v.maxLength(64))),
    from: v.optional(isoInstant),
    to: v.optional(isoInstant),
    /** Only stories whose published time (what readers see, `live.publishedAt`) falls in this window («আজ প্রকাশিত»). */
    published: v.optional(instantWindow),
    /** Also count the stories published in this window (`counts.published`), whatever this page shows. */
    countPublished: v.optional(instantWindow),
    sort: v.optional(v.picklist(['modified', 'created', 'headline'])),
    order: v.optional(v.picklist(['asc', 'desc'])),
    offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
    after: v.optional(cursorSchema),
    limit: v.optional(pageSize(LIST_PAGE_MAX)),
    ids: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(10_000)))
  }),
  v.check((query) => query.offset === undefined || query.after === undefined, 'offset and after cannot be combined')
)
export type ListQuery = v.InferOutput<typeof listQuerySchema>

export const searchQuerySchema = v.strictObject({
  query: v.pipe(v.string(), v.maxLength(500)),
  /** Narrow the hits the same way as the list: by state and by owner. */
  status: v.optional(v.pipe(v.array(v.picklist(STATUSES)), v.maxLength(STATUSES.length))),
  ownerId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  limit: v.optional(pageSize(SEARCH_PAGE_MAX))
})
export type SearchQuery = v.InferOutput<typeof searchQuerySchema>

/**
 * Counts from the library index for the tabs and filters, over the stories that match the query's other filters
 * (owner, section, byline, dates, ids) whatever its `status`, `trash` and `published` say — so the numbers stay put
 * while the user switches between states and views.
 */
export interface LibraryCounts {
  /** Outside the trash. */
  library: number
  trash: number
  /** Outside the trash, by state. */
  status: Record<ArticleStatus, number>
  /** Outside the trash, published in the query's `countPublished` window; only when it names one. */
  published?: number
}

export interface ListPage {
  items: ArticleSummary[]
  /** Stories matching the query, on every page. */
  total: number
  /** Where items[0] stands in the whole ordered result. */
  offset: number
  /** Pass as `after` for the page that follows; null on the last page. */
  next: string | null
  /**
   * Changes whenever the library changes. Two pages with the same version come from the same ordering; when it
   * differs, rows fetched by offset may have shifted (re-fetch what is on screen), while an `after` walk stays exact.
   */
  version: string
  counts: LibraryCounts
}

export interface SearchPage {
  /** Best match first. */
  items: ArticleSummary[]
  total: number
  offset: number
  version: string
  /**
   * How much of the library the full-text index covers. While it is being built (the first start, or after many
   * changes outside the app) stories it does not cover yet are matched on headline and byline only, after the others.
   */
  index: { indexed: number; of: number }
}

export const REVISION_REASONS = ['manual', 'interval', 'status', 'restore', 'conflict', 'import'] as const
export type RevisionReason = (typeof REVISION_REASONS)[number]

export interface RevisionInfo {
  revision: number
  savedAt: string
  author: string
  reason: RevisionReason
  headline: string
}

export interface RevisionSnapshot extends RevisionInfo {
  content: ArticleContent
}

/** What the user is told after a damaged file was set aside: which file, where it went, what was recovered. */
export interface RecoveryNotice {
  file: string
  quarantinedAs: string
  reason: string
  recovered: { bn: string; en: string }
}
