import { randomUUID } from 'node:crypto'
import type { ArticlePatch } from '../../shared/article/model'
import { PUSH_BATCH_LIMIT, type SyncOp } from '../../shared/newsroom'
import type { OutboxEntry, SyncState } from './link-files'

/** A client operation id: random, so that a retried push names the very same operation. */
export function newOpId(): string {
  return randomUUID().replace(/-/g, '')
}

type OpInput = SyncOp extends infer O ? (O extends SyncOp ? Omit<O, 'opId'> : never) : never

/**
 * Appends a change to the outbox. A save right after an unsent save of the same story (nothing of that story between
 * them) replaces that save's text — the server needs only the newest — keeping its id and its place. An operation that
 * was ever sent is never changed: a retry must be the same operation.
 */
export function enqueue(state: SyncState, input: OpInput): OutboxEntry {
  if (input.kind === 'save') {
    const last = lastEntryOf(state, input.storyId)
    if (last && !last.sent && last.op.kind === 'save') {
      last.op = { ...last.op, patch: input.patch }
      return last
    }
  }
  const op = { ...input, opId: newOpId() } as SyncOp
  if (op.kind === 'save') op.baseRevision = state.bases[op.storyId] ?? null
  const entry: OutboxEntry = { op, sent: false }
  state.outbox.push(entry)
  return entry
}

export function saveOp(storyId: string, patch: ArticlePatch): OpInput {
  return { kind: 'save', storyId, baseRevision: null, patch }
}

function lastEntryOf(state: SyncState, storyId: string): OutboxEntry | undefined {
  for (let i = state.outbox.length - 1; i >= 0; i--) if (state.outbox[i]!.op.storyId === storyId) return state.outbox[i]
  return undefined
}

export function hasPending(state: SyncState, storyId: string): boolean {
  return state.outbox.some((entry) => entry.op.storyId === storyId)
}

/**
 * The next push, in outbox order: up to PUSH_BATCH_LIMIT operations, skipping stories held by a conflict. An unsent
 * save takes as its base the server revision known now; a second save of a story already in this push would need the
 * revision the first one makes, so the push ends before it (the next push sends it with that revision).
 */
export function nextBatch(state: SyncState, limit = PUSH_BATCH_LIMIT): OutboxEntry[] {
  const batch: OutboxEntry[] = []
  const inBatch = new Set<string>()
  for (const entry of state.outbox) {
    if (batch.length >= limit) break
    const { op } = entry
    if (state.conflicts[op.storyId]) continue
    if (!entry.sent && op.kind === 'save') {
      if (inBatch.has(op.storyId)) break
      op.baseRevision = state.bases[op.storyId] ?? null
    }
    batch.push(entry)
    inBatch.add(op.storyId)
  }
  return batch
}

/** Removes one operation (answered) from the outbox; false when it is not there (answered before). */
export function removeOp(state: SyncState, opId: string): OutboxEntry | undefined {
  const index = state.outbox.findIndex((entry) => entry.op.opId === opId)
  if (index < 0) return undefined
  return state.outbox.splice(index, 1)[0]
}

/** Unsent saves of a story, dropped when a settled conflict sends the whole chosen text instead. */
export function dropUnsentSaves(state: SyncState, storyId: string): void {
  state.outbox = state.outbox.filter((entry) => entry.sent || entry.op.kind !== 'save' || entry.op.storyId !== storyId)
}

/** 1 s, 2 s, 4 s … up to the maximum (60 s): how long to wait after the n-th failure in a row. */
export function backoffDelay(failures: number, minMs: number, maxMs: number): number {
  if (failures <= 0) return 0
  return Math.min(maxMs, minMs * 2 ** Math.min(failures - 1, 30))
}
