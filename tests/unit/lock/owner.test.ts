import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import type { BartaApi } from '../../../src/shared/api'
import { runCli, runHostToEnd, startHost, stop, tinyRenderer, unwrap, type HostProcess } from './processes'

/**
 * One writer per data folder, with real processes: two hosts, a host and the barta CLI, and a host killed with SIGKILL
 * followed by a new one. Nothing a host acknowledged may be lost, and the list must agree with articles/.
 */
let root: string
let renderer: string
const hosts: HostProcess[] = []

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'barta-owner-'))
  renderer = await tinyRenderer(root)
})

afterAll(async () => {
  for (const host of hosts) host.child.kill('SIGKILL')
  await rm(root, { recursive: true, force: true })
})

async function host(dataDir: string): Promise<HostProcess> {
  const started = await startHost(dataDir, renderer)
  hosts.push(started)
  return started
}

interface Acked {
  revision: number
  headline: string
  trashed: boolean
}

/** Stories created, saved and trashed through the host; only what it answered ok to is remembered. */
async function writeThrough(api: BartaApi, count: number, acked: Map<string, Acked>, tag: string): Promise<void> {
  for (let i = 0; i < count; i++) {
    const created = unwrap(await api.call('article.create', { content: { headline: `${tag} খবর ${i}` } }))
    acked.set(created.id, { revision: created.revision, headline: created.headline, trashed: false })
    for (let edit = 1; edit <= 2; edit++) {
      const headline = `${tag} খবর ${i}, সংশোধন ${edit}`
      const saved = unwrap(
        await api.call('article.save', { id: created.id, baseRevision: acked.get(created.id)!.revision, patch: { headline } })
      )
      acked.set(created.id, { revision: saved.revision, headline, trashed: false })
    }
    if (i % 3 === 1) {
      unwrap(await api.call('article.trash', { id: created.id }))
      acked.get(created.id)!.trashed = true
    }
  }
}

/** Every acknowledged save and trash is there, and the list (with the trash) names exactly the files in articles/. */
async function expectEverythingAcked(api: BartaApi, dataDir: string, acked: Map<string, Acked>): Promise<void> {
  const all = unwrap(await api.call('library.list', { trash: 'include' })).items
  const byId = new Map(all.map((summary) => [summary.id, summary]))
  for (const [id, expected] of acked) {
    const summary = byId.get(id)
    expect(summary, `${id} lost`).toBeDefined()
    expect(summary!.revision).toBe(expected.revision)
    expect(summary!.headline).toBe(expected.headline)
    expect(summary!.trashedAt !== null, `${id} trash state`).toBe(expected.trashed)
  }
  const files = (await readdir(join(dataDir, 'articles'))).filter((name) => name.endsWith('.json')).map((name) => name.slice(0, -5))
  expect([...byId.keys()].sort()).toEqual(files.sort())
}

/** Every file under the folder: size, modification time and a hash of its bytes. */
async function folderState(dir: string): Promise<Record<string, string>> {
  const state: Record<string, string> = {}
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name)
      if (entry.isDirectory()) await walk(path)
      else {
        const info = await stat(path)
        const hash = createHash('sha256')
          .update(await readFile(path))
          .digest('hex')
        state[relative(dir, path)] = `${info.size} ${info.mtimeMs} ${hash}`
      }
    }
  }
  await walk(dir)
  return state
}

