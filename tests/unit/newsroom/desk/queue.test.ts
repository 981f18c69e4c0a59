import type pg from 'pg'
import { beforeEach, describe, expect, it } from 'vitest'
import { assign } from '../../../../src/newsroom/desk/assignment'
import { EditLocks } from '../../../../src/newsroom/desk/locks'
import { deskQueue, people, startOfDay } from '../../../../src/newsroom/desk/queue'
import { LOCK_TTL_MS } from '../../../../src/newsroom/desk/rules'
import { logRefusal } from '../../../../src/newsroom/desk/refusals'
import {
  addStory,
  addUser,
  changeRows,
  chief,
  deskEditor,
  useDeskDatabase,
  makeArticle,
  otherReporter,
  reporter,
  secondDesk
} from './db-fixtures'

const database = useDeskDatabase()
let pool: pg.Pool
// 11:00 in Dhaka on 1 December; the day there began at 18:00 UTC on 30 November.
const now = new Date('2026-12-01T05:00:00Z')

beforeEach(() => {
  pool = database.pool
})

const ids = (items: { summary: { id: string } }[]) => items.map((item) => item.summary.id)

describe('the desk queue', () => {
  it('puts each story in its column, newest first, with the assignee and the live lock holder; trashed ones left out', async () => {
    const older = await addStory(pool, makeArticle({ status: 'submitted', modifiedAt: '2026-12-01T03:00:00Z' }))
    const newer = await addStory(pool, makeArticle({ status: 'submitted', modifiedAt: '2026-12-01T04:00:00Z' }), {
      assignee: deskEditor.id
    })
    await addStory(pool, makeArticle({ status: 'submitted', modifiedAt: '2026-12-01T04:30:00Z' }), { trashedAt: '2026-12-01T04:40:00Z' })
    const editing = await addStory(pool, makeArticle({ status: 'editing' }), {
      lockHolder: secondDesk.id,
      lockedAt: new Date(now.getTime() - 60_000)
    })
    const stale = await addStory(pool, makeArticle({ status: 'editing', modifiedAt: '2026-11-29T04:00:00Z' }), {
      lockHolder: deskEditor.id,
      lockedAt: new Date(now.getTime() - LOCK_TTL_MS - 1)
    })
    const approved = await addStory(pool, makeArticle({ status: 'approved' }))
    await addStory(pool, makeArticle({ status: 'draft' }))
    await addStory(pool, makeArticle({ status: 'returned' }))

    const queue = await deskQueue(pool, now)
    expect(ids(queue.submitted)).toEqual([newer.id, older.id])
    expect(queue.submitted[0]!.assignee).toEqual(deskEditor)
    expect(queue.submitted[1]!.assignee).toBeNull()
    expect(ids(queue.editing)).toEqual([editing.id, stale.id])
    expect(queue.editing[0]!.lock).toEqual({ holder: secondDesk, since: new Date(now.getTime() - 60_000).toISOString() })
    expect(queue.editing[1]!.lock).toBeNull()
    expect(ids(queue.approved)).toEqual([approved.id])
    expect(queue.submitted[0]!.summary).toMatchObject({ headline: newer.headline, status: 'submitted', ownerId: reporter.id })
  })

  it('counts as published today what went out after midnight in Dhaka, not midnight UTC', async () => {
    const beforeMidnight = await addStory(pool, makeArticle({ status: 'published', publishedAt: '2026-11-30T17:59:59Z' }))
    const atMidnight = await addStory(pool, makeArticle({ status: 'published', publishedAt: '2026-11-30T18:00:00Z' }))
    const morning = await addStory(pool, makeArticle({ status: 'published', publishedAt: '2026-12-01T02:00:00Z' }))
    // Published yesterday and saved (moved) today: still not published today.
    await addStory(pool, makeArticle({ status: 'published', publishedAt: '2026-11-30T10:00:00Z', modifiedAt: '2026-12-01T04:00:00Z' }))
    const queue = await deskQueue(pool, now)
    expect(ids(queue.publishedToday)).toEqual([morning.id, atMidnight.id])
    expect(ids(queue.publishedToday)).not.toContain(beforeMidnight.id)
    expect(startOfDay(now).toISOString()).toBe('2026-11-30T18:00:00.000Z')
    expect(startOfDay(new Date('2026-11-30T17:59:59Z')).toISOString()).toBe('2026-11-29T18:00:00.000Z')
  })

  it('lists the people a story can be given to: active desk and chief editors', async () => {
    await addUser(pool, { id: 'u-gone', name: 'অবসর', role: 'desk', desk: '' }, true)
    const list = await people(pool)
    expect(list.map((user) => user.id).sort()).toEqual([chief.id, deskEditor.id, secondDesk.id].sort())
  })
})

