import pg from 'pg'
import { readFile } from 'node:fs/promises'
import { beforeEach, describe, expect, it } from 'vitest'
import type { PushResult, SyncOp } from '../../../../src/shared/newsroom'
import { EditLocks } from '../../../../src/newsroom/desk/locks'
import { push } from '../../../../src/newsroom/sync/push'
import { PgMediaStore } from '../../../../src/newsroom/store/pg-media-store'
import { canonicalize } from '../../../../src/shared/bangla/normalize'
import {
  addStory,
  changeRows,
  chief,
  deskEditor,
  useDeskDatabase,
  makeArticle,
  otherReporter,
  reporter,
  secondDesk,
  urlOf
} from '../desk/db-fixtures'
import { pushDeps } from './push-fixture'

const database = useDeskDatabase()
let pool: pg.Pool
const clock = () => new Date('2026-12-01T05:00:00Z')

beforeEach(() => {
  pool = database.pool
})

let ops = 0
const opId = () => `op-${process.pid}-${(ops += 1)}-abcdef`
const save = (storyId: string, baseRevision: number | null, headline: string, id = opId()): SyncOp => ({
  opId: id,
  kind: 'save',
  storyId,
  baseRevision,
  patch: { headline }
})

const count = async (sql: string, params: unknown[] = []) =>
  (await pool.query<{ n: number }>(`SELECT count(*)::int AS n ${sql}`, params)).rows[0]!.n
const stored = async (id: string) => (await pool.query('SELECT revision, article FROM stories WHERE id = $1', [id])).rows[0]

describe('sync.push: exactly once', () => {
  it('creates a story made on a laptop with its id, owned by the pusher; the same op again is answered, not applied', async () => {
    const op = save('laptop-story-0001', null, 'বন্যায় ডুবেছে সড়ক')
    const [first] = await push(await pushDeps(pool, clock), reporter, [op])
    expect(first).toMatchObject({
      opId: op.opId,
      outcome: 'applied',
      repeated: false,
      article: { id: 'laptop-story-0001', revision: 1, status: 'draft' }
    })
    expect(first!.outcome === 'applied' && first!.article.owner).toEqual({ id: reporter.id, name: reporter.name, role: reporter.role })
    const [again] = await push(await pushDeps(pool, clock), reporter, [op])
    expect(again).toEqual({ ...first, repeated: true })
    expect(await count('FROM stories')).toBe(1)
    expect(await count('FROM story_revisions')).toBe(1)
    expect((await changeRows(pool, 'laptop-story-0001')).map((row) => row.kind)).toEqual(['created'])
  })

  it('applies a save once when two connections push the same op at the same moment', async () => {
    const story = await addStory(pool, makeArticle({ status: 'draft', owner: reporter }))
    const other = new pg.Pool({ connectionString: urlOf(pool) })
    try {
      const op = save(story.id, 1, 'একই পরিবর্তন দুবার')
      const answers = (
        await Promise.all([push(await pushDeps(pool, clock), reporter, [op]), push(await pushDeps(other, clock), reporter, [op])])
      ).flat()
      expect(answers.map((answer) => answer.outcome)).toEqual(['applied', 'applied'])
      expect(answers.map((answer) => answer.outcome === 'applied' && answer.repeated).sort()).toEqual([false, true])
      expect((await stored(story.id)).revision).toBe(2)
      expect(await count('FROM story_revisions WHERE story_id = $1 AND revision = 2', [story.id])).toBe(1)
      expect(await count('FROM applied_ops')).toBe(1)
    } finally {
      await other.end()
    }
  })

  it('creates a story once when two laptops create the same id at the same moment: the other is told of the conflict', async () => {
    const other = new pg.Pool({ connectionString: urlOf(pool) })
    try {
      const warm = await Promise.all([pool.connect(), other.connect()])
      warm.forEach((client) => client.release())
      const answers = (
        await Promise.all([
          push(await pushDeps(pool, clock), deskEditor, [save('laptop-story-0009', null, 'প্রথম')]),
          push(await pushDeps(other, clock), deskEditor, [save('laptop-story-0009', null, 'দ্বিতীয়')])
        ])
      ).flat()
      expect(answers.map((answer) => answer.outcome).sort()).toEqual(['applied', 'conflict'])
      expect(await count('FROM stories')).toBe(1)
      expect(await count('FROM applied_ops')).toBe(2)
    } finally {
      await other.end()
    }
  })

  it('refuses an op id another user already used, and logs it', async () => {
    const op = save('laptop-story-0002', null, 'প্রথম জন')
    await push(await pushDeps(pool, clock), reporter, [op])
    const [answer] = await push(await pushDeps(pool, clock), otherReporter, [{ ...op, storyId: 'laptop-story-0003' }])
    expect(answer).toMatchObject({ outcome: 'refused', code: 'forbidden' })
    expect(answer).not.toHaveProperty('article')
    expect(await count("FROM refusals WHERE user_id = $1 AND method = 'sync.push'", [otherReporter.id])).toBe(1)
    expect(await count('FROM stories')).toBe(1)
  })
})

