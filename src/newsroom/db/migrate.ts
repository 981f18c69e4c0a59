import type { Pool } from 'pg'
import { MIGRATIONS } from './migrations'

/** An arbitrary constant: the advisory lock that keeps two servers starting at once from migrating twice. */
const MIGRATION_LOCK = 47_112_026

/**
 * Brings the database to the newest schema: each migration not yet recorded in schema_migrations runs in one
 * transaction with its record, so a crash leaves it either applied and recorded or not at all. Returns the versions
 * applied now. A database newer than this program is refused rather than used.
 */
export async function migrate(pool: Pool): Promise<number[]> {
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
    await client.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())'
    )
    const { rows } = await client.query<{ version: number }>('SELECT version FROM schema_migrations ORDER BY version')
    await client.query('COMMIT')
    const done = new Set(rows.map((row) => row.version))
    const newest = MIGRATIONS.at(-1)?.version ?? 0
    const unknown = rows.find((row) => row.version > newest)
    if (unknown) {
      throw new Error(`the database has schema version ${unknown.version}, newer than this program knows (${newest})`)
    }
    const applied: number[] = []
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue
      await client.query('BEGIN')
      try {
        await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK])
        const again = await client.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version])
        if (again.rowCount === 0) {
          await client.query(migration.sql)
          await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name])
          applied.push(migration.version)
        }
        await client.query('COMMIT')
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined)
        throw error
      }
    }
    return applied
  } finally {
    client.release()
  }
}
