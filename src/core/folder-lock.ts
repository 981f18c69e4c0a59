import { randomBytes } from 'node:crypto'
import { readFileSync, unlinkSync } from 'node:fs'
import { mkdir, readFile, realpath, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { currentProcess, isCertainlyGone, isSameMachine, type ProcessIdentity } from './process-identity'
import { FolderLockedError, parseLockRecord, type LockProgram, type LockRecord } from './folder-lock-record'
import { createExclusive, removeTakeoverLeftovers, takeOver } from './folder-lock-takeover'

export { FolderLockedError, describeHolder, type LockProgram, type LockRecord } from './folder-lock-record'
export { takeOver } from './folder-lock-takeover'

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
 * - A stale lock is removed only by the one starter that wins a takeover guard for that very record (see
 *   folder-lock-takeover.ts), so a racer's fresh lock is never removed by someone who judged the old one.
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
        await removeTakeoverLeftovers(folder)
        const lock = new FolderLock(folder, path, record, raw, acquiredAt)
        heldHere.set(folder, { lock, refs: 1 })
        releaseAllOnExit()
        return lock
      }
      const found = await inspectFolderLock(folder)
      if (found.kind === 'live' || found.kind === 'foreign') throw new FolderLockedError(folder, found.record, found.kind === 'foreign')
      // A takeover someone else is busy with, or a lock being written: look again in a moment.
      if (found.kind === 'unsettled' || (found.kind === 'stale' && !(await takeOver(path, found.raw)))) {
        await new Promise((done) => setTimeout(done, 20))
      }
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

export type { ProcessIdentity }
