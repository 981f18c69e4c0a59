import { describe, expect, it } from 'vitest'
import type { Pool } from 'pg'
import { PgArticleStore } from '../../../../src/newsroom/store/pg-article-store'
import { bodyFromPlainText } from '../../../../src/shared/article/body'
import type { Article } from '../../../../src/shared/article/model'
import { CHIEF, DESK, REPORTER, usePostgres } from './pg-fixture'

const pg = usePostgres()

const HEADLINE = 'রাজধানীতে শীতের তীব্রতা বাড়ছে'
const BODY = 'ঢাকায় আজ সকালে তাপমাত্রা নেমে এসেছে ১২ ডিগ্রিতে।\nর‍্যাব জানিয়েছে, রাস্তায় যানজট কম ছিল।'

function storeOn(pool: Pool, author = REPORTER): PgArticleStore {
  return new PgArticleStore(pool, { author: () => author })
}

async function count(pool: Pool, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(sql, params)
  return Number(rows[0]!.n)
}

/** Moves a story along the workflow the way publishing.ts does: a status and a record entry, through updateMeta. */
async function move(store: PgArticleStore, id: string, to: Article['status'], by = DESK): Promise<Article> {
  const moved = await store.updateMeta(
    id,
    (current) => ({
      ...current,
      status: to,
      workflow: [...current.workflow, { at: new Date().toISOString(), by, from: current.status, to, note: '' }]
    }),
    'status'
  )
  if (!moved || 'ok' in moved) throw new Error('move refused')
  return moved
}

