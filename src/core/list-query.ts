import type { ArticleStatus, ArticleSummary } from '../shared/article/model'
import { STATUSES } from '../shared/article/model'
import type { InstantWindow, LibraryCounts, ListPage, ListQuery } from '../shared/library'

/**
 * Pages of the library, served from the in-memory index. Each distinct filter-and-sort is ordered once per index
 * version and kept (a few of them, most recent first), so scrolling through 10,000 stories costs a slice per page, not a
 * sort per page; the counts are one pass per version and set of filters.
 *
 * The order is total — the sort key, then the story id — so a cursor (the key and id of the last row sent) names one
 * place in it: the next page starts right after that place whatever was created or trashed since, and nothing repeats.
 */
const collator = new Intl.Collator('bn', { sensitivity: 'base', numeric: true })
const KEPT_ORDERINGS = 8

type Sort = NonNullable<ListQuery['sort']>
type Order = NonNullable<ListQuery['order']>
type SortKey = number | string

interface Row {
  key: SortKey
  id: string
  summary: ArticleSummary
}

interface Ordering {
  version: string
  rows: Row[]
}

interface Cursor {
  s: Sort
  o: Order
  k: SortKey
  i: string
}

/** A cursor that does not belong to this list's ordering (another sort, or not one of ours). */
export class ListCursorError extends Error {
  constructor() {
    super('not a cursor of this list')
    this.name = 'ListCursorError'
  }
}

export interface IndexView {
  all(): ArticleSummary[]
  readonly version: string
}

export class LibraryQueries {
  private readonly orderings = new Map<string, Ordering>()
  private readonly counts = new Map<string, { version: string; counts: LibraryCounts }>()

  constructor(private readonly index: IndexView) {}

  page(query: ListQuery = {}): ListPage {
    const version = this.index.version
    const sort = query.sort ?? 'modified'
    const order = query.order ?? 'desc'
    const rows = this.ordered(query, sort, order, version)
    const compare = comparer(order)
    let start = Math.max(0, query.offset ?? 0)
    if (query.after !== undefined) {
      const cursor = decodeCursor(query.after, sort, order)
      start = firstAfter(rows, (row) => compare(row, { key: cursor.k, id: cursor.i }))
    }
    const end = query.limit === undefined ? rows.length : Math.min(rows.length, start + query.limit)
    const items = rows.slice(start, end).map((row) => row.summary)
    const last = rows[end - 1]
    return {
      items,
      total: rows.length,
      offset: Math.min(start, rows.length),
      next: end < rows.length && last && end > start ? encodeCursor({ s: sort, o: order, k: last.key, i: last.id }) : null,
      version,
      counts: this.countsFor(query, version)
    }
  }

  private ordered(query: ListQuery, sort: Sort, order: Order, version: string): Row[] {
    // A list of chosen ids is a one-off (an export of ticked stories): not worth keeping.
    const cacheKey = query.ids
      ? undefined
      : JSON.stringify([filterKey(query), [...(query.status ?? [])].sort(), query.trash, query.published, sort, order])
    const kept = cacheKey === undefined ? undefined : this.orderings.get(cacheKey)
    if (kept && kept.version === version) return kept.rows
    const keep = matcher(query, { status: true, trash: true, published: true })
    const rows: Row[] = []
    for (const summary of this.index.all()) if (keep(summary)) rows.push({ key: sortKey(summary, sort), id: summary.id, summary })
    rows.sort(comparer(order))
    if (cacheKey !== undefined) remember(this.orderings, cacheKey, { version, rows })
    return rows
  }

  private countsFor(query: ListQuery, version: string): LibraryCounts {
    const cacheKey = query.ids ? undefined : JSON.stringify([filterKey(query), query.countPublished])
    const kept = cacheKey === undefined ? undefined : this.counts.get(cacheKey)
    if (kept && kept.version === version) return kept.counts
    const keep = matcher(query, { status: false, trash: false, published: false })
    const inWindow = query.countPublished ? publishedWithin(query.countPublished) : undefined
    const status = Object.fromEntries(STATUSES.map((name) => [name, 0])) as Record<ArticleStatus, number>
    const counts: LibraryCounts = { library: 0, trash: 0, status, ...(inWindow ? { published: 0 } : {}) }
    for (const summary of this.index.all()) {
      if (!keep(summary)) continue
      if (summary.trashedAt !== null) counts.trash += 1
      else {
        counts.library += 1
        status[summary.status] += 1
        if (inWindow?.(summary)) counts.published! += 1
      }
    }
    if (cacheKey !== undefined) remember(this.counts, cacheKey, { version, counts })
    return counts
  }
}

