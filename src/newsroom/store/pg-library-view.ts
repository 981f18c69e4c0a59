import { randomBytes } from 'node:crypto'
import type { Pool } from 'pg'
import type { Article, ArticleSummary } from '../../shared/article/model'
import type { ListPage, ListQuery, SearchPage, SearchQuery } from '../../shared/library'
import { LibraryQueries } from '../../core/list-query'
import { LibrarySearch, type SearchLibrary } from '../../core/library-search'

/**
 * Lists and search over the stories in PostgreSQL, answered by the same code as the library on disk (list-query.ts,
 * library-search.ts) so both give the same pages for the same stories.
 *
 * The summaries are kept in memory and brought up to date before each list or search: one query reads every story's id
 * and last_change (small, and whatever order other servers' transactions commit in, a snapshot of the table), and only
 * the rows whose last_change moved are read again. The full-text index is MiniSearch in memory, built in the background
 * from the articles in PostgreSQL on first use (nothing is written to disk), and kept current from the same refresh.
 */
/**
 * How many stories, and a sum over each one's id and last change: any save, move, trash or deletion changes it (a
 * story's last_change only grows, and a hash of id and seq makes two different tables summing alike a 1 in 2^32 chance).
 */
const FINGERPRINT = `SELECT count(*) || ':' || coalesce(sum(last_change), 0) || ':' || coalesce(sum(hashtext(id || ':' || last_change)::bigint), 0)
  AS fingerprint FROM stories`
const SUMMARIES = 'SELECT id, last_change, summary FROM stories WHERE id = ANY($1::text[])'
const SUMMARIES_WITH_TEXT = 'SELECT id, last_change, summary, article FROM stories WHERE id = ANY($1::text[])'

export class PgLibraryView implements SearchLibrary {
  private readonly summaries = new Map<string, ArticleSummary>()
  private readonly changeOf = new Map<string, number>()
  private changes = 0
  private readonly epoch = randomBytes(4).toString('hex')
  private refreshing: Promise<void> | null = null
  private following: Promise<void> | null = null
  private searchStarted = false
  private fingerprint = ''
  private readonly queries: LibraryQueries
  private readonly searching: LibrarySearch

  constructor(private readonly pool: Pool) {
    this.queries = new LibraryQueries(this)
    this.searching = new LibrarySearch(null, this, { read: (id) => this.readArticle(id) }, true)
  }

  get size(): number {
    return this.summaries.size
  }

  get version(): string {
    return `${this.epoch}.${this.changes}`
  }

  get(id: string): ArticleSummary | undefined {
    return this.summaries.get(id)
  }

  all(): ArticleSummary[] {
    return [...this.summaries.values()]
  }

  async list(query: ListQuery): Promise<ListPage> {
    await this.refresh()
    this.searching.touch()
    return this.queries.page(query)
  }

  async search(query: SearchQuery): Promise<SearchPage> {
    this.searchStarted = true
    await this.refresh()
    return this.searching.query(query)
  }

  warm(): void {
    this.searchStarted = true
    void this.refresh()
      .then(() => this.searching.start())
      .catch(() => undefined)
  }

  progress(): { indexed: number; of: number; complete: boolean } {
    return this.searching.progress()
  }

  async close(): Promise<void> {
    await this.searching.close()
  }

  /**
   * Brings the summaries up to date with the table. A caller must see every change committed before it asked: one
   * arriving while a look is under way (which may have read the table before that change) waits for the next look,
   * which all such callers share.
   */
  refresh(): Promise<void> {
    if (this.refreshing) {
      this.following ??= this.refreshing
        .catch(() => undefined)
        .then(() => {
          this.following = null
          return this.refresh()
        })
      return this.following
    }
    this.refreshing = this.pull().finally(() => {
      this.refreshing = null
    })
    return this.refreshing
  }

  private async pull(): Promise<void> {
    // Nothing changed since the last look: the table's fingerprint (computed in the database, one short row) is the same.
    const print = await this.pool.query<{ fingerprint: string }>(FINGERPRINT)
    const fingerprint = print.rows[0]!.fingerprint
    if (fingerprint === this.fingerprint) return
    const { rows } = await this.pool.query<{ id: string; last_change: string }>('SELECT id, last_change FROM stories')
    const seen = new Set<string>()
    const stale: string[] = []
    for (const row of rows) {
      seen.add(row.id)
      if (this.changeOf.get(row.id) !== Number(row.last_change)) stale.push(row.id)
    }
    const gone = [...this.summaries.keys()].filter((id) => !seen.has(id))
    for (const id of gone) {
      this.summaries.delete(id)
      this.changeOf.delete(id)
      this.searching.onDelete(id)
    }
    for (let at = 0; at < stale.length; at += 1000) {
      const batch = stale.slice(at, at + 1000)
      // Only stories the search index may already hold need their text now; the builder reads the rest itself.
      const withText = this.searchStarted && at < 5000
      const fresh = await this.pool.query<{ id: string; last_change: string; summary: ArticleSummary; article?: Article }>(
        withText ? SUMMARIES_WITH_TEXT : SUMMARIES,
        [batch]
      )
      for (const row of fresh.rows) {
        this.summaries.set(row.id, row.summary)
        this.changeOf.set(row.id, Number(row.last_change))
        if (row.article) this.searching.onCommit(row.article)
      }
    }
    if (gone.length > 0 || stale.length > 0) this.changes += 1
    // Taken before the rows were read: a change committed in between shows in the next look.
    this.fingerprint = fingerprint
  }

  private async readArticle(id: string): Promise<Article | undefined> {
    const { rows } = await this.pool.query<{ article: Article }>('SELECT article FROM stories WHERE id = $1', [id])
    return rows[0]?.article
  }
}
