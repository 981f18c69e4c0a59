import type { ArticleSummary } from '../../../shared/article/model'
import type { ListQuery } from '../../../shared/library'
import { api } from '../lib/api-client'
import { DEFAULT_FILTER, type LibraryFilter } from '../lib/library-filter'
import { profilesState } from '../lib/profiles.svelte'
import { notices } from './notices.svelte'

/** What a save changes in a story's line in the list. */
type SummaryUpdate = Pick<ArticleSummary, 'id' | 'headline' | 'revision' | 'modifiedAt' | 'wordCount'>

/** A big library arrives in two steps: the first screenful at once (the desk is usable while the rest travels), then all. */
const FIRST_SCREENFUL = 60

/**
 * The library list as the sidebar shows it: the filter, the summaries it matched, and the stories ticked for a batch
 * export. Saves and new stories update the list in place; a changed filter asks the library again.
 */
class Library {
  articles = $state.raw<ArticleSummary[]>([])
  filter = $state<LibraryFilter>({ ...DEFAULT_FILTER })
  checked = $state<string[]>([])
  /** Answers to an older query are dropped when a newer one has been asked. */
  private serial = 0

  async refresh(): Promise<void> {
    const serial = ++this.serial
    const { view, search, status, sort, mine } = this.filter
    const ownerId = mine && view === 'articles' ? profilesState.currentId : undefined
    const result =
      view === 'articles' && search.trim() !== ''
        ? await api.call('library.search', { query: search, limit: 500 })
        : view === 'desk'
          ? await api.call('library.list', { status: ['submitted'], sort: 'modified', order: 'asc' })
          : await this.listInTwoSteps(serial, {
              trash: view === 'trash' ? 'only' : 'exclude',
              status: status === '' || view === 'trash' ? undefined : [status],
              ...(ownerId ? { ownerId } : {}),
              sort,
              order: sort === 'headline' ? 'asc' : 'desc'
            })
    if (serial !== this.serial) return
    if (!result.ok) return notices.fail(result)
    notices.problem = null
    let items = Array.isArray(result.value) ? result.value : result.value.items
    // Search results are narrowed here by the same status and owner filters.
    if (Array.isArray(result.value))
      items = items.filter((entry) => (status === '' || entry.status === status) && (!ownerId || entry.ownerId === ownerId))
    this.articles = items
  }

  private async listInTwoSteps(serial: number, query: ListQuery) {
    const head = await api.call('library.list', { ...query, limit: FIRST_SCREENFUL })
    if (!head.ok || head.value.total <= FIRST_SCREENFUL) return head
    if (serial === this.serial) this.articles = head.value.items
    return api.call('library.list', query)
  }

  /**
   * Re-queries when the filter changes; typing in the search box waits for a pause. Call it inside an $effect: it
   * reads the filter (so the effect re-runs on a change) and returns the cleanup that cancels a pending query.
   */
  followFilter(): () => void {
    const { view, search, status, sort, mine } = this.filter
    void [view, status, sort, mine]
    const timer = setTimeout(() => void this.refresh(), search.trim() === '' ? 0 : 200)
    return () => clearTimeout(timer)
  }

  /** A new story goes on top of the plain list as it is: re-reading 10,000 summaries would hold up the desk. */
  add(summary: ArticleSummary): Promise<void> {
    const { view, search, status, sort } = this.filter
    if (view === 'articles' && search.trim() === '' && status === '' && sort === 'modified') {
      this.articles = [summary, ...this.articles]
      return Promise.resolve()
    }
    this.filter.view = 'articles'
    return this.refresh()
  }

  /** A save: the story's line changes in place, and moves to the top when the list is sorted by last edit. */
  saved(update: SummaryUpdate): void {
    let next = this.articles.map((entry) => (entry.id === update.id ? { ...entry, ...update } : entry))
    if (this.filter.sort === 'modified' && this.filter.search.trim() === '')
      next = [...next].sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))
    this.articles = next
  }
}

export const library = new Library()
