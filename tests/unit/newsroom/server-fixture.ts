import { join } from 'node:path'
import type pg from 'pg'
import { startPgCluster, type PgCluster } from '../../tools/pg-cluster'
import { openPool } from '../../../src/newsroom/db/pool'
import { migrate } from '../../../src/newsroom/db/migrate'
import { EventHub } from '../../../src/newsroom/events'
import { startNewsroomServer, type RunningNewsroom } from '../../../src/newsroom/server'
import { createNewsroom, type Newsroom } from '../../../src/newsroom/services'
import { TEST_COST } from '../../../src/newsroom/auth/passwords'
import type { Result } from '../../../src/shared/result'

/**
 * A whole newsroom server in this process on a throwaway cluster: the real migrations, stores, logins, HTTP face and
 * live events — what `npm run newsroom` starts, with a cheap scrypt cost so that tests log in quickly.
 */
export interface NewsroomFixture {
  cluster: PgCluster
  db: string
  pool: pg.Pool
  newsroom: Newsroom
  events: EventHub
  server: RunningNewsroom
  url: string
  addUser(name: string, role: 'reporter' | 'desk' | 'chief', password?: string): Promise<string>
  /** Logs in as the desktop app does and returns a caller with `Authorization: Bearer`. */
  as(name: string, password?: string): Promise<Caller>
  stop(): Promise<void>
}

export interface Caller {
  token: string
  call<T = unknown>(method: string, args?: unknown): Promise<Result<T>>
}

export const PASSWORD = 'পাসওয়ার্ড-১২৩'

export async function rawCall(url: string, method: string, args: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(args)
  })
  return { status: response.status, headers: response.headers, body: (await response.json()) as Result<unknown> }
}

export async function startNewsroomFixture(name = 'newsroom', existing?: PgCluster): Promise<NewsroomFixture> {
  const cluster = existing ?? (await startPgCluster())
  const db = await cluster.createDatabase(name)
  const pool = openPool(db)
  await migrate(pool)
  const newsroom = await createNewsroom({
    pool,
    version: 'test',
    resourcesDir: join(process.cwd(), 'resources'),
    auth: { cost: TEST_COST }
  })
  const events = await EventHub.start(db, pool)
  const server = await startNewsroomServer({ core: newsroom, events, port: 0 })
  const url = server.url
  const fixture: NewsroomFixture = {
    cluster,
    db,
    pool,
    newsroom,
    events,
    server,
    url,
    async addUser(userName, role, password = PASSWORD) {
      const added = await newsroom.auth.users.add({ name: userName, role, password })
      if (!added.ok) throw new Error(added.message.en)
      return added.value.id
    },
    async as(userName, password = PASSWORD) {
      const login = await rawCall(url, 'auth.login', { user: userName, password, client: 'app' })
      if (!login.body.ok) throw new Error(`login failed: ${JSON.stringify(login.body)}`)
      const token = (login.body.value as { token: string }).token
      return {
        token,
        call: async <T>(method: string, args: unknown = {}) =>
          (await rawCall(url, method, args, { authorization: `Bearer ${token}` })).body as Result<T>
      }
    },
    async stop() {
      await server.close()
      await events.stop()
      await newsroom.close()
      await pool.end()
      if (!existing) await cluster.stop()
    }
  }
  return fixture
}
