import { spawn } from 'node:child_process'
import { startPgCluster, type PgCluster } from '../tools/pg-cluster'

export { startNewsroom, type NewsroomProcess } from '../tools/newsroom-process'

/**
 * A whole newsroom for browser tests, started as an administrator would: a throwaway PostgreSQL cluster, users made
 * with `barta user add NAME --role … --db URL` (password on stdin), and `npm run newsroom`'s entry as a process that
 * prints `Barta newsroom: http://127.0.0.1:N/`.
 */

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

/** A cluster with one newsroom database, for one spec file. */
export async function newsroomDatabase(name: string): Promise<{ cluster: PgCluster; db: string }> {
  const cluster = await startPgCluster()
  return { cluster, db: await cluster.createDatabase(name) }
}
