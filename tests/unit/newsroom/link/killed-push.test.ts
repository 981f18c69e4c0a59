import { spawn } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createServices } from '../../../../src/core'
import type { SyncState } from '../../../../src/core/newsroom-link/link-files'
import { withTempDir } from '../../helpers/tmp'
import { startHttpDouble } from './http-double'
import { Laptop } from './helpers'
import { ServerDouble } from './server-double'

// tsx as a loader in this very process (its CLI would run the script in a grandchild that a kill would miss).
const TSX_LOADER = resolve('node_modules/tsx/dist/loader.mjs')
const TSX_PREFLIGHT = resolve('node_modules/tsx/dist/preflight.cjs')
const WORKER = resolve('tests/unit/newsroom/link/push-worker.ts')

/** Runs the worker until its push is held by the server, then SIGKILLs it; gives the story id it saved. */
function killMidPush(dataDir: string, url: string, held: Promise<void>): Promise<string> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--require', TSX_PREFLIGHT, '--import', `file://${TSX_LOADER}`, WORKER, dataDir, url], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let out = ''
    let errors = ''
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString('utf8')))
    void held.then(() => child.kill('SIGKILL'))
    child.on('exit', (code, signal) => {
      const id = /SAVED (\S+)/.exec(out)?.[1]
      if (signal !== 'SIGKILL' || !id) fail(new Error(`worker ended by itself (${code}): ${errors}`))
      else done(id)
    })
  })
}

describe('the laptop process killed in the middle of a push', () => {
  for (const mode of ['apply', 'drop'] as const) {
    it(`${mode === 'apply' ? 'after the server applied it' : 'before the server applied it'}: the op is still in the outbox on disk; after a restart it is applied once`, async () => {
      await withTempDir(async (dir) => {
        const server = new ServerDouble()
        server.addUser('rina', 'পাসওয়ার্ড-১', 'reporter')
        const http = await startHttpDouble(server)
        try {
          const id = await killMidPush(dir, http.url, http.holdNextPush(mode))
          const onDisk = JSON.parse(await readFile(join(dir, 'newsroom-sync.json'), 'utf8')) as SyncState
          expect(onDisk.outbox).toHaveLength(1)
          expect(onDisk.outbox[0]).toMatchObject({ sent: true, op: { kind: 'save', storyId: id, baseRevision: null } })
          const opId = onDisk.outbox[0]!.op.opId
          expect(server.stories.has(id)).toBe(mode === 'apply')

          // The app starts again (the killed one's folder lock is stale) and pushes over HTTP by itself.
          const app = new Laptop(await createServices({ dataDir: dir, transport: 'http', version: 'test' }))
          await app.drained(15_000)
          expect(server.stories.get(id)).toMatchObject({ headline: 'চট্টগ্রাম বন্দরে জাহাজজট', revision: 1 })
          expect(server.appliedCount.get(opId)).toBe(1)
          expect(server.received.filter((op) => op.opId === opId).length).toBe(mode === 'apply' ? 2 : 1)
          await app.close()
        } finally {
          await http.close()
        }
      })
    }, 60_000)
  }
})

describe('the link over HTTP', () => {
  it('a wrong password is the server’s message; a 401 later asks to log in again; a server gone is unreachable', async () => {
    await withTempDir(async (dir) => {
      const server = new ServerDouble()
      server.addUser('rina', 'পাসওয়ার্ড-১', 'reporter')
      const http = await startHttpDouble(server)
      const app = new Laptop(await createServices({ dataDir: dir, transport: 'http', version: 'test' }))
      try {
        const wrong = await app.call('connection.connect', { serverUrl: http.url, user: 'rina', password: 'ভুল' })
        expect(wrong).toMatchObject({ ok: false, code: 'unauthorized', message: { en: 'Wrong name or password.' } })
        await app.value('connection.connect', { serverUrl: http.url, user: 'rina', password: 'পাসওয়ার্ড-১' })
        server.revokeAll()
        const refused = await app.value('connection.sync', {})
        expect(refused.lastError?.bn).toContain('আবার প্রবেশ করুন')
        expect(refused.online).toBe(false)
        await app.value('connection.connect', { serverUrl: http.url, user: 'rina', password: 'পাসওয়ার্ড-১' })
        await http.close()
        await app.create('হাওরে ধান কাটা', 'শ্রমিক সংকট।')
        const offline = await app.value('connection.sync', {})
        expect(offline).toMatchObject({ online: false, pending: 1 })
        expect(offline.lastError?.en).toContain('cannot be reached')
      } finally {
        await app.close()
        await http.close().catch(() => undefined)
      }
    })
  })
})
