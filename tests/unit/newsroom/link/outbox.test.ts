import { describe, expect, it } from 'vitest'
import { emptySyncState } from '../../../../src/core/newsroom-link/link-files'
import { backoffDelay, dropUnsentSaves, enqueue, nextBatch, saveOp } from '../../../../src/core/newsroom-link/outbox'
import { PUSH_BATCH_LIMIT } from '../../../../src/shared/newsroom'

const A = 'story-aaaaaaaa'
const B = 'story-bbbbbbbb'

describe('the outbox', () => {
  it('merges consecutive unsent saves of a story: one op, its id and place kept, the newest text', () => {
    const state = emptySyncState('http://x')
    const first = enqueue(state, saveOp(A, { headline: 'এক' }))
    enqueue(state, saveOp(B, { headline: 'অন্য' }))
    const again = enqueue(state, saveOp(A, { headline: 'দুই' }))
    expect(again).toBe(first)
    expect(state.outbox.map((entry) => entry.op.storyId)).toEqual([A, B])
    expect(state.outbox[0]!.op).toMatchObject({ opId: first.op.opId, patch: { headline: 'দুই' } })
  })

  it('never changes an op that was sent: the next save is a new op, and a retry sends the same id, base and text', () => {
    const state = emptySyncState('http://x')
    state.bases[A] = 4
    enqueue(state, saveOp(A, { headline: 'এক' }))
    const sent = nextBatch(state)
    sent.forEach((entry) => (entry.sent = true))
    const frozen = structuredClone(sent[0]!.op)
    enqueue(state, saveOp(A, { headline: 'দুই' }))
    expect(state.outbox).toHaveLength(2)
    state.bases[A] = 9 // learnt meanwhile: must not rewrite the sent op's base
    const retry = nextBatch(state)
    expect(retry[0]!.op).toEqual(frozen)
    expect(frozen).toMatchObject({ baseRevision: 4, patch: { headline: 'এক' } })
  })

  it('a note or a move between two saves keeps them apart (order matters to the server)', () => {
    const state = emptySyncState('http://x')
    enqueue(state, saveOp(A, { headline: 'এক' }))
    enqueue(state, { kind: 'transition', storyId: A, action: 'submit' })
    enqueue(state, saveOp(A, { headline: 'দুই' }))
    expect(state.outbox.map((entry) => entry.op.kind)).toEqual(['save', 'transition', 'save'])
  })

  it('a push ends before a second save of a story (its base is the revision the first one makes)', () => {
    const state = emptySyncState('http://x')
    enqueue(state, saveOp(A, { headline: 'এক' }))
    enqueue(state, { kind: 'note', storyId: A, text: 'দেখুন' })
    enqueue(state, saveOp(B, { headline: 'খ' }))
    enqueue(state, saveOp(A, { headline: 'দুই' }))
    enqueue(state, saveOp(B, { headline: 'খ২' }))
    expect(nextBatch(state).map((entry) => entry.op.kind + entry.op.storyId)).toEqual([`save${A}`, `note${A}`, `save${B}`])
  })

  it('skips a story held by a conflict, keeps the others flowing; at most PUSH_BATCH_LIMIT per push', () => {
    const state = emptySyncState('http://x')
    enqueue(state, saveOp(A, { headline: 'এক' }))
    state.conflicts[A] = { server: {} as never, at: '' }
    for (let i = 0; i < PUSH_BATCH_LIMIT + 5; i++) enqueue(state, { kind: 'note', storyId: B, text: `নোট ${i}` })
    const batch = nextBatch(state)
    expect(batch).toHaveLength(PUSH_BATCH_LIMIT)
    expect(batch.every((entry) => entry.op.storyId === B)).toBe(true)
    dropUnsentSaves(state, A)
    expect(state.outbox.some((entry) => entry.op.storyId === A)).toBe(false)
  })

  it('backs off 1 s, 2 s, 4 s … up to 60 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 50].map((n) => backoffDelay(n, 1000, 60_000))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000
    ])
    expect(backoffDelay(0, 1000, 60_000)).toBe(0)
  })
})
