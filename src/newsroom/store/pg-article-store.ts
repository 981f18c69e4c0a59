import type { Pool, PoolClient } from 'pg'
import type { Article, ArticlePatch, ArticleSummary } from '../../shared/article/model'
import { summarize } from '../../shared/article/summary'
import type { ConflictChoice } from '../../shared/api'
import type { ListPage, ListQuery, SearchPage, SearchQuery } from '../../shared/library'
import { isErr, type Err } from '../../shared/result'
import { isTextLocked, textLockedError, type ProfileRef } from '../../shared/workflow'
import type { ArticleStore, ConflictOutcome, CopyOptions, SaveOutcome } from '../../core/article-store'
import {
  adoptedArticle,
  afterMetaChange,
  conflictCopy,
  newDraft,
  patchChangesNothing,
  replacedArticle,
  textDiffers,
  withContent
} from '../../core/article-changes'
import type { RecoveryNotice } from '../../core/quarantine'
import type { RevisionInfo, RevisionReason, RevisionSnapshot } from '../../core/revisions'
import { PgLibraryView } from './pg-library-view'
import { changeKindOf, deleteStory, writeStory, type ChangeKind } from './story-changes'
import { isStorableText, latestSnapshotAt, listSnapshots, readSnapshot, snapshotStory } from './story-snapshots'
import { queryTarget, transaction } from './transaction'

export interface PgStoreOptions {
  now?: () => Date
  /** Who is recorded as the author of revisions and changes: the session's user, never the client's word. */
  author: () => ProfileRef | null
  /** Snapshot automatically when the newest snapshot is older than this while someone edits (default 5 minutes). */
  snapshotIntervalMs?: number
}

interface Stored {
  article: Article
  trashedAt: string | null
}

interface StoryRow {
  article: Article
  trashed_at: Date | null
}

/**
 * The newsroom's stories in PostgreSQL, with the same answers as the library on disk (library-store.ts): the same
 * rules for the next article (core/article-changes.ts), the same list and search code (pg-library-view.ts).
 *
 * Every write is one transaction that first locks the story's row (SELECT … FOR NO KEY UPDATE: two servers or two
 * requests never interleave on one story, while rows that only reference the story — a published version — may still be
 * written beside it) and then records the change as NEWSROOM.md says (story-changes.ts). `inside(client)` gives the same
 * store running on the caller's open transaction, so a sync push records its op id in the same commit as the save.
 */
export class PgArticleStore implements ArticleStore {
  private readonly view: PgLibraryView
  private readonly client: PoolClient | null
  private readonly now: () => Date
  private readonly snapshotIntervalMs: number

  /** `shared` is for forAuthor/inside: the same view of the library, on a given transaction. */
  constructor(
    private readonly pool: Pool,
    private readonly options: PgStoreOptions,
    shared?: { view: PgLibraryView; client: PoolClient | null }
  ) {
    this.view = shared?.view ?? new PgLibraryView(pool)
    this.client = shared?.client ?? null
    this.now = options.now ?? (() => new Date())
    this.snapshotIntervalMs = options.snapshotIntervalMs ?? 5 * 60 * 1000
  }

  /** The same store whose revisions and changes are recorded as this user's. */
  forAuthor(author: ProfileRef): PgArticleStore {
    return new PgArticleStore(this.pool, { ...this.options, author: () => author }, { view: this.view, client: this.client })
  }

  /** The same store running every statement on the caller's open transaction (no BEGIN/COMMIT of its own). */
  inside(client: PoolClient): PgArticleStore {
    return new PgArticleStore(this.pool, this.options, { view: this.view, client })
  }

  private author(): ProfileRef | null {
    return this.options.author()
  }

  private write<T>(work: (client: PoolClient) => Promise<T>): Promise<T> {
    return transaction(this.pool, this.client, work)
  }

  private async read(db: Pool | PoolClient, id: string, lock: boolean): Promise<Stored | undefined> {
    if (!isStorableText(id)) return undefined
    const { rows } = await db.query<StoryRow>(lock ? READ_FOR_WRITE : READ, [id])
    const row = rows[0]
    return row ? { article: row.article, trashedAt: row.trashed_at ? row.trashed_at.toISOString() : null } : undefined
  }

