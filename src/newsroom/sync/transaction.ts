import type { Pool, PoolClient } from 'pg'

/**
 * One transaction on one connection, like db/pool.ts inTransaction, for work that waits between its statements (a
 * push runs the services' code while its transaction is open). A connection that dies in such a gap (PostgreSQL
 * restarted, the backend terminated) makes pg emit 'error' on a client nobody is listening to, which would end the
 * whole server; here it is caught for the length of the transaction — the next statement fails, the work rolls back
 * and the broken connection is dropped, not handed to the next caller.
 */
export async function withTransaction<T>(pool: Pool, work: (client: PoolClient) => Promise<T>): Promise<T> {
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
