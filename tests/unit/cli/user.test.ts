import { spawn } from 'node:child_process'
import { createServer } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { verifyPassword } from '../../../src/newsroom/auth/passwords'
import { Sessions } from '../../../src/newsroom/auth/sessions'
import { openPool, type Pool } from '../../../src/newsroom/db/pool'
import { startPgCluster, type PgCluster } from '../../tools/pg-cluster'
import { cli } from './run-cli'

/** `barta user …` as a person runs it: a real process from source, the password piped to stdin. */
function barta(args: string[], options: { input?: string; env?: Record<string, string> } = {}) {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env }
  if (!options.env?.BARTA_DB) delete env.BARTA_DB
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { stdio: ['pipe', 'pipe', 'pipe'], env })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  child.stdin.on('error', () => undefined)
  child.stdin.end(options.input ?? '')
  // A pool left open would keep the process alive: it must end on its own.
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
    child.once('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  )
}

async function closedPort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

/** One line on stderr, `barta: বাংলা / English`. */
function expectOneErrorLine(stderr: string, english: RegExp) {
  const [line, ...rest] = stderr.split('\n')
  expect(line).toMatch(/^barta: .+ \/ .+$/)
  expect(line!.slice(0, line!.indexOf(' / '))).toMatch(/\p{Script=Bengali}/u)
  expect(line).toMatch(english)
  return rest
}

let cluster: PgCluster
const pools: Pool[] = []
let databases = 0

beforeAll(async () => {
  cluster = await startPgCluster()
}, 120_000)
afterAll(async () => {
  await Promise.all(pools.map((pool) => pool.end()))
  await cluster?.stop()
}, 60_000)

/** A fresh database the CLI has never seen (not migrated): `barta user` must bring it up to date itself. */
async function freshDatabase(): Promise<{ url: string; pool: Pool }> {
  const url = await cluster.createDatabase(`cli_${++databases}`)
  const pool = openPool(url, { max: 2 })
  pools.push(pool)
  return { url, pool }
}

async function storedHash(pool: Pool, name: string): Promise<string> {
  const { rows } = await pool.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE name = $1', [name])
  return rows[0]!.password_hash
}