  private commit(client: PoolClient, previous: Stored | undefined, next: Article, reason: RevisionReason | 'save', kind?: ChangeKind) {
    return writeStory(client, {
      previous: previous?.article,
      next,
      trashedAt: previous?.trashedAt ?? null,
      kind: kind ?? changeKindOf(previous?.article, next),
      reason,
      author: this.author(),
      at: this.now()
    })
  }

  notices(): RecoveryNotice[] {
    return []
  }

  list(query: ListQuery = {}): Promise<ListPage> {
    return this.view.list(query)
  }

  search(query: SearchQuery): Promise<SearchPage> {
    return this.view.search(query)
  }

  warmSearch(): void {
    this.view.warm()
  }

  searchProgress(): { indexed: number; of: number; complete: boolean } {
    return this.view.progress()
  }

  async get(id: string): Promise<Article | undefined> {
    return (await this.read(queryTarget(this.pool, this.client), id, false))?.article
  }

  create(content: ArticlePatch = {}, owner: ProfileRef | null = null): Promise<Article> {
    return this.write(async (client) => {
      const article = newDraft(content, owner, this.now())
      await this.commit(client, undefined, article, 'save')
      return article
    })
  }

  adopt(incoming: Article): Promise<Article> {
    return this.write(async (client) => {
      const taken = (await this.read(client, incoming.id, true)) !== undefined
      const article = adoptedArticle(incoming, taken, this.now())
      await this.commit(client, undefined, article, 'save')
      return article
    })
  }

  updateMeta(
    id: string,
    change: (current: Article) => Article | Err,
    snapshotReason?: RevisionReason,
    beforeCommit?: (next: Article, current: Article) => Promise<void>
  ): Promise<Article | Err | undefined> {
    return this.write(async (client) => {
      const current = await this.read(client, id, true)
      if (!current) return undefined
      const changed = change(structuredClone(current.article))
      if (isErr(changed)) return changed
      if (snapshotReason) await snapshotStory(client, current.article, snapshotReason, this.author(), this.now())
      const next = afterMetaChange(current.article, changed, this.now())
      // Runs on this transaction (transaction.ts): a published version recorded here commits with the story.
      if (beforeCommit) await beforeCommit(structuredClone(next), structuredClone(current.article))
      const reason = snapshotReason && textDiffers(next, current.article) ? snapshotReason : 'save'
      await this.commit(client, current, next, reason)
      return next
    })
  }

  replaceContent(id: string, build: (current: Article) => Article, reason: RevisionReason): Promise<Article | Err | undefined> {
    return this.write(async (client) => {
      const current = await this.read(client, id, true)
      if (!current) return undefined
      if (isTextLocked(current.article.status)) return textLockedError(current.article.status)
      const incoming = build(structuredClone(current.article))
      await snapshotStory(client, current.article, reason, this.author(), this.now())
      const next = replacedArticle(current.article, incoming, this.now())
      await this.commit(client, current, next, reason)
      return next
    })
  }

  save(id: string, baseRevision: number, patch: ArticlePatch): Promise<SaveOutcome> {
    return this.write(async (client) => {
      const current = await this.read(client, id, true)
      if (!current) return { kind: 'not-found' }
      const stored = current.article
      if (stored.revision !== baseRevision) return { kind: 'conflict', current: stored }
      if (isTextLocked(stored.status)) {
        return patchChangesNothing(stored, patch) ? { kind: 'saved', article: stored } : { kind: 'locked', current: stored }
      }
      await this.snapshotIfDue(client, stored)
      const next = withContent(stored, patch, this.now())
      await this.commit(client, current, next, 'save', 'saved')
      return { kind: 'saved', article: next }
    })
  }

  /** At most one automatic snapshot per interval of active editing: the text as it was before this stretch of edits. */
  private async snapshotIfDue(client: PoolClient, current: Article): Promise<void> {
    const last = (await latestSnapshotAt(client, current.id)) ?? 0
    if (this.now().getTime() - last < this.snapshotIntervalMs) return
    await snapshotStory(client, current, 'interval', this.author(), this.now())
  }