describe('assignment', () => {
  it('gives a story to a desk editor, records it, and takes it back with null', async () => {
    const story = await addStory(pool, makeArticle({ status: 'submitted' }))
    const given = await assign(pool, chief, story.id, deskEditor.id, () => now)
    expect(given).toMatchObject({ ok: true, value: { assignee: deskEditor, lock: null, summary: { id: story.id } } })
    expect((await deskQueue(pool, now)).submitted[0]!.assignee).toEqual(deskEditor)
    expect(await assign(pool, deskEditor, story.id, null, () => now)).toMatchObject({ ok: true, value: { assignee: null } })
    expect((await changeRows(pool, story.id)).slice(1)).toEqual([
      { kind: 'assigned', by_id: chief.id, note: deskEditor.id },
      { kind: 'assigned', by_id: deskEditor.id, note: '' }
    ])
  })

  it('refuses a reporter assigning, and an assignment to a reporter, a disabled editor or nobody known', async () => {
    const story = await addStory(pool, makeArticle({ status: 'submitted' }))
    await addUser(pool, { id: 'u-gone', name: 'অবসর', role: 'desk', desk: '' }, true)
    expect(await assign(pool, reporter, story.id, deskEditor.id)).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await assign(pool, deskEditor, story.id, otherReporter.id)).toMatchObject({ ok: false, code: 'bad-request' })
    expect(await assign(pool, deskEditor, story.id, 'u-gone')).toMatchObject({ ok: false, code: 'bad-request' })
    expect(await assign(pool, deskEditor, story.id, "x' OR '1'='1")).toMatchObject({ ok: false, code: 'bad-request' })
    expect(await assign(pool, deskEditor, 'no-such-story-1', deskEditor.id)).toMatchObject({ ok: false, code: 'not-found' })
    const { rows } = await pool.query('SELECT assignee_id FROM stories WHERE id = $1', [story.id])
    expect(rows[0].assignee_id).toBeNull()
    expect(await changeRows(pool, story.id)).toHaveLength(1)
  })

  it('shows the current lock on the assigned card', async () => {
    const story = await addStory(pool, makeArticle({ status: 'editing' }))
    await new EditLocks(pool, () => now).take(secondDesk, story.id)
    expect(await assign(pool, chief, story.id, chief.id, () => now)).toMatchObject({ ok: true, value: { lock: { holder: secondDesk } } })
  })
})

describe('the refusals log', () => {
  it('records a refused attempt; hostile text is stored as text', async () => {
    const hostile = "'); DROP TABLE stories; --"
    await logRefusal(pool, {
      userId: reporter.id,
      address: '127.0.0.1',
      method: 'article.transition',
      storyId: hostile,
      code: 'forbidden',
      detail: hostile
    })
    const { rows } = await pool.query('SELECT user_id, address, method, story_id, code, detail FROM refusals')
    expect(rows).toEqual([
      { user_id: reporter.id, address: '127.0.0.1', method: 'article.transition', story_id: hostile, code: 'forbidden', detail: hostile }
    ])
    expect((await pool.query('SELECT count(*)::int AS n FROM stories')).rows[0].n).toBe(0)
  })
})
