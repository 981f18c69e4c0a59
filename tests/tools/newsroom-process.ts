import { spawn, type ChildProcess } from 'node:child_process'

export interface NewsroomProcess {
  url: string
  origin: string
  db: string
  child: ChildProcess
  output(): string
  stop(): Promise<void>
}

const projectRoot = process.cwd()

/**
 * Starts `npm run newsroom`'s entry as its own process against `db` (port 0: a free one), serving the already built
 * renderer, and waits for its `Barta newsroom: http://127.0.0.1:N/` line.
 */
export function startNewsroom(db: string, port = 0, rendererDir = 'out/renderer'): Promise<NewsroomProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/newsroom/cli.ts', '--db', db, '--port', String(port), '--renderer', rendererDir],
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
