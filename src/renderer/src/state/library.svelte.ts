import type { ArticleStatus, ArticleSummary } from '../../../shared/article/model'
import { LIST_PAGE_SIZE, type LibraryCounts, type ListQuery } from '../../../shared/library'
import type { Err, Result } from '../../../shared/result'
import { api } from '../lib/api-client'
import { DEFAULT_FILTER, deskViewOf, type DeskView, type LibraryFilter } from '../lib/library-filter'
import { profilesState } from '../lib/profiles.svelte'
import { settingsState } from '../lib/settings.svelte'
import { notices } from './notices.svelte'
import { todayWindow } from './today'

/** What a save changes in a story's line in the list. */
type SummaryUpdate = Pick<ArticleSummary, 'id' | 'headline' | 'revision' | 'modifiedAt' | 'wordCount'>

/** The first answer: a screenful, so the desk is usable at once (and the total is known from it). */
const FIRST_SCREENFUL = 60
/** Rows asked for at a time as the list scrolls: list pages and search pages. */
const LIST_PAGE = LIST_PAGE_SIZE
const SEARCH_PAGE = 100

/** One page of whatever the panel shows — the list or search hits — in the shape both calls share. */
interface Page {
  items: ArticleSummary[]
  total: number
  offset: number
  version: string
  counts?: LibraryCounts
  index?: { indexed: number; of: number }
}

interface Source {
  /** Tells one query from another: a new key starts the list afresh (and at the top). */
  key: string
  pageSize: number
  fetch(offset: number, limit: number): Promise<Result<Page>>
}

/** The queries behind the desk's views (the counts of all four come with each: three by state, one by window). */
function deskQuery(view: DeskView, today: ReturnType<typeof todayWindow>): ListQuery {
  const base = { trash: 'exclude', countPublished: today } as const
  if (view === 'publishedToday') return { ...base, published: today, sort: 'modified', order: 'desc' }
  // Waiting longest first, as a queue; what is being edited, most recently touched first.
  return { ...base, status: [view], sort: 'modified', order: view === 'editing' ? 'desc' : 'asc' }
}

/**
 * The library list as the sidebar shows it. The list knows its true length from the first answer (the service counts
 * it) and holds only the rows that have been asked for: the first screenful at once, then, as the list scrolls or
 * jumps, the pages that come into view — fetched by offset, so row 7,000 of 10,000 is one call away. Search hits page
 * the same way. Every answer carries the library's version: when it moved (a save, a move, another window), rows held
 * from before may have shifted, so only the new answer is kept and what is in view is asked for again.
 */
class Library {
  filter = $state<LibraryFilter>({ ...DEFAULT_FILTER })
  checked = $state<string[]>([])
  /** The rows of the current list by position; undefined where a row has not arrived yet. */
  rows = $state.raw<Array<ArticleSummary | undefined>>([])
  /** How many stories the current list has (not how many have arrived). */
  total = $state(0)
  /** Counts for the tabs and filters, from the library index. */
  counts = $state.raw<LibraryCounts | null>(null)
  /** While searching: how much of the library the full-text index covers. */
  searchIndex = $state.raw<{ indexed: number; of: number } | null>(null)
  /** The current query has had its first answer. */
  ready = $state(false)
  /** Changes with every new query (the list starts again at its top). */
  queryKey = $state('')

  private source: Source | null = null
  private serial = 0
  private version = ''
  private range: [number, number] = [0, FIRST_SCREENFUL]
  private readonly asked = new Set<number>()
  private reorderTimer: ReturnType<typeof setTimeout> | undefined
  private indexTimer: ReturnType<typeof setTimeout> | undefined

  rowAt = (index: number): ArticleSummary | undefined => this.rows[index]

