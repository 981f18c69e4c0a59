import { setImmediate as nextTurn, setTimeout as sleep } from 'node:timers/promises'
import type { Article, ArticleSummary } from '../shared/article/model'
import { SEARCH_PAGE_SIZE, type SearchPage, type SearchQuery } from '../shared/library'
import { SearchIndex, searchTerms } from './search-index'

/**
 * The library's search: the segmented full-text index (search-index.ts), how it is loaded and built in the background,
 * and how a query is answered meanwhile.
 *
 * Building: saved segments are loaded one by one, then every story the index does not hold at its current revision is
 * read and indexed, a few at a time, in slices of SLICE_MS that give the event loop back in between (and pause longer
 * while the desk is making calls, so lists and saves go first). Full segments are written as they fill up, so a build
 * cut short resumes where it stopped.
 *
 * Answering: a query waits for the saved segments to load (a fraction of a second at 10,000 stories), and, when only a
 * few hundred stories are left to index, at most QUERY_WAIT_MS for them (a small library is searched in full). Stories
 * the index holds at their current revision are matched on their full text; the others (not reached yet, or changed
 * outside the app) on headline and byline, with the same folding and prefix rule, listed after the full-text hits,
 * newest first. Every hit is checked against the library index, so a deleted or trashed story is never returned,
 * whatever a segment on disk still holds.
 */
const SLICE_MS = 12
const BUSY_WINDOW_MS = 2000
const BUSY_PAUSE_MS = 100
const READ_AHEAD = 8

const RETRY_AFTER_MS = 60_000
/** A query waits this long for a build that has at most WAIT_FOR_STORIES left, so a small library is searched in full. */
const QUERY_WAIT_MS = 150
const WAIT_FOR_STORIES = 500

/** What the search needs of the library: its summaries and a version that moves with every change (LibraryIndex). */
export interface SearchLibrary {
  get(id: string): ArticleSummary | undefined
  all(): ArticleSummary[]
  readonly size: number
  readonly version: string
}

/** Where the builder reads whole articles (ArticleFiles; `keep` false: do not keep the document open). */
export interface SearchArticles {
  read(id: string, keep?: boolean): Promise<Article | undefined>
}

interface Hits {
  key: string
  ids: string[]
  indexed: number
}

interface Coverage {
  key: string
  uncovered: ArticleSummary[]
  indexed: number
}

export class LibrarySearch {
  private index: SearchIndex | null = null
  private loading: Promise<void> | null = null
  private building: Promise<void> | null = null
  private stopped = false
  private complete = false
  private failedAt = -Infinity
  private sliceStartedAt = 0
  private lastForegroundAt = -Infinity
  /** Generation of the index's content, so cached hits are recomputed after any change. */
  private generation = 0
  private cached: Hits | null = null
  private covered: Coverage | null = null
  /** Folded headline-and-byline terms per summary object (a new object arrives with every change). */
  private readonly fallbackTerms = new WeakMap<ArticleSummary, string[]>()

  /** `dataDir` null: the index lives in memory only (the newsroom builds it from PostgreSQL); nothing is written. */
  constructor(
    private readonly dataDir: string | null,
    private readonly library: SearchLibrary,
    private readonly files: SearchArticles,
    private readonly readOnly = false
  ) {}

  /**
   * Starts loading and building in the background (once). A build that fails (a read-only or full disk) keeps what it
   * has in memory and is tried again by a query a minute later.
   */
  start(): void {
    if (this.building || this.stopped || performance.now() - this.failedAt < RETRY_AFTER_MS) return
    const loading = this.loadSaved()
    this.loading = loading.catch(() => undefined)
    this.building = loading
      .then(() => this.buildMissing())
      .catch(() => {
        this.failedAt = performance.now()
        this.building = null
      })
  }

  /** The desk is making calls: the builder pauses longer between slices for a while. */
  touch(): void {
    this.lastForegroundAt = performance.now()
  }

  /** How many stories the index holds at their current revision, of how many; whether it is complete. */
  progress(): { indexed: number; of: number; complete: boolean } {
    return { indexed: this.coverage(this.library.version).indexed, of: this.library.size, complete: this.complete }
  }

  /** Resolves when the background build has ended (finished, stopped or failed). */
  async built(): Promise<void> {
    this.start()
    await this.building
  }

  async query({ query, status, ownerId, offset = 0, limit = SEARCH_PAGE_SIZE }: SearchQuery): Promise<SearchPage> {
    this.start()
    if (!this.complete) {
      await this.loading
      const left = this.coverage(this.library.version).uncovered.length
      if (this.building && left <= WAIT_FOR_STORIES) await Promise.race([this.building, sleep(QUERY_WAIT_MS, undefined, { ref: false })])
      // Otherwise give the builder a turn, so even a caller searching in a tight loop lets it progress.
      else if (this.building) await nextTurn()
    }
    const version = this.library.version
    const hits = this.hits(query, status, ownerId, version)
    const items: ArticleSummary[] = []
    for (const id of hits.ids.slice(offset, offset + limit)) {
      const summary = this.library.get(id)
      if (summary) items.push(summary)
    }
    return { items, total: hits.ids.length, offset, version, index: { indexed: hits.indexed, of: this.library.size } }
  }

