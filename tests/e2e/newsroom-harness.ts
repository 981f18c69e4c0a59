import { spawn, type ChildProcess } from 'node:child_process'
import { startPgCluster, type PgCluster } from '../tools/pg-cluster'

/**
 * A whole newsroom for browser tests, started as an administrator would: a throwaway PostgreSQL cluster, users made
 * with `barta user add NAME --role … --db URL` (password on stdin), and `npm run newsroom`'s entry as a process that
 * prints `Barta newsroom: http://127.0.0.1:N/`.
 */
export interface NewsroomProcess {
  url: string
  origin: string
  db: string
  child: ChildProcess
  output(): string
  stop(): Promise<void>
}

const projectRoot = process.cwd()

/** Runs `barta ARGS` from the source tree as its own process, with `stdin` as the typed password. */
export function barta(args: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], {
    cwd: projectRoot,
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let out = ''
  let err = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
  child.stdin.end(stdin)
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code: code ?? -1, out, err })))
}

export async function addUser(db: string, name: string, role: 'reporter' | 'desk' | 'chief', password: string, desk = ''): Promise<void> {
  const result = await barta(['user', 'add', name, '--role', role, ...(desk ? ['--desk', desk] : []), '--db', db], `${password}\n`)
  if (result.code !== 0) throw new Error(`barta user add ${name} failed (${result.code}):\n${result.out}${result.err}`)
}

/** Starts the newsroom server on a free port against `db`, serving the already built renderer. */
export function startNewsroom(db: string, port = 0): Promise<NewsroomProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/newsroom/cli.ts', '--db', db, '--port', String(port), '--renderer', 'out/renderer'],
    {
      cwd: projectRoot,
      stdio: ['ignore', 'pipe', 'pipe']
    }
  )
  let output = ''
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`newsroom did not start:\n${output}`)), 60_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /^Barta newsroom: (http:\/\/127\.0\.0\.1:(\d+)\/)$/m.exec(output)
      if (!match?.[1] || !match[2]) return
      clearTimeout(timer)
      child.off('exit', early)
      resolve({
        url: match[1],
        origin: `http://127.0.0.1:${match[2]}`,
        db,
        child,
        output: () => output,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null || child.signalCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          })
      })
    }
    const early = (code: number | null) => {
      clearTimeout(timer)
      reject(new Error(`newsroom exited with ${code}:\n${output}`))
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', early)
  })
}

/** A cluster with one newsroom database, for one spec file. */
export async function newsroomDatabase(name: string): Promise<{ cluster: PgCluster; db: string }> {
  const cluster = await startPgCluster()
  return { cluster, db: await cluster.createDatabase(name) }
}
