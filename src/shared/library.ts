import * as v from 'valibot'
import { STATUSES, type ArticleContent } from './article/model'

/** Types the library's calls share between the services and the UI (list queries, revisions, recovery notices). */
const isoInstant = v.pipe(
  v.string(),
  v.maxLength(40),
  v.check((text) => !Number.isNaN(Date.parse(text)), 'not a date')
)

export const listQuerySchema = v.strictObject({
  trash: v.optional(v.picklist(['exclude', 'only', 'include'])),
  status: v.optional(v.pipe(v.array(v.picklist(STATUSES)), v.maxLength(STATUSES.length))),
  section: v.optional(v.pipe(v.string(), v.maxLength(200))),
  byline: v.optional(v.pipe(v.string(), v.maxLength(300))),
  /** Only the stories this profile owns («আমার লেখা»). */
  ownerId: v.optional(v.pipe(v.string(), v.maxLength(64))),
  from: v.optional(isoInstant),
  to: v.optional(isoInstant),
  sort: v.optional(v.picklist(['modified', 'created', 'headline'])),
  order: v.optional(v.picklist(['asc', 'desc'])),
  offset: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
  limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(100_000))),
  ids: v.optional(v.pipe(v.array(v.pipe(v.string(), v.maxLength(64))), v.maxLength(10_000)))
})
export type ListQuery = v.InferOutput<typeof listQuerySchema>

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
