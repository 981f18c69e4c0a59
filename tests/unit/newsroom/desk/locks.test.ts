import type pg from 'pg'
import { beforeEach, describe, expect, it } from 'vitest'
import { EditLocks, guardEdit } from '../../../../src/newsroom/desk/locks'
import { LOCK_TTL_MS } from '../../../../src/newsroom/desk/rules'
import { inTransaction } from '../../../../src/newsroom/db/pool'
import { addStory, changeRows, chief, deskEditor, useDeskDatabase, makeArticle, otherReporter, reporter, secondDesk } from './db-fixtures'

const database = useDeskDatabase()
let pool: pg.Pool
let clock: Date
let locks: EditLocks

beforeEach(() => {
  pool = database.pool
  clock = new Date('2026-12-01T05:00:00Z')
  locks = new EditLocks(pool, () => clock)
})

const later = (ms: number) => {
  clock = new Date(clock.getTime() + ms)
}

describe('edit locks', () => {
  it('takes a free lock, shows the holder, renews it without a new change row, and releases it', async () => {
    const story = await addStory(pool, makeArticle({ status: 'editing' }))
    const taken = await locks.take(deskEditor, story.id)
    expect(taken).toEqual({ ok: true, value: { holder: deskEditor, since: clock.toISOString() } })
    expect(await locks.holder(story.id)).toEqual({ holder: deskEditor, since: clock.toISOString() })
    later(60_000)
    expect(await locks.take(deskEditor, story.id)).toMatchObject({ ok: true, value: { since: clock.toISOString() } })
    expect(await locks.release(deskEditor, story.id)).toEqual({ ok: true, value: { unlocked: true } })
    expect(await locks.holder(story.id)).toBeNull()
    expect((await changeRows(pool, story.id)).map((row) => row.kind)).toEqual(['created', 'locked', 'unlocked'])
    const { rows } = await pool.query('SELECT last_change FROM stories WHERE id = $1', [story.id])
    const { rows: newest } = await pool.query('SELECT max(seq) AS seq FROM changes')
    expect(rows[0].last_change).toBe(newest[0].seq)
  })

  it('refuses a lock held by someone else with "held", naming the holder', async () => {
    const story = await addStory(pool, makeArticle({ status: 'editing' }))
    await locks.take(deskEditor, story.id)
    const refused = await locks.take(secondDesk, story.id)
    expect(refused).toMatchObject({ ok: false, code: 'held', details: { holder: deskEditor } })
    expect(!refused.ok && refused.message.bn).toContain(deskEditor.name)
    expect(await locks.holder(story.id)).toMatchObject({ holder: deskEditor })
  })

  it('lets the desk take over, recording the previous holder for the live event', async () => {
    const story = await addStory(pool, makeArticle({ status: 'editing' }))
    await locks.take(deskEditor, story.id)
    expect(await locks.take(chief, story.id, true)).toMatchObject({ ok: true, value: { holder: chief } })
    expect(await locks.holder(story.id)).toMatchObject({ holder: chief })
    expect((await changeRows(pool, story.id)).at(-1)).toEqual({ kind: 'locked', by_id: chief.id, note: deskEditor.id })
  })

  it('never lets a reporter take over, even on their own draft', async () => {
    const story = await addStory(pool, makeArticle({ status: 'draft', owner: reporter }))
    await locks.take(deskEditor, story.id)
    expect(await locks.take(reporter, story.id)).toMatchObject({ ok: false, code: 'held' })
    expect(await locks.take(reporter, story.id, true)).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await locks.holder(story.id)).toMatchObject({ holder: deskEditor })
  })

  it('treats a lock not renewed for five minutes as free', async () => {
    const story = await addStory(pool, makeArticle({ status: 'editing' }))
    await locks.take(deskEditor, story.id)
    later(LOCK_TTL_MS - 1000)
    expect(await locks.take(secondDesk, story.id)).toMatchObject({ ok: false, code: 'held' })
    later(2000)
    expect(await locks.holder(story.id)).toBeNull()
    expect(await locks.take(secondDesk, story.id)).toMatchObject({ ok: true, value: { holder: secondDesk } })
  })

  it('refuses a lock on a story the asker may not edit', async () => {
    const draft = await addStory(pool, makeArticle({ status: 'draft', owner: reporter }))
    const approved = await addStory(pool, makeArticle({ status: 'approved' }))
    expect(await locks.take(otherReporter, draft.id)).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await locks.take(deskEditor, approved.id)).toMatchObject({ ok: false, code: 'locked' })
    expect(await locks.take(deskEditor, 'no-such-story-1')).toMatchObject({ ok: false, code: 'not-found' })
    expect(await locks.holder(draft.id)).toBeNull()
  })

  it("releases: only the holder, or the desk for anyone's", async () => {
    const story = await addStory(pool, makeArticle({ status: 'draft', owner: reporter }))
    await locks.take(reporter, story.id)
    expect(await locks.release(otherReporter, story.id)).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await locks.holder(story.id)).toMatchObject({ holder: reporter })
    expect(await locks.release(deskEditor, story.id)).toEqual({ ok: true, value: { unlocked: true } })
    expect((await changeRows(pool, story.id)).at(-1)).toEqual({ kind: 'unlocked', by_id: deskEditor.id, note: reporter.id })
    expect(await locks.release(reporter, story.id)).toEqual({ ok: true, value: { unlocked: false } })
  })

  it('gives one answer each to three people asking at the same instant', async () => {
    const story = await addStory(pool, makeArticle({ status: 'editing' }))
    // Open connections first, so that the three requests really meet inside the database.
    const warm = await Promise.all([pool.connect(), pool.connect(), pool.connect()])
    warm.forEach((client) => client.release())
    const answers = await Promise.all([locks.take(deskEditor, story.id), locks.take(secondDesk, story.id), locks.take(chief, story.id)])
    expect(answers.filter((answer) => answer.ok)).toHaveLength(1)
    expect(answers.filter((answer) => !answer.ok && answer.code === 'held')).toHaveLength(2)
    expect((await changeRows(pool, story.id)).filter((row) => row.kind === 'locked')).toHaveLength(1)
  })

  it("guardEdit refuses a save under someone else's lock and renews the holder's own", async () => {
    const story = await addStory(pool, makeArticle({ status: 'editing' }))
    await locks.take(deskEditor, story.id)
    later(4 * 60_000)
    const refused = await inTransaction(pool, (client) => guardEdit(client, chief, story.id, clock))
    expect(refused).toMatchObject({ ok: false, code: 'held' })
    const allowed = await inTransaction(pool, (client) => guardEdit(client, deskEditor, story.id, clock))
    expect(allowed.ok).toBe(true)
    later(4 * 60_000)
    // Eight minutes after taking it, four after the save: the save renewed it.
    expect(await locks.holder(story.id)).toMatchObject({ holder: deskEditor })
  })
})