describe('sync.push: conflicts and rules', () => {
  it('answers a save on an old revision with the server version and writes nothing', async () => {
    const story = await addStory(pool, makeArticle({ status: 'editing', headline: 'সার্ভারের শিরোনাম', revision: 3 }))
    const before = await count('FROM changes')
    const revisions = await count('FROM story_revisions')
    const [answer] = await push(await pushDeps(pool, clock), deskEditor, [save(story.id, 2, 'ল্যাপটপের শিরোনাম')])
    expect(answer).toMatchObject({ outcome: 'conflict', current: { id: story.id, revision: 3, headline: 'সার্ভারের শিরোনাম' } })
    expect((await stored(story.id)).article.headline).toBe('সার্ভারের শিরোনাম')
    expect(await count('FROM changes')).toBe(before)
    expect(await count('FROM story_revisions')).toBe(revisions)
    expect((await pool.query('SELECT result FROM applied_ops')).rows[0].result).toMatchObject({ outcome: 'conflict' })
  })

  it('answers a creation with a taken id as a conflict, or refuses it when the story is not the pusher’s to see', async () => {
    const own = await addStory(pool, makeArticle({ status: 'draft', owner: reporter }))
    const others = await addStory(pool, makeArticle({ status: 'draft', owner: otherReporter }))
    const [mine] = await push(await pushDeps(pool, clock), reporter, [save(own.id, null, 'নতুন')])
    expect(mine).toMatchObject({ outcome: 'conflict', current: { id: own.id } })
    const [theirs] = await push(await pushDeps(pool, clock), reporter, [save(others.id, null, 'নতুন')])
    expect(theirs).toMatchObject({ outcome: 'refused', code: 'conflict' })
    expect(theirs).not.toHaveProperty('current')
  })

  it('enforces who may edit: another reporter’s story, a submitted one, approved text, a lock held by someone else', async () => {
    const othersDraft = await addStory(pool, makeArticle({ status: 'draft', owner: otherReporter }))
    const submitted = await addStory(pool, makeArticle({ status: 'submitted', owner: reporter }))
    const approved = await addStory(pool, makeArticle({ status: 'approved' }))
    const editing = await addStory(pool, makeArticle({ status: 'editing' }))
    await new EditLocks(pool, clock).take(secondDesk, editing.id)
    const answers = await push(await pushDeps(pool, clock), reporter, [save(othersDraft.id, 1, 'x'), save(submitted.id, 1, 'x')])
    expect(answers).toMatchObject([
      { outcome: 'refused', code: 'forbidden' },
      { outcome: 'refused', code: 'forbidden' }
    ])
    expect(answers[0]).not.toHaveProperty('current')
    const desk = await push(await pushDeps(pool, clock), deskEditor, [save(approved.id, 1, 'x'), save(editing.id, 1, 'x')])
    expect(desk).toMatchObject([
      { outcome: 'refused', code: 'locked', current: { id: approved.id } },
      { outcome: 'refused', code: 'held', current: { id: editing.id } }
    ])
    expect((desk[1] as Extract<PushResult, { outcome: 'refused' }>).message.bn).toContain(secondDesk.name)
    expect(await count('FROM story_revisions WHERE revision > 1')).toBe(0)
    expect(await count("FROM refusals WHERE method = 'sync.push'")).toBe(4)
  })

  it('moves a story through the workflow as the pusher, and refuses a forged move', async () => {
    const story = await addStory(pool, makeArticle({ status: 'draft', owner: reporter }))
    const submit: SyncOp = { opId: opId(), kind: 'transition', storyId: story.id, action: 'submit' }
    const [submitted] = await push(await pushDeps(pool, clock), reporter, [submit])
    expect(submitted).toMatchObject({
      outcome: 'applied',
      article: { status: 'submitted', workflow: [{ by: { id: reporter.id }, to: 'submitted' }] }
    })
    const events = await pool.query('SELECT action, by_id, by_role FROM workflow_events WHERE story_id = $1', [story.id])
    expect(events.rows).toEqual([{ action: 'submit', by_id: reporter.id, by_role: 'reporter' }])
    const forged: SyncOp = { opId: opId(), kind: 'transition', storyId: story.id, action: 'take' }
    expect(await push(await pushDeps(pool, clock), reporter, [forged])).toMatchObject([{ outcome: 'refused', code: 'forbidden' }])
    expect((await stored(story.id)).article.status).toBe('submitted')
    const [taken] = await push(await pushDeps(pool, clock), chief, [{ ...forged, opId: opId() }])
    expect(taken).toMatchObject({ outcome: 'applied', article: { status: 'editing' } })
  })

  it("refuses a move of a story someone else is editing, and gives up the mover's lock they can no longer use", async () => {
    const story = await addStory(pool, makeArticle({ status: 'draft', owner: reporter }))
    const locks = new EditLocks(pool, clock)
    await locks.take(deskEditor, story.id)
    const submit: SyncOp = { opId: opId(), kind: 'transition', storyId: story.id, action: 'submit' }
    expect(await push(await pushDeps(pool, clock), reporter, [submit])).toMatchObject([{ outcome: 'refused', code: 'held' }])
    await locks.release(deskEditor, story.id)
    await locks.take(reporter, story.id)
    const [submitted] = await push(await pushDeps(pool, clock), reporter, [{ ...submit, opId: opId() }])
    expect(submitted).toMatchObject({ outcome: 'applied', article: { status: 'submitted' } })
    expect(await locks.holder(story.id)).toBeNull()
  })

  it('walks a story from a laptop to publication; a repeated publish is answered, and one version is recorded', async () => {
    const photo = await new PgMediaStore(pool).put(await readFile('tests/fixtures/images/village.jpg'))
    if (photo.kind !== 'stored') throw new Error(photo.kind)
    const id = 'laptop-story-0010'
    const create: SyncOp = {
      opId: opId(),
      kind: 'save',
      storyId: id,
      baseRevision: null,
      patch: {
        headline: 'পদ্মায় ফেরি চলাচল শুরু',
        byline: 'নিজস্ব প্রতিবেদক',
        section: 'সারাদেশ',
        publishedAt: '2026-12-01T10:00:00+06:00',
        leadImage: { mediaId: photo.media.mediaId, caption: 'ঘাটে ফেরি', credit: 'সংগৃহীত', alt: 'নদীতে একটি ফেরি' }
      }
    }
    const move = (action: 'submit' | 'take' | 'approve' | 'publish'): SyncOp => ({ opId: opId(), kind: 'transition', storyId: id, action })
    expect(await push(await pushDeps(pool, clock), reporter, [create, move('submit')])).toMatchObject([
      { outcome: 'applied' },
      { outcome: 'applied', article: { status: 'submitted' } }
    ])
    expect(await push(await pushDeps(pool, clock), deskEditor, [move('take'), move('approve')])).toMatchObject([
      { outcome: 'applied' },
      { outcome: 'applied', article: { status: 'approved' } }
    ])
    const publish = move('publish')
    expect(await push(await pushDeps(pool, clock), deskEditor, [publish])).toMatchObject([{ outcome: 'refused', code: 'forbidden' }])
    const chiefsPublish = { ...publish, opId: opId() }
    const [published] = await push(await pushDeps(pool, clock), chief, [chiefsPublish])
    expect(published).toMatchObject({ outcome: 'applied', repeated: false, article: { status: 'published', publication: { version: 1 } } })
    expect(await push(await pushDeps(pool, clock), chief, [chiefsPublish])).toMatchObject([{ outcome: 'applied', repeated: true }])
    expect(await count('FROM published_versions WHERE story_id = $1', [id])).toBe(1)
    const events = await pool.query('SELECT action, by_id FROM workflow_events WHERE story_id = $1 ORDER BY id', [id])
    expect(events.rows).toEqual([
      { action: 'submit', by_id: reporter.id },
      { action: 'take', by_id: deskEditor.id },
      { action: 'approve', by_id: deskEditor.id },
      { action: 'publish', by_id: chief.id }
    ])
  })

  it('keeps the one stored form of the text, as the library does', async () => {
    // The old spelling of khanda ta (ত + ্ + ZWJ) and a byte-order mark: stored as ৎ, and without the mark.
    const typed = 'হঠা\u09A4\u09CD\u200D বৃষ্টি\uFEFF'
    expect(canonicalize(typed)).not.toBe(typed)
    const [created] = await push(await pushDeps(pool, clock), reporter, [save('laptop-story-0011', null, typed)])
    expect(created).toMatchObject({ outcome: 'applied', article: { headline: canonicalize(typed) } })
    const [saved] = await push(await pushDeps(pool, clock), reporter, [save('laptop-story-0011', 1, `${typed}!`)])
    expect(saved).toMatchObject({ outcome: 'applied', article: { headline: canonicalize(`${typed}!`) } })
    expect((await stored('laptop-story-0011')).article.headline).toBe(canonicalize(`${typed}!`))
  })

  it('adds a note by the pusher; hostile text is stored as text', async () => {
    const story = await addStory(pool, makeArticle({ status: 'draft', owner: reporter }))
    const hostile = "'); DROP TABLE stories; -- $1 \\x00"
    const [noted] = await push(await pushDeps(pool, clock), reporter, [{ opId: opId(), kind: 'note', storyId: story.id, text: hostile }])
    expect(noted).toMatchObject({ outcome: 'applied', article: { notes: [{ text: hostile, by: { id: reporter.id } }] } })
    expect((await stored(story.id)).article.notes[0].text).toBe(hostile)
    expect(
      await push(await pushDeps(pool, clock), otherReporter, [{ opId: opId(), kind: 'note', storyId: story.id, text: 'x' }])
    ).toMatchObject([{ outcome: 'refused', code: 'not-found' }])
  })

  it('refuses ids that are not ids before they reach the database', async () => {
    const answers = await push(await pushDeps(pool, clock), reporter, [
      save("x' OR '1'='1", null, 'x'),
      { ...save('laptop-story-0004', null, 'x'), opId: "op'; DELETE FROM applied_ops; --" }
    ])
    expect(answers).toMatchObject([
      { outcome: 'refused', code: 'bad-request' },
      { outcome: 'refused', code: 'bad-request' }
    ])
    expect(await count('FROM stories')).toBe(0)
    expect(await count('FROM applied_ops')).toBe(0)
  })
})

