import { AsyncLocalStorage } from 'node:async_hooks'
import type { Pool, PoolClient } from 'pg'
import { inTransaction } from '../db/pool'

/**
 * The transaction a story write is running in, visible to what it calls: a published version recorded from
 * updateMeta's `beforeCommit` (PgPublishedVersions) lands in the same transaction as the publish itself, so the two
 * commit or vanish together.
 */
const ambient = new AsyncLocalStorage<PoolClient>()

/** The open transaction of the write this call is part of, if any. */
export function ambientClient(): PoolClient | undefined {
  return ambient.getStore()
}

/** Where a read or a single statement goes: the caller's transaction when there is one, else the pool. */
export function queryTarget(pool: Pool, own: PoolClient | null): Pool | PoolClient {
  return own ?? ambientClient() ?? pool
}

/**
 * Runs `work` in one transaction: the caller's (`own`, or the ambient one) without BEGIN/COMMIT of its own, else a new
 * one on the pool that commits when `work` resolves and rolls back when it throws.
 */
export function transaction<T>(pool: Pool, own: PoolClient | null, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const open = own ?? ambientClient()
  if (open) return ambient.run(open, () => work(open))
  return inTransaction(pool, (client) => ambient.run(client, () => work(client)))
}
