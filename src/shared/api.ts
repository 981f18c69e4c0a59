import * as v from 'valibot'
import type { Result } from './result'
import { articleIdSchema, articlePatchSchema, type Article, type ArticleSummary } from './article/model'
import { listQuerySchema, type RecoveryNotice, type RevisionInfo, type RevisionSnapshot } from './library'

/**
 * The contract: every call the UI can make, with its argument schema and its result type. Two transports carry it —
 * Electron IPC (preload → ipcMain) and HTTP on 127.0.0.1 (the browser host) — and src/main/services implements it once.
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

export interface ListPage {
  total: number
  items: ArticleSummary[]
}

export const contract = {
  'app.info': method<AppInfo>()(v.strictObject({})),
  'library.list': method<ListPage>()(listQuerySchema),
  'library.search': method<ArticleSummary[]>()(
    v.strictObject({ query: v.pipe(v.string(), v.maxLength(500)), limit: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1), v.maxValue(500))) })
  ),
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