describe('sync.push: faults', () => {
  /** A push whose save has been written and then waits, uncommitted, until `release` is called. */
  async function pausedPush(op: SyncOp) {
    let reached!: (pid: number) => void
    const paused = new Promise<number>((resolve) => (reached = resolve))
    let release!: () => void
    const gate = new Promise<void>((resolve) => (release = resolve))
    const deps = await pushDeps(pool, clock, (services, client) => ({
      ...services,
      store: Object.assign(Object.create(services.store) as typeof services.store, {
        save: async (...args: Parameters<typeof services.store.save>) => {
          const outcome = await services.store.save(...args)
          reached((await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid)
          await gate
          return outcome
        }
      })
    }))
    return { result: push(deps, reporter, [op]), paused, release }
  }

  it('leaves none of an op whose connection is killed mid-transaction, and its retry applies it once', async () => {
    const story = await addStory(pool, makeArticle({ status: 'draft', owner: reporter }))
    const op = save(story.id, 1, 'মাঝপথে কাটা')
    const { result, paused, release } = await pausedPush(op)
    const pid = await paused
    const killer = new pg.Client({ connectionString: urlOf(pool) })
    await killer.connect()
    await killer.query('SELECT pg_terminate_backend($1)', [pid])
    await killer.end()
    release()
    await expect(result).rejects.toThrow()
    expect((await stored(story.id)).revision).toBe(1)
    expect(await count('FROM applied_ops')).toBe(0)
    expect(await count('FROM story_revisions WHERE revision > 1')).toBe(0)

    const [retried] = await push(await pushDeps(pool, clock), reporter, [op])
    expect(retried).toMatchObject({ outcome: 'applied', repeated: false, article: { revision: 2, headline: 'মাঝপথে কাটা' } })
    expect(await push(await pushDeps(pool, clock), reporter, [op])).toMatchObject([{ outcome: 'applied', repeated: true }])
    expect(await count('FROM story_revisions WHERE story_id = $1 AND revision = 2', [story.id])).toBe(1)
  })

  it('survives PostgreSQL restarting in the middle of a push: nothing half-applied, the retry applies once', async () => {
    const story = await addStory(pool, makeArticle({ status: 'draft', owner: reporter }))
    const op = save(story.id, 1, 'সার্ভার আবার চালু')
    const { result, paused, release } = await pausedPush(op)
    await paused
    await database.cluster.restart()
    release()
    await expect(result).rejects.toThrow()
    expect((await stored(story.id)).revision).toBe(1)
    const [retried] = await push(await pushDeps(pool, clock), reporter, [op])
    expect(retried).toMatchObject({ outcome: 'applied', repeated: false, article: { revision: 2 } })
    expect(await count('FROM applied_ops')).toBe(1)
  }, 60_000)
})