describe('barta user', { timeout: 180_000 }, () => {
  it('adds users to a fresh database, lists them, refuses a taken name, disables and changes passwords', async () => {
    const { url, pool } = await freshDatabase()
    const added = await barta(['user', 'add', 'রহিম', '--role', 'reporter', '--desk', 'নগর', '--db', url], {
      input: 'গোপন পাসওয়ার্ড\nthe second line is not read\n'
    })
    expect(added, added.stderr).toMatchObject({ code: 0, stderr: '' })
    expect(added.stdout).toBe('যোগ করা হলো: রহিম (প্রতিবেদক, নগর) / Added: রহিম (reporter, নগর)\n')
    // The first line, without its line ending, is the password.
    expect(await verifyPassword('গোপন পাসওয়ার্ড', await storedHash(pool, 'রহিম'))).toBe(true)

    // --db can come from BARTA_DB; a password line ending in \r\n loses both.
    const chief = await barta(['user', 'add', 'chief.editor', '--role', 'chief'], { input: 'প্রধান\r\n', env: { BARTA_DB: url } })
    expect(chief.code, chief.stderr).toBe(0)
    expect(await verifyPassword('প্রধান', await storedHash(pool, 'chief.editor'))).toBe(true)

    const listed = await barta(['user', 'list', '--db', url])
    expect(listed.code).toBe(0)
    expect(listed.stdout).toBe('chief.editor\tchief\t-\tactive\nরহিম\treporter\tনগর\tactive\n')

    const taken = await barta(['user', 'add', 'রহিম', '--role', 'desk', '--db', url], { input: 'অন্য\n' })
    expect(taken.code).toBe(1)
    expect(expectOneErrorLine(taken.stderr, /already exists/)).toEqual([''])
    expect(taken.stderr).toContain('আগেই আছেন')
    expect(await verifyPassword('গোপন পাসওয়ার্ড', await storedHash(pool, 'রহিম'))).toBe(true)

    // passwd: the new password works, the old does not, and the sessions made with the old one are over.
    const { rows } = await pool.query<{ id: string }>('SELECT id FROM users WHERE name = $1', ['রহিম'])
    const sessions = new Sessions(pool)
    const before = await sessions.create(rows[0]!.id, 'app')
    const changed = await barta(['user', 'passwd', 'রহিম', '--db', url], { input: 'নতুন পাসওয়ার্ড\n' })
    expect(changed.code, changed.stderr).toBe(0)
    expect(changed.stdout).toContain('Password changed: রহিম')
    expect(await verifyPassword('নতুন পাসওয়ার্ড', await storedHash(pool, 'রহিম'))).toBe(true)
    expect(await verifyPassword('গোপন পাসওয়ার্ড', await storedHash(pool, 'রহিম'))).toBe(false)
    expect(await sessions.resolve(before.token)).toBeUndefined()

    const during = await sessions.create(rows[0]!.id, 'browser')
    const disabled = await barta(['user', 'disable', 'রহিম', '--db', url])
    expect(disabled.code, disabled.stderr).toBe(0)
    expect(disabled.stdout).toContain('Disabled: রহিম')
    expect(await sessions.resolve(during.token)).toBeUndefined()
    expect((await barta(['user', 'list', '--db', url])).stdout).toContain('রহিম\treporter\tনগর\tdisabled\n')

    const nobody = await barta(['user', 'disable', 'কেউ-না', '--db', url])
    expect(nobody.code).toBe(1)
    expectOneErrorLine(nobody.stderr, /no user named/)
  })

  it('asks for the password at a terminal without showing it', async () => {
    const { url, pool } = await freshDatabase()
    // util-linux `script` gives the command a terminal; what it prints is everything the terminal showed.
    const command = [process.execPath, '--import', 'tsx', 'src/cli/index.ts', 'user', 'add', 'tty.user', '--role', 'desk', '--db', url]
    const child = spawn('script', ['-qefc', command.join(' '), '/dev/null'], { stdio: ['pipe', 'pipe', 'pipe'] })
    let shown = ''
    child.stdout.on('data', (chunk: Buffer) => {
      shown += chunk.toString('utf8')
      if (shown.includes('পাসওয়ার্ড / Password:') && !child.stdin.writableEnded) child.stdin.end('গোপন\r')
    })
    // Without the prompt nothing is typed: give up rather than wait for ever.
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000)
    const code = await new Promise<number | null>((resolve) => child.once('close', resolve))
    clearTimeout(timer)
    expect(shown).toContain('পাসওয়ার্ড / Password: ')
    expect(shown).toContain('Added: tty.user (desk)')
    expect(shown).not.toContain('গোপন')
    expect(code).toBe(0)
    expect(await verifyPassword('গোপন', await storedHash(pool, 'tty.user'))).toBe(true)
  })

  it('refuses an empty password, and SQL in a name, changing nothing', async () => {
    const { url, pool } = await freshDatabase()
    for (const input of ['', '\r\n']) {
      const empty = await barta(['user', 'add', 'karim', '--role', 'desk', '--db', url], { input })
      expect(empty.code).toBe(1)
      expectOneErrorLine(empty.stderr, /password must not be empty/)
    }
    const injected = await barta(['user', 'add', "x'; DROP TABLE users; --", '--role', 'desk', '--db', url], { input: 'a\n' })
    expect(injected.code).toBe(1)
    expectOneErrorLine(injected.stderr, /is not a user name/)
    const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM users')
    expect(rows[0]!.count).toBe('0')
  })

  it('answers usage errors with exit code 2 before reading a password or touching the database', async () => {
    const { url, pool } = await freshDatabase()
    // A real process for the bad role (the password waiting on stdin is not read) …
    const bad = await barta(['user', 'add', 'karim', '--role', 'admin', '--db', url], { input: 'পাসওয়ার্ড\n' })
    expect(bad.code).toBe(2)
    expectOneErrorLine(bad.stderr, /"admin" is not a role: use reporter, desk or chief/)
    expect(bad.stderr).toContain('barta user add NAME --role reporter|desk|chief [--desk DESK] --db URL')
    // … and the rest in this process (the same main()), which is quicker.
    const usage: string[][] = [
      ['user', 'add', 'karim', '--db', url],
      ['user', 'add', '--role', 'desk', '--db', url],
      ['user', 'add', 'a', 'b', '--role', 'desk', '--db', url],
      ['user', 'list', 'extra', '--db', url],
      ['user', 'disable', 'karim', '--role', 'desk', '--db', url],
      ['user', 'passwd', '--db', url],
      ['user', 'rename', 'karim', '--db', url],
      ['user', '--db', url],
      ['user', 'list', '--colour', '--db', url]
    ]
    for (const args of usage) {
      const result = await cli(args)
      expect(result.code, args.join(' ')).toBe(2)
      expect(result.err).toMatch(/^barta: .+ \/ .+\n/)
      expect(result.err).toContain('barta user list --db URL')
    }
    // Not even migrated: nothing was touched.
    const { rows } = await pool.query<{ exists: boolean }>("SELECT to_regclass('users') IS NOT NULL AS exists")
    expect(rows[0]!.exists).toBe(false)
  })

  it('closes its connections when done, even after an error (the pool would otherwise keep a process alive)', async () => {
    const url = await cluster.createDatabase(`cli_${++databases}`)
    const name = new URL(url).pathname.slice(1)
    const watcher = openPool(cluster.url, { max: 1 })
    pools.push(watcher)
    const connections = async () => {
      const { rows } = await watcher.query<{ count: string }>('SELECT count(*) FROM pg_stat_activity WHERE datname = $1', [name])
      return Number(rows[0]!.count)
    }
    expect((await cli(['user', 'list', '--db', url])).code).toBe(0)
    expect((await cli(['user', 'disable', 'nobody', '--db', url])).code).toBe(1)
    // A closed connection leaves pg_stat_activity a moment after the socket closes.
    for (let tries = 0; tries < 50 && (await connections()) > 0; tries++) await new Promise((done) => setTimeout(done, 100))
    expect(await connections()).toBe(0)
  })

  it('says in one line when the database cannot be reached or is not given, exit code 1', async () => {
    const port = await closedPort()
    const unreachable = await barta(['user', 'list', '--db', `postgres://barta:secret@127.0.0.1:${port}/newsroom`])
    expect(unreachable.code).toBe(1)
    expect(expectOneErrorLine(unreachable.stderr, /Cannot reach the database: postgres:\/\/barta:\*\*\*@127\.0\.0\.1/)).toEqual([''])
    expect(unreachable.stderr).not.toContain('secret')
    const add = await barta(['user', 'add', 'karim', '--role', 'desk', '--db', `postgres://barta@127.0.0.1:${port}/x`], { input: 'a\n' })
    expect(add.code).toBe(1)
    const missingDatabase = await barta(['user', 'list', '--db', `postgres://barta@127.0.0.1:${cluster.port}/no_such_db`])
    expect(missingDatabase.code).toBe(1)
    expectOneErrorLine(missingDatabase.stderr, /database does not exist/)
    const notGiven = await barta(['user', 'list'])
    expect(notGiven.code).toBe(1)
    expect(expectOneErrorLine(notGiven.stderr, /Give --db URL \(or set BARTA_DB\)/)).toEqual([''])
  })
})
