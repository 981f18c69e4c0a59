/**
 * `barta list|import|export` — the same services and data folder as the app, from a terminal.
 *   barta list [--json] [--data DIR]
 *   barta import FILE... [--data DIR]
 *   barta export ID --format html|html-folder|json|ninjs|pdf --out PATH [--data DIR]
 * `barta user add|list|disable|passwd` — the newsroom's users in its PostgreSQL database (commands/user.ts).
 * Exit code 0 on success, 1 on a user error, 2 on a usage error; errors are one line, Bengali then English. While the
 * app or a browser host owns the folder, every command goes through it (see library-access.ts); `list` and `export`
 * never write to the folder.
 */
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { FolderLockedError } from '../core/folder-lock'
import { classifyFsError, fsProblemReason } from '../core/fs-errors'
import { defaultUserDataDir } from '../core/paths'
import { createChromiumPdfRenderer } from '../core/pdf-chromium'
import { exportCommand } from './commands/export'
import { importCommand } from './commands/import'
import { listCommand } from './commands/list'
import { userCommand } from './commands/user'
import { openLibrary, type CliLibrary } from './library-access'
import { CliError, errorLine, EXIT_OK, EXIT_USAGE, EXIT_USER_ERROR } from './output'

const USAGE = `ব্যবহার / Usage:
  barta list [--json] [--data DIR]
  barta import FILE... [--data DIR]
  barta export ID --format html|html-folder|json|ninjs|pdf --out PATH [--data DIR]
  barta user add NAME --role reporter|desk|chief [--desk DESK] --db URL
  barta user list --db URL
  barta user disable NAME --db URL
  barta user passwd NAME --db URL
  (user add/passwd: পাসওয়ার্ড stdin-এর প্রথম লাইন / the password is the first line of stdin; --db: বা / or BARTA_DB)
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
        db: { type: 'string' },
        role: { type: 'string' },
        desk: { type: 'string' },
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
  if (command === 'user') return runUser(rest, parsed.values, write)
  if (!['list', 'import', 'export'].includes(command)) {
    process.stderr.write(errorLine(`অজানা কমান্ড: ${command}`, `Unknown command: ${command}`) + USAGE)
    return EXIT_USAGE
  }
  const dataDir = resolve(parsed.values.data ?? process.env.BARTA_DATA_DIR ?? defaultUserDataDir())
  let library: CliLibrary | undefined
  try {
    library = await openLibrary(command === 'import' ? 'write' : 'read', {
      dataDir,
      resourcesDir: resourcesDir(),
      pdf: () => createChromiumPdfRenderer()
    })
    if (command === 'list') await listCommand(library, { json: parsed.values.json === true }, write)
    else if (command === 'import') return await importCommand(library, rest, write)
    else write(`${await exportCommand(library, rest[0], { format: parsed.values.format, out: parsed.values.out })}\n`)
    return EXIT_OK
  } catch (error) {
    const message = await explain(error, dataDir)
    process.stderr.write(errorLine(message.bn, message.en))
    return error instanceof CliError ? error.exitCode : EXIT_USER_ERROR
  } finally {
    await library?.close().catch(async (error: unknown) => {
      const message = await explain(error, dataDir)
      process.stderr.write(errorLine(message.bn, message.en))
    })
  }
}

/** `barta user …`: no data folder involved, only the newsroom's database. */
async function runUser(
  args: string[],
  options: { db?: string; role?: string; desk?: string },
  write: (text: string) => void
): Promise<number> {
  try {
    return await userCommand(args, { db: options.db, role: options.role, desk: options.desk }, write)
  } catch (error) {
    const message = error instanceof CliError ? error : { bn: 'একটি অপ্রত্যাশিত সমস্যা হয়েছে।', en: String(error) }
    process.stderr.write(errorLine(message.bn, message.en) + (error instanceof CliError && error.exitCode === EXIT_USAGE ? USAGE : ''))
    return error instanceof CliError ? error.exitCode : EXIT_USER_ERROR
  }
}

/** Every failure as one line a person can act on: the holder of the folder, a disk problem in plain words, or the error. */
async function explain(error: unknown, dataDir: string): Promise<{ bn: string; en: string }> {
  if (error instanceof CliError || error instanceof FolderLockedError) return { bn: error.bn, en: error.en }
  const problem = await classifyFsError(error)
  if (problem) {
    const why = fsProblemReason(problem)
    return { bn: `ডেটা ফোল্ডার ${dataDir}: ${why.bn}।`, en: `Data folder ${dataDir}: ${why.en}.` }
  }
  return { bn: 'একটি অপ্রত্যাশিত সমস্যা হয়েছে।', en: String(error) }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => process.exit(code))
}
