import type { Pool } from 'pg'
import type { EditLock, UserRef } from '../../shared/newsroom'
import { err, ok, type Result } from '../../shared/result'
import { inTransaction } from '../db/pool'
import { heldError, liveLock, mayEdit, mayEditText, runsTheDesk } from './rules'
import {
  STORY_COLUMNS,
  STORY_JOINS,
  recordChange,
  storedLock,
  storyForUpdate,
  storyNotFound,
  type DeskStoryRow,
  type Queryable
} from './story-rows'

const noReporterTakeover = () =>
  err(
    'forbidden',
    'প্রতিবেদক অন্যের সম্পাদনা নিয়ে নিতে পারেন না; ডেস্কের কাউকে বলুন। কিছুই বদলানো হয়নি।',
    'A reporter cannot take a story over from the person editing it; ask the desk. Nothing was changed.'
  )

const notYourLock = () =>
  err(
    'forbidden',
    'অন্যের সম্পাদনার তালা শুধু ডেস্ক বা প্রধান সম্পাদক খুলতে পারেন; কিছুই বদলানো হয়নি।',
    "Only the desk or a chief editor can release someone else's edit lock; nothing was changed."
  )

/**
 * Story edit locks (WordPress's post lock, Superdesk's "locked by"): the person editing a story holds it, others see
 * who and since when, and the desk can take it over. Every change runs in one transaction with the story's row locked
 * (SELECT … FOR NO KEY UPDATE, story-rows.ts), so two people asking at once get one answer each, in turn. Taking, taking over and releasing
 * are changes in the feed ('locked' / 'unlocked'); a renewal is not (it would flood the feed every heartbeat).
 *
 * A take-over or a release of someone else's lock records the previous holder's users.id as the change's note, so the
 * live event can tell that person their story was taken.
 */
export class EditLocks {
  constructor(
    private readonly pool: Pool,
    private readonly now: () => Date = () => new Date()
  ) {}

  /**
   * Takes the lock (free, run out, or already one's own: taken or renewed). Held by someone else: refused with 'held'
   * unless `takeover` — which only the desk and chief editors may do. One cannot lock a story one may not edit.
   */
  take(actor: UserRef, id: string, takeover = false): Promise<Result<EditLock>> {
    return inTransaction(this.pool, async (client) => {
      const row = await storyForUpdate(client, id)
      if (!row) return storyNotFound()
      const allowed = mayEditText(actor, row.article)
      if (!allowed.ok) return allowed
      const now = this.now()
      const current = liveLock(storedLock(row), now)
      const someoneElse = current !== null && current.holder.id !== actor.id ? current.holder : null
      if (someoneElse !== null && !takeover) return heldError(someoneElse)
      if (someoneElse !== null && !runsTheDesk(actor)) return noReporterTakeover()
      await client.query('UPDATE stories SET lock_holder_id = $2, locked_at = $3 WHERE id = $1', [id, actor.id, now])
      if (current?.holder.id !== actor.id) {
        await recordChange(client, { storyId: id, kind: 'locked', byId: actor.id, note: someoneElse?.id ?? null })
      }
      return ok({ holder: actor, since: now.toISOString() })
    })
  }

  /**
   * Gives the lock up. The holder may; the desk and chief editors may release anyone's. `unlocked: false` when there
   * was no lock to give up (nobody held it, or someone else's ran out and the asker is not the desk).
   */
  release(actor: UserRef, id: string): Promise<Result<{ unlocked: boolean }>> {
    return inTransaction(this.pool, async (client) => {
      const row = await storyForUpdate(client, id)
      if (!row) return storyNotFound()
      const stored = storedLock(row)
      if (stored === null) return ok({ unlocked: false })
      const own = stored.holder.id === actor.id
      if (!own && !runsTheDesk(actor)) {
        return liveLock(stored, this.now()) === null ? ok({ unlocked: false }) : notYourLock()
      }
      await client.query('UPDATE stories SET lock_holder_id = NULL, locked_at = NULL WHERE id = $1', [id])
      await recordChange(client, { storyId: id, kind: 'unlocked', byId: actor.id, note: own ? null : stored.holder.id })
      return ok({ unlocked: true })
    })
  }

  /** Who holds the lock now; null when nobody does, it ran out, or there is no such story. */
  async holder(id: string): Promise<EditLock | null> {
    const { rows } = await this.pool.query<DeskStoryRow>(
      `SELECT ${STORY_COLUMNS} ${STORY_JOINS} WHERE s.id = $1 AND s.trashed_at IS NULL`,
      [id]
    )
    const row = rows[0]
    return row ? liveLock(storedLock(row), this.now()) : null
  }
}

/**
 * The check before any change to a story's text, inside the caller's transaction (sync push, the server's
 * article.save): locks the row, applies rules.ts mayEdit (role, state, someone else's lock), and renews the actor's
 * own lock — a save counts as a sign of life. Gives the row as it was read.
 */
export async function guardEdit(client: Queryable, actor: UserRef, id: string, now: Date): Promise<Result<DeskStoryRow>> {
  const row = await storyForUpdate(client, id)
  if (!row) return storyNotFound()
  const allowed = mayEdit(actor, row.article, storedLock(row), now)
  if (!allowed.ok) return allowed
  if (row.lock_holder_id === actor.id) {
    await client.query('UPDATE stories SET locked_at = $2 WHERE id = $1', [id, now])
  }
  return ok(row)
}