  snapshot(id: string, reason: RevisionReason): Promise<RevisionInfo | undefined> {
    return this.write(async (client) => {
      const current = await this.read(client, id, true)
      if (!current) return undefined
      return snapshotStory(client, current.article, reason, this.author(), this.now())
    })
  }

  revisions(id: string): Promise<RevisionInfo[]> {
    return listSnapshots(queryTarget(this.pool, this.client), id)
  }

  revision(id: string, revision: number): Promise<RevisionSnapshot | undefined> {
    return readSnapshot(queryTarget(this.pool, this.client), id, revision)
  }

  /** Restore never loses the current text: it is snapshotted first, and the old text becomes a new revision on top. */
  restoreRevision(id: string, revision: number, baseRevision: number): Promise<SaveOutcome> {
    return this.write(async (client) => {
      const current = await this.read(client, id, true)
      if (!current) return { kind: 'not-found' }
      if (current.article.revision !== baseRevision) return { kind: 'conflict', current: current.article }
      if (isTextLocked(current.article.status)) return { kind: 'locked', current: current.article }
      const snapshot = await readSnapshot(client, id, revision)
      if (!snapshot) return { kind: 'not-found' }
      await snapshotStory(client, current.article, 'restore', this.author(), this.now())
      const next = withContent(current.article, snapshot.content, this.now())
      await this.commit(client, current, next, 'restore', 'saved')
      return { kind: 'saved', article: next }
    })
  }

  /** As the library on disk: 'mine' keeps the stored text as a snapshot and saves mine on top; 'both' files a copy. */
  resolveConflict(
    id: string,
    baseRevision: number,
    mine: ArticlePatch,
    choice: ConflictChoice,
    copy: CopyOptions
  ): Promise<ConflictOutcome> {
    return this.write(async (client) => {
      const current = await this.read(client, id, true)
      if (!current) return { kind: 'not-found' }
      if (current.article.revision !== baseRevision) return { kind: 'conflict', current: current.article }
      if (choice === 'both') {
        const created = conflictCopy(current.article, mine, copy, this.now())
        await this.commit(client, undefined, created, 'save')
        return { kind: 'copied', copy: created, current: current.article }
      }
      if (isTextLocked(current.article.status)) return { kind: 'locked', current: current.article }
      await snapshotStory(client, current.article, 'conflict', this.author(), this.now())
      const next = withContent(current.article, mine, this.now())
      await this.commit(client, current, next, 'conflict', 'saved')
      return { kind: 'saved', article: next }
    })
  }

  trash(id: string): Promise<ArticleSummary | undefined> {
    return this.setTrashed(id, this.now().toISOString())
  }

  restoreFromTrash(id: string): Promise<ArticleSummary | undefined> {
    return this.setTrashed(id, null)
  }

  private setTrashed(id: string, trashedAt: string | null): Promise<ArticleSummary | undefined> {
    return this.write(async (client) => {
      const current = await this.read(client, id, true)
      if (!current) return undefined
      const article = current.article
      await writeStory(client, {
        previous: article,
        next: article,
        trashedAt,
        kind: trashedAt === null ? 'restored' : 'trashed',
        reason: 'save',
        author: this.author(),
        at: this.now()
      })
      return summarize(article, trashedAt)
    })
  }

  /** A laptop's link takes the server's versions into its own library; the server is where they come from. */
  takeServerVersion(): Promise<Article | undefined> {
    return Promise.reject(new Error('takeServerVersion is for a laptop library, not the newsroom server'))
  }

  emptyTrash(): Promise<number> {
    return this.write(async (client) => {
      const { rows } = await client.query<{ id: string }>(TRASHED_FOR_WRITE)
      for (const { id } of rows) await deleteStory(client, id, this.author())
      return rows.length
    })
  }

  /** Every write resolves only after its transaction committed: nothing is left to wait for. */
  async flush(): Promise<void> {}

  async close(): Promise<void> {
    await this.view.close()
  }
}

const READ = 'SELECT article, trashed_at FROM stories WHERE id = $1'
const READ_FOR_WRITE = 'SELECT article, trashed_at FROM stories WHERE id = $1 FOR NO KEY UPDATE'
const TRASHED_FOR_WRITE = 'SELECT id FROM stories WHERE trashed_at IS NOT NULL ORDER BY id FOR NO KEY UPDATE'
