/**
 * `npm run newsroom -- --db postgres://USER@HOST/DB --port N [--host ADDRESS] [--secure-cookies] [--renderer DIR]`:
 * the newsroom server. Applies the database's migrations, then serves the built renderer, the contract for logged-in
 * users and the live events, and prints `Barta newsroom: http://127.0.0.1:N/` once it listens. Loopback by default;
 * `--host` binds elsewhere with a warning to put it behind TLS. Users are made with `barta user add`.
 */
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { ensureRendererBuilt, fail } from '../server/renderer-build'
import { describeFailure } from '../core/failure-messages'
import { createChromiumPdfRenderer } from '../core/pdf-chromium'
import { PortInUseError } from '../server/host'
import { isLoopback } from '../server/security'
import { migrate } from './db/migrate'
import { openPool } from './db/pool'
import { EventHub } from './events'
import { startNewsroomServer } from './server'
import { createNewsroom } from './services'
import packageJson from '../../package.json'

const projectRoot = resolve(import.meta.dirname, '..', '..')
const builtRendererDir = resolve(projectRoot, 'out', 'renderer')
const USAGE = 'npm run newsroom -- --db postgres://USER@HOST/DB --port N [--host ADDRESS] [--secure-cookies] [--renderer DIR]'

process.on('uncaughtException', (error) => void describeFailure(error).then(fail))
process.on('unhandledRejection', (error) => void describeFailure(error).then(fail))

/** The address without its password, for messages. */
function shownDatabase(url: string): string {
  try {
    const parsed = new URL(url)
    parsed.password = ''
    return parsed.toString()
  } catch {
    return '(not a URL)'
  }
}

async function main(): Promise<void> {
  let values: { db?: string; port?: string; host?: string; renderer?: string; 'secure-cookies'?: boolean }
  try {
    ;({ values } = parseArgs({
      options: {
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        renderer: { type: 'string' },
        'secure-cookies': { type: 'boolean' }
      },
      strict: true
    }))
  } catch (error) {
    fail({ bn: `অজানা বিকল্প। ব্যবহার: ${USAGE}`, en: `${(error as Error).message}. Usage: ${USAGE}` })
  }
  const db = values.db ?? process.env.BARTA_DB
  if (!db) fail({ bn: `ডেটাবেসের ঠিকানা দিন (--db)। ব্যবহার: ${USAGE}`, en: `Name the database with --db. Usage: ${USAGE}` })
  const port = values.port === undefined ? 4318 : Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    fail({ bn: `পোর্ট নম্বর ঠিক নয়: ${values.port}`, en: `Not a valid port number: ${values.port}` })
  const hostname = values.host ?? '127.0.0.1'
  if (!isLoopback(hostname)) {
    process.stderr.write(
      `সতর্কতা: নিউজরুম সার্ভার ${hostname} ঠিকানায় খোলা হচ্ছে। পাসওয়ার্ড ও লেখা নেটওয়ার্কে খোলা অবস্থায় যায় — সামনে TLS (HTTPS) প্রক্সি রাখুন এবং --secure-cookies দিন।\n` +
        `Warning: the newsroom server listens on ${hostname}. Passwords and stories cross the network in the clear — put it behind a TLS (HTTPS) proxy and pass --secure-cookies.\n`
    )
  }
  const rendererDir = values.renderer === undefined ? builtRendererDir : resolve(values.renderer)
  const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`)

  const pool = openPool(db, { max: 20, log })
  try {
    const applied = await migrate(pool)
    if (applied.length > 0) log(`database migrated to schema ${applied.at(-1)}`)
  } catch (error) {
    await pool.end().catch(() => undefined)
    const why = await describeFailure(error)
    fail({
      bn: `ডেটাবেসে যাওয়া যায়নি (${shownDatabase(db)}): ${why.bn}`,
      en: `Could not use the database ${shownDatabase(db)}: ${(error as Error).message ?? why.en}`
    })
  }
  if (values.renderer === undefined) await ensureRendererBuilt(projectRoot)

  const pdf = createChromiumPdfRenderer()
  const newsroom = await createNewsroom({
    pool,
    version: packageJson.version,
    resourcesDir: resolve(projectRoot, 'resources'),
    pdf: pdf.render,
    log
  })
  const events = await EventHub.start(db, pool, log)
  let running
  try {
    running = await startNewsroomServer({
      core: newsroom,
      events,
      rendererDir,
      port,
      hostname,
      secureCookies: values['secure-cookies'],
      log
    })
  } catch (error) {
    await events.stop()
    await pool.end().catch(() => undefined)
    if (error instanceof PortInUseError) fail(error)
    throw error
  }
  process.stdout.write(`Barta newsroom: ${running.url}\n`)

  const shutdown = async () => {
    await running.close().catch(() => undefined)
    await events.stop().catch(() => undefined)
    await newsroom.close().catch(() => undefined)
    await pdf.close().catch(() => undefined)
    await pool.end().catch(() => undefined)
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown())
  process.once('SIGTERM', () => void shutdown())
}

main().catch(async (error: unknown) => {
  const why = await describeFailure(error)
  fail({ bn: `নিউজরুম সার্ভার চালু করা যায়নি: ${why.bn}`, en: `The newsroom server could not start: ${why.en}` })
})
