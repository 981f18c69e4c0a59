/**
 * `npm run serve [-- --port N --data DIR]`: the browser host. Takes the data folder's lock (a second writer is refused
 * with exit code 1), serves the built renderer and the contract on 127.0.0.1 with a random per-start token, prints
 * `Barta: http://127.0.0.1:PORT/?token=TOKEN` once listening, and leaves its URL and token in the folder's
 * library.endpoint.json (0600) so that `barta list|import|export` go through it.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { ensureRendererBuilt, fail } from './renderer-build'
import { createServices, type Services } from '../core'
import { FolderLockedError } from '../core/folder-lock'
import { defaultUserDataDir } from '../core/paths'
import { publishOwnerEndpoint } from '../core/owner-endpoint'
import { PortInUseError, startHost } from './host'
import { isLoopback } from './security'
import { createChromiumPdfRenderer } from '../core/pdf-chromium'
import { describeFailure, failureWhileClosing, failureWhileOpening } from '../core/failure-messages'
import packageJson from '../../package.json'

const projectRoot = resolve(import.meta.dirname, '..', '..')
const builtRendererDir = resolve(projectRoot, 'out', 'renderer')

// Whatever escapes (a failing disk in a callback, a bug) ends the host with a message, never a bare stack trace.
process.on('uncaughtException', (error) => void describeFailure(error).then(fail))
process.on('unhandledRejection', (error) => void describeFailure(error).then(fail))

const USAGE = 'npm run serve -- --port N --data DIR [--host ADDRESS] [--renderer DIR]'

async function main(): Promise<void> {
  let values: { port?: string; data?: string; host?: string; renderer?: string }
  try {
    ;({ values } = parseArgs({
      options: { port: { type: 'string' }, data: { type: 'string' }, host: { type: 'string' }, renderer: { type: 'string' } },
      strict: true
    }))
  } catch (error) {
    fail({ bn: `অজানা বিকল্প। ব্যবহার: ${USAGE}`, en: `${(error as Error).message}. Usage: ${USAGE}` })
  }
  const hostname = values.host ?? '127.0.0.1'
  if (!isLoopback(hostname)) {
    process.stderr.write(
      `সতর্কতা: ব্রাউজার হোস্ট ${hostname} ঠিকানায় খোলা হচ্ছে — এই নেটওয়ার্কের অন্যরা টোকেন জানলে আপনার খসড়া পড়তে পারবে।\n` +
        `Warning: the browser host listens on ${hostname} — anyone on this network who learns the token can read your drafts.\n`
    )
  }
  const port = values.port === undefined ? 4317 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    fail({ bn: `পোর্ট নম্বর ঠিক নয়: ${values.port}`, en: `Not a valid port number: ${values.port}` })
  }
  const dataDir = resolve(values.data ?? process.env.BARTA_DATA_DIR ?? defaultUserDataDir())
  // --renderer serves an already built renderer from elsewhere (tests start many hosts without building one each).
  const rendererDir = values.renderer === undefined ? builtRendererDir : resolve(values.renderer)
  if (values.renderer !== undefined && !existsSync(resolve(rendererDir, 'index.html'))) {
    fail({ bn: `${rendererDir} ফোল্ডারে index.html নেই।`, en: `There is no index.html in ${rendererDir}.` })
  }

  // The lock first: a second writer is refused before it reads anything, and before a slow renderer build.
  const pdf = createChromiumPdfRenderer()
  let services: Services
  try {
    services = await createServices({
      dataDir,
      transport: 'http',
      program: 'host',
      version: packageJson.version,
      resourcesDir: resolve(projectRoot, 'resources'),
      pdf: pdf.render
    })
  } catch (error) {
    if (error instanceof FolderLockedError) fail(error)
    fail(await failureWhileOpening(dataDir, error))
  }
  if (values.renderer === undefined) await ensureRendererBuilt(projectRoot)

  const token = randomBytes(24).toString('base64url')
  let host
  try {
    host = await startHost({
      handlers: services.handlers,
      rendererDir,
      token,
      port,
      hostname,
      log: (line) => process.stderr.write(`${line}\n`)
    })
  } catch (error) {
    await services.close().catch(() => undefined)
    if (error instanceof PortInUseError) fail(error)
    throw error
  }

  // The door for `barta` on this machine; a host bound to one non-loopback address cannot be reached on 127.0.0.1.
  let unpublish = async () => {}
  if (isLoopback(hostname) || hostname === '0.0.0.0' || hostname === '::') {
    try {
      unpublish = await publishOwnerEndpoint(services.lock!, `http://127.0.0.1:${host.port}`, token)
    } catch (error) {
      const why = await describeFailure(error)
      process.stderr.write(
        `সতর্কতা: barta কমান্ডের জন্য ঠিকানা লেখা গেল না (${why.bn}); হোস্ট চলছে, কিন্তু এটি চলাকালীন barta import কাজ করবে না।\n` +
          `Warning: the address for the barta command could not be written (${why.en}); the host runs, but barta import will be refused while it does.\n`
      )
    }
  }
  process.stdout.write(`Barta: ${host.url}\n`)
  process.stderr.write(`Data: ${dataDir}\n`)

  // once: a second Ctrl+C during a slow shutdown ends the process at once (every write on disk is whole either way).
  const shutdown = async () => {
    const failures: unknown[] = []
    const attempt = async (step: () => Promise<void>) => step().catch((error: unknown) => void failures.push(error))
    await attempt(unpublish)
    await attempt(() => host.close())
    await attempt(() => services.close())
    await attempt(() => pdf.close())
    if (failures.length > 0) fail(await failureWhileClosing(failures[0]))
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown())
  process.once('SIGTERM', () => void shutdown())
}

main().catch(async (error: unknown) => {
  const why = await describeFailure(error)
  fail({ bn: `ব্রাউজার হোস্ট চালু করা যায়নি: ${why.bn}`, en: `The browser host could not start: ${why.en}` })
})
