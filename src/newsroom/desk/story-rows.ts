import type { PoolClient } from 'pg'
import type { Article, ArticleSummary } from '../../shared/article/model'
import type { EditLock, QueueItem, UserRef } from '../../shared/newsroom'
import type { Role } from '../../shared/workflow'
import { err, type Err } from '../../shared/result'
import { liveLock } from './rules'

/** Anything that runs a parameterised query: a pool or one client inside a transaction. */
export interface Queryable {
  query: PoolClient['query']
}

/**
 * One story as the desk sees it: the row's current article and summary, with the assignee and the lock holder read
 * from users. The columns are the same for every desk query (STORY_COLUMNS + STORY_JOINS).
 */
export interface DeskStoryRow {
  id: string
  status: string
  owner_id: string | null
  article: Article
  summary: ArticleSummary
  trashed_at: Date | null
  last_change: string
  locked_at: Date | null
  lock_holder_id: string | null
  holder_name: string | null
  holder_role: Role | null
  holder_desk: string | null
  assignee_id: string | null
  assignee_name: string | null
  assignee_role: Role | null
  assignee_desk: string | null
}

export const STORY_COLUMNS = /* sql */ `
  s.id, s.status, s.owner_id, s.article, s.summary, s.trashed_at, s.last_change, s.locked_at, s.lock_holder_id,
  h.name AS holder_name, h.role AS holder_role, h.desk AS holder_desk,
  s.assignee_id, a.name AS assignee_name, a.role AS assignee_role, a.desk AS assignee_desk`

export const STORY_JOINS = /* sql */ `
  FROM stories s
  LEFT JOIN users h ON h.id = s.lock_holder_id
  LEFT JOIN users a ON a.id = s.assignee_id`

/** The stored lock (expired or not); callers judge it with rules.ts liveLock. */
export function storedLock(row: DeskStoryRow): EditLock | null {
  if (row.lock_holder_id === null || row.locked_at === null) return null
  return {
    holder: { id: row.lock_holder_id, name: row.holder_name ?? '', role: row.holder_role ?? 'reporter', desk: row.holder_desk ?? '' },
    since: row.locked_at.toISOString()
  }
}

export function assigneeOf(row: DeskStoryRow): UserRef | null {
  if (row.assignee_id === null) return null
  return { id: row.assignee_id, name: row.assignee_name ?? '', role: row.assignee_role ?? 'desk', desk: row.assignee_desk ?? '' }
}

/** The queue's card for this story: an expired lock is shown as none. */
export function queueItemOf(row: DeskStoryRow, now: Date): QueueItem {
  return { summary: row.summary, assignee: assigneeOf(row), lock: liveLock(storedLock(row), now) }
}

/**
 * The story's row, locked for the rest of the transaction; undefined when there is none or it is trashed. The lock is
 * FOR NO KEY UPDATE, the row lock the article store takes too (PgArticleStore): two writers of one story wait for each
 * other, while rows that only reference the story (a revision, a published version) can still be written.
 */
export async function storyForUpdate(client: Queryable, id: string): Promise<DeskStoryRow | undefined> {
  const { rows } = await client.query<DeskStoryRow>(`SELECT ${STORY_COLUMNS} ${STORY_JOINS} WHERE s.id = $1 FOR NO KEY UPDATE OF s`, [id])
  const row = rows[0]
  return row && row.trashed_at === null ? row : undefined
}

export const storyNotFound = (): Err => err('not-found', 'লেখাটি খুঁজে পাওয়া যায়নি।', 'The story was not found.')

export type ChangeKind = 'created' | 'saved' | 'note' | 'trashed' | 'restored' | 'assigned' | 'locked' | 'unlocked' | string

/**
 * Records one change to a story in the change feed, inside the caller's transaction: a `changes` row (its seq comes
 * from the column's default, so the row's table lock is held until commit — sync/pull.ts relies on that), the story's
 * last_change, and a notification delivered at commit to whoever LISTENs on barta_changes (events.ts).
 */
export async function recordChange(
  client: Queryable,
  change: { storyId: string; kind: ChangeKind; byId: string | null; note?: string | null }
): Promise<number> {
  const { rows } = await client.query<{ seq: string }>(
    'INSERT INTO changes (story_id, kind, by_id, note) VALUES ($1, $2, $3, $4) RETURNING seq',
    [change.storyId, change.kind, change.byId, change.note ?? null]
  )
  const seq = rows[0]!.seq
  await client.query('UPDATE stories SET last_change = $2 WHERE id = $1', [change.storyId, seq])
  await client.query("SELECT pg_notify('barta_changes', $1)", [seq])
  return Number(seq)
}

/** users row → UserRef. */
export interface UserRow {
  id: string
  name: string
  role: Role
  desk: string
}

export function userRefOf(row: UserRow): UserRef {
  return { id: row.id, name: row.name, role: row.role, desk: row.desk }
}
