import * as v from 'valibot'
import type { Err, Result } from './result'
import { articleIdSchema, articlePatchSchema, articleSchema, type Article, type ArticleSummary } from './article/model'
import { MEDIA_ID_PATTERN, type ImageType } from './media/image-info'
import { settingsPatchSchema, type Settings } from './settings'
import { profileInputSchema, type ProfilesState } from './profiles'
import { ACTIONS, type ChecklistEntry, type WorkflowAction } from './workflow'
import type { PublishedVersion, PublishedVersionInfo } from './article/publication'
import type { LatestStory } from './render/context'
import type { ArticleStatus } from './article/model'
import type { ErrorCode, LocalizedMessage } from './result'
import {
  listQuerySchema,
  searchQuerySchema,
  type ListPage,
  type RecoveryNotice,
  type RevisionInfo,
  type RevisionSnapshot,
  type SearchPage
} from './library'
import {
  connectArgsSchema,
  loginArgsSchema,
  PULL_PAGE_LIMIT,
  PUSH_BATCH_LIMIT,
  storyIdArgs,
  syncOpSchema,
  type ConnectionStatus,
  type DeskQueue,
  type EditLock,
  type LoginResult,
  type PullPage,
  type PushResult,
  type QueueItem,
  type SessionUser,
  type UserRef
} from './newsroom'

/**
 * The contract: every call the UI can make, with its argument schema and its result type. Two transports carry it —
 * Electron IPC (preload → ipcMain) and HTTP on 127.0.0.1 (the browser host) — and src/core implements it once.
 * Arguments are validated by the receiving side with these schemas; results are always `Result<T>`.
 */
interface MethodSpec<A extends v.GenericSchema, R> {
  args: A
  /** Phantom field: carries the result type for inference only, never set. */
  result?: R
}

const method =
  <R>() =>
  <A extends v.GenericSchema>(args: A): MethodSpec<A, R> => ({ args })

export interface AppInfo {
  name: string
  version: string
  dataDir: string
  /** 'newsroom': the shared server (log in first); 'ipc'/'http': a library on this machine. */
  transport: 'ipc' | 'http' | 'newsroom'
}

export interface SaveReceipt {
  revision: number
  modifiedAt: string
}

const idArgs = v.strictObject({ id: articleIdSchema })
const revisionNumber = v.pipe(v.number(), v.integer(), v.minValue(0))

export interface MediaInfo {
  mediaId: string
  type: ImageType
  width: number
  height: number
  bytes: number
}

