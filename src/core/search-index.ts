import { readdir, readFile, rename, rm, mkdir } from 'node:fs/promises'
import { join } from 'node:path'
import MiniSearch, { type AsPlainObject } from 'minisearch'
import type { Article } from '../shared/article/model'
import { bodyToPlainText } from '../shared/article/body'
import { foldForSearch } from '../shared/bangla/fold'
import { writeFileDurably } from './durable-file'

interface SearchDocument {
  id: string
  headline: string
  byline: string
  summary: string
  body: string
}

/**
 * Full-text search over headline, byline, summary and body with MiniSearch. Every term goes through the same folding as
 * find-and-replace (য়/য+়, ড়, ঢ়, ৎ/ত্‍, Bengali/Latin digits, Latin case), so a query matches however the text was typed.
 *
 * The index is kept in segments of up to SEGMENT_SIZE stories, each its own file under search/, written whole by the
 * durable writer when it fills up and on close. So a first build at 10,000 stories is saved as it goes — a build cut
 * short by a quit or a crash resumes from the segments already on disk — and a later change rewrites one segment, not
 * the whole index. A story lives in one segment; re-indexing it moves it to the newest one (the "tail"). Segments are
 * scored independently (each has its own term statistics), which is close enough for ranking news copy.
 *
 * What is on disk is a cache: the store checks every saved entry against the library's revisions when loading it.
 */
export const SEGMENT_SIZE = 1000
/** A segment with fewer live stories than this (stories moved on to the tail) is folded into the tail by the builder. */
export const THIN_SEGMENT = SEGMENT_SIZE / 4

// Folding a term is pure and news copy repeats its words: remember the fold of each distinct term.
const folds = new Map<string, string | null>()
function processTerm(term: string): string | null {
  let folded = folds.get(term)
  if (folded === undefined) {
    const text = foldForSearch(term).trim()
    folded = text === '' ? null : text
    if (folds.size >= 200_000) folds.clear()
    folds.set(term, folded)
  }
  return folded
}

const tokenize = MiniSearch.getDefault('tokenize') as (text: string) => string[]

/** A text's search terms, as the index sees them (for matching outside the index). */
export function searchTerms(text: string): string[] {
  return tokenize(text)
    .map(processTerm)
    .filter((term): term is string => term !== null)
}

const OPTIONS = {
  fields: ['headline', 'byline', 'summary', 'body'],
  storeFields: [],
  processTerm,
  searchOptions: { boost: { headline: 3, byline: 2, summary: 1.5 }, prefix: true, combineWith: 'AND' as const }
}

/** One segment file: MiniSearch's own JSON plus the revision each story was indexed at (the format of Barta ≤ 0.1's single file). */
interface SavedSegment {
  format: 'barta.search'
  version: 1
  revisions: Record<string, number>
  index: unknown
}

const SEGMENT_FILE = /^segment-(\d{6,})\.json$/
const LEGACY_FILE = 'search-index.json'

class Segment {
  /** Changed since it was last written. */
  dirty = false

  constructor(
    readonly number: number,
    readonly mini: MiniSearch<SearchDocument>,
    readonly revisions: Map<string, number>
  ) {}

  get name(): string {
    return `segment-${String(this.number).padStart(6, '0')}.json`
  }

  serialize(): string {
    const saved: SavedSegment = {
      format: 'barta.search',
      version: 1,
      revisions: Object.fromEntries(this.revisions),
      index: this.mini.toJSON()
    }
    return JSON.stringify(saved)
  }
}

export class SearchIndex {
  private readonly segments: Segment[] = []
  private tail: Segment | null = null
  private readonly home = new Map<string, Segment>()
  private nextNumber = 0
  private writes: Promise<unknown> = Promise.resolve()

  private constructor(
    private readonly dir: string,
    /** Opened beside another writer (`barta list`): searches in memory, never writes, moves or deletes a file. */
    private readonly readOnly = false
  ) {}

  /**
   * Opens search/ under the data folder and names the saved segments, oldest first, without reading them: the caller
   * loads them one by one (load), so a large index never holds the event loop for long. Leftover temp files of a write
   * cut short are removed; a single-file index from an older Barta becomes the first segment.
   */
  static async open(dataDir: string | null, options: { readOnly?: boolean } = {}): Promise<{ index: SearchIndex; saved: string[] }> {
    // No folder: an index in memory only, built afresh by each process, never written.
    if (dataDir === null) return { index: new SearchIndex('', true), saved: [] }
    const dir = join(dataDir, 'search')
    if (options.readOnly) {
      const names = await readdir(dir).catch(() => [] as string[])
      return { index: new SearchIndex(dir, true), saved: names.filter((name) => SEGMENT_FILE.test(name)).sort() }
    }
    await mkdir(dir, { recursive: true })
    let names = await readdir(dir)
    for (const name of names) if (name.startsWith('.') && name.endsWith('.tmp')) await rm(join(dir, name), { force: true })
    let saved = names.filter((name) => SEGMENT_FILE.test(name)).sort()
    if (saved.length === 0) {
      const legacy = join(dataDir, LEGACY_FILE)
      const moved = await rename(legacy, join(dir, 'segment-000000.json')).then(
        () => true,
        () => false
      )
      if (moved) {
        names = await readdir(dir)
        saved = names.filter((name) => SEGMENT_FILE.test(name)).sort()
      }
    } else await rm(join(dataDir, LEGACY_FILE), { force: true })
    const index = new SearchIndex(dir)
    for (const name of saved) index.nextNumber = Math.max(index.nextNumber, Number(SEGMENT_FILE.exec(name)![1]) + 1)
    return { index, saved }
  }

