import type { PoolClient } from 'pg'
import type { Article } from '../../shared/article/model'
import { summarize } from '../../shared/article/summary'
import { MOVES, type ProfileRef, type WorkflowAction } from '../../shared/workflow'
import type { RevisionReason } from '../../core/revisions'

/**
 * A change to a story, written the one way NEWSROOM.md describes, on the caller's open transaction: the `changes` row
 * (its seq is the feed's cursor), the stories row pointing at it, a story_revisions row when the revision is new, a
 * workflow_events row when the state moved, and pg_notify('barta_changes', seq) — delivered when the transaction commits,
 * never when it rolls back.
 */

/** What a change to a story is called in the feed (`changes.kind`) and in live events. */
export type ChangeKind =
  | 'created'
  | 'saved'
  | WorkflowAction
  | 'note'
  | 'trashed'
  | 'restored'
  | 'assigned'
  | 'locked'
  | 'unlocked'
  /** Removed for ever (emptying the trash): the story and its record are gone; laptops drop their copy. */
  | 'deleted'

export const CHANGES_CHANNEL = 'barta_changes'

/**
 * The workflow move that took `previous` to `next`, read from the newest workflow entry. Publishing and dropping a
 * correction both go approved → published; publishing is the one that records a new published version.
 */
export function workflowActionOf(previous: Article, next: Article): WorkflowAction | undefined {
  if (previous.status === next.status || next.workflow.length <= previous.workflow.length) return undefined
  const entry = next.workflow.at(-1)
  if (!entry || entry.from !== previous.status || entry.to !== next.status) return undefined
  const newVersion = (next.publication?.version ?? 0) !== (previous.publication?.version ?? 0)
  if (next.status === 'published' && previous.status === 'approved') return newVersion ? 'publish' : 'discardCorrection'
  const actions = (Object.keys(MOVES) as WorkflowAction[]).filter(
    (action) => MOVES[action].to === next.status && MOVES[action].from.includes(previous.status)
  )
  return actions[0]
}

/** The feed's name for a change of a story's content or state (trash, assignment and locks name themselves). */
export function changeKindOf(previous: Article | undefined, next: Article): ChangeKind {
  if (!previous) return 'created'
  const action = workflowActionOf(previous, next)
  if (action) return action
  if (next.notes.length > previous.notes.length && next.revision === previous.revision) return 'note'
  return 'saved'
}

export interface StoryWrite {
  /** The story as stored before (undefined for a new story). */
  previous: Article | undefined
  next: Article
  trashedAt: string | null
  kind: ChangeKind
  /** The reason on the story_revisions row when `next` is a new revision: 'save', or the snapshot reason that came with it. */
  reason: RevisionReason | 'save'
  author: ProfileRef | null
  at: Date
}

const INSERT_STORY = `INSERT INTO stories (id, revision, status, owner_id, article, summary, trashed_at, modified_at, last_change)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`
const UPDATE_STORY = `UPDATE stories SET revision = $2, status = $3, owner_id = $4, article = $5, summary = $6, trashed_at = $7,
  modified_at = $8, last_change = $9 WHERE id = $1`

/** Writes one change; returns its seq. */
export async function writeStory(client: PoolClient, write: StoryWrite): Promise<number> {
  const { previous, next, author } = write
  const seq = await recordChange(client, next.id, write.kind, author, changeNoteOf(write.kind, next))
  const summary = summarize(next, write.trashedAt)
  const values = [
    next.id,
    next.revision,
    next.status,
    next.owner?.id ?? null,
    JSON.stringify(next),
    JSON.stringify(summary),
    write.trashedAt,
    instantOr(next.modifiedAt, write.at),
    seq
  ]
  // A new story is inserted (a second story with a taken id fails, never overwrites); a known one is updated.
  await client.query(previous ? UPDATE_STORY : INSERT_STORY, values)
  if (!previous || previous.revision !== next.revision) {
    await client.query(
      `INSERT INTO story_revisions (story_id, revision, reason, author_id, author_name, article, saved_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [next.id, next.revision, write.reason, author?.id ?? null, author?.name ?? '', JSON.stringify(next), write.at]
    )
  }
  const action = previous ? workflowActionOf(previous, next) : undefined
  const entry = next.workflow.at(-1)
  if (action && entry) {
    await client.query(
      `INSERT INTO workflow_events (story_id, action, from_status, to_status, by_id, by_name, by_role, note, at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [next.id, action, entry.from, entry.to, entry.by.id, entry.by.name, entry.by.role, entry.note || null, instantOr(entry.at, write.at)]
    )
  }
  await notify(client, seq)
  return seq
}

/** A `changes` row (the next seq of the feed) for a story; the caller notifies once the rest is written. */
export async function recordChange(
  client: PoolClient,
  storyId: string,
  kind: ChangeKind,
  by: ProfileRef | null,
  note: string | null = null
): Promise<number> {
  const { rows } = await client.query<{ seq: string }>(
    'INSERT INTO changes (story_id, kind, by_id, note) VALUES ($1, $2, $3, $4) RETURNING seq',
    [storyId, kind, by?.id ?? null, note]
  )
  return Number(rows[0]!.seq)
}

export async function notify(client: PoolClient, seq: number): Promise<void> {
  await client.query('SELECT pg_notify($1, $2)', [CHANGES_CHANNEL, String(seq)])
}

/** Removes a story for ever (emptying the trash), with a 'deleted' change so laptops drop it too. */
export async function deleteStory(client: PoolClient, id: string, by: ProfileRef | null): Promise<void> {
  const seq = await recordChange(client, id, 'deleted', by)
  for (const table of ['story_snapshots', 'published_versions', 'workflow_events', 'story_revisions'] as const) {
    // The table names are constants of this module, never values from a caller.
    await client.query(`DELETE FROM ${table} WHERE story_id = $1`, [id])
  }
  await client.query('DELETE FROM stories WHERE id = $1', [id])
  await notify(client, seq)
}

/** What a live notification can say with the change: the note just added, or the reason given with a move. */
function changeNoteOf(kind: ChangeKind, next: Article): string | null {
  if (kind === 'note') return next.notes.at(-1)?.text ?? null
  if (Object.hasOwn(MOVES, kind)) return next.workflow.at(-1)?.note || null
  return null
}

/** An instant PostgreSQL can store: the article's own when it parses, else the time of the write. */
function instantOr(text: string, fallback: Date): Date {
  const at = Date.parse(text)
  return Number.isNaN(at) ? fallback : new Date(at)
}
