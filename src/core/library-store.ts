import { join } from 'node:path'
import type { Article, ArticlePatch, ArticleSummary } from '../shared/article/model'
import {
  adoptedArticle,
  afterMetaChange,
  conflictCopy,
  newDraft,
  patchChangesNothing,
  replacedArticle,
  textDiffers,
  withContent
} from './article-changes'
import { ArticleFiles } from './article-files'
import { CorruptFileError } from './durable-file'
import { LibraryIndex } from './library-index'
import type { RecoveryNotice } from './quarantine'
import { LibraryRecovery } from './library-recovery'
import { RevisionStore, type RevisionInfo, type RevisionReason, type RevisionSnapshot } from './revisions'
import { LibrarySearch } from './library-search'
import { summarize } from '../shared/article/summary'
import { LibraryQueries } from './list-query'
import type { ListPage, ListQuery, SearchPage, SearchQuery } from '../shared/library'
import type { ConflictChoice } from '../shared/api'
import { isTextLocked, textLockedError, type ProfileRef } from '../shared/workflow'
import { isErr, type Err } from '../shared/result'
import type { ArticleStore, ConflictOutcome, CopyOptions, SaveOutcome } from './article-store'

/**
 * The drafts library (README "Data on disk"): a journaled lowdb index, one lowdb document per article, revisions and
 * media beside them. All writes go through one queue, so two saves never interleave and quit can wait for the last one.
 * ArticleStore is the seam where another store (e.g. a replicated one) could plug in.
 */
export interface StoreOptions {
  now?: () => Date
  /** Who is recorded as the author of revisions. */
  author?: () => string
  /** Snapshot automatically when the newest revision is older than this while someone edits (default 5 minutes). */
  snapshotIntervalMs?: number
  /** Trashed stories older than this are purged when the library opens (default 30 days). */
  trashRetentionMs?: number
  /**
   * Open to read only (`barta list`/`export` while nobody owns the folder): the journal is replayed and the index
   * reconciled in memory, damaged files are reported but not moved, nothing is purged, migrated or written — and the
   * caller must not ask for writes (createServices wraps such a store so that it refuses them).
   */
  readOnly?: boolean
}

const DAY = 24 * 60 * 60 * 1000

export class LowdbArticleStore implements ArticleStore {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly lastSnapshotAt = new Map<string, number>()
  private readonly queries: LibraryQueries
  private readonly searching: LibrarySearch
  private readonly recovery: LibraryRecovery

  private constructor(
    private readonly dataDir: string,
    private readonly index: LibraryIndex,
    private readonly files: ArticleFiles,
    private readonly revisionStore: RevisionStore,
    private readonly options: Required<StoreOptions>
  ) {
    this.queries = new LibraryQueries(index)
    this.recovery = new LibraryRecovery(dataDir, index, files, revisionStore, options.now, options.readOnly)
    this.searching = new LibrarySearch(dataDir, index, files, options.readOnly)
  }

