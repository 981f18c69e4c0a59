/**
 * Child process for the kill test: opens the library in argv[2], connects to the newsroom at argv[3], creates one
 * story and prints `SAVED <id>` once the local save is acknowledged. The pusher then sends it; the parent SIGKILLs
 * this process while the push is on the way.
 */
import { createServices } from '../../../../src/core'
import { dispatch } from '../../../../src/shared/dispatch'
import { bodyFromPlainText } from '../../../../src/shared/article/body'

async function main(): Promise<void> {
  const [dataDir, serverUrl] = process.argv.slice(2) as [string, string]
  const services = await createServices({ dataDir, transport: 'http', version: 'test' })
  const connected = await dispatch(services.handlers, 'connection.connect', { serverUrl, user: 'rina', password: 'পাসওয়ার্ড-১' })
  if (!connected.ok) throw new Error(JSON.stringify(connected))
  const created = await dispatch(services.handlers, 'article.create', {
    content: { headline: 'চট্টগ্রাম বন্দরে জাহাজজট', body: bodyFromPlainText('বহির্নোঙরে ৪০টি জাহাজ অপেক্ষায়।') }
  })
  if (!created.ok) throw new Error(JSON.stringify(created))
  process.stdout.write(`SAVED ${(created.value as { id: string }).id}\n`)
  setInterval(() => undefined, 60_000)
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(2)
})
