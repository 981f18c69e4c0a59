import { join } from 'node:path'
import type { ProcessIdentity } from './process-identity'

/** Who may hold a data folder. */
export type LockProgram = 'app' | 'host' | 'cli'

/** The content of `library.lock`: who holds the folder, and enough about that process to tell later if it is gone. */
export interface LockRecord extends ProcessIdentity {
  format: 'barta.lock'
  version: 1
  program: LockProgram | string
  /** When the lock was taken, ISO 8601. */
  since: string
  /** Random: two locks are never byte-for-byte equal, so a takeover can tell which one it moved. */
  nonce: string
}

const PROGRAM_NAMES: Record<LockProgram, { bn: string; en: string }> = {
  app: { bn: 'বার্তা ডেস্কটপ অ্যাপ', en: 'the Barta desktop app' },
  host: { bn: 'বার্তা ব্রাউজার হোস্ট', en: 'the Barta browser host' },
  cli: { bn: 'barta কমান্ড', en: 'the barta command' }
}

export function programName(program: string): { bn: string; en: string } {
  return PROGRAM_NAMES[program as LockProgram] ?? { bn: program, en: program }
}

/** «বার্তা ব্রাউজার হোস্ট (pid 4711, কম্পিউটার desk-3, 2024-01-21T08:27:00.000Z থেকে)» and its English twin. */
export function describeHolder(record: LockRecord): { bn: string; en: string } {
  const name = programName(record.program)
  return {
    bn: `${name.bn} (pid ${record.pid}, কম্পিউটার ${record.hostname}, ${record.since} থেকে)`,
    en: `${name.en} (pid ${record.pid}, host ${record.hostname}, since ${record.since})`
  }
}

/** A second writer is refused with this: the folder, who holds it, and what to do — Bengali first. */
export class FolderLockedError extends Error {
  readonly bn: string
  readonly en: string

  constructor(
    readonly folder: string,
    readonly holder: LockRecord | null,
    /** The holder runs on another computer, so nobody here can tell whether it is still alive. */
    readonly foreign: boolean
  ) {
    const lockPath = join(folder, 'library.lock')
    let bn: string
    let en: string
    if (holder) {
      const who = describeHolder(holder)
      bn =
        `ডেটা ফোল্ডার ${folder} এখন অন্য একটি প্রোগ্রাম ব্যবহার করছে: ${who.bn}। একই ফোল্ডারে দুটি প্রোগ্রাম একসঙ্গে লিখলে ` +
        'সংরক্ষিত লেখা হারিয়ে যেতে পারে, তাই এটি খোলা হয়নি। আগেরটি বন্ধ করুন, অথবা অন্য ফোল্ডার বেছে নিন।'
      en =
        `The data folder ${folder} is in use by ${who.en}. Two programs writing to one folder could lose saved work, so it ` +
        'was not opened. Close the other one first, or choose another folder.'
      if (!foreign && holder.processStart === undefined) {
        // Without /proc (macOS, Windows) a pid reused by an unrelated program looks alive: say what to do then.
        bn += ` কোনো বার্তা প্রোগ্রাম চালু না থাকলে ${lockPath} ফাইলটি মুছে দিন।`
        en += ` If no Barta program is running, delete ${lockPath}.`
      }
      if (foreign) {
        bn += ` লকটি অন্য একটি কম্পিউটার (${holder.hostname}) থেকে লেখা; সেটি এখনো চলছে কি না এখান থেকে জানা যায় না। নিশ্চিত হলে ${lockPath} ফাইলটি মুছে দিন।`
        en += ` The lock was written on another computer (${holder.hostname}); whether that program still runs cannot be told from here. If you are sure it does not, delete ${lockPath}.`
      }
    } else {
      bn = `ডেটা ফোল্ডার ${folder} খোলা যায়নি: এর লক ফাইল (${lockPath}) বারবার বদলাচ্ছে বা পড়া যাচ্ছে না।`
      en = `The data folder ${folder} could not be opened: its lock file (${lockPath}) keeps changing or cannot be read.`
    }
    super(en)
    this.name = 'FolderLockedError'
    this.bn = bn
    this.en = en
  }
}

/** The record in a lock file, or null when it is not a complete, valid one. */
export function parseLockRecord(raw: string): LockRecord | null {
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
