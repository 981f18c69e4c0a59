import { describe, expect, it } from 'vitest'
import { LOCK_TTL_MS, isLockLive, mayEdit } from '../../../../src/newsroom/desk/rules'
import type { EditLock } from '../../../../src/shared/newsroom'
import { chief, deskEditor, makeArticle, otherReporter, reporter } from './db-fixtures'

const now = new Date('2026-12-01T05:00:00Z')
const heldBy = (holder = deskEditor, ago = 60_000): EditLock => ({ holder, since: new Date(now.getTime() - ago).toISOString() })

describe('who may change a story (mayEdit)', () => {
  it('lets a reporter change their own draft and returned story', () => {
    expect(mayEdit(reporter, makeArticle({ status: 'draft' }), null, now).ok).toBe(true)
    expect(mayEdit(reporter, makeArticle({ status: 'returned' }), null, now).ok).toBe(true)
  })

  it("refuses a reporter another reporter's story", () => {
    const result = mayEdit(otherReporter, makeArticle({ status: 'draft', owner: reporter }), null, now)
    expect(result).toMatchObject({ ok: false, code: 'forbidden' })
    expect(!result.ok && result.message.bn).toMatch(/নিজের লেখা/)
  })

  it('refuses a reporter their own story once it is with the desk', () => {
    for (const status of ['submitted', 'editing', 'approved', 'published', 'killed'] as const) {
      expect(mayEdit(reporter, makeArticle({ status }), null, now), status).toMatchObject({ ok: false, code: 'forbidden' })
    }
  })

  it('refuses a reporter a story with no owner', () => {
    expect(mayEdit(reporter, makeArticle({ status: 'draft', owner: null }), null, now)).toMatchObject({ ok: false, code: 'forbidden' })
  })

  it('lets the desk and the chief change any story whose text is not locked, except one returned to its reporter', () => {
    for (const actor of [deskEditor, chief]) {
      for (const status of ['draft', 'submitted', 'editing'] as const) {
        expect(mayEdit(actor, makeArticle({ status }), null, now).ok, `${actor.role} ${status}`).toBe(true)
      }
      // Returned: back with the reporter until it is resubmitted (the desk's open window must not lock them out).
      expect(mayEdit(actor, makeArticle({ status: 'returned' }), null, now)).toMatchObject({ ok: false, code: 'forbidden' })
    }
  })

  it('refuses the desk and the chief approved and published text', () => {
    for (const actor of [deskEditor, chief]) {
      expect(mayEdit(actor, makeArticle({ status: 'approved' }), null, now)).toMatchObject({ ok: false, code: 'locked' })
      expect(mayEdit(actor, makeArticle({ status: 'published' }), null, now)).toMatchObject({ ok: false, code: 'locked' })
    }
  })

  it('refuses a story someone else is editing, naming them (Bengali first) in the message and details', () => {
    const result = mayEdit(chief, makeArticle({ status: 'editing' }), heldBy(deskEditor), now)
    expect(result).toMatchObject({ ok: false, code: 'held', details: { holder: deskEditor } })
    expect(!result.ok && result.message.bn).toContain('শফিক')
    expect(!result.ok && result.message.en).toContain('শফিক')
  })

  it('lets the holder save under their own lock, and anyone once the lock ran out (five minutes)', () => {
    expect(mayEdit(deskEditor, makeArticle({ status: 'editing' }), heldBy(deskEditor), now).ok).toBe(true)
    expect(mayEdit(chief, makeArticle({ status: 'editing' }), heldBy(deskEditor, LOCK_TTL_MS + 1), now).ok).toBe(true)
    expect(mayEdit(chief, makeArticle({ status: 'editing' }), heldBy(deskEditor, LOCK_TTL_MS - 1000), now).ok).toBe(false)
    expect(LOCK_TTL_MS).toBe(5 * 60 * 1000)
    expect(isLockLive('not a date', now)).toBe(false)
  })

  it('judges the role before the lock: a reporter is told the story is not theirs, not who holds it', () => {
    expect(mayEdit(otherReporter, makeArticle({ status: 'draft' }), heldBy(deskEditor), now)).toMatchObject({ code: 'forbidden' })
  })
})
