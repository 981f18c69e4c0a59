import { describe, expect, it } from 'vitest'
import pg from 'pg'
import { PgArticleStore } from '../../../../src/newsroom/store/pg-article-store'
import { inTransaction } from '../../../../src/newsroom/db/pool'
import { DESK, REPORTER, usePostgres } from './pg-fixture'

const postgres = usePostgres()

async function count(pool: pg.Pool, sql: string, params: unknown[] = []): Promise<number> {
  const { rows } = await pool.query<{ n: string }>(sql, params)
  return Number(rows[0]!.n)
}

describe('PgArticleStore: transactions, servers side by side, the change feed', () => {
  it('two servers save the same revision of one story at once: exactly one wins, the other is a conflict', async () => {
    const db = await postgres.database()
    const first = new PgArticleStore(db.pool, { author: () => REPORTER })
    const second = new PgArticleStore(db.another(), { author: () => DESK })
    const created = await first.create({ headline: 'এক গল্প' })
    for (let round = 0; round < 5; round += 1) {
      const base = (await first.get(created.id))!.revision
      const outcomes = await Promise.all([
        first.save(created.id, base, { headline: `প্রতিবেদক ${round}` }),
        second.save(created.id, base, { headline: `ডেস্ক ${round}` })
      ])
      expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['conflict', 'saved'])
      const winner = outcomes.find((outcome) => outcome.kind === 'saved')!
      const stored = await second.get(created.id)
      if (winner.kind === 'saved') expect(stored).toMatchObject({ headline: winner.article.headline, revision: base + 1 })
    }
    expect(await count(db.pool, 'SELECT count(*) AS n FROM story_revisions WHERE story_id = $1', [created.id])).toBe(6)
    expect(await count(db.pool, "SELECT count(*) AS n FROM changes WHERE story_id = $1 AND kind = 'saved'", [created.id])).toBe(5)
  })

  it('inside(): a save on the caller transaction commits with it, and a rolled-back one leaves nothing', async () => {
    const db = await postgres.database()
    const store = new PgArticleStore(db.pool, { author: () => REPORTER })
    const created = await store.create({ headline: 'শুরু' })
    const changesBefore = await count(db.pool, 'SELECT count(*) AS n FROM changes')

    await expect(
      inTransaction(db.pool, async (client) => {
        const outcome = await store.inside(client).save(created.id, 1, { headline: 'ফিরিয়ে নেওয়া হবে' })
        expect(outcome.kind).toBe('saved')
        // Inside the transaction the caller sees its own save; nobody else does yet.
        expect((await store.inside(client).get(created.id))?.headline).toBe('ফিরিয়ে নেওয়া হবে')
        expect((await store.get(created.id))?.headline).toBe('শুরু')
        throw new Error('the push failed after the save')
      })
    ).rejects.toThrow('the push failed')
    expect(await store.get(created.id)).toMatchObject({ headline: 'শুরু', revision: 1 })
    expect(await count(db.pool, 'SELECT count(*) AS n FROM story_revisions WHERE story_id = $1', [created.id])).toBe(1)
    expect(await count(db.pool, 'SELECT count(*) AS n FROM changes')).toBe(changesBefore)

    await inTransaction(db.pool, async (client) => {
      await store.inside(client).save(created.id, 1, { headline: 'রাখা হবে' })
      await client.query("INSERT INTO users (id, name, role, password_hash) VALUES ('u1', 'রাহেলা', 'reporter', 'x')")
      await client.query("INSERT INTO applied_ops (op_id, user_id, story_id, result) VALUES ('op-1', 'u1', $1, '{}')", [created.id])
    })
    expect(await store.get(created.id)).toMatchObject({ headline: 'রাখা হবে', revision: 2 })
    expect(await count(db.pool, "SELECT count(*) AS n FROM applied_ops WHERE op_id = 'op-1'")).toBe(1)
  })

  it('notifies barta_changes with the seq of each change, at commit and never for a rollback', async () => {
    const db = await postgres.database()
    const store = new PgArticleStore(db.pool, { author: () => REPORTER })
    const listener = new pg.Client({ connectionString: db.url })
    await listener.connect()
    const heard: string[] = []
    listener.on('notification', (message) => {
      if (message.channel === 'barta_changes' && message.payload) heard.push(message.payload)
    })
    await listener.query('LISTEN barta_changes')
    try {
      const created = await store.create({ headline: 'খবর' })
      await store.save(created.id, 1, { headline: 'খবর ২' })
      await inTransaction(db.pool, async (client) => {
        await store.inside(client).save(created.id, 2, { headline: 'কখনো নয়' })
        throw new Error('rolled back')
      }).catch(() => undefined)
      await store.trash(created.id)
      const { rows } = await db.pool.query<{ seq: string }>('SELECT seq FROM changes ORDER BY seq')
      await expect.poll(() => heard.length, { timeout: 5000 }).toBe(3)
      expect(heard).toEqual(rows.map((row) => String(row.seq)))
    } finally {
      await listener.end()
    }
  })

  it('PostgreSQL restarted between two saves: the next save works with the same pool', async () => {
    const db = await postgres.database()
    const store = new PgArticleStore(db.pool, { author: () => REPORTER })
    const created = await store.create({ headline: 'আগে' })
    await store.save(created.id, 1, { headline: 'আগে ২' })
    await postgres.cluster().restart()
    // The pool's idle connections were ended by the server's shutdown and dropped; the save gets a new connection.
    const outcome = await store.save(created.id, 2, { headline: 'পরে' })
    expect(outcome).toMatchObject({ kind: 'saved', article: { revision: 3, headline: 'পরে' } })
    expect(await store.get(created.id)).toMatchObject({ revision: 3, headline: 'পরে' })
  })
})
