import { spawn, type ChildProcess } from 'node:child_process'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createHttpClient } from '../../../src/shared/http-client'
import type { BartaApi } from '../../../src/shared/api'

/** Real processes for the lock tests: the browser host and the barta CLI, started from source with tsx as users do. */
const NODE_ARGS = ['--import', 'tsx']

export interface Finished {
  code: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
}

export interface HostProcess {
  child: ChildProcess
  pid: number
  url: string
  token: string
  api: BartaApi
  output(): string
  /** Resolves when the process has ended (and been reaped). */
  exited: Promise<Finished>
}

/** A one-file renderer, so that hosts start without building the real one (--renderer). */
export async function tinyRenderer(root: string): Promise<string> {
  const dir = join(root, 'renderer')
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>বার্তা</title>')
  return dir
}

function collect(child: ChildProcess): { exited: Promise<Finished>; output: () => { stdout: string; stderr: string } } {
  let stdout = ''
  let stderr = ''
  child.stdout?.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')))
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')))
  const exited = new Promise<Finished>((done) => child.once('close', (code, signal) => done({ code, signal, stdout, stderr })))
  return { exited, output: () => ({ stdout, stderr }) }
}

/** Starts `npm run serve`'s entry; resolves once it prints its URL, rejects with its output if it exits first. */
export function startHost(dataDir: string, rendererDir: string): Promise<HostProcess> {
  const child = spawn(process.execPath, [...NODE_ARGS, 'src/server/cli.ts', '--port', '0', '--data', dataDir, '--renderer', rendererDir], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const { exited, output } = collect(child)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`host did not start in time:\n${JSON.stringify(output())}`))
    }, 60_000)
    child.stdout!.on('data', () => {
      const match = /^Barta: (http:\/\/127\.0\.0\.1:\d+)\/\?token=([\w-]+)$/m.exec(output().stdout)
      if (!match) return
      clearTimeout(timer)
      const [, base, token] = match as unknown as [string, string, string]
      resolve({
        child,
        pid: child.pid!,
        url: base,
        token,
        api: createHttpClient({ baseUrl: base, token, fetch }),
        output: () => `${output().stdout}${output().stderr}`,
        exited
      })
    })
    void exited.then((finished) => {
      clearTimeout(timer)
      reject(Object.assign(new Error(`host exited (${finished.code ?? finished.signal}):\n${finished.stderr}`), { finished }))
    })
  })
}

/** Runs the host expecting it to refuse to start; resolves with how it ended. */
export async function runHostToEnd(dataDir: string, rendererDir: string): Promise<Finished> {
  const child = spawn(process.execPath, [...NODE_ARGS, 'src/server/cli.ts', '--port', '0', '--data', dataDir, '--renderer', rendererDir], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const { exited } = collect(child)
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const finished = await exited
  clearTimeout(timer)
  return finished
}

/** `barta ARGS…` as a separate process. */
export async function runCli(args: string[]): Promise<Finished> {
  const child = spawn(process.execPath, [...NODE_ARGS, 'src/cli/index.ts', ...args], { stdio: ['ignore', 'pipe', 'pipe'] })
  const { exited } = collect(child)
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000)
  const finished = await exited
  clearTimeout(timer)
  return finished
}

export async function stop(host: HostProcess, signal: NodeJS.Signals): Promise<Finished> {
  if (host.child.exitCode === null && host.child.signalCode === null) host.child.kill(signal)
  return host.exited
}

export function unwrap<T>(result: { ok: true; value: T } | { ok: false; message: { en: string } }): T {
  if (!result.ok) throw new Error(result.message.en)
  return result.value
}
