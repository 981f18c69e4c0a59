import { randomBytes } from 'node:crypto'
import { readFileSync, unlinkSync } from 'node:fs'
import { link, mkdir, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { currentProcess, isCertainlyGone, isSameMachine, type ProcessIdentity } from './process-identity'
import { FolderLockedError, type LockProgram, type LockRecord } from './folder-lock-record'

export { FolderLockedError, describeHolder, type LockProgram, type LockRecord } from './folder-lock-record'

/**
 * One writer per data folder (README "Data on disk"). Whoever opens the library for writing — the desktop app, the
 * browser host, `barta import` — first creates `library.lock`, which names it: program, pid, host, since when.
 *
 * - Creation is atomic: the record is written whole to a private file and hard-linked to `library.lock`; link() fails
 *   if the lock exists, so of two starters exactly one wins and nobody ever reads a half-written lock.
 * - A lock is stale only when its owner is certainly gone: same machine (host name and pid namespace) and the pid no
 *   longer runs, runs as a zombie, belongs to a newer process (another start time) or to an earlier boot. A lock
 *   written on another computer is never assumed dead, and neither is a live process that is merely slow: unlike
 *   mtime-refreshing locks (proper-lockfile), a blocked event loop or a sleeping laptop cannot lose the lock.
 * - A stale lock is taken over by renaming it aside, checking that what was moved is the very record judged stale, and
 *   only then creating a new one; if a live lock was moved by a racing starter it is linked straight back.
 */
const LOCK_NAME = 'library.lock'
/** An unreadable lock younger than this may be one being written where hard links are not available (see create). */
const DAMAGED_LOCK_GRACE_MS = 10_000

interface Held {
  lock: FolderLock
  refs: number
}

/** Locks this process holds, by real folder path: opening the same folder twice in one process shares the lock. */
const heldHere = new Map<string, Held>()

export type LockInspection =
  | { kind: 'free' }
  | { kind: 'live'; record: LockRecord; raw: string }
  /** Written on another computer: it may be live; only a person can tell. */
  | { kind: 'foreign'; record: LockRecord; raw: string }
  | { kind: 'stale'; record: LockRecord | null; raw: string }
  /** Unreadable and young: probably being written right now. */
  | { kind: 'unsettled'; raw: string }

/**
 * A process that ends without closing (an uncaught error, process.exit) still lets go of its folders: one listener for
 * all the locks this process holds.
 */
let exitHookInstalled = false
function releaseAllOnExit(): void {
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.on('exit', () => {
    for (const { lock } of heldHere.values()) {
      try {
        if (readFileSync(lock.path, 'utf8') === lock.raw) unlinkSync(lock.path)
      } catch {
        // Gone already, or the folder cannot be written: the next owner will find the lock stale.
      }
    }
  })
}

export class FolderLock {
  private constructor(
    readonly dataDir: string,
    readonly path: string,
    readonly record: LockRecord,
    /** The exact bytes written: a lock is ours only while the file holds these. */
    readonly raw: string,
    /** The lock file's mtime (ms since epoch): files last written before it cannot belong to a running writer. */
    readonly acquiredAt: number
  ) {}

  /** Takes the folder's lock or throws FolderLockedError naming the holder. Creates the folder when it is missing. */
  static async acquire(dataDir: string, program: LockProgram): Promise<FolderLock> {
    await mkdir(dataDir, { recursive: true })
    const folder = await realpath(dataDir)
    const held = heldHere.get(folder)
    if (held) {
      held.refs += 1
      return held.lock
    }
    const path = join(folder, LOCK_NAME)
    const self = currentProcess()
    const record: LockRecord = {
      format: 'barta.lock',
      version: 1,
      program,
      ...self,
      since: new Date().toISOString(),
      nonce: randomBytes(12).toString('hex')
    }
    const raw = `${JSON.stringify(record, null, 1)}\n`
    for (let attempt = 0; attempt < 20; attempt++) {
      if (await createExclusive(path, raw)) {
        // The lock file's own mtime, on the file system's clock: every file this process writes from now on is at
        // least as new, so "older than the lock" safely means "left by someone before us" (see temp-files.ts).
        const acquiredAt = (await stat(path)).mtimeMs
        const lock = new FolderLock(folder, path, record, raw, acquiredAt)
        heldHere.set(folder, { lock, refs: 1 })
        releaseAllOnExit()
        return lock
      }
      const found = await inspectFolderLock(folder)
      if (found.kind === 'live' || found.kind === 'foreign') throw new FolderLockedError(folder, found.record, found.kind === 'foreign')
      if (found.kind === 'stale') await takeOver(path, found.raw)
      else if (found.kind === 'unsettled') await new Promise((done) => setTimeout(done, 50))
    }
    throw new FolderLockedError(folder, null, false)
  }

  /** Gives the lock up when the last user in this process lets go; a lock that is no longer ours is left alone. */
  async release(): Promise<void> {
    const held = heldHere.get(this.dataDir)
    if (held?.lock !== this) return
    if (--held.refs > 0) return
    heldHere.delete(this.dataDir)
    const onDisk = await readFile(this.path, 'utf8').catch(() => undefined)
    if (onDisk === this.raw) await unlink(this.path)
  }

  /** Whether the lock on disk is still this one. */
  async stillHeld(): Promise<boolean> {
    return (await readFile(this.path, 'utf8').catch(() => undefined)) === this.raw
  }
}

/** What `library.lock` in a folder says, judged from this machine. */
export async function inspectFolderLock(dataDir: string): Promise<LockInspection> {
  const path = join(dataDir, LOCK_NAME)
  let raw: string
  try {
    raw = await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'free' }
    throw error
  }
  const record = parseLockRecord(raw)
  if (!record) {
    const info = await stat(path).catch(() => undefined)
    if (!info) return { kind: 'free' }
    return Date.now() - info.mtimeMs > DAMAGED_LOCK_GRACE_MS ? { kind: 'stale', record: null, raw } : { kind: 'unsettled', raw }
  }
  if (!isSameMachine(record)) return { kind: 'foreign', record, raw }
  const self = currentProcess()
  if (record.pid === self.pid && record.processStart === self.processStart && record.bootId === self.bootId) {
    // Our own pid: live if this process took it, otherwise a leftover of an earlier process that had the same pid.
    const ours = [...heldHere.values()].some((held) => held.lock.path === path && held.lock.raw === raw)
    return ours ? { kind: 'live', record, raw } : { kind: 'stale', record, raw }
  }
  return isCertainlyGone(record) ? { kind: 'stale', record, raw } : { kind: 'live', record, raw }
}

