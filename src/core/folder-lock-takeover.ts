import { createHash, randomBytes } from 'node:crypto'
import { link, open, readdir, readFile, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { currentProcess, isCertainlyGone, isSameMachine, type ProcessIdentity } from './process-identity'

/**
 * Creates `path` with `content` only if it does not exist. The content is complete and on disk before the name
 * appears (write a private file, fsync, hard-link): link() fails when the name exists, so of several starters exactly
 * one wins. Where hard links are not supported (FAT, some network shares) it falls back to an exclusive create, where
 * a reader may briefly see an empty file (judged "unsettled", not stale).
 */
export async function createExclusive(path: string, content: string): Promise<boolean> {
  const draft = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.new`
  const handle = await open(draft, 'wx', 0o644)
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
  try {
    await link(draft, path)
    return true
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') return false
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS' && code !== 'EOPNOTSUPP') throw error
    return createWithoutLinks(path, content)
  } finally {
    await unlink(draft).catch(() => undefined)
  }
}

async function createWithoutLinks(path: string, content: string): Promise<boolean> {
  let handle
  try {
    handle = await open(path, 'wx', 0o644)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  }
  try {
    await handle.writeFile(content)
    await handle.sync()
  } finally {
    await handle.close()
  }
  return true
}

const GUARD = /^library\.lock\.takeover\.[0-9a-f]{16}\.\d+$/
const GUARD_GRACE_MS = 10_000

/**
 * Removes the stale lock `judged`, and only that one. Several starters may judge the same lock stale at once; only the
 * one that creates the guard `library.lock.takeover.<hash of judged>.<n>` may remove it, and does so only if the lock
 * file still holds exactly `judged`. Nobody else can change a lock file that exists (creating needs the name free; its
 * owner is gone), so between that check and the unlink it cannot become a racer's fresh lock. A guard whose creator
 * died mid-takeover is passed over by creating the next one, n + 1 — never removed while others may act on it.
 * Returns false when another live starter holds the guard (the caller looks again shortly).
 */
export async function takeOver(path: string, judged: string): Promise<boolean> {
  const key = createHash('sha256').update(judged).digest('hex').slice(0, 16)
  const self = JSON.stringify({ ...currentProcess(), since: new Date().toISOString() })
  for (let generation = 1; generation <= 1000; generation++) {
    const guard = `${path}.takeover.${key}.${generation}`
    if (await createExclusive(guard, self)) {
      const current = await readFile(path, 'utf8').catch(() => undefined)
      if (current === judged) await unlink(path)
      return true
    }
    if (!(await guardAbandoned(guard))) return false
  }
  return false
}

/** A guard whose creator is certainly gone (or one that never became readable): the takeover must go on without it. */
async function guardAbandoned(guard: string): Promise<boolean> {
  let text: string
  try {
    text = await readFile(guard, 'utf8')
  } catch {
    // Removed by a new owner meanwhile: the lock it guarded is gone; the caller will look again.
    return false
  }
  let creator: ProcessIdentity | undefined
  try {
    const value = JSON.parse(text) as ProcessIdentity
    if (Number.isSafeInteger(value.pid) && value.pid > 0 && typeof value.hostname === 'string') creator = value
  } catch {
    // Unreadable: judged by its age below.
  }
  if (!creator) {
    const info = await stat(guard).catch(() => undefined)
    return info !== undefined && Date.now() - info.mtimeMs > GUARD_GRACE_MS
  }
  return isSameMachine(creator) && isCertainlyGone(creator)
}

/** Guards of finished takeovers, removed by the new owner (whose own lock they can never touch). */
export async function removeTakeoverLeftovers(folder: string): Promise<void> {
  const names = await readdir(folder).catch(() => [] as string[])
  await Promise.all(names.filter((name) => GUARD.test(name)).map((name) => unlink(join(folder, name)).catch(() => undefined)))
}