const mediaId = v.pipe(v.string(), v.regex(MEDIA_ID_PATTERN, 'not a media id'))
/** 25 MB of image as base64, with room to spare; the store checks the real size and type. */
const base64 = v.pipe(v.string(), v.maxLength(36_000_000), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'))

export const EXPORT_FORMATS = ['html', 'html-folder', 'json', 'ninjs', 'pdf'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export interface ExportedFile {
  path: string
  contentType: string
  dataBase64: string
}

export interface ImportWarningInfo {
  code: string
  message: { bn: string; en: string }
  detail?: string
}

/**
 * An import either added a story, or found that the library already holds this story with other text — then nothing
 * is written until the desk chooses (package.resolve): take the incoming version, keep theirs, or keep both.
 */
export type ImportResult =
  | {
      kind: 'imported'
      id: string
      headline: string
      format: 'barta' | 'ninjs'
      renamed: boolean
      sentBy?: string
      sentAt?: string
      warnings: ImportWarningInfo[]
    }
  | { kind: 'decision'; id: string; existing: Article; incoming: Article; sentBy?: string; sentAt: string }

/** The Bengali word list for suggestions and spell check: the shipped words, and the words the desk added. */
export interface DictionaryWords {
  words: string[]
  added: string[]
  desk: string
}
const dictionaryWord = v.strictObject({ word: v.pipe(v.string(), v.minLength(1), v.maxLength(64)) })

export const PACKAGE_CHOICES = ['take', 'keep', 'both'] as const

/** The approval checklist as it stands for the saved story: every item, ticked or not (the live checklist beside the buttons). */
export interface Checklist {
  items: ChecklistEntry[]
  /** Every item is done: approval would not be refused for what is missing. */
  ready: boolean
}

/**
 * What a confirmation dialog shows before a move (publish, approve, kill …): the story as it will go out, and whether
 * the move can be made now. Nothing is changed by asking.
 */
export interface TransitionSummary {
  id: string
  action: WorkflowAction
  from: ArticleStatus
  to: ArticleStatus
  /** Why the move would be refused now (role, state, the checklist), or null. A missing reason is not counted here. */
  refusal: { code: ErrorCode; message: LocalizedMessage } | null
  headline: string
  byline: string
  dateline: string
  section: string
  /** ISO 8601 with offset: the «প্রকাশ» time on the page. */
  publishedAt: string | null
  /** The «আপডেট» time the page will show after this move (publishing a correction sets it to now, in Dhaka time). */
  contentUpdatedAt: string | null
  /** The lead photo; `present` is false when its file is missing from the media store (it then counts as no photo). */
  photo: { mediaId: string; present: boolean; caption: string; credit: string; alt: string } | null
  wordCount: number
  /** The slug the story goes out under (publishing fills an empty one from the headline, numbered if another uses it). */
  slug: string
  /** Its address on the site (site URL + slug) when it is or will be published and a site URL is set, else ''. */
  url: string
  /** The version readers see now (null if never published), and the one this publish will make. */
  publishedVersion: number | null
  nextVersion: number | null
  /** The story is a published story being corrected (or this move starts the correction). */
  correction: boolean
  checklist: ChecklistEntry[]
}

/**
 * What the preview needs besides the story: the «সর্বশেষ» rail (published stories only, linked), the story's own
 * address, and — while a correction is worked on — the published version readers still see.
 */
export interface PageContext {
  latest: LatestStory[]
  canonicalUrl: string
  published: Article | null
}

/**
 * A save refused as a conflict is settled in one call, against the stored version the user compared: keep mine (that
 * version stays as a revision) or keep both (mine becomes a new story, the stored one is left as it is).
 */
export const CONFLICT_CHOICES = ['mine', 'both'] as const
export type ConflictChoice = (typeof CONFLICT_CHOICES)[number]
export type ConflictResolution =
  { choice: 'mine'; revision: number; modifiedAt: string } | { choice: 'both'; copy: Article; current: Article }
/** How a copy made by 'both' is marked when the caller does not say (the UI sends its own language's mark). */
export const DEFAULT_COPY_SUFFIX = '(আমার সংস্করণ)'

/** The stored version a conflict error carries, checked against the article schema (it crossed a transport). */
export function conflictingVersion(error: Err | undefined): Article | undefined {
  if (error?.code !== 'conflict') return undefined
  const current = error.details?.current
  const parsed = v.safeParse(articleSchema, current)
  return parsed.success ? parsed.output : undefined
}

export const contract = {
  'app.info': method<AppInfo>()(v.strictObject({})),
  /** One page of the library (LIST_PAGE_SIZE stories when no limit is named) with its total and the counts. */
  'library.list': method<ListPage>()(listQuerySchema),
  /** One page of full-text hits, best first, with their total. */
  'library.search': method<SearchPage>()(searchQuerySchema),
  /** Damaged files found and set aside since the library opened, with what was recovered. */
  'library.notices': method<RecoveryNotice[]>()(v.strictObject({})),
  'article.create': method<Article>()(v.strictObject({ content: v.optional(articlePatchSchema) })),
  'article.get': method<Article>()(idArgs),
  'article.save': method<SaveReceipt>()(v.strictObject({ id: articleIdSchema, baseRevision: revisionNumber, patch: articlePatchSchema })),
  'article.resolveConflict': method<ConflictResolution>()(
    v.strictObject({
      id: articleIdSchema,
      /** The revision of the stored version shown beside mine; a story that has moved past it is a new conflict. */
      baseRevision: revisionNumber,
      mine: articlePatchSchema,
      choice: v.picklist(CONFLICT_CHOICES),
      copySuffix: v.optional(v.pipe(v.string(), v.maxLength(100)))
    })
  ),
  'article.duplicate': method<Article>()(idArgs),
  'article.trash': method<ArticleSummary>()(idArgs),
  'article.restore': method<ArticleSummary>()(idArgs),
  'trash.empty': method<{ removed: number }>()(v.strictObject({})),
  'revision.snapshot': method<RevisionInfo>()(idArgs),
  'revision.list': method<RevisionInfo[]>()(idArgs),
  'revision.get': method<RevisionSnapshot>()(v.strictObject({ id: articleIdSchema, revision: revisionNumber })),
  'export.article': method<{ name: string; files: ExportedFile[] }>()(
    v.strictObject({ id: articleIdSchema, format: v.picklist(EXPORT_FORMATS) })
  ),
  /** A Barta JSON package or an IPTC ninjs item, as text; photos named by a ninjs item may come along as sidecars. */
  'article.import': method<ImportResult>()(
    v.strictObject({
      text: v.pipe(v.string(), v.maxLength(60 * 1024 * 1024)),
      sidecars: v.optional(
        v.pipe(
          v.record(v.pipe(v.string(), v.maxLength(255)), base64),
          v.check((record) => Object.keys(record).length <= 20, 'too many files')
        )
      )
    })
  ),
  /** Settles an import that needed a decision; the package text is sent again, so nothing is held between calls. */
  'package.resolve': method<ImportResult>()(
    v.strictObject({ text: v.pipe(v.string(), v.maxLength(60 * 1024 * 1024)), choice: v.picklist(PACKAGE_CHOICES) })
  ),
  /**
   * One workflow move (src/shared/workflow.ts). `note` is the reason recorded with it (never published);
   * `correctionNote` is for publishing a correction only: printed at the end of the page as «সংশোধনী: …».
   */
  'article.transition': method<Article>()(
    v.strictObject({
      id: articleIdSchema,
      action: v.picklist(ACTIONS),
      note: v.optional(v.pipe(v.string(), v.maxLength(5000))),
      correctionNote: v.optional(v.pipe(v.string(), v.maxLength(5000)))
    })
  ),
  /** The approval checklist for the saved story, each item ticked or not. */
  'article.checklist': method<Checklist>()(idArgs),
  /** Everything a confirmation dialog shows before a move; changes nothing. */
  'transition.summary': method<TransitionSummary>()(v.strictObject({ id: articleIdSchema, action: v.picklist(ACTIONS) })),
  /** Every version readers were shown, newest first (compare two with published.get and the word diff). */
  'published.list': method<PublishedVersionInfo[]>()(idArgs),
  'published.get': method<PublishedVersion>()(
    v.strictObject({ id: articleIdSchema, version: v.pipe(v.number(), v.integer(), v.minValue(1)) })
  ),
  /** The rail, the address and the published version for the preview of one story. */
  'page.context': method<PageContext>()(idArgs),
  'note.add': method<Article>()(v.strictObject({ id: articleIdSchema, text: v.pipe(v.string(), v.maxLength(20_000)) })),
  'profile.list': method<ProfilesState>()(v.strictObject({})),
  'profile.save': method<ProfilesState>()(v.strictObject({ profile: profileInputSchema })),
  'profile.switch': method<ProfilesState>()(v.strictObject({ id: v.pipe(v.string(), v.maxLength(64)) })),
  'settings.get': method<Settings>()(v.strictObject({})),
  'settings.update': method<Settings>()(v.strictObject({ patch: settingsPatchSchema })),
  'media.put': method<MediaInfo>()(v.strictObject({ name: v.pipe(v.string(), v.maxLength(500)), dataBase64: base64 })),
  'media.get': method<{ type: ImageType; dataBase64: string }>()(v.strictObject({ mediaId })),
  'dictionary.words': method<DictionaryWords>()(v.strictObject({})),
  /** «অভিধানে যোগ করুন»: adds one Bengali word to the current profile's desk list. */
  'dictionary.add': method<{ added: string[]; desk: string }>()(dictionaryWord),
  'dictionary.remove': method<{ added: string[]; desk: string }>()(dictionaryWord),
  'revision.restore': method<Article>()(v.strictObject({ id: articleIdSchema, revision: revisionNumber, baseRevision: revisionNumber })),

  // The newsroom server (src/newsroom). A library on one machine answers these with `unsupported`.
  /** Logs in; a browser gets an HttpOnly cookie, the desktop app (client 'app') a token for `Authorization: Bearer`. */
  'auth.login': method<LoginResult>()(loginArgsSchema),
  'auth.logout': method<{ loggedOut: true }>()(v.strictObject({})),
  /** Who this session belongs to (unauthorized when nobody is logged in). */
  'auth.session': method<SessionUser>()(v.strictObject({})),
  /** The people of the newsroom who can be given a story («… কে দিন»): desk editors and chiefs, not disabled. */
  'newsroom.people': method<UserRef[]>()(v.strictObject({})),
  'desk.queue': method<DeskQueue>()(v.strictObject({})),
  /** «আমাকে দিন» / «… কে দিন»: gives the story to a desk editor (userId) or takes it back from everyone (null). */
  'story.assign': method<QueueItem>()(v.strictObject({ id: articleIdSchema, userId: v.nullable(v.pipe(v.string(), v.maxLength(64))) })),
  /** Takes the edit lock (or renews one's own); `takeover` lets the desk take it from another holder. */
  'story.lock': method<EditLock>()(v.strictObject({ id: articleIdSchema, takeover: v.optional(v.boolean()) })),
  'story.unlock': method<{ unlocked: boolean }>()(storyIdArgs),
  /** A laptop's outbox, in order; each operation is answered on its own (PushResult). */
  'sync.push': method<{ results: PushResult[] }>()(v.strictObject({ ops: v.pipe(v.array(syncOpSchema), v.maxLength(PUSH_BATCH_LIMIT)) })),
  /** The stories changed after a cursor, a page at a time. */
  'sync.pull': method<PullPage>()(
    v.strictObject({
      after: v.pipe(v.number(), v.integer(), v.minValue(0)),
      limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(PULL_PAGE_LIMIT)))
    })
  ),

  // This library's link to a newsroom (src/core/newsroom-link): answered by the desktop app and the local host.
  'connection.status': method<ConnectionStatus>()(v.strictObject({})),
  /** Logs in to a newsroom and starts syncing this library with it (saves stay local first). */
  'connection.connect': method<ConnectionStatus>()(connectArgsSchema),
  /** Stops syncing; what was not sent stays in the outbox, nothing local is removed. */
  'connection.disconnect': method<ConnectionStatus>()(v.strictObject({})),
  /** Pushes and pulls now instead of waiting for the next round. */
  'connection.sync': method<ConnectionStatus>()(v.strictObject({}))
} as const

export type Contract = typeof contract
export type Method = keyof Contract

export type ArgsOf<M extends Method> = v.InferInput<Contract[M]['args']>
export type ParsedArgsOf<M extends Method> = v.InferOutput<Contract[M]['args']>
export type ValueOf<M extends Method> = Contract[M] extends MethodSpec<v.GenericSchema, infer R> ? R : never

/** What the UI holds: one function, whichever transport is underneath. */
export interface BartaApi {
  call<M extends Method>(method: M, args: ArgsOf<M>): Promise<Result<ValueOf<M>>>
}

/** What the services provide: one handler per method, receiving already-validated arguments. */
export type Handlers = { [M in Method]: (args: ParsedArgsOf<M>) => Promise<Result<ValueOf<M>>> }

export function isMethod(name: unknown): name is Method {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name)
}

export { IPC_CHANNEL, TOKEN_HEADER } from './transport-names'
export type { ListPage, SearchPage } from './library'
