import { readFileSync, readlinkSync } from 'node:fs'
import { hostname } from 'node:os'

/**
 * Who a process is, precisely enough to tell later whether it is still running: its pid, the machine's name, and on
 * Linux the boot it belongs to, its pid namespace (containers share a boot but not their pids) and the instant the
 * kernel started it (a pid reused by a newer process has another start time).
 */
export interface ProcessIdentity {
  pid: number
  hostname: string
  /** /proc/sys/kernel/random/boot_id: a new random value on every boot. */
  bootId?: string
  /** readlink /proc/self/ns/pid, e.g. "pid:[4026531836]". */
  pidNamespace?: string
  /** Field 22 of /proc/<pid>/stat: clock ticks from boot to the process's start. */
  processStart?: string
}

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8').trim()
  } catch {
    return undefined
  }
}

/** The start time and state of a Linux process, or undefined where /proc is not there (macOS, Windows). */
function procStat(pid: number): { state: string; start: string } | undefined {
  const text = readText(`/proc/${pid}/stat`)
  if (!text) return undefined
  // The command name (field 2) is in parentheses and may itself contain spaces and parentheses: split after the last ')'.
  const fields = text.slice(text.lastIndexOf(')') + 2).split(' ')
  // fields[0] is field 3 (state); field 22 (starttime) is fields[19].
  const state = fields[0]
  const start = fields[19]
  return state && start ? { state, start } : undefined
}

let own: ProcessIdentity | undefined

export function currentProcess(): ProcessIdentity {
  if (own) return own
  const identity: ProcessIdentity = { pid: process.pid, hostname: hostname() }
  const bootId = readText('/proc/sys/kernel/random/boot_id')
  if (bootId) identity.bootId = bootId
  try {
    identity.pidNamespace = readlinkSync('/proc/self/ns/pid')
  } catch {
    // Not Linux, or /proc is not mounted: the pid alone must do.
  }
  const stat = procStat(process.pid)
  if (stat) identity.processStart = stat.start
  own = identity
  return identity
}

/**
 * Whether a process recorded on this machine is certainly gone. Only a certainty counts: when in doubt (a pid that
 * exists but cannot be inspected) the answer is false, so a live owner is never declared dead.
 */
export function isCertainlyGone(recorded: ProcessIdentity, self: ProcessIdentity = currentProcess()): boolean {
  // Another boot of this machine: every process of the earlier one has ended.
  if (recorded.bootId && self.bootId && recorded.bootId !== self.bootId) return true
  try {
    process.kill(recorded.pid, 0)
  } catch (error) {
    // ESRCH: no such process. EPERM: it exists and belongs to someone else — alive.
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return true
    return false
  }
  const stat = procStat(recorded.pid)
  if (!stat) return false
  // A zombie has exited and only waits for its parent to collect the exit code.
  if (stat.state === 'Z' || stat.state === 'X') return true
  // The pid was given to a newer process after the recorded one ended.
  return recorded.processStart !== undefined && recorded.processStart !== stat.start
}

/**
 * Whether a record was written on this machine (and in this pid namespace), so that its pid can be checked here. A lock
 * from another computer — a data folder on a network share — can never be judged from here.
 */
export function isSameMachine(recorded: ProcessIdentity, self: ProcessIdentity = currentProcess()): boolean {
  if (recorded.hostname !== self.hostname) return false
  if (recorded.pidNamespace && self.pidNamespace && recorded.pidNamespace !== self.pidNamespace) {
    // Same boot, other pid namespace: a container sharing the folder; its pids mean nothing here.
    return !(recorded.bootId && self.bootId && recorded.bootId === self.bootId)
  }
  return true
}
