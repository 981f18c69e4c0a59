import type { Article, ArticlePatch, ArticleSummary } from '../shared/article/model'
import type { ConflictChoice } from '../shared/api'
import type { ListPage, ListQuery, SearchPage, SearchQuery } from '../shared/library'
import type { ProfileRef } from '../shared/workflow'
import type { Err } from '../shared/result'
import type { RecoveryNotice } from './quarantine'
import type { RevisionInfo, RevisionReason, RevisionSnapshot } from './revisions'

/**
 * The seam between the services and the drafts library: what handlers, exports and publishing may ask of it.
 * LowdbArticleStore (library-store.ts) is the one on disk; read-only-store.ts wraps it for readers; another store
 * (e.g. the newsroom's) can plug in here.
 */
export interface ArticleStore {
  /** One page of the library (every matching story when the query names no limit), its total and the counts. */
  list(query?: ListQuery): Promise<ListPage>
  /** One page of search hits; never waits long for the search index to be built (see library-search.ts). */
  search(query: SearchQuery): Promise<SearchPage>
  create(content?: ArticlePatch, owner?: ProfileRef | null): Promise<Article>
  /**
   * Changes what is not the text — state, workflow log, notes — without a new revision, so an editor holding the
   * text is not put in conflict. `change` may refuse by returning an Err; `snapshotReason` keeps the text as a revision.
   * The workflow itself may change the text here (publishing sets the «আপডেট» time, dropping a correction brings the
   * published text back): then it is a new revision. `beforeCommit` runs inside the same turn of the write queue,
   * after `change` accepted and before the article is written (a published version is recorded there).
   */
  updateMeta(
    id: string,
    change: (current: Article) => Article | Err,
    snapshotReason?: RevisionReason,
    beforeCommit?: (next: Article, current: Article) => Promise<void>
  ): Promise<Article | Err | undefined>
  /**
   * Replaces the text with another version (an imported package), keeping the current one as a revision first.
   * `next` builds the new article from the current one inside the write queue (so nothing saved meanwhile is lost).
   * Refused (an Err) while the text is locked: approved or published.
   */
  replaceContent(id: string, next: (current: Article) => Article, reason: RevisionReason): Promise<Article | Err | undefined>
  /** Adds an article that came from elsewhere, keeping its id when the library does not have it yet. */
  adopt(article: Article): Promise<Article>
  /**
   * Takes another copy's version (the newsroom server's) as the new local version: a story new here is added with its
   * id; an existing one gets the content and meta as given, its local text kept as a revision when it differs, and the
   * local revision numbering continued. Only when `accept` (run inside the write queue, with the local copy or
   * undefined) says yes; otherwise nothing is written and undefined is returned (a local change came in between).
   */
  takeServerVersion(incoming: Article, accept: (local: Article | undefined) => boolean): Promise<Article | undefined>
  get(id: string): Promise<Article | undefined>
  save(id: string, baseRevision: number, patch: ArticlePatch): Promise<SaveOutcome>
  trash(id: string): Promise<ArticleSummary | undefined>
  restoreFromTrash(id: string): Promise<ArticleSummary | undefined>
  emptyTrash(): Promise<number>
  snapshot(id: string, reason: RevisionReason): Promise<RevisionInfo | undefined>
  revisions(id: string): Promise<RevisionInfo[]>
  revision(id: string, revision: number): Promise<RevisionSnapshot | undefined>
  restoreRevision(id: string, revision: number, baseRevision: number): Promise<SaveOutcome>
  resolveConflict(id: string, baseRevision: number, mine: ArticlePatch, choice: ConflictChoice, copy: CopyOptions): Promise<ConflictOutcome>
  notices(): RecoveryNotice[]
  /** Starts loading and building the search index in the background. */
  warmSearch(): void
  /** How much of the library the search index covers, and whether its background build has finished. */
  searchProgress(): { indexed: number; of: number; complete: boolean }
  /** Resolves once every accepted write is on disk. */
  flush(): Promise<void>
  close(): Promise<void>
}

/** `locked`: the text is approved or published (src/shared/workflow.ts isTextLocked); nothing was written. */
export type SaveOutcome =
  | { kind: 'saved'; article: Article }
  | { kind: 'conflict'; current: Article }
  | { kind: 'locked'; current: Article }
  | { kind: 'not-found' }
/** A settled conflict: 'saved' is mine on top of the stored text; 'copied' is mine filed as a new story beside it. */
export type ConflictOutcome = SaveOutcome | { kind: 'copied'; copy: Article; current: Article }
/** How a copy made by 'both' is filed: its headline mark and its owner. */
export interface CopyOptions {
  headlineSuffix: string
  owner: ProfileRef | null
}
