import { constants } from 'node:fs'
import { access } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * What went wrong with the disk, in the three kinds a reporter can act on: the folder cannot be written (read-only
 * disk, no permission), the disk is full, or another input/output failure. Anything that is not an error from the
 * file system at all (a bug, a timeout) is not one of these and must not be reported as a disk problem.
 */
export type FsProblem = 'not-writable' | 'disk-full' | 'io'

const NOT_WRITABLE = new Set(['EROFS', 'EACCES', 'EPERM'])
const DISK_FULL = new Set(['ENOSPC', 'EDQUOT'])

/** An error raised by a file system call (it carries an errno code such as ENOSPC and the call's name). */
export function isFsError(error: unknown): error is NodeJS.ErrnoException {
  if (!(error instanceof Error)) return false
  const { code, syscall } = error as NodeJS.ErrnoException
  return typeof code === 'string' && /^E[A-Z0-9]+$/.test(code) && typeof syscall === 'string'
}

/**
 * Classifies a file-system error. Node's recursive mkdir reports a read-only file system as ENOENT (it retries the
 * parents and returns the last error), so an ENOENT from mkdir is checked against the nearest folder that exists.
 */
export async function classifyFsError(error: unknown): Promise<FsProblem | undefined> {
  if (!isFsError(error)) return undefined
  const code = error.code ?? ''
  if (NOT_WRITABLE.has(code)) return 'not-writable'
  if (DISK_FULL.has(code)) return 'disk-full'
  if (code === 'ENOENT' && error.syscall === 'mkdir' && error.path) {
    const verdict = await writableVerdict(error.path)
    if (verdict) return verdict
  }
  return 'io'
}

async function writableVerdict(path: string): Promise<FsProblem | undefined> {
  for (let folder = dirname(path); ; folder = dirname(folder)) {
    try {
      await access(folder, constants.W_OK)
      return undefined
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (NOT_WRITABLE.has(code)) return 'not-writable'
      if (code !== 'ENOENT') return undefined
    }
    if (dirname(folder) === folder) return undefined
  }
}

/** The reason, as a short clause that completes «… করা যায়নি: » / "Could not …: ". */
export function fsProblemReason(problem: FsProblem): { bn: string; en: string } {
  switch (problem) {
    case 'not-writable':
      return { bn: 'ফোল্ডারে লেখার অনুমতি নেই', en: 'the folder is not writable' }
    case 'disk-full':
      return { bn: 'ডিস্কে জায়গা নেই', en: 'the disk is full' }
    case 'io':
      return { bn: 'ডিস্কে লেখা বা পড়া যায়নি', en: 'the disk could not be read or written' }
  }
}
