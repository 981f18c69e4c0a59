import MiniSearch from 'minisearch'
import type { Article } from '../shared/article/model'
import { bodyToPlainText } from '../shared/article/body'
import { foldForSearch } from '../shared/bangla/fold'

interface SearchDocument {
  id: string
  headline: string
  byline: string
  summary: string
  body: string
}

/**
 * Full-text search over headline, byline, summary and body with MiniSearch, kept up to date one article at a time.
 * Every term goes through the same folding as find-and-replace (য়/য+়, ড়, ঢ়, ৎ/ত্‍, Bengali/Latin digits, Latin case), so
 * a query matches however the text was typed.
 */
const OPTIONS = {
  fields: ['headline', 'byline', 'summary', 'body'],
  storeFields: [],
  processTerm: (term: string) => {
    const folded = foldForSearch(term).trim()
    return folded === '' ? null : folded
  },
  searchOptions: { boost: { headline: 3, byline: 2, summary: 1.5 }, prefix: true, combineWith: 'AND' as const }
}

/** On-disk form (search-index.json): MiniSearch's own JSON plus the revision each article was indexed at. */
interface SavedIndex {
  format: 'barta.search'
  version: 1
  revisions: Record<string, number>
  index: unknown
}

export class SearchIndex {
  private constructor(
    private readonly mini: MiniSearch<SearchDocument>,
    private readonly revisions: Map<string, number>
  ) {}

  static empty(): SearchIndex {
    return new SearchIndex(new MiniSearch<SearchDocument>(OPTIONS), new Map())
  }

  /** Restores a saved index; undefined when the text is not one (the caller then rebuilds). */
  static fromJSON(text: string): SearchIndex | undefined {
    try {
      const saved = JSON.parse(text) as SavedIndex
      if (saved.format !== 'barta.search' || saved.version !== 1) return undefined
      const mini = MiniSearch.loadJSON<SearchDocument>(JSON.stringify(saved.index), OPTIONS)
      return new SearchIndex(mini, new Map(Object.entries(saved.revisions)))
    } catch {
      return undefined
    }
  }

  toJSON(): SavedIndex {
    return { format: 'barta.search', version: 1, revisions: Object.fromEntries(this.revisions), index: this.mini.toJSON() }
  }

  ids(): string[] {
    return [...this.revisions.keys()]
  }

  has(id: string, revision: number): boolean {
    return this.revisions.get(id) === revision
  }

  upsert(article: Article): void {
    if (this.revisions.has(article.id)) this.mini.discard(article.id)
    this.mini.add({
      id: article.id,
      headline: article.headline,
      byline: article.byline,
      summary: article.summary,
      body: bodyToPlainText(article.body)
    })
    this.revisions.set(article.id, article.revision)
  }

  remove(id: string): void {
    if (!this.revisions.has(id)) return
    this.mini.discard(id)
    this.revisions.delete(id)
  }

  search(query: string, limit: number): Array<{ id: string; score: number }> {
    if (query.trim() === '') return []
    return this.mini
      .search(query)
      .slice(0, limit)
      .map((hit) => ({ id: String(hit.id), score: hit.score }))
  }
}
