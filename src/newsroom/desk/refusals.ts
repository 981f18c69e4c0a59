import type { ErrorCode } from '../../shared/result'
import type { Queryable } from './story-rows'

/** One refused attempt: who (when known), from where, what they asked, about which story, and why it was refused. */
export interface RefusalEntry {
  userId: string | null
  address: string | null
  /** The contract method (`article.transition`, `sync.push` …). */
  method: string
  storyId: string | null
  code: ErrorCode
  /** A short English line for whoever reads the log (the refusal's message, or the op and action). */
  detail: string | null
}

/** The longest detail kept: a log line, not a copy of what was sent. */
const DETAIL_LIMIT = 2000

/**
 * Writes one refused attempt to the refusals table — the honest record of forged moves, saves to locked stories and
 * claims to be someone else. The server calls it for every refused request; sync push for every refused operation.
 */
export async function logRefusal(db: Queryable, entry: RefusalEntry): Promise<void> {
  await db.query('INSERT INTO refusals (user_id, address, method, story_id, code, detail) VALUES ($1, $2, $3, $4, $5, $6)', [
    entry.userId,
    entry.address,
    entry.method.slice(0, 200),
    entry.storyId,
    entry.code,
    entry.detail === null ? null : entry.detail.slice(0, DETAIL_LIMIT)
  ])
}
