import { randomUUID } from 'node:crypto'
import type { PoolClient } from 'pg'
import { emptyContent, type Article, type ArticlePatch } from '../../shared/article/model'
import { canonicalizePatch } from '../../shared/article/canonical'
import { canonicalize } from '../../shared/bangla/normalize'
import type { UserRef } from '../../shared/newsroom'
import { err, isErr, type Err, type Result } from '../../shared/result'
import { checkMove, type ProfileRef, type WorkflowAction } from '../../shared/workflow'
import type { ArticleStore } from '../../core/article-store'
import { guardEdit } from './locks'
import { heldError, liveLock, mayEditText, runsTheDesk } from './rules'
import { storedLock, storyForUpdate, storyNotFound } from './story-rows'

/**
 * Changes to a story with the newsroom's rules around them, inside the caller's transaction: the sync push uses them
 * for a laptop's ops, and the server for the same calls made from a browser (article.save, article.transition,
 * note.add), so both paths obey one set of rules. Each answers applied / conflict / refused; a refusal carries the
 * story as it is when the caller may see it.
 */

/** The session's services, running on one open transaction: what a change is made with. */
export interface OpServices {
  /** The article store on this transaction, recording revisions and changes as the session's user (PgArticleStore
   *  `.forAuthor(user).inside(client)`). */
  store: ArticleStore
  /** The workflow move with everything it brings (Publishing.transition over the same store), by this actor. */
  transition(
    id: string,
    action: WorkflowAction,
    actor: ProfileRef,
    note: string | undefined,
    correctionNote: string | undefined
  ): Promise<Result<Article>>
}

export const profileOf = (user: UserRef): ProfileRef => ({ id: user.id, name: user.name, role: user.role })

/** What a change did. */
export type EditOutcome =
  | { outcome: 'applied'; article: Article }
  | { outcome: 'conflict'; current: Article }
  | { outcome: 'refused'; refusal: Err; current?: Article }

const refused = (refusal: Err, current?: Article): EditOutcome =>
  current ? { outcome: 'refused', refusal, current } : { outcome: 'refused', refusal }

/** Whether a user may see a story at all (what sync.pull gives them): never show a reporter someone else's draft. */
export function maySee(actor: UserRef, article: Article): boolean {
  return runsTheDesk(actor) || article.owner?.id === actor.id || article.status === 'published'
}

const idTaken = () =>
  err('conflict', 'এই পরিচয়ের একটি লেখা আগে থেকেই আছে; কিছুই বদলানো হয়নি।', 'A story with this id exists already; nothing was changed.')

/** A save: a new story (baseRevision null) or a change of one this user may edit now. */
export async function guardedSave(
  client: PoolClient,
  services: OpServices,
  actor: UserRef,
  op: { storyId: string; baseRevision: number | null; patch: ArticlePatch },
  now: Date
): Promise<EditOutcome> {
  if (op.baseRevision === null) {
    const { rows } = await client.query<{ article: Article }>('SELECT article FROM stories WHERE id = $1 FOR NO KEY UPDATE', [op.storyId])
    const existing = rows[0]?.article
    if (existing) return maySee(actor, existing) ? { outcome: 'conflict', current: existing } : refused(idTaken())
    const stamp = now.toISOString()
    const draft: Article = {
      ...emptyContent(),
      ...structuredClone(canonicalizePatch(op.patch)),
      id: op.storyId,
      status: 'draft',
      owner: profileOf(actor),
      workflow: [],
      notes: [],
      createdAt: stamp,
      modifiedAt: stamp,
      revision: 1
    }
    return { outcome: 'applied', article: await services.store.adopt(draft) }
  }
  const guard = await guardEdit(client, actor, op.storyId, now)
  if (!guard.ok) return refused(guard, guard.code === 'locked' || guard.code === 'held' ? await services.store.get(op.storyId) : undefined)
  // The one stored form of the text (as the library's own article.save keeps it).
  const saved = await services.store.save(op.storyId, op.baseRevision, canonicalizePatch(op.patch))
  switch (saved.kind) {
    case 'saved':
      return { outcome: 'applied', article: saved.article }
    case 'conflict':
      return { outcome: 'conflict', current: saved.current }
    case 'locked': {
      const locked = mayEditText(actor, saved.current)
      return refused(locked.ok ? storyNotFound() : locked, saved.current)
    }
    default:
      return refused(storyNotFound())
  }
}

/**
 * A workflow move by this actor (the checks are Publishing's and src/shared/workflow.ts's). A story someone else is
 * editing now cannot be moved under their feet: 'held', as for a save. A lock whose holder can no longer edit the
 * story after the move (a submitted, approved or returned story) is given up with it.
 */
export async function guardedTransition(
  client: PoolClient,
  services: OpServices,
  actor: UserRef,
  op: { storyId: string; action: WorkflowAction; note?: string; correctionNote?: string },
  now: Date
): Promise<EditOutcome> {
  const row = await storyForUpdate(client, op.storyId)
  if (!row) return refused(storyNotFound())
  // Who may make this move at all comes first: a reporter's forged approve is 'forbidden', whoever holds the lock.
  const byRole = checkMove(row.article, profileOf(actor), op.action, op.note ?? '')
  if (!byRole.ok && byRole.code === 'forbidden') return refused(byRole, maySee(actor, row.article) ? row.article : undefined)
  const lock = liveLock(storedLock(row), now)
  if (lock && lock.holder.id !== actor.id) return refused(heldError(lock.holder), maySee(actor, row.article) ? row.article : undefined)
  const moved = await services.transition(op.storyId, op.action, profileOf(actor), op.note, op.correctionNote)
  if (!moved.ok) return refused(moved, maySee(actor, row.article) ? row.article : undefined)
  if (lock && !mayEditText(lock.holder, moved.value).ok) {
    await client.query('UPDATE stories SET lock_holder_id = NULL, locked_at = NULL WHERE id = $1', [op.storyId])
  }
  return { outcome: 'applied', article: moved.value }
}

/** A note in the story's editorial thread: by anyone who may see the story, never empty. */
export async function guardedNote(
  client: PoolClient,
  services: OpServices,
  actor: UserRef,
  op: { storyId: string; text: string },
  now: Date
): Promise<EditOutcome> {
  const text = canonicalize(op.text).trim()
  if (text === '') return refused(err('bad-request', 'নোট খালি।', 'The note is empty.'))
  const row = await storyForUpdate(client, op.storyId)
  if (!row || !maySee(actor, row.article)) return refused(storyNotFound())
  const by = profileOf(actor)
  const updated = await services.store.updateMeta(op.storyId, (current) => ({
    ...current,
    notes: [...current.notes, { id: randomUUID(), at: now.toISOString(), by, text }]
  }))
  if (updated === undefined) return refused(storyNotFound())
  return isErr(updated) ? refused(updated) : { outcome: 'applied', article: updated }
}
