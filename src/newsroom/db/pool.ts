import pg from 'pg'

export type { Pool, PoolClient } from 'pg'

/**
 * The connection pool for one newsroom server. Connection errors on idle clients (PostgreSQL restarted) are logged and
 * the pool makes new connections on the next query, so a restart of the database is a pause, not a crash.
 */
export function openPool(connectionString: string, options: { max?: number; log?: (line: string) => void } = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: options.max ?? 10,
    connectionTimeoutMillis: 10_000,
    idleTimeoutMillis: 30_000,
    application_name: 'barta-newsroom'
  })
  pool.on('error', (error) => options.log?.(`database connection lost: ${error.message}`))
  return pool
}

/**
 * Runs `work` in one transaction on one connection; rolls back on any error. Work may wait between its statements (a
 * push runs the services' code while its transaction is open): a connection that dies in such a gap (PostgreSQL
 * restarted, the backend terminated) makes pg emit 'error' on a client nobody listens to, which would end the whole
 * server — so it is caught for the length of the transaction: the next statement fails, the work rolls back, and the
 * broken connection is dropped rather than handed to the next caller.
 */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect()
  let lost: Error | undefined
  const onError = (error: Error) => {
    lost = error
  }
  client.on('error', onError)
  try {
    await client.query('BEGIN')
    const result = await work(client)
    await client.query('COMMIT')
    return result
  } catch (error) {
    lost ??= error instanceof Error ? error : new Error(String(error))
    await client.query('ROLLBACK').catch(() => undefined)
    throw error
  } finally {
    client.off('error', onError)
    client.release(lost)
  }
}