  onCommit(article: Article): void {
    if (!this.index) return
    this.index.upsert(article)
    this.generation += 1
  }

  onDelete(id: string): void {
    if (!this.index) return
    this.index.remove(id)
    this.generation += 1
  }

  /** Stops the builder where it is and writes what changed; the next start resumes from there. */
  async close(): Promise<void> {
    this.stopped = true
    await this.building
    await this.index?.persist()
  }

  private covers(summary: ArticleSummary): boolean {
    return this.index !== null && this.index.revisionOf(summary.id) === summary.revision
  }

  private hits(text: string, status: SearchQuery['status'], ownerId: string | undefined, version: string): Hits {
    const key = JSON.stringify([text, status, ownerId, version, this.generation])
    if (this.cached?.key === key) return this.cached
    const wanted = (summary: ArticleSummary | undefined): summary is ArticleSummary =>
      summary !== undefined &&
      summary.trashedAt === null &&
      (!status || status.length === 0 || status.includes(summary.status)) &&
      (!ownerId || summary.ownerId === ownerId)
    const { uncovered, indexed } = this.coverage(version)
    const ids: string[] = []
    for (const hit of this.index?.search(text) ?? []) {
      const summary = this.library.get(hit.id)
      // With every story covered, a hit on a story that still exists is on its current text.
      if (wanted(summary) && (uncovered.length === 0 || this.covers(summary))) ids.push(hit.id)
    }
    const queryTerms = searchTerms(text)
    const fallback =
      queryTerms.length === 0 ? [] : uncovered.filter((summary) => wanted(summary) && this.matchesHeadline(summary, queryTerms))
    fallback.sort((a, b) => Date.parse(b.modifiedAt) - Date.parse(a.modifiedAt))
    for (const summary of fallback) ids.push(summary.id)
    this.cached = { key, ids, indexed }
    return this.cached
  }

  /** The stories the index does not hold at their current revision; one scan per library version and index change. */
  private coverage(version: string): Coverage {
    const key = `${version}/${this.generation}`
    if (this.covered?.key === key) return this.covered
    const uncovered: ArticleSummary[] = []
    let indexed = 0
    for (const summary of this.library.all()) {
      if (this.covers(summary)) indexed += 1
      else uncovered.push(summary)
    }
    this.covered = { key, uncovered, indexed }
    return this.covered
  }

  /** Every query term is the start of a headline or byline term (MiniSearch's prefix AND, without the body). */
  private matchesHeadline(summary: ArticleSummary, queryTerms: string[]): boolean {
    let own = this.fallbackTerms.get(summary)
    if (!own) {
      own = searchTerms(`${summary.headline} ${summary.byline}`)
      this.fallbackTerms.set(summary, own)
    }
    return queryTerms.every((term) => own.some((candidate) => candidate.startsWith(term)))
  }

  /** Loads the saved segments, checking each entry against the library (once; a retry keeps what is loaded). */
  private async loadSaved(): Promise<void> {
    if (this.index) return
    const { index, saved } = await SearchIndex.open(this.dataDir, { readOnly: this.readOnly })
    this.index = index
    this.generation += 1
    const keep = (id: string, revision: number) => this.library.get(id)?.revision === revision
    for (const name of saved) {
      if (this.stopped) return
      await index.load(name, keep)
      this.generation += 1
      await this.yieldSlice(true)
    }
  }

  /** Indexes every story the index does not hold at its current revision, then folds thin segments into the tail. */
  private async buildMissing(): Promise<void> {
    const index = this.index
    if (!index || this.stopped) return
    const missing = this.library
      .all()
      .filter((summary) => !this.covers(summary))
      .map((summary) => summary.id)
    await this.indexAll(index, missing)
    // Segments left thin by stories moving to the tail are folded into it, so their number stays bounded.
    await this.indexAll(index, index.thinned(), true)
    if (this.stopped) return
    await index.persist()
    this.complete = true
  }

  private async indexAll(index: SearchIndex, ids: string[], again = false): Promise<void> {
    for (let at = 0; at < ids.length && !this.stopped; at += READ_AHEAD) {
      const batch = ids.slice(at, at + READ_AHEAD)
      const articles = await Promise.all(batch.map((id) => this.files.read(id, false).catch(() => undefined)))
      for (const article of articles) {
        if (this.stopped) return
        // Skip what changed while it was read (the save indexed the new text) or was already indexed by a save.
        const summary = article && this.library.get(article.id)
        if (!article || !summary || summary.revision !== article.revision || (!again && this.covers(summary))) continue
        index.upsert(article)
        this.generation += 1
        await index.sealIfFull()
        await this.yieldSlice(false)
      }
    }
  }

  private async yieldSlice(always: boolean): Promise<void> {
    const now = performance.now()
    if (!always && now - this.sliceStartedAt < SLICE_MS) return
    if (now - this.lastForegroundAt < BUSY_WINDOW_MS) await sleep(BUSY_PAUSE_MS)
    else await nextTurn()
    this.sliceStartedAt = performance.now()
  }
}
