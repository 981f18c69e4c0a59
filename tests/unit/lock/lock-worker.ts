/**
 * A separate process that tries to take a folder's lock, for tests/unit/lock: prints READY, waits for the go file (so
 * that several workers start at the same instant), then WON (and holds the lock for holdMs) or REFUSED with the
 * message. argv: dataDir goFile holdMs [exit] — with "exit", it ends with process.exit() while holding the lock.
 */
import { existsSync } from 'node:fs'
import { setTimeout as sleep } from 'node:timers/promises'
import { FolderLock, FolderLockedError } from '../../../src/core/folder-lock'

async function main(): Promise<void> {
  const [dataDir, goFile, holdMs, ending] = process.argv.slice(2)
  process.stdout.write('READY\n')
  while (!existsSync(goFile!)) await new Promise((done) => setImmediate(done))
  try {
    const lock = await FolderLock.acquire(dataDir!, 'cli')
    process.stdout.write(`WON ${process.pid}\n`)
    if (ending === 'exit') process.exit(0)
    await sleep(Number(holdMs))
    await lock.release()
    process.stdout.write('RELEASED\n')
  } catch (error) {
    if (error instanceof FolderLockedError) process.stdout.write(`REFUSED ${JSON.stringify({ bn: error.bn, en: error.en })}\n`)
    else process.stdout.write(`ERROR ${String(error)}\n`)
  }
}

void main()
