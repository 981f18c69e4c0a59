import type { PoolClient } from 'pg'
import type { PushResult, SyncOp, UserRef } from '../../shared/newsroom'
import { guardedNote, guardedSave, guardedTransition, type OpServices } from '../desk/guarded-edits'

export { profileOf, type OpServices } from '../desk/guarded-edits'

/** Applies one op on the push's open transaction; the caller records the answer in the same transaction. */
export async function applyOp(client: PoolClient, services: OpServices, actor: UserRef, op: SyncOp, now: Date): Promise<PushResult> {
  const answer =
    op.kind === 'save'
      ? await guardedSave(client, services, actor, op, now)
      : op.kind === 'transition'
        ? await guardedTransition(client, services, actor, op, now)
        : await guardedNote(client, services, actor, op, now)
  if (answer.outcome === 'applied') return { opId: op.opId, outcome: 'applied', article: answer.article, repeated: false }
  if (answer.outcome === 'conflict') return { opId: op.opId, outcome: 'conflict', current: answer.current }
  const { code, message } = answer.refusal
  return answer.current
    ? { opId: op.opId, outcome: 'refused', code, message, current: answer.current }
    : { opId: op.opId, outcome: 'refused', code, message }
}