describe('one writer per data folder', () => {
  it('refuses a second host on the same folder with exit code 1, naming the holder', { timeout: 120_000 }, async () => {
    const dataDir = join(root, 'two-hosts')
    const first = await host(dataDir)
    const acked = new Map<string, Acked>()
    await writeThrough(first.api, 2, acked, 'প্রথম')
    const second = await runHostToEnd(dataDir, renderer)
    expect(second.code).toBe(1)
    expect(second.stdout).not.toContain('Barta: http')
    const [bn, en] = second.stderr.trim().split('\n')
    expect(bn).toContain(`ডেটা ফোল্ডার ${dataDir}`)
    expect(bn).toContain(`বার্তা ব্রাউজার হোস্ট (pid ${first.pid}, কম্পিউটার ${hostname()}`)
    expect(en).toContain(`The data folder ${dataDir} is in use by the Barta browser host (pid ${first.pid}, host ${hostname()}, since `)
    expect(second.stderr).not.toMatch(/^\s+at /m)
    // The first host goes on, and nothing it acknowledged was touched.
    await writeThrough(first.api, 1, acked, 'আবার')
    await expectEverythingAcked(first.api, dataDir, acked)
    expect((await stop(first, 'SIGTERM')).code).toBe(0)
    expect(existsSync(join(dataDir, 'library.lock'))).toBe(false)
    expect(existsSync(join(dataDir, 'library.endpoint.json'))).toBe(false)
  })

  it('sends barta list, import and export through the host that owns the folder', { timeout: 180_000 }, async () => {
    const dataDir = join(root, 'host-and-cli')
    const owner = await host(dataDir)
    const acked = new Map<string, Acked>()
    await writeThrough(owner.api, 4, acked, 'হোস্ট')
    const endpoint = join(dataDir, 'library.endpoint.json')
    expect((await stat(endpoint)).mode & 0o777).toBe(0o600)
    const data = ['--data', dataDir]

    const listed = await runCli(['list', ...data])
    expect(listed.code).toBe(0)
    const visible = [...acked].filter(([, story]) => !story.trashed)
    expect(listed.stdout.trim().split('\n').sort()).toEqual(visible.map(([id, story]) => `${id}\tdraft\t${story.headline}`).sort())

    const imported = await runCli(['import', 'tests/fixtures/articles/tista.barta.json', ...data])
    expect(imported.code, imported.stderr).toBe(0)
    const importedId = imported.stdout.trim()
    // The owner knows the story at once: the import went through its contract, not around it.
    const seen = unwrap(await owner.api.call('library.list', {})).items.map((item) => item.id)
    expect(seen).toContain(importedId)
    acked.set(importedId, { ...unwrapSummary(await owner.api.call('article.get', { id: importedId })), trashed: false })

    const [someId, someStory] = visible[0]!
    const out = join(root, 'exported.barta.json')
    const exported = await runCli(['export', someId, '--format', 'json', '--out', out, ...data])
    expect(exported.code, exported.stderr).toBe(0)
    expect(JSON.parse(await readFile(out, 'utf8')).article.headline).toBe(someStory.headline)

    // The CLI never wrote the index behind the owner's back: the journal the owner appends to is still uncompacted.
    expect(existsSync(join(dataDir, 'library.journal'))).toBe(true)
    expect(existsSync(join(dataDir, 'library.json'))).toBe(false)
    await expectEverythingAcked(owner.api, dataDir, acked)

    expect((await stop(owner, 'SIGTERM')).code).toBe(0)
    const next = await host(dataDir)
    await expectEverythingAcked(next.api, dataDir, acked)
    expect((await stop(next, 'SIGTERM')).code).toBe(0)
  })

  it(
    'recovers the lock of a host killed with SIGKILL; barta list and export meanwhile change nothing on disk',
    { timeout: 180_000 },
    async () => {
      const dataDir = join(root, 'killed-owner')
      const first = await host(dataDir)
      const acked = new Map<string, Acked>()
      await writeThrough(first.api, 6, acked, 'প্রথম')
      first.child.kill('SIGKILL')
      await first.exited
      expect(existsSync(join(dataDir, 'library.lock'))).toBe(true)
      expect(existsSync(join(dataDir, 'library.journal'))).toBe(true)

      // Nobody owns the folder now: reading commands open it read-only and leave every byte (and time) as it was.
      const before = await folderState(dataDir)
      const listed = await runCli(['list', '--json', '--data', dataDir])
      expect(listed.code, listed.stderr).toBe(0)
      const items = JSON.parse(listed.stdout) as Array<{ id: string; revision: number }>
      expect(items.map((item) => item.id).sort()).toEqual(
        [...acked]
          .filter(([, story]) => !story.trashed)
          .map(([id]) => id)
          .sort()
      )
      const [someId] = [...acked].find(([, story]) => !story.trashed)!
      const exported = await runCli(['export', someId, '--format', 'html', '--out', join(root, 'killed.html'), '--data', dataDir])
      expect(exported.code, exported.stderr).toBe(0)
      expect(await folderState(dataDir)).toEqual(before)

      const second = await host(dataDir)
      const lock = JSON.parse(await readFile(join(dataDir, 'library.lock'), 'utf8')) as { pid: number; nonce: string }
      expect(lock.pid).toBe(second.pid)
      expect(JSON.parse(await readFile(join(dataDir, 'library.endpoint.json'), 'utf8')).lockNonce).toBe(lock.nonce)
      await expectEverythingAcked(second.api, dataDir, acked)
      await writeThrough(second.api, 2, acked, 'দ্বিতীয়')
      await expectEverythingAcked(second.api, dataDir, acked)
      expect((await stop(second, 'SIGTERM')).code).toBe(0)
    }
  )

  it('barta import without an owner takes the lock for itself and gives it back', { timeout: 120_000 }, async () => {
    const dataDir = join(root, 'cli-alone')
    const imported = await runCli(['import', 'tests/fixtures/articles/tista.barta.json', '--data', dataDir])
    expect(imported.code, imported.stderr).toBe(0)
    expect(existsSync(join(dataDir, 'library.lock'))).toBe(false)
    expect((await readdir(join(dataDir, 'articles'))).filter((name) => name.endsWith('.json'))).toEqual([`${imported.stdout.trim()}.json`])
  })

  it('refuses barta import while an owner that left no address holds the folder, and still lists', { timeout: 120_000 }, async () => {
    const dataDir = join(root, 'owner-without-endpoint')
    const seeded = await runCli(['import', 'tests/fixtures/articles/tista.barta.json', '--data', dataDir])
    expect(seeded.code).toBe(0)
    // A live process holding the lock as the desktop app, with no endpoint (an app still starting, say).
    const app = spawn('sleep', ['60'], { stdio: 'ignore' })
    try {
      const { currentProcess } = await import('../../../src/core/process-identity')
      const self = currentProcess()
      const text = await readFile(`/proc/${app.pid}/stat`, 'utf8')
      const processStart = text.slice(text.lastIndexOf(')') + 2).split(' ')[19]
      const record = {
        ...self,
        format: 'barta.lock',
        version: 1,
        program: 'app',
        pid: app.pid,
        processStart,
        since: '2024-01-21T08:27:00.000Z',
        nonce: 'n1'
      }
      await writeFile(join(dataDir, 'library.lock'), JSON.stringify(record))
      const refused = await runCli(['import', 'tests/fixtures/articles/tista.barta.json', '--data', dataDir])
      expect(refused.code).toBe(1)
      expect(refused.stderr).toContain(`বার্তা ডেস্কটপ অ্যাপ (pid ${app.pid}`)
      expect(refused.stderr).toContain(`the Barta desktop app (pid ${app.pid}`)
      const listed = await runCli(['list', '--data', dataDir])
      expect(listed.code).toBe(0)
      expect(listed.stdout).toContain(seeded.stdout.trim())
    } finally {
      app.kill('SIGKILL')
    }
  })
})

function unwrapSummary(result: Awaited<ReturnType<BartaApi['call']>>): { revision: number; headline: string } {
  const article = unwrap(result as never) as { revision: number; headline: string }
  return { revision: article.revision, headline: article.headline }
}