describe('PgArticleStore: saves, conflicts and locked text', () => {
  it('numbers revisions +1 per accepted save and records each change as the feed says', async () => {
    const { pool } = await pg.database()
    const store = storeOn(pool)
    const created = await store.create({ headline: HEADLINE }, REPORTER)
    expect(created).toMatchObject({ revision: 1, status: 'draft', owner: REPORTER, headline: HEADLINE })
    const saved = await store.save(created.id, 1, { body: bodyFromPlainText(BODY) })
    expect(saved.kind).toBe('saved')
    if (saved.kind !== 'saved') return
    expect(saved.article.revision).toBe(2)
    const again = await store.get(created.id)
    expect(again?.body).toEqual(bodyFromPlainText(BODY))
    expect(again?.revision).toBe(2)

    const revisions = await pool.query('SELECT revision, reason, author_id FROM story_revisions WHERE story_id = $1 ORDER BY revision', [
      created.id
    ])
    expect(revisions.rows).toEqual([
      { revision: 1, reason: 'save', author_id: REPORTER.id },
      { revision: 2, reason: 'save', author_id: REPORTER.id }
    ])
    const changes = await pool.query('SELECT seq, kind, by_id FROM changes WHERE story_id = $1 ORDER BY seq', [created.id])
    expect(changes.rows.map((row) => row.kind)).toEqual(['created', 'saved'])
    const story = await pool.query('SELECT revision, last_change, summary FROM stories WHERE id = $1', [created.id])
    expect(story.rows[0].revision).toBe(2)
    expect(story.rows[0].last_change).toBe(changes.rows[1].seq)
    expect(story.rows[0].summary).toMatchObject({ headline: HEADLINE, revision: 2, wordCount: 14 })
  })

  it('refuses a save on an old revision as a conflict carrying the stored text, and writes nothing', async () => {
    const { pool } = await pg.database()
    const store = storeOn(pool)
    const created = await store.create({ headline: HEADLINE })
    await store.save(created.id, 1, { headline: 'প্রথম' })
    const before = await count(pool, 'SELECT count(*) AS n FROM changes')
    const outcome = await store.save(created.id, 1, { headline: 'দ্বিতীয়' })
    expect(outcome.kind).toBe('conflict')
    if (outcome.kind === 'conflict') expect(outcome.current).toMatchObject({ headline: 'প্রথম', revision: 2 })
    expect(await count(pool, 'SELECT count(*) AS n FROM changes')).toBe(before)
    expect((await store.save('no-such-story', 1, {})).kind).toBe('not-found')
  })

  it('keeps approved and published text locked; re-sending the same text is not a change', async () => {
    const { pool } = await pg.database()
    const store = storeOn(pool)
    const created = await store.create({ headline: HEADLINE, body: bodyFromPlainText(BODY) }, REPORTER)
    await move(store, created.id, 'submitted', REPORTER)
    await move(store, created.id, 'editing')
    const approved = await move(store, created.id, 'approved')
    const locked = await store.save(created.id, approved.revision, { headline: 'বদলে দেওয়া শিরোনাম' })
    expect(locked.kind).toBe('locked')
    const same = await store.save(created.id, approved.revision, { headline: HEADLINE, body: bodyFromPlainText(BODY) })
    expect(same.kind).toBe('saved')
    expect((await store.get(created.id))?.headline).toBe(HEADLINE)
    expect(await store.replaceContent(created.id, (current) => ({ ...current, headline: 'আমদানি' }), 'import')).toMatchObject({
      ok: false,
      code: 'locked'
    })
    const events = await pool.query('SELECT action, from_status, to_status, by_id FROM workflow_events WHERE story_id = $1 ORDER BY id', [
      created.id
    ])
    expect(events.rows).toEqual([
      { action: 'submit', from_status: 'draft', to_status: 'submitted', by_id: REPORTER.id },
      { action: 'take', from_status: 'submitted', to_status: 'editing', by_id: DESK.id },
      { action: 'approve', from_status: 'editing', to_status: 'approved', by_id: DESK.id }
    ])
    const kinds = await pool.query('SELECT kind FROM changes WHERE story_id = $1 ORDER BY seq', [created.id])
    expect(kinds.rows.map((row) => row.kind)).toEqual(['created', 'submit', 'take', 'approve'])
  })

  it('records an editorial note as a note change without a new revision, and a move’s reason with the move', async () => {
    const { pool } = await pg.database()
    const store = storeOn(pool)
    const created = await store.create({ headline: HEADLINE }, REPORTER)
    const noted = await store.updateMeta(created.id, (current) => ({
      ...current,
      notes: [...current.notes, { id: 'n1', at: new Date().toISOString(), by: DESK, text: 'ছবির সূত্র দিন' }]
    }))
    expect(noted).toMatchObject({ revision: 1, notes: [{ text: 'ছবির সূত্র দিন' }] })
    await store.updateMeta(created.id, (current) => ({
      ...current,
      status: 'killed',
      workflow: [...current.workflow, { at: new Date().toISOString(), by: CHIEF, from: 'draft', to: 'killed', note: 'মামলার কারণে' }]
    }))
    const changes = await pool.query('SELECT kind, note FROM changes WHERE story_id = $1 ORDER BY seq', [created.id])
    expect(changes.rows).toEqual([
      { kind: 'created', note: null },
      { kind: 'note', note: 'ছবির সূত্র দিন' },
      { kind: 'kill', note: 'মামলার কারণে' }
    ])
    expect(await count(pool, 'SELECT count(*) AS n FROM story_revisions WHERE story_id = $1', [created.id])).toBe(1)
  })

  it('lists named snapshots as the library on disk does, and restores one as a new revision on top', async () => {
    const { pool } = await pg.database()
    let now = Date.parse('2026-01-10T06:00:00Z')
    const store = new PgArticleStore(pool, { author: () => DESK, now: () => new Date(now) })
    const created = await store.create({ headline: 'এক' })
    // The first save snapshots the text it replaces ('interval'); saves within five minutes do not.
    await store.save(created.id, 1, { headline: 'দুই' })
    now += 60_000
    await store.save(created.id, 2, { headline: 'তিন' })
    const manual = await store.snapshot(created.id, 'manual')
    expect(manual).toMatchObject({ revision: 3, reason: 'manual', author: DESK.name, headline: 'তিন' })
    now += 10 * 60_000
    await store.save(created.id, 3, { headline: 'চার' })
    expect((await store.revisions(created.id)).map((info) => [info.revision, info.reason, info.headline])).toEqual([
      [3, 'interval', 'তিন'],
      [1, 'interval', 'এক']
    ])
    const first = await store.revision(created.id, 1)
    expect(first?.content.headline).toBe('এক')
    expect(await store.revision(created.id, 2)).toBeUndefined()
    const restored = await store.restoreRevision(created.id, 1, 4)
    expect(restored).toMatchObject({ kind: 'saved', article: { headline: 'এক', revision: 5 } })
    expect((await store.revisions(created.id))[0]).toMatchObject({ revision: 4, reason: 'restore', headline: 'চার' })
    expect((await store.restoreRevision(created.id, 1, 4)).kind).toBe('conflict')
    const reasons = await pool.query('SELECT revision, reason FROM story_revisions WHERE story_id = $1 ORDER BY revision', [created.id])
    expect(reasons.rows.at(-1)).toEqual({ revision: 5, reason: 'restore' })
  })

  it('settles a conflict: mine on top (the stored text kept as a snapshot) or both (a copy beside it)', async () => {
    const { pool } = await pg.database()
    const store = storeOn(pool)
    const created = await store.create({ headline: 'মূল' })
    await store.save(created.id, 1, { headline: 'অন্যের' })
    const copied = await store.resolveConflict(created.id, 2, { headline: 'আমার' }, 'both', { headlineSuffix: '(আমার কপি)', owner: CHIEF })
    expect(copied.kind).toBe('copied')
    if (copied.kind !== 'copied') return
    expect(copied.copy).toMatchObject({ headline: 'আমার (আমার কপি)', owner: CHIEF, revision: 1 })
    expect((await store.get(created.id))?.headline).toBe('অন্যের')
    const mine = await store.resolveConflict(created.id, 2, { headline: 'আমার' }, 'mine', { headlineSuffix: '', owner: null })
    expect(mine).toMatchObject({ kind: 'saved', article: { headline: 'আমার', revision: 3 } })
    expect((await store.revisions(created.id))[0]).toMatchObject({ revision: 2, reason: 'conflict', headline: 'অন্যের' })
    expect((await store.resolveConflict(created.id, 2, {}, 'mine', { headlineSuffix: '', owner: null })).kind).toBe('conflict')
  })

  it('trashes, restores and empties the trash, each a change in the feed', async () => {
    const { pool } = await pg.database()
    const store = storeOn(pool)
    const kept = await store.create({ headline: 'থাকবে' })
    const gone = await store.create({ headline: 'যাবে' })
    await store.snapshot(gone.id, 'manual')
    expect(await store.trash(gone.id)).toMatchObject({ id: gone.id, trashedAt: expect.any(String) })
    expect((await store.list()).items.map((item) => item.id)).toEqual([kept.id])
    expect((await store.list({ trash: 'only' })).items.map((item) => item.id)).toEqual([gone.id])
    expect(await store.restoreFromTrash(gone.id)).toMatchObject({ trashedAt: null })
    await store.trash(gone.id)
    expect(await store.emptyTrash()).toBe(1)
    expect(await store.get(gone.id)).toBeUndefined()
    expect(await store.get(kept.id)).toBeDefined()
    expect(await count(pool, 'SELECT count(*) AS n FROM story_revisions WHERE story_id = $1', [gone.id])).toBe(0)
    const kinds = await pool.query('SELECT kind FROM changes WHERE story_id = $1 ORDER BY seq', [gone.id])
    expect(kinds.rows.map((row) => row.kind)).toEqual(['created', 'trashed', 'restored', 'trashed', 'deleted'])
    expect(await store.trash('no-such-story')).toBeUndefined()
  })

  it('adopts a story from elsewhere under its own id, and beside it under a new id when the id is taken', async () => {
    const { pool } = await pg.database()
    const store = storeOn(pool)
    const original = await store.create({ headline: 'প্যাকেজ' })
    const moved = { ...original, revision: 7 }
    const other = new PgArticleStore(await (await pg.database()).pool, { author: () => REPORTER })
    expect(await other.adopt(moved)).toMatchObject({ id: original.id, revision: 7 })
    const beside = await store.adopt(moved)
    expect(beside.id).not.toBe(original.id)
    expect(beside.revision).toBe(1)
  })
})