function parseLockRecord(raw: string): LockRecord | null {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const record = value as Partial<LockRecord>
  const textOrAbsent = (field: unknown) => field === undefined || typeof field === 'string'
  if (
    record.format !== 'barta.lock' ||
    !Number.isSafeInteger(record.pid) ||
    (record.pid ?? 0) <= 0 ||
    typeof record.hostname !== 'string' ||
    typeof record.since !== 'string' ||
    typeof record.program !== 'string' ||
    typeof record.nonce !== 'string' ||
    !textOrAbsent(record.bootId) ||
    !textOrAbsent(record.pidNamespace) ||
    !textOrAbsent(record.processStart)
  ) {
    return null
  }
  return record as LockRecord
}

/**
 * Creates `path` with `content` only if it does not exist. The content is complete and on disk before the name
 * appears (write a private file, fsync, hard-link). Where hard links are not supported (FAT, some network shares) it
 * falls back to an exclusive create, where a reader may briefly see an empty file (judged "unsettled", not stale).
 */
async function createExclusive(path: string, content: string): Promise<boolean> {
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

/**
 * Removes the stale lock `judged`, and only that one: it is renamed aside first (of two racing starters only one
 * rename finds it), then compared with what was judged; a lock that turns out to be another (a racer's fresh lock)
 * is linked back at once.
 */
export async function takeOver(path: string, judged: string): Promise<void> {
  const aside = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.stale`
  try {
    await rename(path, aside)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    throw error
  }
  const moved = await readFile(aside, 'utf8').catch(() => undefined)
  if (moved !== judged) await link(aside, path).catch(() => undefined)
  await unlink(aside).catch(() => undefined)
}

export type { ProcessIdentity }
