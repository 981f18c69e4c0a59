import type { ArticleSummary } from '../../../shared/article/model'
import { LIST_PAGE_MAX, SEARCH_PAGE_MAX, type ListQuery } from '../../../shared/library'
import type { Err } from '../../../shared/result'
import { api } from '../lib/api-client'
import { DEFAULT_FILTER, type LibraryFilter } from '../lib/library-filter'
import { profilesState } from '../lib/profiles.svelte'
import { notices } from './notices.svelte'

/** What a save changes in a story's line in the list. */
type SummaryUpdate = Pick<ArticleSummary, 'id' | 'headline' | 'revision' | 'modifiedAt' | 'wordCount'>

/** The first page of the list: a screenful, so the desk is usable while the rest travels. */
const FIRST_SCREENFUL = 60
/** Search hits shown at once (the service pages them; the list shows the best). */
const SEARCH_LIMIT = SEARCH_PAGE_MAX

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
    let failed: Err | null = null
    if (view === 'articles' && search.trim() !== '') {
      // The service narrows the hits by the same state and owner filters as the list.
      const found = await api.call('library.search', {
        query: search,
        limit: SEARCH_LIMIT,
        ...(status === '' ? {} : { status: [status] }),
        ...(ownerId ? { ownerId } : {})
      })
      if (serial !== this.serial) return
      if (found.ok) this.articles = found.value.items
      else failed = found
    } else
      failed = await this.listInPages(
        serial,
        view === 'desk'
          ? { status: ['submitted'], sort: 'modified', order: 'asc' }
          : {
              trash: view === 'trash' ? 'only' : 'exclude',
              status: status === '' || view === 'trash' ? undefined : [status],
              ...(ownerId ? { ownerId } : {}),
              sort,
              order: sort === 'headline' ? 'asc' : 'desc'
            }
      )
    if (serial !== this.serial) return
    if (failed) return notices.fail(failed)
    notices.problem = null
  }

  /**
   * A big library arrives a page at a time: the first screenful at once (the desk is usable while the rest travels),
   * then the following pages when the page is idle, added to what is shown (so a story created meanwhile stays), for
   * the virtualized list to scroll through. The cursor walk never repeats or skips a story.
   */
  private async listInPages(serial: number, query: ListQuery): Promise<Err | null> {
    const first = await api.call('library.list', { ...query, limit: FIRST_SCREENFUL })
    if (serial !== this.serial) return null
    if (!first.ok) return first
    this.articles = first.value.items
    for (let after = first.value.next; after !== null;) {
      await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 1000 }))
      const page = await api.call('library.list', { ...query, after, limit: LIST_PAGE_MAX })
      if (serial !== this.serial) return null
      if (!page.ok) return page
      const shown = new Set(this.articles.map((entry) => entry.id))
      this.articles = [...this.articles, ...page.value.items.filter((entry) => !shown.has(entry.id))]
      after = page.value.next
    }
    return null
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
