import { existsSync } from 'node:fs'
import { resolve } from 'node:path'

/** Ends a command-line program with a message in Bengali, then English, and exit code 1 (never a stack trace). */
export function fail(message: { bn: string; en: string }): never {
  process.stderr.write(`${message.bn}\n${message.en}\n`)
  process.exit(1)
}

/** The renderer both servers serve (out/renderer), built first when it is missing — as `npm run serve` always did. */
export async function ensureRendererBuilt(projectRoot: string): Promise<void> {
  const builtRendererDir = resolve(projectRoot, 'out', 'renderer')
  if (existsSync(resolve(builtRendererDir, 'index.html'))) return
  process.stderr.write('Barta: রেন্ডারার তৈরি হচ্ছে… / building the renderer first…\n')
  const { build } = await import('electron-vite')
  await build({ root: projectRoot, logLevel: 'warn' })
  if (!existsSync(resolve(builtRendererDir, 'index.html'))) fail({ bn: 'রেন্ডারার তৈরি করা যায়নি।', en: 'The renderer could not be built.' })
}
