import type { Pool } from '../../../../src/newsroom/db/pool'
import type { PgCluster } from '../../../tools/pg-cluster'
import { usePostgres } from '../postgres'

/**
 * One throwaway PostgreSQL cluster per test file, and a fresh migrated database for each test that asks (so tests
 * never see each other's users, sessions or failures). Everything is stopped and removed after the file.
 */
export function useDatabases(): { fresh(): Promise<{ pool: Pool; url: string }>; cluster(): PgCluster } {
  const postgres = usePostgres()
  return { fresh: () => postgres.database(), cluster: postgres.cluster }
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