  static async open(dataDir: string, options: StoreOptions = {}): Promise<LowdbArticleStore> {
    const readOnly = options.readOnly ?? false
    const files = await ArticleFiles.open(dataDir, { readOnly })
    const index = await LibraryIndex.open(dataDir, { readOnly })
    const revisions = readOnly ? new RevisionStore(join(dataDir, 'revisions')) : await RevisionStore.open(dataDir)
    const store = new LowdbArticleStore(dataDir, index, files, revisions, {
      now: options.now ?? (() => new Date()),
      author: options.author ?? (() => 'অজানা'),
      snapshotIntervalMs: options.snapshotIntervalMs ?? 5 * 60 * 1000,
      trashRetentionMs: options.trashRetentionMs ?? 30 * DAY,
      readOnly
    })
    await store.recovery.reconcile()
    if (!readOnly) await store.purgeOldTrash()
    return store
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  private async purgeOldTrash(): Promise<void> {
    const cutoff = this.options.now().getTime() - this.options.trashRetentionMs
    for (const summary of this.index.all()) {
      if (summary.trashedAt !== null && Date.parse(summary.trashedAt) < cutoff) await this.deleteForever(summary.id)
    }
  }

  private async deleteForever(id: string): Promise<void> {
    await this.files.remove(id)
    await this.revisionStore.removeAll(id)
    await this.index.remove(id)
    this.searching.onDelete(id)
  }

  notices(): RecoveryNotice[] {
    return this.recovery.notices()
  }

  async list(query: ListQuery = {}): Promise<ListPage> {
    this.searching.touch()
    return this.queries.page(query)
  }

  search(query: SearchQuery): Promise<SearchPage> {
    return this.searching.query(query)
  }

  /** Resolves when the search index's background build has ended (for tests and the bench). */
  searchBuilt(): Promise<void> {
    return this.searching.built()
  }

  /** Starts the search index's background load and build (the app calls this once start-up is over). */
  warmSearch(): void {
    this.searching.start()
  }

  searchProgress(): { indexed: number; of: number; complete: boolean } {
    return this.searching.progress()
  }

  /** Reads an article; a file found damaged now is quarantined and the story restored from its latest revision. */
  private async read(id: string): Promise<Article | undefined> {
    try {
      return await this.files.read(id)
    } catch (error) {
      if (!(error instanceof CorruptFileError) || this.options.readOnly) throw error
      await this.recovery.quarantineArticle(id, error)
      return this.files.read(id)
    }
  }

  get(id: string): Promise<Article | undefined> {
    this.searching.touch()
    return this.exclusive(async () => structuredClone(await this.read(id)))
  }

  create(content: ArticlePatch = {}, owner: ProfileRef | null = null): Promise<Article> {
    return this.exclusive(async () => {
      const article = this.newDraft(content, owner)
      await this.commit(article)
      return structuredClone(article)
    })
  }

  private newDraft(content: ArticlePatch, owner: ProfileRef | null): Article {
    return newDraft(content, owner, this.options.now())
  }

  adopt(incoming: Article): Promise<Article> {
    return this.exclusive(async () => {
      const article = adoptedArticle(incoming, this.index.get(incoming.id) !== undefined, this.options.now())
      await this.commit(article)
      return structuredClone(article)
    })
  }

  updateMeta(
    id: string,
    change: (current: Article) => Article | Err,
    snapshotReason?: RevisionReason,
    beforeCommit?: (next: Article, current: Article) => Promise<void>
  ): Promise<Article | Err | undefined> {
    return this.exclusive(async () => {
      const current = await this.read(id)
      if (!current) return undefined
      const changed = change(structuredClone(current))
      if (isErr(changed)) return changed
      if (snapshotReason) await this.revisionStore.snapshot(current, snapshotReason, this.options.author(), this.options.now())
      const next = afterMetaChange(current, changed, this.options.now())
      if (beforeCommit) await beforeCommit(structuredClone(next), structuredClone(current))
      await this.commit(next)
      return structuredClone(next)
    })
  }

  replaceContent(id: string, build: (current: Article) => Article, reason: RevisionReason): Promise<Article | Err | undefined> {
    return this.exclusive(async () => {
      const current = await this.read(id)
      if (!current) return undefined
      if (isTextLocked(current.status)) return textLockedError(current.status)
      const incoming = build(structuredClone(current))
      await this.revisionStore.snapshot(current, reason, this.options.author(), this.options.now())
      const next = replacedArticle(current, incoming, this.options.now())
      await this.commit(next)
      return structuredClone(next)
    })
  }

  takeServerVersion(incoming: Article, accept: (local: Article | undefined) => boolean): Promise<Article | undefined> {
    return this.exclusive(async () => {
      const current = this.index.get(incoming.id) ? await this.read(incoming.id) : undefined
      if (!accept(current && structuredClone(current))) return undefined
      if (!current) {
        await this.commit(structuredClone(incoming))
        return structuredClone(incoming)
      }
      // The server's JSON comes back with its keys in PostgreSQL's order: compared as values, not as text.
      const textChanged = textDiffers(incoming, current)
      // The local text is kept as a revision before the server's replaces it (a revision is the undo).
      if (textChanged) await this.revisionStore.snapshot(current, 'import', this.options.author(), this.options.now())
      const next: Article = { ...structuredClone(incoming), revision: textChanged ? current.revision + 1 : current.revision }
      await this.commit(next)
      return structuredClone(next)
    })
  }

  save(id: string, baseRevision: number, patch: ArticlePatch): Promise<SaveOutcome> {
    return this.exclusive(async () => {
      const current = await this.read(id)
      if (!current) return { kind: 'not-found' }
      if (current.revision !== baseRevision) return { kind: 'conflict', current: structuredClone(current) }
      if (isTextLocked(current.status)) {
        return patchChangesNothing(current, patch)
          ? { kind: 'saved', article: structuredClone(current) }
          : { kind: 'locked', current: structuredClone(current) }
      }
      await this.snapshotIfDue(current)
      const next = this.nextRevision(current, patch)
      await this.commit(next)
      return { kind: 'saved', article: structuredClone(next) }
    })
  }

  /** The stored article with new content on top: the next revision, stamped now. */
  private nextRevision(current: Article, content: ArticlePatch): Article {
    return withContent(current, content, this.options.now())
  }

  /** At most one automatic snapshot per interval of active editing: the text as it was before this stretch of edits. */
  private async snapshotIfDue(current: Article): Promise<void> {
    const now = this.options.now().getTime()
    let last = this.lastSnapshotAt.get(current.id)
    if (last === undefined) {
      last = (await this.revisionStore.latestSavedAt(current.id)) ?? 0
      this.lastSnapshotAt.set(current.id, last)
    }
    if (now - last < this.options.snapshotIntervalMs) return
    await this.revisionStore.snapshot(current, 'interval', this.options.author(), this.options.now())
    this.lastSnapshotAt.set(current.id, now)
  }

  snapshot(id: string, reason: RevisionReason): Promise<RevisionInfo | undefined> {
    return this.exclusive(async () => {
      const current = await this.read(id)
      if (!current) return undefined
      const info = await this.revisionStore.snapshot(current, reason, this.options.author(), this.options.now())
      this.lastSnapshotAt.set(id, this.options.now().getTime())
      return info
    })
  }

  revisions(id: string): Promise<RevisionInfo[]> {
    return this.revisionStore.list(id)
  }

  revision(id: string, revision: number): Promise<RevisionSnapshot | undefined> {
    return this.revisionStore.read(id, revision)
  }

  /** Restore never loses the current text: it is snapshotted first, and the old text becomes a new revision on top. */
  restoreRevision(id: string, revision: number, baseRevision: number): Promise<SaveOutcome> {
    return this.exclusive(async () => {
      const current = await this.read(id)
      if (!current) return { kind: 'not-found' }
      if (current.revision !== baseRevision) return { kind: 'conflict', current: structuredClone(current) }
      if (isTextLocked(current.status)) return { kind: 'locked', current: structuredClone(current) }
      const snapshot = await this.revisionStore.read(id, revision)
      if (!snapshot) return { kind: 'not-found' }
      await this.revisionStore.snapshot(current, 'restore', this.options.author(), this.options.now())
      const next = this.nextRevision(current, snapshot.content)
      await this.commit(next)
      return { kind: 'saved', article: structuredClone(next) }
    })
  }

  /**
   * Settles a save that was refused as a conflict, in one step under the write queue, against the stored version the
   * user compared (`baseRevision`): 'mine' keeps that text as a revision and saves mine on top; 'both' files mine as a
   * new story and leaves the stored one as it is. If the story has moved on again, nothing is written: a new conflict.
   */
  resolveConflict(
    id: string,
    baseRevision: number,
    mine: ArticlePatch,
    choice: ConflictChoice,
    copy: CopyOptions
  ): Promise<ConflictOutcome> {
    return this.exclusive(async () => {
      const current = await this.read(id)
      if (!current) return { kind: 'not-found' }
      if (current.revision !== baseRevision) return { kind: 'conflict', current: structuredClone(current) }
      if (choice === 'both') {
        const created = conflictCopy(current, mine, copy, this.options.now())
        await this.commit(created)
        return { kind: 'copied', copy: structuredClone(created), current: structuredClone(current) }
      }
      // Keeping mine is a change of the text: approved and published text stays locked (a copy is still allowed).
      if (isTextLocked(current.status)) return { kind: 'locked', current: structuredClone(current) }
      await this.revisionStore.snapshot(current, 'conflict', this.options.author(), this.options.now())
      const next = this.nextRevision(current, mine)
      await this.commit(next)
      return { kind: 'saved', article: structuredClone(next) }
    })
  }

  trash(id: string): Promise<ArticleSummary | undefined> {
    return this.setTrashed(id, this.options.now().toISOString())
  }

  restoreFromTrash(id: string): Promise<ArticleSummary | undefined> {
    return this.setTrashed(id, null)
  }

  private setTrashed(id: string, trashedAt: string | null): Promise<ArticleSummary | undefined> {
    return this.exclusive(async () => {
      const summary = this.index.get(id)
      if (!summary) return undefined
      const next = { ...summary, trashedAt }
      await this.index.put(next)
      return next
    })
  }

  emptyTrash(): Promise<number> {
    return this.exclusive(async () => {
      const trashed = this.index.all().filter((summary) => summary.trashedAt !== null)
      for (const summary of trashed) await this.deleteForever(summary.id)
      return trashed.length
    })
  }

  flush(): Promise<void> {
    return this.exclusive(async () => {})
  }

  close(): Promise<void> {
    return this.exclusive(async () => {
      if (this.options.readOnly) return
      await this.index.close()
      await this.searching.close()
    })
  }

  /** Article file first, then the index line: the save is acknowledged only when both are on disk. */
  private async commit(article: Article): Promise<void> {
    await this.files.write(article)
    await this.index.put(summarize(article, this.index.get(article.id)?.trashedAt ?? null))
    this.searching.onCommit(article)
  }
}
