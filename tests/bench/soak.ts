/**
 * `npm run soak`: edits through the browser host's HTTP contract while the host is killed at random moments.
 *
 * The host runs as a child process exactly as `npm run serve` starts it (`node --import tsx src/server/cli.ts --port 0
 * --data DIR`). 200 stories are created, then workers save edits (article.save with the revision they last saw) and
 * record every save the host acknowledged, while a killer sends SIGKILL at random intervals and starts the host again
 * on the same folder. At the end the host is killed once more and restarted, and every acknowledged edit must be there:
 * the stored revision at least the acknowledged one, and the same text when the revision is the same. A conflict
 * answer that reports a revision below one already acknowledged is counted as a loss the moment it is seen.
 *
 * Environment: SOAK_MINUTES (default 5; the full soak is 30), SOAK_EDITS (minimum acknowledged edits, default 5000),
 * SOAK_STORIES (200), SOAK_WORKERS (8), SOAK_KILL_MIN_MS / SOAK_KILL_MAX_MS (2000 / 12000), SOAK_SEED, SOAK_KEEP=1 to
 * keep the data folder. Only loopback traffic; every loop is bounded by the clock. The last line is the summary:
 *   soak: edits acknowledged N, edits lost M, kills K, peak RSS X MiB, duration S s
 * (This file must not export a function named `bench`: `npm run bench` imports every tests/bench/*.ts that does.)
 */
import { spawn, execFileSync, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { toBengaliDigits } from '../../src/shared/bangla/digits'
import { seededRandom as seeded } from './_random'

const env = (name: string, fallback: number) => {
  const value = Number(process.env[name] ?? fallback)
  return Number.isFinite(value) && value >= 0 ? value : fallback
}
const MINUTES = env('SOAK_MINUTES', 5)
const MIN_EDITS = env('SOAK_EDITS', 5000)
const STORIES = Math.max(1, Math.floor(env('SOAK_STORIES', 200)))
const WORKERS = Math.max(1, Math.floor(env('SOAK_WORKERS', 8)))
const KILL_MIN_MS = env('SOAK_KILL_MIN_MS', 2000)
const KILL_MAX_MS = Math.max(KILL_MIN_MS, env('SOAK_KILL_MAX_MS', 12_000))
const SEED = Math.floor(env('SOAK_SEED', Date.now() % 1_000_000))
const DURATION_MS = MINUTES * 60_000
/** If the minimum number of edits is not reached in time, keep going — but never past this. */
const HARD_LIMIT_MS = DURATION_MS * 2 + 120_000
const REQUEST_TIMEOUT_MS = 15_000
const START_TIMEOUT_MS = 120_000

const random = seeded(SEED)
const between = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))

// Copy written for this soak.
const PLACES = ['সিরাজগঞ্জ', 'কুড়িগ্রাম', 'ভোলা', 'সুনামগঞ্জ', 'বাগেরহাট', 'নেত্রকোনা', 'পঞ্চগড়', 'রাঙামাটি']
const SENTENCES = [
  'ভোর থেকে থেমে থেমে বৃষ্টি হচ্ছে, নিচু এলাকার সড়কে পানি জমেছে।',
  'স্থানীয় প্রশাসন জানিয়েছে, আশ্রয়কেন্দ্রগুলো প্রস্তুত রাখা হয়েছে।',
  'বাজারে সবজির দাম গত সপ্তাহের তুলনায় কিছুটা বেড়েছে বলে জানান বিক্রেতারা।',
  'বিদ্যালয়ের মাঠে পানি ওঠায় আজকের পরীক্ষা পিছিয়ে দেওয়া হয়েছে।',
  'নদীর পাড়ে নতুন করে ভাঙন দেখা দেওয়ায় বাসিন্দারা আতঙ্কে আছেন।',
  'জেলা কৃষি কার্যালয় বলছে, আমন বীজতলার ক্ষতি এখনো নিরূপণ করা হচ্ছে।'
]

interface Ack {
  revision: number
  headline: string
  text: string
}
interface Story {
  id: string
  place: string
  /** The revision the next save names as its base. */
  base: number
  last: Ack
  owner: number
}

const paragraphsFor = (edit: number) => Array.from({ length: 3 }, (_, i) => SENTENCES[(edit + i * 2) % SENTENCES.length]!)
const bodyOf = (lines: string[]) => ({
  type: 'doc',
  content: lines.map((line) => ({ type: 'paragraph', content: [{ type: 'text', text: line }] }))
})
const textOf = (body: { content?: Array<{ content?: Array<{ text?: string }> }> }) =>
  (body.content ?? []).map((block) => (block.content ?? []).map((node) => node.text ?? '').join('')).join('\n')

// ------------------------------------------------------------------ the host process

interface Host {
  child: ChildProcess
  base: string
  token: string
}

let peakKiB = 0
function sampleRss(pid: number | undefined): void {
  if (pid === undefined) return
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    const kib = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0)
    peakKiB = Math.max(peakKiB, kib)
  } catch {
    try {
      const kib = Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim())
      if (Number.isFinite(kib)) peakKiB = Math.max(peakKiB, kib)
    } catch {
      // The process is already gone.
    }
  }
}

