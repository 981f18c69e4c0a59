import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface HostProcess {
  url: string
  origin: string
  token: string
  dataDir: string
  child: ChildProcess
  stop(): Promise<void>
}

// Playwright runs from the project root (npm test), where src/server/cli.ts lives.
const projectRoot = process.cwd()

export async function makeDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'barta-e2e-'))
}

/** Starts `npm run serve`'s entry exactly as a user would (port 0 = any free port) and waits for its URL line. */
export function startBrowserHost(dataDir: string, extraArgs: string[] = []): Promise<HostProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/cli.ts', '--port', '0', '--data', dataDir, ...extraArgs], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  return new Promise((resolvePromise, reject) => {
    const timer = setTimeout(() => reject(new Error(`browser host did not start:\n${output}`)), 30_000)
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8')
      const match = /^Barta: (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([\w-]+))$/m.exec(output)
      if (!match?.[1] || !match[2] || !match[3]) return
      clearTimeout(timer)
      resolvePromise({
        url: match[1],
        origin: `http://127.0.0.1:${match[2]}`,
        token: match[3],
        dataDir,
        child,
        stop: () =>
          new Promise<void>((done) => {
            if (child.exitCode !== null) return done()
            child.once('exit', () => done())
            child.kill('SIGTERM')
          })
      })
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`browser host exited with ${code}:\n${output}`))
    })
  })
}
