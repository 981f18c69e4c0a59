import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawn, type ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { FolderLock, FolderLockedError, inspectFolderLock, takeOver, type LockRecord } from '../../../src/core/folder-lock'
import { currentProcess } from '../../../src/core/process-identity'

/**
 * The data-folder lock with real processes: who may take it, when a lock is stale, and that of several processes
 * starting at the same instant exactly one wins — with or without a stale lock to take over.
 */
let root: string
let workerScript: string
const children: ChildProcess[] = []

/** The worker bundled once into plain JavaScript: a dozen processes start in milliseconds each, not a TS compile each. */
async function bundleWorker(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: resolve('tests/unit/lock/lock-worker.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'lock-worker.mjs', format: 'es' } }
    },
    ssr: { noExternal: true, target: 'node' }
  })
  return join(outDir, 'lock-worker.mjs')
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'barta-lock-'))
  workerScript = await bundleWorker(join(root, 'worker'))
})

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL')
  await rm(root, { recursive: true, force: true })
})

let folders = 0
async function folder(): Promise<string> {
  const dir = join(root, `data-${++folders}`)
  await mkdir(dir, { recursive: true })
  return dir
}

function startOf(pid: number): string {
  const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
  return text.slice(text.lastIndexOf(')') + 2).split(' ')[19]!
}

function stateOf(pid: number): string | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, 'utf8')
    return text.slice(text.lastIndexOf(')') + 2).split(' ')[0]
  } catch {
    return undefined
  }
}

/** A process that stays alive for the test. */
function liveProcess(): number {
  const child = spawn('sleep', ['120'], { stdio: 'ignore' })
  children.push(child)
  return child.pid!
}

/** The pid of a process that has ended and been reaped. */
async function deadPid(): Promise<number> {
  const child = spawn('true', { stdio: 'ignore' })
  await new Promise((done) => child.once('close', done))
  return child.pid!
}

/** A zombie: its parent (`sleep`, exec'd by sh) never collects its exit code. */
async function zombiePid(): Promise<number | undefined> {
  const child = spawn('sh', ['-c', 'sleep 0.05 & echo $!; exec sleep 120'], { stdio: ['ignore', 'pipe', 'ignore'] })
  children.push(child)
  const pid = await new Promise<number>((done) => child.stdout!.once('data', (chunk: Buffer) => done(Number(chunk.toString().trim()))))
  for (let i = 0; i < 50 && stateOf(pid) !== 'Z'; i++) await new Promise((done) => setTimeout(done, 20))
  return stateOf(pid) === 'Z' ? pid : undefined
}

function recordFor(pid: number, overrides: Partial<LockRecord> = {}): LockRecord {
  const self = currentProcess()
  return {
    format: 'barta.lock',
    version: 1,
    program: 'host',
    pid,
    hostname: self.hostname,
    ...(self.bootId ? { bootId: self.bootId } : {}),
    ...(self.pidNamespace ? { pidNamespace: self.pidNamespace } : {}),
    ...(stateOf(pid) ? { processStart: startOf(pid) } : {}),
    since: '2024-01-21T08:27:00.000Z',
    nonce: `n${pid}${Math.random()}`,
    ...overrides
  }
}

async function writeLock(dir: string, record: LockRecord | string): Promise<string> {
  const text = typeof record === 'string' ? record : JSON.stringify(record)
  await writeFile(join(dir, 'library.lock'), text)
  return text
}