/** The filters other than state, trash and the published window, which the counts do not narrow by. */
function filterKey(query: ListQuery): string {
  return JSON.stringify([query.section, query.byline, query.ownerId, query.from, query.to])
}

/** Whether a story's published time (live.publishedAt: what readers see) falls in [from, to). */
function publishedWithin(window: InstantWindow): (summary: ArticleSummary) => boolean {
  const from = window.from ? Date.parse(window.from) : -Infinity
  const to = window.to ? Date.parse(window.to) : Infinity
  return (summary) => {
    const at = summary.live?.publishedAt ? Date.parse(summary.live.publishedAt) : NaN
    return !Number.isNaN(at) && at >= from && at < to
  }
}

function matcher(query: ListQuery, apply: { status: boolean; trash: boolean; published: boolean }): (summary: ArticleSummary) => boolean {
  const trash = query.trash ?? 'exclude'
  const from = query.from ? Date.parse(query.from) : undefined
  const to = query.to ? Date.parse(query.to) : undefined
  const ids = query.ids ? new Set(query.ids) : undefined
  const statuses = apply.status && query.status && query.status.length > 0 ? new Set(query.status) : undefined
  const published = apply.published && query.published ? publishedWithin(query.published) : undefined
  return (summary) => {
    if (published && !published(summary)) return false
    if (apply.trash && trash === 'exclude' && summary.trashedAt !== null) return false
    if (apply.trash && trash === 'only' && summary.trashedAt === null) return false
    if (statuses && !statuses.has(summary.status)) return false
    if (ids && !ids.has(summary.id)) return false
    if (query.section && summary.section !== query.section) return false
    if (query.ownerId && summary.ownerId !== query.ownerId) return false
    if (query.byline && !summary.byline.includes(query.byline)) return false
    if (from !== undefined || to !== undefined) {
      const modified = Date.parse(summary.modifiedAt)
      if (from !== undefined && modified < from) return false
      if (to !== undefined && modified > to) return false
    }
    return true
  }
}

function sortKey(summary: ArticleSummary, sort: Sort): SortKey {
  if (sort === 'headline') return summary.headline
  // Instants compare as times, not as text: an imported story may carry +06:00 where ours carry Z.
  const time = Date.parse(sort === 'created' ? summary.createdAt : summary.modifiedAt)
  return Number.isNaN(time) ? 0 : time
}

function compareKeys(a: SortKey, b: SortKey): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b
  return collator.compare(String(a), String(b))
}

function comparer(order: Order): (a: Pick<Row, 'key' | 'id'>, b: Pick<Row, 'key' | 'id'>) => number {
  const direction = order === 'asc' ? 1 : -1
  return (a, b) => direction * (compareKeys(a.key, b.key) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
}

/** The first row that sorts after the cursor's place (binary search: rows are in order). */
function firstAfter(rows: Row[], versusCursor: (row: Row) => number): number {
  let low = 0
  let high = rows.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if (versusCursor(rows[middle]!) > 0) high = middle
    else low = middle + 1
  }
  return low
}

function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify(cursor), 'utf8').toString('base64url')
}

function decodeCursor(text: string, sort: Sort, order: Order): Cursor {
  let cursor: Partial<Cursor>
  try {
    cursor = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as Partial<Cursor>
  } catch {
    throw new ListCursorError()
  }
  const keyType = sort === 'headline' ? 'string' : 'number'
  if (
    typeof cursor !== 'object' ||
    cursor === null ||
    cursor.s !== sort ||
    cursor.o !== order ||
    typeof cursor.k !== keyType ||
    (typeof cursor.k === 'number' && !Number.isFinite(cursor.k)) ||
    typeof cursor.i !== 'string'
  ) {
    throw new ListCursorError()
  }
  return cursor as Cursor
}

function remember<T>(cache: Map<string, T>, key: string, value: T): void {
  cache.delete(key)
  cache.set(key, value)
  while (cache.size > KEPT_ORDERINGS) cache.delete(cache.keys().next().value as string)
}
