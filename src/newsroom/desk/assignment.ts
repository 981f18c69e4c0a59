import type { Pool } from 'pg'
import type { QueueItem, UserRef } from '../../shared/newsroom'
import { err, ok, type Result } from '../../shared/result'
import { inTransaction } from '../db/pool'
import { runsTheDesk } from './rules'
import { queueItemOf, recordChange, storyForUpdate, storyNotFound, userRefOf, type UserRow } from './story-rows'

const onlyTheDesk = () =>
  err(
    'forbidden',
    'লেখা শুধু ডেস্ক বা প্রধান সম্পাদক কাউকে দিতে পারেন; কিছুই বদলানো হয়নি।',
    'Only the desk or a chief editor can give a story to someone; nothing was changed.'
  )

const notAnEditor = (userId: string) =>
  err(
    'bad-request',
    'লেখাটি শুধু সক্রিয় কোনো ডেস্ক বা প্রধান সম্পাদককে দেওয়া যায়; কিছুই বদলানো হয়নি।',
    'A story can be given only to an active desk or chief editor; nothing was changed.',
    { userId }
  )

/**
 * «আমাকে দিন» / «… কে দিন»: gives a story to a desk or chief editor (or, with null, to nobody). Only the desk and chief
 * editors assign, and only to a desk or chief editor whose account is not disabled. The change is recorded as
 * 'assigned' with the assignee's users.id as its note (empty when the story was given to nobody).
 */
export function assign(
  pool: Pool,
  actor: UserRef,
  id: string,
  userId: string | null,
  now: () => Date = () => new Date()
): Promise<Result<QueueItem>> {
  return inTransaction(pool, async (client) => {
    if (!runsTheDesk(actor)) return onlyTheDesk()
    const row = await storyForUpdate(client, id)
    if (!row) return storyNotFound()
    let assignee: UserRef | null = null
    if (userId !== null) {
      const { rows } = await client.query<UserRow>(
        "SELECT id, name, role, desk FROM users WHERE id = $1 AND NOT disabled AND role IN ('desk', 'chief')",
        [userId]
      )
      if (!rows[0]) return notAnEditor(userId)
      assignee = userRefOf(rows[0])
    }
    await client.query('UPDATE stories SET assignee_id = $2 WHERE id = $1', [id, assignee?.id ?? null])
    await recordChange(client, { storyId: id, kind: 'assigned', byId: actor.id, note: assignee?.id ?? '' })
    const item = queueItemOf(row, now())
    return ok({ ...item, assignee })
  })
}
