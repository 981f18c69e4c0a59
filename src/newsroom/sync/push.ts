import type { Pool, PoolClient } from 'pg'
import * as v from 'valibot'
import { syncOpSchema, type PushResult, type SyncOp, type UserRef } from '../../shared/newsroom'
import { err } from '../../shared/result'
import { logRefusal } from '../desk/refusals'
import { applyOp, type OpServices } from './apply-op'
import { inTransaction } from '../db/pool'

export type { OpServices } from './apply-op'

export interface PushDeps {
  pool: Pool
  /** The session's services on the op's open transaction (the lead composes them: store.forAuthor(user).inside(client)). */
  servicesOn(client: PoolClient, actor: UserRef): OpServices
  now?: () => Date
  /** Where the request came from, for the refusals log. */
  address?: string | null
}

const notYourOp = () =>
  err(
    'forbidden',
    'এই পরিবর্তনের পরিচয়টি অন্য একজনের; কিছুই বদলানো হয়নি।',
    "This operation id belongs to someone else's change; nothing was changed."
  )

const badOp = () => err('bad-request', 'পরিবর্তনটি পড়া গেল না; কিছুই বদলানো হয়নি।', 'The operation could not be read; nothing was changed.')

/** A PostgreSQL error that a second try of the same op may not meet: two creations of one story id at the same time. */
const UNIQUE_VIOLATION = '23505'

/**
 * sync.push: a laptop's outbox, answered op by op, in order, each in its own transaction — so an op is either wholly
 * applied with its answer recorded, or not at all (a connection killed in the middle rolls it back, and the retry
 * applies it then).
 *
 * Exactly once: the op id is claimed first (INSERT INTO applied_ops … ON CONFLICT DO NOTHING). Claimed before: the
 * recorded answer is given again (applied ones with `repeated: true`) and nothing is applied. Two pushes of one op at
 * the same time: the second waits on the first's claim and, once it commits, answers from its record. An op id that
 * another user claimed is refused. The answer — applied, conflict or refused — is written to applied_ops.result in the
 * same transaction as the change itself, and refused ops are logged in refusals.
 *
 * A database error stops the push and is thrown (the server answers 'unavailable'): the ops before it stay applied and
 * recorded, so the laptop's retry of the whole batch is answered from the record up to there.
 */
export async function push(deps: PushDeps, actor: UserRef, ops: readonly SyncOp[]): Promise<PushResult[]> {
  const results: PushResult[] = []
  for (const op of ops) results.push(await pushOne(deps, actor, op))
  return results
}

async function pushOne(deps: PushDeps, actor: UserRef, op: SyncOp): Promise<PushResult> {
  const parsed = v.safeParse(syncOpSchema, op)
  if (!parsed.success) {
    const { code, message } = badOp()
    await logRefusal(deps.pool, {
      userId: actor.id,
      address: deps.address ?? null,
      method: 'sync.push',
      storyId: null,
      code,
      detail: 'unreadable op'
    })
    return { opId: typeof op?.opId === 'string' ? op.opId.slice(0, 80) : '', outcome: 'refused', code, message }
  }
  try {
    return await attempt(deps, actor, parsed.output)
  } catch (error) {
    // Another push created the same story id between our look and our insert: once more, and the look sees it.
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return attempt(deps, actor, parsed.output)
    throw error
  }
}

function attempt(deps: PushDeps, actor: UserRef, op: SyncOp): Promise<PushResult> {
  return inTransaction(deps.pool, async (client) => {
    const claimed = await client.query(
      "INSERT INTO applied_ops (op_id, user_id, story_id, result) VALUES ($1, $2, $3, 'null'::jsonb) ON CONFLICT (op_id) DO NOTHING",
      [op.opId, actor.id, op.storyId]
    )
    if (claimed.rowCount === 0) return recorded(client, deps, actor, op)
    const now = (deps.now ?? (() => new Date()))()
    const result = await applyOp(client, deps.servicesOn(client, actor), actor, op, now)
    await client.query('UPDATE applied_ops SET result = $2 WHERE op_id = $1', [op.opId, JSON.stringify(result)])
    if (result.outcome === 'refused') {
      await logRefusal(client, {
        userId: actor.id,
        address: deps.address ?? null,
        method: 'sync.push',
        storyId: op.storyId,
        code: result.code,
        detail: `${op.kind}${op.kind === 'transition' ? ` ${op.action}` : ''}: ${result.message.en}`
      })
    }
    return result
  })
}

/** The answer to an op applied before: the same answer, marked repeated; never someone else's. */
async function recorded(client: PoolClient, deps: PushDeps, actor: UserRef, op: SyncOp): Promise<PushResult> {
  const { rows } = await client.query<{ user_id: string; result: PushResult }>('SELECT user_id, result FROM applied_ops WHERE op_id = $1', [
    op.opId
  ])
  const row = rows[0]
  if (!row || row.user_id !== actor.id) {
    const { code, message } = notYourOp()
    await logRefusal(client, {
      userId: actor.id,
      address: deps.address ?? null,
      method: 'sync.push',
      storyId: op.storyId,
      code,
      detail: 'op id of another user'
    })
    return { opId: op.opId, outcome: 'refused', code, message }
  }
  return row.result.outcome === 'applied' ? { ...row.result, repeated: true } : row.result
}
