import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isGone, startPgCluster, type PgCluster } from '../../../tools/pg-cluster'
import { openPool } from '../../../../src/newsroom/db/pool'
import { migrate } from '../../../../src/newsroom/db/migrate'
import { MIGRATIONS } from '../../../../src/newsroom/db/migrations'

let cluster: PgCluster

beforeAll(async () => {
  cluster = await startPgCluster()
}, 120_000)

afterAll(async () => {
  const dir = cluster.dir
  await cluster.stop()
  // No service left running, nothing left behind.
  expect(await isGone(dir)).toBe(true)
})

describe('newsroom migrations', () => {
  it('bring a fresh database to the newest schema once, and a second start applies nothing', async () => {
    const pool = openPool(await cluster.createDatabase('fresh'))
    try {
      expect(await migrate(pool)).toEqual(MIGRATIONS.map((m) => m.version))
      expect(await migrate(pool)).toEqual([])
      const { rows } = await pool.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name"
      )
      expect(rows.map((row) => row.table_name)).toEqual(
        expect.arrayContaining(['users', 'sessions', 'stories', 'story_revisions', 'workflow_events', 'changes', 'applied_ops', 'media'])
      )
    } finally {
      await pool.end()
    }
  })

  it('two servers starting at once migrate once (the advisory lock)', async () => {
    const url = await cluster.createDatabase('twostarts')
    const first = openPool(url)
    const second = openPool(url)
    try {
      const [a, b] = await Promise.all([migrate(first), migrate(second)])
      expect([...a, ...b].sort()).toEqual(MIGRATIONS.map((m) => m.version))
    } finally {
      await Promise.all([first.end(), second.end()])
    }
  })

  it('refuses a database migrated by a newer program instead of using it', async () => {
    const pool = openPool(await cluster.createDatabase('newer'))
    try {
      await migrate(pool)
      await pool.query("INSERT INTO schema_migrations (version, name) VALUES (9999, 'from the future')")
      await expect(migrate(pool)).rejects.toThrow(/newer than this program/)
    } finally {
      await pool.end()
    }
  })

  it('a failing migration leaves nothing half-applied', async () => {
    const pool = openPool(await cluster.createDatabase('halfway'))
    try {
      // A table the first migration creates already exists: its CREATE fails, so nothing of it may stay.
      await pool.query('CREATE TABLE media (x integer)')
      await expect(migrate(pool)).rejects.toThrow()
      const { rows } = await pool.query("SELECT to_regclass('public.users') AS users, to_regclass('public.schema_migrations') AS record")
      expect(rows[0].users).toBeNull()
      const recorded = await pool.query('SELECT count(*)::int AS n FROM schema_migrations')
      expect(recorded.rows[0].n).toBe(0)
    } finally {
      await pool.end()
    }
  })
})
