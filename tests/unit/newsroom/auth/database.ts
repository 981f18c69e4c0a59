import { afterAll, beforeAll } from 'vitest'
import { migrate } from '../../../../src/newsroom/db/migrate'
import { openPool, type Pool } from '../../../../src/newsroom/db/pool'
import { startPgCluster, type PgCluster } from '../../../tools/pg-cluster'

/**
 * One throwaway PostgreSQL cluster per test file, and a fresh migrated database for each test that asks (so tests
 * never see each other's users, sessions or failures). Everything is stopped and removed after the file.
 */
export function useDatabases(): { fresh(): Promise<{ pool: Pool; url: string }>; cluster(): PgCluster } {
  let cluster: PgCluster | undefined
  const pools: Pool[] = []
  let count = 0
  beforeAll(async () => {
    cluster = await startPgCluster()
  }, 120_000)
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end().catch(() => undefined)))
    await cluster?.stop()
  }, 60_000)
  return {
    async fresh() {
      if (!cluster) throw new Error('the cluster did not start')
      const url = await cluster.createDatabase(`auth_${++count}`)
      const pool = openPool(url, { max: 6 })
      pools.push(pool)
      await migrate(pool)
      return { pool, url }
    },
    cluster() {
      if (!cluster) throw new Error('the cluster did not start')
      return cluster
    }
  }
}

/** A clock a test moves by hand. */
export function testClock(start = Date.parse('2026-03-01T09:00:00Z')): { now: () => number; advance(ms: number): void } {
  let current = start
  return {
    now: () => current,
    advance(ms) {
      current += ms
    }
  }
}

export const MINUTE = 60 * 1000
export const HOUR = 60 * MINUTE
export const DAY = 24 * HOUR