function startHost(dataDir: string): Promise<Host> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--port', '0', '--data', dataDir], {
    cwd: process.cwd(),
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`the host did not start within ${START_TIMEOUT_MS / 1000} s:\n${output.slice(-2000)}`))
    }, START_TIMEOUT_MS)
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /^Barta: (http:\/\/127\.0\.0\.1:(\d+))\/\?token=([\w-]+)$/m.exec(output)
      if (!match?.[1] || !match[3]) return
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      child.stderr?.off('data', onData)
      // Keep draining the pipes so the host never blocks on a full one.
      child.stdout?.resume()
      child.stderr?.resume()
      resolve({ child, base: match[1], token: match[3] })
    }
    child.stdout?.on('data', onData)
    child.stderr?.on('data', onData)
    child.once('exit', (code, signal) => {
      clearTimeout(timer)
      reject(new Error(`the host exited (${code ?? signal}) before it listened:\n${output.slice(-2000)}`))
    })
  })
}

function killHost(host: Host): Promise<void> {
  sampleRss(host.child.pid)
  return new Promise((resolve) => {
    if (host.child.exitCode !== null || host.child.signalCode !== null) return resolve()
    host.child.once('exit', () => resolve())
    host.child.kill('SIGKILL')
  })
}

// ------------------------------------------------------------------ the contract over HTTP

type Result<T> =
  { ok: true; value: T } | { ok: false; code: string; message: { bn: string; en: string }; details?: Record<string, unknown> }
const UNAVAILABLE: Result<never> = { ok: false, code: 'unavailable', message: { bn: 'হোস্ট নেই', en: 'host unavailable' } }

let host: Host
/** Resolves while the host is up; replaced by a pending gate while it is being killed and restarted. */
let ready: Promise<void> = Promise.resolve()

