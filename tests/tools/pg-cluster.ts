import { execFile } from 'node:child_process'
import { chmod, chown, mkdtemp, rm, stat } from 'node:fs/promises'
import { existsSync, readdirSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { promisify } from 'node:util'
import pg from 'pg'

const run = promisify(execFile)

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` on a temp folder, `pg_ctl start` on a free
 * loopback port, `stop()` removes it all. Nothing outside the temp folder is touched and no service is left running.
 * PostgreSQL refuses to run as root, so as root the programs run as the `postgres` user (Debian's package creates it).
 */
export interface PgCluster {
  /** postgres://barta@127.0.0.1:PORT/postgres — trust authentication, loopback only. */
  url: string
  port: number
  dir: string
  /** A fresh empty database on this cluster, by name; returns its URL. */
  createDatabase(name: string): Promise<string>
  /** Stops the server (fast shutdown) and starts it again on the same port: the "PostgreSQL restarted" fault. */
  restart(): Promise<void>
  stop(): Promise<void>
  /** Stops the server only (the "PostgreSQL is down" fault); start() brings it back. */
  halt(): Promise<void>
  start(): Promise<void>
}

/**
 * Where initdb and pg_ctl are: BARTA_PG_BIN, else Debian's /usr/lib/postgresql/<version>/bin (newest first — they are
 * not on PATH there), else the PATH (Homebrew, the Windows installer).
 */
export function postgresBinDir(): string | undefined {
  const named = process.env.BARTA_PG_BIN
  if (named) return existsSync(join(named, process.platform === 'win32' ? 'initdb.exe' : 'initdb')) ? named : undefined
  const debian = '/usr/lib/postgresql'
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a))
    const found = versions.map((version) => join(debian, version, 'bin')).find((dir) => existsSync(join(dir, 'initdb')))
    if (found) return found
  }
  const program = process.platform === 'win32' ? 'initdb.exe' : 'initdb'
  return (process.env.PATH ?? '').split(delimiter).find((dir) => dir !== '' && existsSync(join(dir, program)))
}

/** Why no cluster can be started here, or null when one can. */
export function postgresMissingReason(): string | null {
  if (postgresBinDir() === undefined) {
    return 'PostgreSQL is not installed (Debian: apt-get install postgresql; or set BARTA_PG_BIN to its bin folder)'
  }
  return null
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number }
      server.close(() => resolve(port))
    })
  })
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['-u', 'postgres'])
  const { stdout: group } = await run('id', ['-g', 'postgres'])
  return { uid: Number(stdout.trim()), gid: Number(group.trim()) }
}

/** Runs one PostgreSQL program, as the postgres user when we are root. */
async function pgProgram(bin: string, program: string, args: string[]): Promise<void> {
  const path = join(bin, program)
  if (isRoot()) await run('runuser', ['-u', 'postgres', '--', path, ...args], { timeout: 120_000 })
  else await run(path, args, { timeout: 120_000 })
}

export async function startPgCluster(): Promise<PgCluster> {
  const bin = postgresBinDir()
  if (bin === undefined) throw new Error(postgresMissingReason() ?? 'PostgreSQL is missing')
  const dir = await mkdtemp(join(tmpdir(), 'barta-pg-'))
  const data = join(dir, 'data')
  if (isRoot()) {
    const ids = await postgresIds()
    await chown(dir, ids.uid, ids.gid)
  }
  await chmod(dir, 0o700)
  await pgProgram(bin, 'initdb', ['-D', data, '-A', 'trust', '-U', 'barta', '-E', 'UTF8', '--locale=C', '--no-sync'])
  const port = await freePort()
  // fsync stays on: the tests kill things and count saves. Small shared buffers: many clusters may run side by side.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c shared_buffers=32MB -c max_connections=120`
  const start = () => pgProgram(bin, 'pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', '-t', '60', 'start'])
  const halt = () => pgProgram(bin, 'pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop'])
  await start()
  const url = `postgres://barta@127.0.0.1:${port}/postgres`
  let stopped = false
  return {
    url,
    port,
    dir,
    async createDatabase(name) {
      if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`not a simple database name: ${name}`)
      const client = new pg.Client({ connectionString: url })
      await client.connect()
      try {
        await client.query(`CREATE DATABASE ${name}`)
      } finally {
        await client.end()
      }
      return `postgres://barta@127.0.0.1:${port}/${name}`
    },
    restart: async () => {
      await halt()
      await start()
    },
    halt,
    start,
    async stop() {
      if (stopped) return
      stopped = true
      if (existsSync(join(data, 'postmaster.pid'))) await halt().catch(() => undefined)
      await rm(dir, { recursive: true, force: true, maxRetries: 5 })
    }
  }
}

/** True when the folder is gone (a test checks that stop() leaves nothing behind). */
export async function isGone(path: string): Promise<boolean> {
  return stat(path).then(
    () => false,
    () => true
  )
}
