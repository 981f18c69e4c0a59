import type { ChildProcess } from 'node:child_process'
import { join } from 'node:path'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { createServices, type Services } from '../../../src/core'
import { bodyFromPlainText } from '../../../src/shared/article/body'
import type { Article } from '../../../src/shared/article/model'
import { createAuth } from '../../../src/newsroom/auth'
import { TEST_COST } from '../../../src/newsroom/auth/passwords'
import { migrate } from '../../../src/newsroom/db/migrate'
import { openPool, type Pool } from '../../../src/newsroom/db/pool'
import { startNewsroom } from '../../tools/newsroom-process'
import { startPgCluster, type PgCluster } from '../../tools/pg-cluster'
import { withTempDir } from '../helpers/tmp'

/**
 * The newsroom server process SIGKILLed while a laptop pushes a stream of saves, then started again on the same port:
 * the laptop's outbox drains by itself, the server ends with exactly the laptop's last text, and every operation it
 * recorded was applied once — none twice, none lost.
 */
let cluster: PgCluster
let db: string
let pool: Pool

beforeAll(async () => {
  cluster = await startPgCluster()
  db = await cluster.createDatabase('killed')
  pool = openPool(db)
  await migrate(pool)
  const auth = createAuth(pool, { cost: TEST_COST })
  const added = await auth.users.add({ name: 'rahima', role: 'reporter', password: 'চর-৭' })
  if (!added.ok) throw new Error(added.message.en)
}, 120_000)

afterAll(async () => {
  await pool?.end()
  await cluster?.stop()
})

const killed = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.once('exit', () => resolve())
    child.kill('SIGKILL')
  })

it('a server killed mid-push loses nothing and applies nothing twice', { timeout: 180_000 }, async () => {
  await withTempDir(async (dataDir) => {
    const rendererDir = join(dataDir, 'no-renderer')
    let server = await startNewsroom(db, 0, rendererDir)
    const port = Number(new URL(server.url).port)
    const services: Services = await createServices({
      dataDir,
      transport: 'http',
      version: 'test',
      program: 'host',
      newsroom: { timing: { backoffMinMs: 100, backoffMaxMs: 500, pullIntervalMs: 60_000 } }
    })
    try {
      const connected = await services.handlers['connection.connect']({ serverUrl: server.url, user: 'rahima', password: 'চর-৭' })
      expect(connected.ok).toBe(true)
      const created = await services.handlers['article.create']({ content: { headline: 'চরের স্কুল' } })
      if (!created.ok) throw new Error(created.message.en)
      let story: Article = created.value
      let last = ''
      for (let step = 1; step <= 40; step++) {
        last = `চৌহালীর চরে আজ ${step} টি পরিবারের শিশু স্কুলে এল।`
        const saved = await services.handlers['article.save']({
          id: story.id,
          baseRevision: story.revision,
          patch: { body: bodyFromPlainText(last) }
        })
        if (!saved.ok) throw new Error(saved.message.en)
        story = { ...story, revision: saved.value.revision }
        // The server dies while the pusher is busy with these saves, and comes back on the same port.
        if (step === 15) await killed(server.child)
        if (step === 30) server = await startNewsroom(db, port, rendererDir)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      await expect
        .poll(
          async () => {
            const status = await services.handlers['connection.sync']({})
            return status.ok ? status.value.pending : -1
          },
          { timeout: 60_000 }
        )
        .toBe(0)

      const stored = await pool.query<{ article: Article }>('SELECT article FROM stories WHERE id = $1', [story.id])
      expect(JSON.stringify(stored.rows[0]!.article.body)).toContain(last)
      // Each recorded operation made exactly one revision: no op applied twice, whatever the kill cut short.
      const ops = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM applied_ops WHERE story_id = $1', [story.id])
      const revisions = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM story_revisions WHERE story_id = $1', [story.id])
      expect(revisions.rows[0]!.n).toBe(ops.rows[0]!.n)
    } finally {
      await services.close()
      await killed(server.child)
    }
  })
})
