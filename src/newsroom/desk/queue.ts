import type { DeskQueue, UserRef } from '../../shared/newsroom'
import { DEFAULT_TIME_ZONE, getZonedParts, wallToInstant } from '../../shared/bangla/zones'
import { STORY_COLUMNS, STORY_JOINS, queueItemOf, userRefOf, type DeskStoryRow, type Queryable, type UserRow } from './story-rows'

/** The instant the day containing `now` began on the wall clocks of `timeZone` (Dhaka: 18:00 UTC the day before). */
export function startOfDay(now: Date, timeZone: string = DEFAULT_TIME_ZONE): Date {
  const parts = getZonedParts(now, timeZone)
  const instant = parts ? wallToInstant(parts.year, parts.month, parts.day, 0, 0, 0, 0, timeZone) : null
  if (instant === null) throw new Error(`cannot find the start of the day in ${timeZone}`)
  return new Date(instant)
}

/** When a published story went out: its live version's time, else (a story from before versions) its last change. */
const PUBLISHED_AT = /* sql */ `COALESCE((s.article->'publication'->>'at')::timestamptz, s.modified_at)`

/**
 * The shared desk queue (Superdesk's monitoring view), read from the stories table: submitted, being edited (with who
 * holds the lock; a lock that ran out shows as none), approved, and published since midnight in Dhaka — each newest
 * first, trashed stories left out.
 */
export async function deskQueue(db: Queryable, now: Date = new Date(), timeZone: string = DEFAULT_TIME_ZONE): Promise<DeskQueue> {
  const midnight = startOfDay(now, timeZone)
  const { rows } = await db.query<DeskStoryRow & { sort_at: Date }>(
    `SELECT ${STORY_COLUMNS},
       CASE WHEN s.status = 'published' THEN ${PUBLISHED_AT} ELSE s.modified_at END AS sort_at
     ${STORY_JOINS}
     WHERE s.trashed_at IS NULL
       AND (s.status IN ('submitted', 'editing', 'approved') OR (s.status = 'published' AND ${PUBLISHED_AT} >= $1))
     ORDER BY sort_at DESC, s.id`,
    [midnight]
  )
  const queue: DeskQueue = { submitted: [], editing: [], approved: [], publishedToday: [] }
  for (const row of rows) {
    const item = queueItemOf(row, now)
    if (row.status === 'submitted') queue.submitted.push(item)
    else if (row.status === 'editing') queue.editing.push(item)
    else if (row.status === 'approved') queue.approved.push(item)
    else queue.publishedToday.push(item)
  }
  return queue
}

/** newsroom.people: who a story can be given to — desk and chief editors whose accounts are not disabled, by name. */
export async function people(db: Queryable): Promise<UserRef[]> {
  const { rows } = await db.query<UserRow>(
    "SELECT id, name, role, desk FROM users WHERE NOT disabled AND role IN ('desk', 'chief') ORDER BY name, id"
  )
  return rows.map(userRefOf)
}
