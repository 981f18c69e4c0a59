import type { Pool } from 'pg'
import type { Article } from '../../shared/article/model'
import { PULL_PAGE_LIMIT, type PullPage, type UserRef } from '../../shared/newsroom'
import { runsTheDesk } from '../desk/rules'

/** How long a pull waits for writes in flight before it gives up (the laptop tries again on its next round). */
const PULL_LOCK_WAIT = '5s'

/**
 * sync.pull: the stories changed after the laptop's cursor, each once in its current version, in the order of their
 * latest change (stories.last_change, the change feed's seq), a page at a time. A reporter pulls their own stories
 * and the published ones; the desk and chief editors pull everything. Trashed stories come too (as they are now).
 *
 * Why the pull locks the change feed: a seq is taken when a change row is inserted, but transactions commit in any
 * order — if change 8 were visible while change 7 was still being written, a cursor moved to 8 would skip 7 forever.
 * Every change row is written by INSERT (story-rows.ts recordChange), which holds the table in ROW EXCLUSIVE mode until
 * commit; SHARE mode waits for those writers to finish and keeps new ones out for the moment the page is read, so
 * every seq up to the page's end is committed. Pulls share the lock with each other.
 *
 * The cursor is the last seq in the page; when the page is the last one, it moves on to the newest change (changes
 * a reporter may not see are skipped, not scanned again next time).
 */
export async function pull(pool: Pool, actor: UserRef, after: number, limit: number = PULL_PAGE_LIMIT): Promise<PullPage> {
  const pageSize = Math.max(1, Math.min(PULL_PAGE_LIMIT, Math.trunc(limit)))
  const client = await pool.connect()
  let failure: Error | undefined
  try {
    // Not READ ONLY: PostgreSQL allows SHARE mode only in a transaction that may write.
    await client.query('BEGIN')
    await client.query(`SET LOCAL lock_timeout = '${PULL_LOCK_WAIT}'`)
    await client.query('LOCK TABLE changes IN SHARE MODE')
    const { rows } = await client.query<{ article: Article; last_change: string }>(
      `SELECT s.article, s.last_change FROM stories s
       WHERE s.last_change > $1 AND ($2::boolean OR s.owner_id = $3 OR s.status = 'published')
       ORDER BY s.last_change
       LIMIT $4`,
      [after, runsTheDesk(actor), actor.id, pageSize + 1]
    )
    const more = rows.length > pageSize
    const page = rows.slice(0, pageSize)
    let cursor = page.length > 0 ? Number(page.at(-1)!.last_change) : after
    if (!more) {
      const newest = await client.query<{ newest: string | null }>('SELECT max(last_change) AS newest FROM stories')
      cursor = Math.max(cursor, Number(newest.rows[0]?.newest ?? 0))
    }
    await client.query('COMMIT')
    return { stories: page.map((row) => row.article), cursor, more }
  } catch (error) {
    failure = error instanceof Error ? error : new Error(String(error))
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    // A connection that failed mid-pull (the database restarted) is dropped, not handed to the next caller.
    client.release(failure)
  }
}
