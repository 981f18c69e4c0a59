import type { ArticleSummary } from '../shared/article/model'
import type { ListQuery } from '../shared/library'

const collator = new Intl.Collator('bn', { sensitivity: 'base', numeric: true })

/** Filters and sorts the index in memory: 10,000 summaries take a few milliseconds. */
export function filterSummaries(all: ArticleSummary[], query: ListQuery): { total: number; items: ArticleSummary[] } {
  const trash = query.trash ?? 'exclude'
  const from = query.from ? Date.parse(query.from) : undefined
  const to = query.to ? Date.parse(query.to) : undefined
  const ids = query.ids ? new Set(query.ids) : undefined
  const matches = all.filter((summary) => {
    if (trash === 'exclude' && summary.trashedAt !== null) return false
    if (trash === 'only' && summary.trashedAt === null) return false
    if (ids && !ids.has(summary.id)) return false
    if (query.status && query.status.length > 0 && !query.status.includes(summary.status)) return false
    if (query.section && summary.section !== query.section) return false
    if (query.ownerId && summary.ownerId !== query.ownerId) return false
    if (query.byline && !summary.byline.includes(query.byline)) return false
    const modified = Date.parse(summary.modifiedAt)
    if (from !== undefined && modified < from) return false
    if (to !== undefined && modified > to) return false
    return true
  })
  const direction = query.order === 'asc' ? 1 : -1
  const sort = query.sort ?? 'modified'
  matches.sort((a, b) => {
    if (sort === 'headline') return direction * collator.compare(a.headline, b.headline)
    if (sort === 'created') return direction * a.createdAt.localeCompare(b.createdAt)
    return direction * a.modifiedAt.localeCompare(b.modifiedAt)
  })
  const offset = Math.max(0, query.offset ?? 0)
  const items = query.limit === undefined ? matches.slice(offset) : matches.slice(offset, offset + query.limit)
  return { total: matches.length, items }
}
