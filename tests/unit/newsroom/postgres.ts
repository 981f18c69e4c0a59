import { afterAll, beforeAll } from 'vitest'
import type { Pool } from 'pg'
import { openPool } from '../../../src/newsroom/db/pool'
import { migrate } from '../../../src/newsroom/db/migrate'
import { startPgCluster, type PgCluster } from '../../tools/pg-cluster'

/**
 * One throwaway PostgreSQL cluster per test file and a fresh, migrated database per `database()` call; every pool
 * opened here is closed and the cluster removed after the file's tests.
 */
export interface TestDatabase {
  pool: Pool
  url: string
  /** Another pool on the same database: another newsroom server. */
  another(): Pool
}

export function usePostgres(): { cluster: () => PgCluster; database: () => Promise<TestDatabase> } {
  let cluster: PgCluster | undefined
  const pools: Pool[] = []
  let counter = 0
  beforeAll(async () => {
    cluster = await startPgCluster()
  }, 120_000)
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end().catch(() => undefined)))
    await cluster?.stop()
  }, 60_000)
  return {
    cluster: () => cluster!,
    async database() {
      counter += 1
      const url = await cluster!.createDatabase(`db_${process.pid}_${counter}`)
      const open = () => {
        const pool = openPool(url, { max: 5 })
        pools.push(pool)
        return pool
      }
      const pool = open()
      await migrate(pool)
      return { pool, url, another: open }
    }
  }
}
