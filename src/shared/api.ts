import * as v from 'valibot'
import type { Result } from './result'
import { articleIdSchema, articlePatchSchema, type Article, type ArticleSummary } from './article/model'
import { MEDIA_ID_PATTERN, type ImageType } from './media/image-info'
import { settingsPatchSchema, type Settings } from './settings'
import { profileInputSchema, type ProfilesState } from './profiles'
import { ACTIONS } from './workflow'
import {
  listQuerySchema,
  searchQuerySchema,
  type ListPage,
  type RecoveryNotice,
  type RevisionInfo,
  type RevisionSnapshot,
  type SearchPage
} from './library'

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
  transport: 'ipc' | 'http'
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

export const PACKAGE_CHOICES = ['take', 'keep', 'both'] as const

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
  'article.transition': method<Article>()(
    v.strictObject({ id: articleIdSchema, action: v.picklist(ACTIONS), note: v.optional(v.pipe(v.string(), v.maxLength(5000))) })
  ),
  'note.add': method<Article>()(v.strictObject({ id: articleIdSchema, text: v.pipe(v.string(), v.maxLength(20_000)) })),
  'profile.list': method<ProfilesState>()(v.strictObject({})),
  'profile.save': method<ProfilesState>()(v.strictObject({ profile: profileInputSchema })),
  'profile.switch': method<ProfilesState>()(v.strictObject({ id: v.pipe(v.string(), v.maxLength(64)) })),
  'settings.get': method<Settings>()(v.strictObject({})),
  'settings.update': method<Settings>()(v.strictObject({ patch: settingsPatchSchema })),
  'media.put': method<MediaInfo>()(v.strictObject({ name: v.pipe(v.string(), v.maxLength(500)), dataBase64: base64 })),
  'media.get': method<{ type: ImageType; dataBase64: string }>()(v.strictObject({ mediaId })),
  'revision.restore': method<Article>()(v.strictObject({ id: articleIdSchema, revision: revisionNumber, baseRevision: revisionNumber }))
} as const

export type Contract = typeof contract
export type Method = keyof Contract
export const METHODS = Object.keys(contract) as Method[]

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