  /** The query the filter stands for, as a source of pages. */
  private sourceFor(filter: LibraryFilter): Source {
    const { view, search, status, sort, mine } = filter
    const ownerId = mine && view === 'articles' ? profilesState.currentId : undefined
    if (view === 'articles' && search.trim() !== '') {
      // The service narrows the hits by the same state and owner filters as the list.
      const query = { query: search, ...(status === '' ? {} : { status: [status] }), ...(ownerId ? { ownerId } : {}) }
      return {
        key: JSON.stringify(['search', query]),
        pageSize: SEARCH_PAGE,
        fetch: (offset, limit) => api.call('library.search', { ...query, offset, limit })
      }
    }
    const query: ListQuery =
      view === 'desk'
        ? deskQuery(filter.deskView, todayWindow(new Date(), settingsState.value.site.timeZone))
        : {
            trash: view === 'trash' ? 'only' : 'exclude',
            ...(status === '' || view === 'trash' ? {} : { status: [status] }),
            ...(ownerId ? { ownerId } : {}),
            sort,
            order: sort === 'headline' ? 'asc' : 'desc'
          }
    return {
      key: JSON.stringify(['list', query]),
      pageSize: LIST_PAGE,
      fetch: (offset, limit) => api.call('library.list', { ...query, offset, limit })
    }
  }

  /** The first screenful, asked for while the shell is still being drawn rather than after. */
  start(): void {
    if (!this.source) void this.refresh()
  }

  /**
   * Asks the library again. A new query starts from its first screenful; the same query (after a save, a move, a
   * profile's switch) is read again where the user is looking, and replaces the rows only when the answer is there.
   */
  async refresh(): Promise<void> {
    const source = this.sourceFor(this.filter)
    const serial = ++this.serial
    this.asked.clear()
    if (source.key !== this.source?.key) {
      this.source = source
      this.queryKey = source.key
      this.ready = false
      this.range = [0, FIRST_SCREENFUL]
      const first = await source.fetch(0, FIRST_SCREENFUL)
      if (serial !== this.serial) return
      if (!first.ok) return this.failed(first)
      notices.problem = null
      this.take(first.value, true)
      this.ready = true
      this.need(...this.range)
      return
    }
    this.source = source
    const [start, end] = this.range
    const pages = pagesOf(start, end, source.pageSize)
    const answers = await Promise.all(pages.map((page) => source.fetch(page * source.pageSize, source.pageSize)))
    if (serial !== this.serial) return
    const failed = answers.find((answer) => !answer.ok)
    if (failed && !failed.ok) return this.failed(failed)
    notices.problem = null
    answers.forEach((answer, index) => answer.ok && this.take(answer.value, index === 0))
    this.ready = true
    this.need(...this.range)
  }

  /** The virtualized list shows rows [first, last): the pages among them that have not arrived are asked for. */
  need(first: number, last: number): void {
    this.range = [first, last]
    const source = this.source
    if (!source || !this.ready) return
    const end = Math.min(last, this.total)
    for (const page of pagesOf(first, end, source.pageSize)) {
      if (this.asked.has(page)) continue
      // Only rows in view count: the first screenful does not fetch the rest of its page until it is scrolled to.
      const from = Math.max(first, page * source.pageSize)
      const to = Math.min(end, (page + 1) * source.pageSize)
      let missing = false
      for (let index = from; index < to && !missing; index++) missing = this.rows[index] === undefined
      if (missing) void this.load(source, page)
    }
  }

  private async load(source: Source, page: number): Promise<void> {
    const serial = this.serial
    this.asked.add(page)
    const answer = await source.fetch(page * source.pageSize, source.pageSize)
    if (serial !== this.serial) return
    this.asked.delete(page)
    if (!answer.ok) return this.failed(answer)
    this.take(answer.value, false)
  }