function worker(dataDir: string, goFile: string, holdMs: number, ending: 'release' | 'exit' = 'release') {
  const child = spawn(process.execPath, [workerScript, dataDir, goFile, String(holdMs), ending], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  children.push(child)
  let out = ''
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
  const ready = new Promise<void>((done) => child.stdout!.on('data', () => out.includes('READY') && done()))
  const settled = new Promise<string>((done) =>
    child.stdout!.on('data', () => {
      const line = out.split('\n').find((entry) => /^(WON|REFUSED|ERROR)/.test(entry))
      if (line) done(line)
    })
  )
  const closed = new Promise<void>((done) => child.once('close', () => done()))
  return { child, ready, settled, closed, output: () => out }
}

describe('the data-folder lock', () => {
  it('names its holder, is shared within one process, and is gone after the last release', async () => {
    const dir = await folder()
    const lock = await FolderLock.acquire(dir, 'host')
    await symlink(dir, `${dir}-link`)
    const again = await FolderLock.acquire(`${dir}-link`, 'host')
    expect(again).toBe(lock)
    const onDisk = JSON.parse(await readFile(join(dir, 'library.lock'), 'utf8')) as LockRecord
    expect(onDisk).toMatchObject({ format: 'barta.lock', program: 'host', pid: process.pid, hostname: hostname() })
    expect(Date.parse(onDisk.since)).toBeGreaterThan(Date.now() - 60_000)
    await again.release()
    expect(await inspectFolderLock(dir)).toMatchObject({ kind: 'live' })
    await lock.release()
    expect(await inspectFolderLock(dir)).toEqual({ kind: 'free' })
  })

  it('refuses a second process, naming the folder and the process that holds it', { timeout: 60_000 }, async () => {
    const dir = await folder()
    const lock = await FolderLock.acquire(dir, 'host')
    const before = await readFile(join(dir, 'library.lock'), 'utf8')
    const go = join(dir, 'go')
    await writeFile(go, '')
    const line = await worker(dir, go, 0).settled
    expect(line).toMatch(/^REFUSED /)
    const message = JSON.parse(line.slice('REFUSED '.length)) as { bn: string; en: string }
    for (const text of [message.bn, message.en]) {
      expect(text).toContain(dir)
      expect(text).toContain(`pid ${process.pid}`)
      expect(text).toContain(hostname())
      expect(text).toContain(lock.record.since)
    }
    expect(message.bn).toContain('বার্তা ব্রাউজার হোস্ট')
    expect(message.en).toContain('the Barta browser host')
    expect(await readFile(join(dir, 'library.lock'), 'utf8')).toBe(before)
    await lock.release()
  })

  it('takes over a lock only when its owner is certainly gone', async () => {
    const live = liveProcess()
    const zombie = await zombiePid()
    const cases: Array<[string, LockRecord]> = [
      ['a pid that no longer runs', recordFor(await deadPid())],
      ['a pid now used by a newer process', recordFor(live, { processStart: '1' })],
      ['a lock from an earlier boot of this machine', recordFor(live, { bootId: 'an-earlier-boot' })]
    ]
    if (zombie) cases.push(['a zombie waiting to be reaped', recordFor(zombie)])
    else console.warn('zombie case skipped: no /proc state Z could be produced here')
    for (const [why, record] of cases) {
      const dir = await folder()
      await writeLock(dir, record)
      expect((await inspectFolderLock(dir)).kind, why).toBe('stale')
      const lock = await FolderLock.acquire(dir, 'host')
      expect(JSON.parse(await readFile(join(dir, 'library.lock'), 'utf8')).pid, why).toBe(process.pid)
      await lock.release()
    }
  })

  it('never takes a lock that may be live: a running process, another computer, another pid namespace', async () => {
    const live = liveProcess()
    const dead = await deadPid()
    const cases: Array<[string, LockRecord, boolean]> = [
      ['a running process on this machine', recordFor(live), false],
      ['another computer (even with a pid that is free here)', recordFor(dead, { hostname: 'desk-computer-7' }), true],
      ['a container on this boot with its own pids', recordFor(dead, { pidNamespace: 'pid:[1]' }), true]
    ]
    for (const [why, record, foreign] of cases) {
      const dir = await folder()
      const text = await writeLock(dir, record)
      const refusal = await FolderLock.acquire(dir, 'app').catch((error: unknown) => error)
      expect(refusal, why).toBeInstanceOf(FolderLockedError)
      const locked = refusal as FolderLockedError
      expect(locked.foreign, why).toBe(foreign)
      expect(locked.en, why).toContain(`pid ${record.pid}`)
      if (foreign) {
        expect(locked.en).toContain('another computer')
        expect(locked.bn).toContain('অন্য একটি কম্পিউটার')
        expect(locked.en).toContain(join(dir, 'library.lock'))
      }
      expect(await readFile(join(dir, 'library.lock'), 'utf8'), why).toBe(text)
    }
  })

  it('a takeover judged on a stale lock never removes the newer lock a racing starter put there', async () => {
    const dir = await folder()
    const stale = await writeLock(dir, recordFor(await deadPid()))
    const judged = await inspectFolderLock(dir)
    expect(judged).toMatchObject({ kind: 'stale', raw: stale })
    // Meanwhile another starter took the stale lock over and now holds the folder.
    const winner = await FolderLock.acquire(dir, 'host')
    await takeOver(join(dir, 'library.lock'), stale)
    expect(await readFile(join(dir, 'library.lock'), 'utf8')).toBe(winner.raw)
    expect(await winner.stillHeld()).toBe(true)
    await winner.release()
  })

  it('passes over a takeover abandoned by a dead process, waits for a live one, and clears the guards after', async () => {
    const self = currentProcess()
    const guardFor = async (dir: string, stale: string, generation: number, pid: number) => {
      const key = createHash('sha256').update(stale).digest('hex').slice(0, 16)
      const guard = join(dir, `library.lock.takeover.${key}.${generation}`)
      await writeFile(guard, JSON.stringify({ ...self, pid, processStart: stateOf(pid) ? startOf(pid) : undefined }))
      return guard
    }
    const abandoned = await folder()
    const stale = await writeLock(abandoned, recordFor(await deadPid()))
    const guard = await guardFor(abandoned, stale, 1, await deadPid())
    const lock = await FolderLock.acquire(abandoned, 'host')
    expect(existsSync(guard)).toBe(false)
    expect((await readdir(abandoned)).filter((name) => name.startsWith('library.lock.'))).toEqual([])
    await lock.release()

    const busy = await folder()
    const staleToo = await writeLock(busy, recordFor(await deadPid()))
    await guardFor(busy, staleToo, 1, liveProcess())
    const refused = await FolderLock.acquire(busy, 'host').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(FolderLockedError)
    expect(await readFile(join(busy, 'library.lock'), 'utf8')).toBe(staleToo)
  })

  it('treats an unreadable lock as stale only once it is old', async () => {
    const old = await folder()
    await writeLock(old, '{"format": "barta.lo')
    const past = new Date(Date.now() - 60_000)
    await utimes(join(old, 'library.lock'), past, past)
    const lock = await FolderLock.acquire(old, 'host')
    await lock.release()

    const fresh = await folder()
    await writeLock(fresh, '')
    const refusal = await FolderLock.acquire(fresh, 'host').catch((error: unknown) => error)
    expect(refusal).toBeInstanceOf(FolderLockedError)
    expect((refusal as FolderLockedError).holder).toBeNull()
    expect((await stat(join(fresh, 'library.lock'))).size).toBe(0)
  })

  for (const start of ['free', 'stale'] as const) {
    it(`lets exactly one of six processes starting at once win a ${start} folder, three times over`, { timeout: 180_000 }, async () => {
      for (let round = 0; round < 3; round++) {
        const dir = await folder()
        if (start === 'stale') await writeLock(dir, recordFor(await deadPid()))
        const go = join(dir, 'go')
        const workers = Array.from({ length: 6 }, () => worker(dir, go, 3000))
        await Promise.all(workers.map((entry) => entry.ready))
        await writeFile(go, '')
        const lines = await Promise.all(workers.map((entry) => entry.settled))
        const winners = lines.filter((line) => line.startsWith('WON'))
        expect(winners, lines.join('\n')).toHaveLength(1)
        const winnerPid = winners[0]!.split(' ')[1]
        for (const line of lines.filter((entry) => !entry.startsWith('WON'))) {
          expect(line).toMatch(/^REFUSED /)
          expect(line).toContain(`pid ${winnerPid}`)
        }
        const record = JSON.parse(await readFile(join(dir, 'library.lock'), 'utf8')) as LockRecord
        expect(String(record.pid)).toBe(winnerPid)
        await Promise.all(workers.map((entry) => entry.closed))
        expect(await inspectFolderLock(dir)).toEqual({ kind: 'free' })
      }
    })
  }

  it('is given up by a process that exits without closing', { timeout: 60_000 }, async () => {
    const dir = await folder()
    const go = join(dir, 'go')
    await writeFile(go, '')
    const holder = worker(dir, go, 0, 'exit')
    expect(await holder.settled).toMatch(/^WON/)
    await holder.closed
    expect(await inspectFolderLock(dir)).toEqual({ kind: 'free' })
  })

  it('is recovered after its holder is killed', { timeout: 60_000 }, async () => {
    const dir = await folder()
    const go = join(dir, 'go')
    await writeFile(go, '')
    const holder = worker(dir, go, 60_000)
    expect(await holder.settled).toMatch(/^WON/)
    const refused = await FolderLock.acquire(dir, 'host').catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(FolderLockedError)
    holder.child.kill('SIGKILL')
    await holder.closed
    const lock = await FolderLock.acquire(dir, 'host')
    expect(lock.record.pid).toBe(process.pid)
    await lock.release()
  })
})
