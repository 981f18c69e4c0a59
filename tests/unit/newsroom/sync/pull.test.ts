import type pg from 'pg'
import { beforeEach, describe, expect, it, onTestFinished } from 'vitest'
import { pull } from '../../../../src/newsroom/sync/pull'
import { addStory, chief, deskEditor, useDeskDatabase, makeArticle, otherReporter, reporter, touch } from '../desk/db-fixtures'

const database = useDeskDatabase()
let pool: pg.Pool

beforeEach(() => {
  pool = database.pool
})

const idsOf = (page: { stories: { id: string }[] }) => page.stories.map((story) => story.id)

describe('sync.pull', () => {
  it('pages through the changed stories, oldest change first, each once, with a cursor that resumes', async () => {
    const stories = []
    for (let index = 0; index < 5; index += 1) stories.push(await addStory(pool, makeArticle({ status: 'editing' })))
    // The first story changes again: it now comes last, once.
    const lastSeq = await touch(pool, stories[0]!.id)

    const first = await pull(pool, deskEditor, 0, 2)
    expect(idsOf(first)).toEqual([stories[1]!.id, stories[2]!.id])
    expect(first.more).toBe(true)
    const second = await pull(pool, deskEditor, first.cursor, 2)
    expect(idsOf(second)).toEqual([stories[3]!.id, stories[4]!.id])
    expect(second.more).toBe(true)
    const third = await pull(pool, deskEditor, second.cursor, 2)
    expect(idsOf(third)).toEqual([stories[0]!.id])
    expect(third).toMatchObject({ more: false, cursor: lastSeq })
    expect(await pull(pool, deskEditor, third.cursor, 2)).toEqual({ stories: [], cursor: lastSeq, more: false })

    await touch(pool, stories[3]!.id)
    expect(idsOf(await pull(pool, deskEditor, third.cursor))).toEqual([stories[3]!.id])
  })

  it('gives each story in its current version', async () => {
    const story = await addStory(pool, makeArticle({ status: 'editing', headline: 'পুরনো শিরোনাম' }))
    const changed = { ...story, headline: 'নতুন শিরোনাম', revision: 2 }
    await pool.query('UPDATE stories SET article = $2, revision = 2 WHERE id = $1', [story.id, changed])
    await touch(pool, story.id)
    expect((await pull(pool, chief, 0)).stories).toEqual([changed])
  })

  it("gives a reporter their own stories and published ones, never another reporter's drafts", async () => {
    const own = await addStory(pool, makeArticle({ status: 'draft', owner: reporter }))
    const othersDraft = await addStory(pool, makeArticle({ status: 'draft', owner: otherReporter }))
    const othersSubmitted = await addStory(pool, makeArticle({ status: 'submitted', owner: otherReporter }))
    const published = await addStory(pool, makeArticle({ status: 'published', owner: otherReporter, publishedAt: '2026-12-01T02:00:00Z' }))
    const ownSubmitted = await addStory(pool, makeArticle({ status: 'submitted', owner: reporter }))

    const page = await pull(pool, reporter, 0)
    expect(idsOf(page)).toEqual([own.id, published.id, ownSubmitted.id])
    expect(idsOf(page)).not.toContain(othersDraft.id)
    expect(idsOf(page)).not.toContain(othersSubmitted.id)
    expect(idsOf(await pull(pool, deskEditor, 0))).toHaveLength(5)
  })

  it('moves a reporter past changes they may not see, so they are not scanned again', async () => {
    await addStory(pool, makeArticle({ status: 'draft', owner: otherReporter }))
    const seq = await touch(pool, (await addStory(pool, makeArticle({ status: 'draft', owner: otherReporter }))).id)
    expect(await pull(pool, reporter, 0)).toEqual({ stories: [], cursor: seq, more: false })
  })

  it('waits for a change still being written before it moves the cursor past it', async () => {
    const slow = await addStory(pool, makeArticle({ status: 'editing' }))
    const quick = await addStory(pool, makeArticle({ status: 'editing' }))
    const start = await pull(pool, deskEditor, 0)

    // The slow writer takes the next seq and has not committed when the quick one takes and commits the one after.
    const writer = await pool.connect()
    await writer.query('BEGIN')
    const { rows } = await writer.query<{ seq: string }>("INSERT INTO changes (story_id, kind) VALUES ($1, 'saved') RETURNING seq", [
      slow.id
    ])
    await writer.query('UPDATE stories SET last_change = $2 WHERE id = $1', [slow.id, rows[0]!.seq])
    const quickSeq = await touch(pool, quick.id)
    expect(quickSeq).toBeGreaterThan(Number(rows[0]!.seq))

    let answered = false
    let committed = false
    const finish = async () => {
      if (committed) return
      committed = true
      await writer.query('COMMIT')
      writer.release()
    }
    onTestFinished(finish)
    const pending = pull(pool, deskEditor, start.cursor).then((page) => {
      answered = true
      return page
    })
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(answered).toBe(false)
    await finish()
    const page = await pending
    expect(idsOf(page)).toEqual([slow.id, quick.id])
    expect(page.cursor).toBe(quickSeq)
  })

  it('stores hostile text harmlessly and answers it back as it was written', async () => {
    const hostile = makeArticle({ status: 'editing', headline: "'; DELETE FROM stories; -- ও $1" })
    await addStory(pool, hostile)
    const page = await pull(pool, chief, 0)
    expect(page.stories[0]!.headline).toBe(hostile.headline)
    expect((await pool.query('SELECT count(*)::int AS n FROM stories')).rows[0].n).toBe(1)
  })
})