  /**
   * Places a page. `fresh`: the rows held so far are dropped (a new answer to the query). An answer from another
   * version of the library also starts the rows afresh, and what is in view is asked for again. Search hits change
   * too while the full-text index is being built (the library's version does not): the index's coverage counts as part
   * of their version, and until the index is complete what is in view is asked for again every second, so the hits
   * grow to the full answer by themselves.
   */
  private take(page: Page, fresh: boolean): void {
    const version = page.index ? `${page.version}/${page.index.indexed}` : page.version
    const moved = !fresh && version !== this.version
    const rows: Array<ArticleSummary | undefined> =
      fresh || moved ? new Array<ArticleSummary | undefined>(page.total) : this.rows.slice(0, page.total)
    if (rows.length < page.total) rows.length = page.total
    page.items.forEach((item, index) => (rows[page.offset + index] = item))
    this.rows = rows
    this.total = page.total
    this.version = version
    if (page.counts) this.counts = page.counts
    this.searchIndex = page.index ?? null
    if (moved) {
      this.asked.clear()
      queueMicrotask(() => this.need(...this.range))
    }
    if (page.index && page.index.indexed < page.index.of && this.indexTimer === undefined) {
      this.indexTimer = setTimeout(() => {
        this.indexTimer = undefined
        void this.refresh()
      }, 1000)
    }
  }

  private failed(failure: Err): void {
    this.ready = true
    notices.fail(failure)
  }

  /**
   * Re-queries when the filter changes; typing in the search box waits for a pause. Call it inside an $effect: it
   * reads the filter (so the effect re-runs on a change) and returns the cleanup that cancels a pending query.
   */
  followFilter(): () => void {
    const { view, deskView, search, status, sort, mine } = this.filter
    void [view, deskView, status, sort, mine]
    // Already asked (start() asks for the first screenful before the shell is drawn): nothing changed to ask again for.
    if (this.source && this.sourceFor(this.filter).key === this.source.key) return () => undefined
    const timer = setTimeout(() => void this.refresh(), search.trim() === '' ? 0 : 200)
    return () => clearTimeout(timer)
  }

  /** A new story goes on top of the plain list at once; elsewhere the plain list is shown, with it on top. */
  add(summary: ArticleSummary): Promise<void> {
    const { view, search, status, sort } = this.filter
    if (view === 'articles' && search.trim() === '' && status === '' && sort === 'modified' && this.ready) {
      this.rows = [summary, ...this.rows]
      this.total += 1
      if (this.counts) {
        const byStatus = { ...this.counts.status, [summary.status]: this.counts.status[summary.status] + 1 }
        this.counts = { ...this.counts, library: this.counts.library + 1, status: byStatus }
      }
      return Promise.resolve()
    }
    this.filter.view = 'articles'
    return this.refresh()
  }

  /**
   * A save: the story's line changes in place at once; when its place in the order may have changed (sorted by last
   * edit and not already first, by headline, or a search) the list is read again shortly after.
   */
  saved(update: SummaryUpdate): void {
    const index = this.rows.findIndex((entry) => entry?.id === update.id)
    const before = index >= 0 ? this.rows[index] : undefined
    if (before) {
      const rows = this.rows.slice()
      rows[index] = { ...before, ...update }
      this.rows = rows
    }
    const { view, search, sort } = this.filter
    const newestFirst = view === 'articles' && sort === 'modified' && search.trim() === ''
    const stays = (newestFirst && index === 0) || (sort === 'created' && search.trim() === '' && view !== 'desk')
    const headlineStays = sort !== 'headline' || before?.headline === update.headline
    if (stays && headlineStays) return
    clearTimeout(this.reorderTimer)
    this.reorderTimer = setTimeout(() => void this.refresh(), 600)
  }

  /** A story the user moved stays in sight: in the desk's views, the view it now belongs to is shown. */
  followMove(status: ArticleStatus): void {
    const view = deskViewOf(status)
    // A new view is read by followFilter; the same view (or another tab) is read again here.
    if (this.filter.view === 'desk' && view && view !== this.filter.deskView) this.filter.deskView = view
    else void this.refresh()
  }
}

/** The page numbers that rows [first, last) fall in. */
function pagesOf(first: number, last: number, size: number): number[] {
  const pages: number[] = []
  for (let page = Math.floor(first / size); page * size < Math.max(last, first + 1); page++) pages.push(page)
  return pages
}

export const library = new Library()