async function call<T>(method: string, args: unknown): Promise<Result<T>> {
  const target = host
  try {
    const response = await fetch(`${target.base}/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-barta-token': target.token },
      body: JSON.stringify(args),
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
    })
    if (response.status !== 200) return { ok: false, code: `http-${response.status}`, message: { bn: '', en: await response.text() } }
    return (await response.json()) as Result<T>
  } catch {
    return UNAVAILABLE
  }
}

// ------------------------------------------------------------------ the run

const started = performance.now()
const elapsed = () => performance.now() - started
let acknowledged = 0
let lost = 0
let kills = 0
let unexpected = 0
let finished = false
const lossNotes: string[] = []

function finishedEditing(): boolean {
  if (finished) return true
  const t = elapsed()
  finished = (t >= DURATION_MS && acknowledged >= MIN_EDITS) || t >= HARD_LIMIT_MS
  return finished
}

function noteUnexpected(what: string, result: Result<unknown>): void {
  unexpected++
  if (unexpected <= 10) process.stderr.write(`soak: unexpected answer to ${what}: ${JSON.stringify(result).slice(0, 300)}\n`)
}

async function createStories(): Promise<Story[]> {
  const stories: Story[] = []
  for (let i = 0; i < STORIES; i++) {
    const place = PLACES[i % PLACES.length]!
    const headline = `${place}: বৃষ্টিতে জনজীবনে ভোগান্তি (${toBengaliDigits(i + 1)})`
    const lines = paragraphsFor(i)
    const created = await call<{ id: string; revision: number }>('article.create', {
      content: { headline, dateline: place, body: bodyOf(lines) }
    })
    if (!created.ok) throw new Error(`article.create failed: ${JSON.stringify(created)}`)
    stories.push({
      id: created.value.id,
      place,
      base: created.value.revision,
      last: { revision: created.value.revision, headline, text: lines.join('\n') },
      owner: i % WORKERS
    })
  }
  return stories
}

let editNumber = 0
async function worker(index: number, stories: Story[]): Promise<void> {
  const mine = stories.filter((story) => story.owner === index)
  while (!finishedEditing()) {
    const story = mine[between(0, mine.length - 1)]
    if (!story) return
    const edit = ++editNumber
    const headline = `${story.place}: বৃষ্টিতে জনজীবনে ভোগান্তি — সম্পাদনা ${toBengaliDigits(edit)}`
    const lines = paragraphsFor(edit)
    const result = await call<{ revision: number }>('article.save', {
      id: story.id,
      baseRevision: story.base,
      patch: { headline, body: bodyOf(lines) }
    })
    if (result.ok) {
      story.base = result.value.revision
      story.last = { revision: result.value.revision, headline, text: lines.join('\n') }
      acknowledged++
    } else if (result.code === 'conflict') {
      // A save that landed but whose answer the kill swallowed: the stored revision moved on. Below an acknowledged
      // one, though, means an acknowledged edit is gone.
      const stored = Number(result.details?.storedRevision)
      if (stored < story.last.revision) {
        lost += story.last.revision - stored
        lossNotes.push(`${story.id}: stored ${stored} < acknowledged ${story.last.revision}`)
      }
      story.base = stored
    } else if (result.code === 'unavailable') {
      await ready
      await sleep(20)
    } else {
      noteUnexpected(`article.save ${story.id}`, result)
      await sleep(50)
    }
  }
}

/** Starts the host again on the same folder; a start that fails is tried twice more before the soak gives up. */
async function restartHost(dataDir: string): Promise<Host> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startHost(dataDir)
    } catch (error) {
      if (attempt >= 3) throw error
      process.stderr.write(
        `soak: restart ${attempt} failed, trying again: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}\n`
      )
    }
  }
}

async function killer(dataDir: string): Promise<void> {
  while (!finishedEditing()) {
    const at = elapsed() + between(KILL_MIN_MS, KILL_MAX_MS)
    while (elapsed() < at && !finishedEditing()) await sleep(100)
    if (finishedEditing()) return
    let open: () => void = () => {}
    ready = new Promise((resolve) => (open = resolve))
    await killHost(host)
    kills++
    host = await restartHost(dataDir)
    open()
  }
}

function progress(): void {
  const seconds = Math.round(elapsed() / 1000)
  process.stdout.write(
    `soak: ${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s  acknowledged ${acknowledged}  kills ${kills}  peak RSS ${(peakKiB / 1024).toFixed(0)} MiB\n`
  )
}

async function verify(stories: Story[]): Promise<{ missing: number; notices: number }> {
  let missing = 0
  for (const story of stories) {
    const got = await call<{ revision: number; headline: string; body: { content?: Array<{ content?: Array<{ text?: string }> }> } }>(
      'article.get',
      { id: story.id }
    )
    if (!got.ok) {
      missing++
      lossNotes.push(`${story.id}: ${got.code} after the final restart`)
      continue
    }
    const { revision, headline, body } = got.value
    if (revision < story.last.revision) {
      lost += story.last.revision - revision
      lossNotes.push(`${story.id}: stored ${revision} < acknowledged ${story.last.revision}`)
    } else if (revision === story.last.revision && (headline !== story.last.headline || textOf(body) !== story.last.text)) {
      lost += 1
      lossNotes.push(`${story.id}: revision ${revision} holds other text than was acknowledged`)
    }
  }
  const notices = await call<unknown[]>('library.notices', {})
  return { missing, notices: notices.ok ? notices.value.length : -1 }
}

async function main(): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'barta-soak-'))
  process.stdout.write(
    `soak: ${MINUTES} min (at least ${MIN_EDITS} edits), ${STORIES} stories, ${WORKERS} workers, SIGKILL every ${KILL_MIN_MS / 1000}–${KILL_MAX_MS / 1000} s, seed ${SEED}, data ${dataDir}\n`
  )
  host = await startHost(dataDir)
  const sampler = setInterval(() => sampleRss(host.child.pid), 250)
  const reporter = setInterval(progress, 30_000)
  let code: number
  try {
    const stories = await createStories()
    await Promise.all([killer(dataDir), ...Array.from({ length: WORKERS }, (_, i) => worker(i, stories))])
    // The last word: kill once more mid-stride, restart, and read everything back.
    await killHost(host)
    kills++
    host = await restartHost(dataDir)
    const { missing, notices } = await verify(stories)
    for (const note of lossNotes.slice(0, 20)) process.stderr.write(`soak: LOST ${note}\n`)
    if (notices !== 0) process.stderr.write(`soak: ${notices} recovery notices (damaged files set aside) after the final restart\n`)
    if (unexpected > 0) process.stderr.write(`soak: ${unexpected} unexpected answers\n`)
    if (acknowledged < MIN_EDITS) process.stderr.write(`soak: only ${acknowledged} of ${MIN_EDITS} edits in the time allowed\n`)
    code = lost === 0 && missing === 0 && notices === 0 && unexpected === 0 && acknowledged >= MIN_EDITS ? 0 : 1
  } finally {
    clearInterval(sampler)
    clearInterval(reporter)
    sampleRss(host.child.pid)
    await new Promise<void>((resolve) => {
      if (host.child.exitCode !== null || host.child.signalCode !== null) return resolve()
      host.child.once('exit', () => resolve())
      host.child.kill('SIGTERM')
    })
    if (process.env.SOAK_KEEP === '1') process.stdout.write(`soak: data kept in ${dataDir}\n`)
    else await rm(dataDir, { recursive: true, force: true })
  }
  process.stdout.write(
    `soak: edits acknowledged ${acknowledged}, edits lost ${lost}, kills ${kills}, peak RSS ${(peakKiB / 1024).toFixed(0)} MiB, duration ${(elapsed() / 1000).toFixed(0)} s\n`
  )
  return code
}

// Only when run as `npm run soak`: `npm run bench` imports every file in this folder, and importing must not start it.
if (require.main === module) {
  process.once('SIGINT', () => {
    host?.child.kill('SIGKILL')
    process.exit(130)
  })
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      host?.child.kill('SIGKILL')
      process.stderr.write(`soak: ${error instanceof Error ? error.message : String(error)}\n`)
      process.exit(1)
    }
  )
}
