/**
 * `barta list|import|export` — the same services and data folder as the app, from a terminal.
 *   barta list [--json] [--data DIR]
 *   barta import FILE... [--data DIR]
 *   barta export ID --format html|html-folder|json|ninjs|pdf --out PATH [--data DIR]
 * Exit code 0 on success, 1 on a user error, 2 on a usage error; errors are one line, Bengali then English.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { createServices } from '../core'
import { defaultUserDataDir } from '../core/paths'
import { createChromiumPdfRenderer } from '../core/pdf-chromium'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { listCommand } from './commands/list'
import { CliError, errorLine, EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR } from './output'

const USAGE = `ব্যবহার / Usage:
  barta list [--json] [--data DIR]
  barta import FILE... [--data DIR]
  barta export ID --format html|html-folder|json|ninjs|pdf --out PATH [--data DIR]
`

/** resources/ beside the built CLI (out/main/cli.js) or the source tree (src/cli/index.ts). */
function resourcesDir(): string {
  for (const candidate of [join(__dirname, '..', '..', 'resources'), join(process.cwd(), 'resources')]) {
    if (existsSync(join(candidate, 'fonts'))) return candidate
  }
  return join(process.cwd(), 'resources')
}

export async function main(argv: string[], write: (text: string) => void = (text) => process.stdout.write(text)): Promise<number> {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        data: { type: 'string' },
        json: { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' }
      }
    })
  } catch (error) {
    process.stderr.write(errorLine('অজানা বিকল্প।', (error as Error).message) + USAGE)
    return EXIT_USAGE
  }
  const [command, ...rest] = parsed.positionals
  if (parsed.values.help || !command) {
    ;(parsed.values.help ? process.stdout : process.stderr).write(USAGE)
    return parsed.values.help ? EXIT_OK : EXIT_USAGE
  }
  if (!['list', 'import', 'export'].includes(command)) {
    process.stderr.write(errorLine(`অজানা কমান্ড: ${command}`, `Unknown command: ${command}`) + USAGE)
    return EXIT_USAGE
  }
  const dataDir = resolve(parsed.values.data ?? process.env.BARTA_DATA_DIR ?? defaultUserDataDir())
  const pdf = createChromiumPdfRenderer()
  const services = await createServices({ dataDir, transport: 'http', version: 'cli', resourcesDir: resourcesDir(), pdf: pdf.render })
  try {
    if (command === 'list') await listCommand(services, { json: parsed.values.json === true }, write)
    else if (command === 'import') await importCommand(services, rest, write)
    else write(`${await exportCommand(services, rest[0], { format: parsed.values.format, out: parsed.values.out })}\n`)
    return EXIT_OK
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(errorLine(error.bn, error.en))
      return error.exitCode
    }
    process.stderr.write(errorLine('একটি অপ্রত্যাশিত সমস্যা হয়েছে।', String(error)))
    return EXIT_USER_ERROR
  } finally {
    await services.store.close()
    await pdf.close()
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code))
}