  /**
   * Loads one saved segment. `keep(id, revision)` says whether a saved entry still describes the story as it is; the
   * others (deleted stories, older revisions, a story already loaded from elsewhere) are dropped. A damaged file is
   * deleted — its stories are simply indexed again. Returns how many stories it brought.
   */
  async load(name: string, keep: (id: string, revision: number) => boolean): Promise<number> {
    const path = join(this.dir, name)
    const number = Number(SEGMENT_FILE.exec(name)?.[1] ?? NaN)
    let segment: Segment
    try {
      const saved = JSON.parse(await readFile(path, 'utf8')) as SavedSegment
      if (saved.format !== 'barta.search' || saved.version !== 1 || typeof saved.revisions !== 'object') throw new Error('not a segment')
      const mini = MiniSearch.loadJS<SearchDocument>(saved.index as AsPlainObject, OPTIONS)
      segment = new Segment(number, mini, new Map(Object.entries(saved.revisions)))
    } catch {
      if (!this.readOnly) await rm(path, { force: true })
      return 0
    }
    for (const [id, revision] of segment.revisions) {
      if (!this.home.has(id) && keep(id, revision)) continue
      segment.mini.discard(id)
      segment.revisions.delete(id)
      segment.dirty = true
    }
    this.segments.push(segment)
    for (const id of segment.revisions.keys()) this.home.set(id, segment)
    // The newest segment that still has room goes on filling up, rather than starting a new file each session.
    if (segment.revisions.size < SEGMENT_SIZE && (!this.tail || this.tail.number < segment.number)) this.tail = segment
    return segment.revisions.size
  }

  /** Stories indexed (at some revision). */
  get size(): number {
    return this.home.size
  }

  revisionOf(id: string): number | undefined {
    return this.home.get(id)?.revisions.get(id)
  }

  upsert(article: Article): void {
    this.remove(article.id)
    if (!this.tail || this.tail.revisions.size >= SEGMENT_SIZE) {
      this.tail = new Segment(this.nextNumber++, new MiniSearch<SearchDocument>(OPTIONS), new Map())
      this.segments.push(this.tail)
    }
    this.tail.mini.add({
      id: article.id,
      headline: article.headline,
      byline: article.byline,
      summary: article.summary,
      body: bodyToPlainText(article.body)
    })
    this.tail.revisions.set(article.id, article.revision)
    this.tail.dirty = true
    this.home.set(article.id, this.tail)
  }

  remove(id: string): void {
    const segment = this.home.get(id)
    if (!segment) return
    segment.mini.discard(id)
    segment.revisions.delete(id)
    segment.dirty = true
    this.home.delete(id)
  }

  /** Every hit, best first (then by id). */
  search(query: string): Array<{ id: string; score: number }> {
    if (query.trim() === '') return []
    const hits: Array<{ id: string; score: number }> = []
    for (const segment of this.segments) {
      if (segment.revisions.size === 0) continue
      for (const hit of segment.mini.search(query)) hits.push({ id: String(hit.id), score: hit.score })
    }
    // Equal scores are ordered by id, so the order never depends on the order the stories were indexed in.
    return hits.sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  }

  /** The stories of segments that have thinned out (other than the tail), for the builder to move to the tail. */
  thinned(): string[] {
    return this.segments
      .filter((segment) => segment !== this.tail && segment.revisions.size > 0 && segment.revisions.size < THIN_SEGMENT)
      .flatMap((segment) => [...segment.revisions.keys()])
  }

  /** Writes the tail once it is full, and starts the next. Called by the builder as it goes. */
  sealIfFull(): Promise<void> {
    const tail = this.tail
    if (!tail || tail.revisions.size < SEGMENT_SIZE) return Promise.resolve()
    this.tail = null
    return this.persist()
  }

  /**
   * Writes every segment that changed, then deletes the files of segments left empty — in that order, so a story
   * that moved is on disk in its new segment before its old one disappears. Writes never overlap.
   */
  persist(): Promise<void> {
    if (this.readOnly) return Promise.resolve()
    const run = this.writes.then(async () => {
      for (const segment of [...this.segments]) {
        if (!segment.dirty || segment.revisions.size === 0) continue
        const text = segment.serialize()
        segment.dirty = false
        try {
          await writeFileDurably(join(this.dir, segment.name), text)
        } catch (error) {
          segment.dirty = true
          throw error
        }
      }
      for (const segment of [...this.segments]) {
        if (segment.revisions.size > 0 || segment === this.tail) continue
        this.segments.splice(this.segments.indexOf(segment), 1)
        await rm(join(this.dir, segment.name), { force: true })
      }
    })
    this.writes = run.catch(() => undefined)
    return run
  }
}
