import { Users, type UserRecord } from '../../newsroom/auth/users'
import { migrate } from '../../newsroom/db/migrate'
import { openPool, type Pool } from '../../newsroom/db/pool'
import { roleName, ROLES } from '../../shared/workflow'
import { CliError, EXIT_OK, EXIT_USAGE } from '../output'
import { readPassword } from '../password-input'

/**
 * `barta user add|list|disable|passwd` — the newsroom's users, straight in its PostgreSQL database (the server need not
 * run). The database is brought to the newest schema first, so the first user can be added to a fresh database.
 * Passwords come from stdin (the first line), never from the command line where `ps` and the shell history see them.
 */
export interface UserCommandOptions {
  db?: string
  role?: string
  desk?: string
}

const SUBCOMMANDS = ['add', 'list', 'disable', 'passwd'] as const
type Subcommand = (typeof SUBCOMMANDS)[number]

function usage(bn: string, en: string): CliError {
  return new CliError(bn, en, EXIT_USAGE)
}

/** Checks the words and options before anything is read or connected, so a usage error changes nothing. */
function parseUsage(args: string[], options: UserCommandOptions): { subcommand: Subcommand; name?: string } {
  const [subcommand, ...names] = args
  if (subcommand === undefined)
    throw usage('user-এর পরে add, list, disable বা passwd দিন।', 'Give add, list, disable or passwd after user.')
  if (!(SUBCOMMANDS as readonly string[]).includes(subcommand)) {
    throw usage(`অজানা কমান্ড: user ${subcommand}`, `Unknown command: user ${subcommand}`)
  }
  const wanted = subcommand === 'list' ? 0 : 1
  if (names.length !== wanted) {
    throw wanted === 0
      ? usage('user list কোনো নাম নেয় না।', 'user list takes no name.')
      : usage(`user ${subcommand}-এর পরে একটি নাম দিন।`, `Give one user name after user ${subcommand}.`)
  }
  if (subcommand === 'add') {
    if (options.role === undefined) throw usage('--role দিন: reporter, desk বা chief।', 'Give --role: reporter, desk or chief.')
    if (!(ROLES as readonly string[]).includes(options.role)) {
      throw usage(
        `«${options.role}» কোনো ভূমিকা নয়: reporter, desk বা chief দিন।`,
        `"${options.role}" is not a role: use reporter, desk or chief.`
      )
    }
  } else if (options.role !== undefined || options.desk !== undefined) {
    throw usage('--role আর --desk শুধু user add-এর জন্য।', '--role and --desk are for user add only.')
  }
  return { subcommand: subcommand as Subcommand, name: names[0] }
}

/** The address without its password, for messages. */
function redacted(url: string): string {
  return url.replace(/\/\/([^:/@]*):[^@/]*@/, '//$1:***@')
}

/** Why the database could not be used, as one line. */
function databaseError(url: string, error: unknown): CliError {
  const reason = String((error as Error)?.message ?? error)
    .replace(/\s+/g, ' ')
    .trim()
  const code = (error as { code?: string })?.code ?? ''
  const where = redacted(url)
  if (code === '3D000') return new CliError(`ডেটাবেসটি নেই: ${where}`, `The database does not exist: ${where} (${reason})`)
  if (code.startsWith('28'))
    return new CliError(`ডেটাবেস প্রবেশ করতে দিল না: ${where}`, `The database refused the login: ${where} (${reason})`)
  return new CliError(`ডেটাবেসে পৌঁছানো গেল না: ${where}`, `Cannot reach the database: ${where} (${reason || code})`)
}

function userLine(user: UserRecord): string {
  return [user.name, user.role, user.desk === '' ? '-' : user.desk, user.disabled ? 'disabled' : 'active'].join('\t')
}

export async function userCommand(
  args: string[],
  options: UserCommandOptions,
  write: (text: string) => void,
  password: () => Promise<string> = readPassword
): Promise<number> {
  const { subcommand, name } = parseUsage(args, options)
  const url = options.db ?? process.env.BARTA_DB
  if (url === undefined || url.trim() === '') {
    throw new CliError('কোন ডেটাবেস? --db URL দিন (বা BARTA_DB)।', 'Which database? Give --db URL (or set BARTA_DB).')
  }
  let pool: Pool | undefined
  try {
    try {
      pool = openPool(url, { max: 2 })
      await migrate(pool)
    } catch (error) {
      throw databaseError(url, error)
    }
    const users = new Users(pool)
    if (subcommand === 'list') {
      for (const user of await users.list()) write(`${userLine(user)}\n`)
      return EXIT_OK
    }
    const target = name as string
    if (subcommand === 'disable') {
      const result = await users.disable(target)
      if (!result.ok) throw new CliError(result.message.bn, result.message.en)
      write(`বন্ধ করা হলো: ${result.value.name}, তাঁর সব সেশন শেষ / Disabled: ${result.value.name}, their sessions ended\n`)
      return EXIT_OK
    }
    const secret = await password()
    if (secret.length === 0) throw new CliError('পাসওয়ার্ড খালি হতে পারে না।', 'The password must not be empty.')
    if (subcommand === 'add') {
      const result = await users.add({ name: target, role: options.role as string, desk: options.desk, password: secret })
      if (!result.ok) throw new CliError(result.message.bn, result.message.en)
      const { name: added, role, desk } = result.value
      const where = desk === '' ? '' : `, ${desk}`
      write(`যোগ করা হলো: ${added} (${roleName(role).bn}${where}) / Added: ${added} (${role}${where})\n`)
      return EXIT_OK
    }
    const result = await users.passwd(target, secret)
    if (!result.ok) throw new CliError(result.message.bn, result.message.en)
    write(`পাসওয়ার্ড বদলানো হলো: ${result.value.name}, তাঁর সব সেশন শেষ / Password changed: ${result.value.name}, their sessions ended\n`)
    return EXIT_OK
  } catch (error) {
    if (error instanceof CliError) throw error
    const reason = String((error as Error)?.message ?? error)
      .replace(/\s+/g, ' ')
      .trim()
    throw new CliError(`ডেটাবেসের কাজটি শেষ হলো না: ${redacted(url)}`, `The database work did not finish: ${redacted(url)} (${reason})`)
  } finally {
    // Always closed: an open pool keeps the process alive.
    await pool?.end().catch(() => undefined)
  }
}
