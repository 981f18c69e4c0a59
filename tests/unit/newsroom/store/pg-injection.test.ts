import { describe, expect, it } from 'vitest'
import type { Pool } from 'pg'
import { PgArticleStore } from '../../../../src/newsroom/store/pg-article-store'
import { bodyFromPlainText } from '../../../../src/shared/article/body'
import { emptyContent, type Article } from '../../../../src/shared/article/model'
import { REPORTER, usePostgres } from './pg-fixture'

const postgres = usePostgres()

/** Text that would break or rewrite a statement built by pasting values into SQL. */
const HOSTILE = [
  "'); DROP TABLE stories; --",
  "রাহেলা' OR '1'='1",
  '"; DELETE FROM changes; --',
  "$1 $2 \\x00 \\\\ E'\\n'",
  "'; SELECT pg_notify('barta_changes', '999'); --",
  '${headline} `rm -rf /` {{7*7}}',
  "Robert'); DROP TABLE story_revisions;--"
]

async function tablesLeft(pool: Pool): Promise<string[]> {
  const { rows } = await pool.query<{ name: string }>("SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")
  return rows.map((row) => row.name)
}

describe('PgArticleStore and hostile text', () => {
  it('stores SQL-looking text in every field verbatim and runs none of it', async () => {
    const { pool } = await postgres.database()
    const store = new PgArticleStore(pool, { author: () => ({ ...REPORTER, name: HOSTILE[1]! }) })
    const tablesBefore = await tablesLeft(pool)
    for (const [index, text] of HOSTILE.entries()) {
      const created = await store.create({
        headline: text,
        byline: text,
        section: text,
        dateline: text,
        summary: text,
        slug: text,
        body: bodyFromPlainText(`${text}\n${text}`)
      })
      const saved = await store.save(created.id, 1, { headline: `${text} ${index}` })
      expect(saved.kind).toBe('saved')
      const stored = await store.get(created.id)
      expect(stored).toMatchObject({ headline: `${text} ${index}`, byline: text, section: text, dateline: text, summary: text })
      expect(stored?.body).toEqual(bodyFromPlainText(`${text}\n${text}`))
      const info = await store.snapshot(created.id, 'manual')
      expect(info?.author).toBe(HOSTILE[1])
      expect((await store.revisions(created.id))[0]).toMatchObject({ headline: `${text} ${index}`, author: HOSTILE[1] })
    }
    expect(await tablesLeft(pool)).toEqual(tablesBefore)
    expect((await store.list()).total).toBe(HOSTILE.length)
    for (const text of HOSTILE) {
      expect((await store.list({ section: text })).total).toBe(1)
      expect((await store.list({ byline: text, ownerId: text })).total).toBe(0)
      await store.search({ query: text })
    }
    const notified = await pool.query("SELECT count(*) AS n FROM changes WHERE story_id = '999'")
    expect(Number(notified.rows[0].n)).toBe(0)
  })

  it('takes hostile ids as plain names: looked up verbatim, adopted verbatim, never matching another story', async () => {
    const { pool } = await postgres.database()
    const store = new PgArticleStore(pool, { author: () => REPORTER })
    const innocent = await store.create({ headline: 'নিরীহ' })
    const hostileIds = ["x' OR '1'='1", "'; DROP TABLE stories; --", `${innocent.id}' --`, '%', '_', 'a\u0000b', '']
    for (const id of hostileIds) {
      expect(await store.get(id)).toBeUndefined()
      expect((await store.save(id, 1, { headline: 'না' })).kind).toBe('not-found')
      expect(await store.trash(id)).toBeUndefined()
      expect(await store.updateMeta(id, (current) => current)).toBeUndefined()
      expect(await store.revisions(id)).toEqual([])
      expect(await store.revision(id, 1)).toBeUndefined()
      expect(await store.revision(id, 2 ** 40)).toBeUndefined()
      expect((await store.restoreRevision(id, 1, 1)).kind).toBe('not-found')
    }
    // An adopted story keeps the id it came with, even one made of SQL.
    const article: Article = {
      ...emptyContent(),
      headline: 'আমদানি',
      id: "adopted'); DROP TABLE stories; --",
      status: 'draft',
      owner: null,
      workflow: [],
      notes: [],
      createdAt: new Date().toISOString(),
      modifiedAt: new Date().toISOString(),
      revision: 3
    }
    expect((await store.adopt(article)).id).toBe(article.id)
    expect(await store.get(article.id)).toMatchObject({ headline: 'আমদানি', revision: 3 })
    expect(await store.get(innocent.id)).toMatchObject({ headline: 'নিরীহ' })
    expect((await store.list({ ids: hostileIds })).total).toBe(0)
    expect((await store.list()).total).toBe(2)
  })
})
