import { readdir, stat, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import { setImmediate as yieldToEventLoop } from 'node:timers/promises'

/**
 * Leftovers of a process killed mid-write, by the exact names our writers give them:
 * - writeFileDurably (durable-file.ts): `.<target name>.<12 hex digits>.tmp` beside the target;
 * - the folder lock (folder-lock-takeover.ts): `library.lock[.takeover.<16 hex>.<n>].<pid>.<12 hex digits>.new`.
 * Nothing else is ever removed: a file of the user's that merely ends in .tmp does not match.
 */
const LEFTOVER = /^(?:\.[^/\\]+\.[0-9a-f]{12}\.tmp|library\.lock(?:\.takeover\.[0-9a-f]{16}\.\d+)?\.\d+\.[0-9a-f]{12}\.new)$/

export function isLeftoverTempName(name: string): boolean {
  return LEFTOVER.test(name)
}

/**
 * Removes our temp leftovers in `folder` that were last written before `before` (ms since epoch). The caller holds the
 * folder lock taken at `before`, so no running writer can own such a file; younger ones are left alone.
 */
export async function removeStaleTempFiles(folder: string, before: number): Promise<string[]> {
  let names: string[]
  try {
    names = await readdir(folder)
  } catch {
    return []
  }
  const removed: string[] = []
  for (const name of names) {
    if (!LEFTOVER.test(name)) continue
    const path = join(folder, name)
    const info = await stat(path).catch(() => undefined)
    if (!info?.isFile() || info.mtimeMs >= before) continue
    await unlink(path).then(
      () => removed.push(path),
      () => undefined
    )
  }
  return removed
}

/**
 * The folders written while the library opens — the data folder, articles/ and media/. The caller runs this before
 * anything is opened, so no write of its own can be under way there.
 */
export async function sweepTopFolders(dataDir: string, before: number): Promise<string[]> {
  const removed: string[] = []
  for (const folder of [dataDir, join(dataDir, 'articles'), join(dataDir, 'media')]) {
    removed.push(...(await removeStaleTempFiles(folder, before)))
  }
  return removed
}

/**
 * Each revisions/<id>/ — thousands of folders in a big library, so this runs after opening, yielding to the event
 * loop as it goes; a snapshot being written meanwhile is newer than `before` and is left alone.
 */
export async function sweepRevisionFolders(dataDir: string, before: number): Promise<string[]> {
  const removed: string[] = []
  const revisions = join(dataDir, 'revisions')
  const ids = await readdir(revisions).catch(() => [] as string[])
  let done = 0
  for (const id of ids) {
    removed.push(...(await removeStaleTempFiles(join(revisions, id), before)))
    if (++done % 64 === 0) await yieldToEventLoop()
  }
  return removed
}
