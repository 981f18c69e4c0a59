/**
 * `npm run serve [-- --port N --data DIR]`: the browser host. Serves the built renderer and the contract on
 * 127.0.0.1 with a random per-start token, and prints `Barta: http://127.0.0.1:PORT/?token=TOKEN` once listening.
 */
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { randomBytes } from 'node:crypto'
import { parseArgs } from 'node:util'
import { createServices } from '../core'
import { defaultUserDataDir } from '../core/paths'
import { PortInUseError, startHost } from './host'
import { isLoopback } from './security'
import { createChromiumPdfRenderer } from '../core/pdf-chromium'
import packageJson from '../../package.json'

const projectRoot = resolve(import.meta.dirname, '..', '..')
const rendererDir = resolve(projectRoot, 'out', 'renderer')

function fail(bn: string, en: string): never {
  process.stderr.write(`${bn}\n${en}\n`)
  process.exit(1)
}

async function ensureRendererBuilt(): Promise<void> {
  if (existsSync(resolve(rendererDir, 'index.html'))) return
  process.stderr.write('Barta: রেন্ডারার তৈরি হচ্ছে… / building the renderer first…\n')
  const { build } = await import('electron-vite')
  await build({ root: projectRoot, logLevel: 'warn' })
  if (!existsSync(resolve(rendererDir, 'index.html'))) fail('রেন্ডারার তৈরি করা যায়নি।', 'The renderer could not be built.')
}

async function main(): Promise<void> {
  let values: { port?: string; data?: string; host?: string }
  try {
    ;({ values } = parseArgs({ options: { port: { type: 'string' }, data: { type: 'string' }, host: { type: 'string' } }, strict: true }))
  } catch (error) {
    fail(
      'অজানা বিকল্প। ব্যবহার: npm run serve -- --port N --data DIR [--host ADDRESS]',
      `${(error as Error).message}. Usage: npm run serve -- --port N --data DIR [--host ADDRESS]`
    )
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
    fail(`পোর্ট নম্বর ঠিক নয়: ${values.port}`, `Not a valid port number: ${values.port}`)
  }
  const dataDir = resolve(values.data ?? process.env.BARTA_DATA_DIR ?? defaultUserDataDir())

  await ensureRendererBuilt()
  const pdf = createChromiumPdfRenderer()
  const services = await createServices({
    dataDir,
    transport: 'http',
    version: packageJson.version,
    resourcesDir: resolve(projectRoot, 'resources'),
    pdf: pdf.render
  })
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
    if (error instanceof PortInUseError) {
      fail(
        `পোর্ট ${port} ব্যস্ত: অন্য একটি প্রোগ্রাম এটি ব্যবহার করছে। অন্য পোর্ট দিন: --port ${port + 1}`,
        `Port ${port} is already in use. Choose another one: --port ${port + 1}`
      )
    }
    throw error
  }
  process.stdout.write(`Barta: ${host.url}\n`)
  process.stderr.write(`Data: ${dataDir}\n`)

  const shutdown = async () => {
    await host.close()
    await services.store.close()
    await pdf.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void shutdown())
  process.once('SIGTERM', () => void shutdown())
}

main().catch((error: unknown) => {
  fail('ব্রাউজার হোস্ট চালু করা যায়নি।', `The browser host could not start: ${String(error)}`)
})
