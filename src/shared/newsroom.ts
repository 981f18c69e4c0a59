import * as v from 'valibot'
import { articleIdSchema, articlePatchSchema, type Article, type ArticleSummary } from './article/model'
import { ACTIONS, type Role } from './workflow'
import type { ErrorCode, LocalizedMessage } from './result'

/**
 * The newsroom server's part of the contract: logins, the shared desk queue, assignment, edit locks, and the sync a
 * reporter's laptop uses (an outbox pushed with client operation ids, a change cursor pulled). The server decides who
 * may do what from the session's user; nothing here names the caller.
 */

/** A newsroom user as others see them. `id` is the ProfileRef id on every story, note and record entry. */
export interface UserRef {
  id: string
  name: string
  role: Role
  desk: string
}

/** The user behind this session (auth.login / auth.session). */
export interface SessionUser extends UserRef {
  /** When the session ends unless used again (ISO 8601). */
  expiresAt: string
}

export interface LoginResult {
  user: SessionUser
  /** Only for the desktop app (client 'app'), which sends it as `Authorization: Bearer`; browsers get an HttpOnly cookie. */
  token?: string
}

/** A login name: what `barta user add NAME` was given (letters of any script, digits, . _ -). */
export const loginNameSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1),
  v.maxLength(64),
  v.regex(/^[\p{L}\p{M}\p{N}._-]+$/u, 'not a login name')
)
/** Long enough for a passphrase, short enough that hashing it cannot be used to tie the server up. */
export const passwordSchema = v.pipe(v.string(), v.minLength(1), v.maxLength(1024))

export const loginArgsSchema = v.strictObject({
  user: loginNameSchema,
  password: passwordSchema,
  client: v.optional(v.picklist(['browser', 'app'] as const))
})

/** Who holds a story's edit lock, and since when. */
export interface EditLock {
  holder: UserRef
  since: string
}

/** One story in the desk's queue: its summary, who it is given to, who is editing it now. */
export interface QueueItem {
  summary: ArticleSummary
  assignee: UserRef | null
  lock: EditLock | null
}

/** The shared desk queue (Superdesk's "monitoring"): one column per stage. */
export interface DeskQueue {
  submitted: QueueItem[]
  editing: QueueItem[]
  approved: QueueItem[]
  /** Published since midnight in Dhaka. */
  publishedToday: QueueItem[]
}

export const storyIdArgs = v.strictObject({ id: articleIdSchema })

/** Client operation ids: a retried push carries the same id and is answered from the record, not applied again. */
export const opIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{8,80}$/, 'not an operation id'))

/**
 * One change made on a laptop, in the order it was made. `save` carries the text as the laptop has it and the server
 * revision it was based on (null: a story created on the laptop, not yet on the server).
 */
export const syncOpSchema = v.variant('kind', [
  v.strictObject({
    opId: opIdSchema,
    kind: v.literal('save'),
    storyId: articleIdSchema,
    baseRevision: v.nullable(v.pipe(v.number(), v.integer(), v.minValue(0))),
    patch: articlePatchSchema
  }),
  v.strictObject({
    opId: opIdSchema,
    kind: v.literal('transition'),
    storyId: articleIdSchema,
    action: v.picklist(ACTIONS),
    note: v.optional(v.pipe(v.string(), v.maxLength(5000))),
    correctionNote: v.optional(v.pipe(v.string(), v.maxLength(5000)))
  }),
  v.strictObject({
    opId: opIdSchema,
    kind: v.literal('note'),
    storyId: articleIdSchema,
    text: v.pipe(v.string(), v.maxLength(20_000))
  })
])
export type SyncOp = v.InferOutput<typeof syncOpSchema>

/** At most this many operations in one push; the outbox sends the rest in the next. */
export const PUSH_BATCH_LIMIT = 50

/**
 * The answer to one operation. `applied`: the story as the server now has it (its revision is the laptop's new base).
 * `conflict`: the server's version moved past the base — it is carried so the laptop can show both; nothing was
 * written. `refused`: the server would not do it (role, state, lock); the message says why and nothing was written.
 */
export type PushResult =
  | { opId: string; outcome: 'applied'; article: Article; repeated: boolean }
  | { opId: string; outcome: 'conflict'; current: Article }
  | { opId: string; outcome: 'refused'; code: ErrorCode; message: LocalizedMessage; current?: Article }

export interface PullPage {
  /** Stories changed after the cursor, oldest change first, each in its current version (deleted ones as trashed). */
  stories: Article[]
  /** The cursor to send next time. */
  cursor: number
  /** More changes wait beyond this page. */
  more: boolean
}

export const PULL_PAGE_LIMIT = 500

/** A live event pushed to connected clients (server-sent events); a client then pulls or refreshes its queue. */
export interface NewsroomEvent {
  seq: number
  storyId: string
  /** What happened: a save, a workflow move (by its action name), an assignment, a lock taken or given up. */
  kind: 'saved' | 'created' | 'assigned' | 'locked' | 'unlocked' | 'note' | (typeof ACTIONS)[number]
  headline: string
  by: UserRef | null
  /** The story's owner (a reporter is told when their story is returned or published). */
  ownerId: string | null
  /** For 'assigned': who it was given to; for a returned story: the reason. */
  assigneeId?: string | null
  note?: string
  at: string
}

/** What the laptop's connection to a newsroom looks like (the status line «সংযুক্ত / অফলাইন — N টি পরিবর্তন …»). */
export interface ConnectionStatus {
  /** No newsroom is set for this library: it works alone, as before. */
  configured: boolean
  serverUrl: string
  user: UserRef | null
  /** The last push or pull reached the server. */
  online: boolean
  /** Changes saved here and not yet accepted by the server. */
  pending: number
  /** Stories whose push met a newer version on the server: open them to compare. */
  conflicts: string[]
  lastSyncAt: string | null
  lastError: LocalizedMessage | null
}

export const connectArgsSchema = v.strictObject({
  serverUrl: v.pipe(v.string(), v.maxLength(500), v.url('not an address')),
  user: loginNameSchema,
  password: passwordSchema
})
