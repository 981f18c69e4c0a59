import type { BartaApi } from '../shared/api'
import { dispatch } from '../shared/dispatch'
import { createHttpClient } from '../shared/http-client'
import { err } from '../shared/result'
import { createServices, type Services } from '../core'
import { describeHolder, FolderLockedError, inspectFolderLock, type LockInspection, type LockRecord } from '../core/folder-lock'
import { readOwnerEndpoint } from '../core/owner-endpoint'
import type { PdfRenderer } from '../core/exports'
import { CliError } from './output'

/**
 * How a `barta` command reaches the library (README "The barta command"):
 * - the folder has a live owner (the desktop app or a browser host) that left its endpoint → every command goes
 *   through the owner's contract on loopback, so the owner's index stays the only one and sees the change at once;
 * - nobody owns it → `list` and `export` open it read-only (no lock, nothing written, not even the index) and
 *   `import` takes the lock itself for the few seconds it writes;
 * - an owner without an endpoint (another `barta import`, or an app just starting) → reads go read-only as above;
 *   `import` waits a little for the lock and is otherwise refused with the holder named.
 */
export interface CliLibrary extends BartaApi {
  via: 'owner' | 'read-only' | 'writer'
  /** Who owns the folder, when the command went through them. */
  owner?: LockRecord
  close(): Promise<void>
}

export type CommandKind = 'read' | 'write'

interface AccessOptions {
  dataDir: string
  resourcesDir: string
  /** Made only when this process opens the library itself. */
  pdf: () => { render: PdfRenderer; close: () => Promise<void> }
  /** How long `import` waits for another writer without an endpoint (another `barta import`) to finish. */
  waitForWriterMs?: number
}

export async function openLibrary(kind: CommandKind, options: AccessOptions): Promise<CliLibrary> {
  const deadline = Date.now() + (options.waitForWriterMs ?? 15_000)
  for (;;) {
    const lock = await inspectFolderLock(options.dataDir).catch(() => ({ kind: 'free' }) as LockInspection)
    if (lock.kind === 'live' || lock.kind === 'foreign') {
      const endpoint = lock.kind === 'live' ? await readOwnerEndpoint(options.dataDir, lock.record) : undefined
      if (endpoint) return throughOwner(endpoint, lock.record, kind, options)
      if (kind === 'read') return openHere(options, true)
      // Another barta import finishes in seconds: wait for it; an app or host without an endpoint will not go away.
      if (lock.kind === 'live' && lock.record.program === 'cli' && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 100))
        continue
      }
      throw lockedError(new FolderLockedError(options.dataDir, lock.record, lock.kind === 'foreign'))
    }
    if (lock.kind === 'unsettled') {
      await new Promise((done) => setTimeout(done, 50))
      continue
    }
    if (kind === 'read') return openHere(options, true)
    try {
      return await openHere(options, false)
    } catch (error) {
      // Someone took the folder between the look and the lock: look again (they may have an endpoint by now).
      if (error instanceof FolderLockedError && Date.now() < deadline) {
        await new Promise((done) => setTimeout(done, 100))
        continue
      }
      throw error
    }
  }
}

/** The owner left no endpoint (it is starting, runs elsewhere, or is an older Barta): the import cannot go through it. */
function lockedError(error: FolderLockedError): CliError {
  return new CliError(
    `${error.bn} barta কমান্ডের জন্য এটি কোনো ঠিকানা রাখেনি, তাই এর মাধ্যমেও আমদানি করা গেল না।`,
    `${error.en} It left no address for the barta command, so the import could not go through it either.`
  )
}

/**
 * The owner's contract over loopback. If the owner does not answer (it is stopping, or hangs), reading falls back to
 * opening the folder read-only; an import is not retried elsewhere and says the owner did not answer.
 */
function throughOwner(endpoint: { url: string; token: string }, owner: LockRecord, kind: CommandKind, options: AccessOptions): CliLibrary {
  let unreachable = false
  const client = createHttpClient({
    baseUrl: endpoint.url,
    token: endpoint.token,
    fetch: (url, init) =>
      fetch(url, init).catch((error: unknown) => {
        unreachable = true
        throw error
      })
  })
  let fallback: CliLibrary | undefined
  const call: BartaApi['call'] = async (method, args) => {
    unreachable = false
    const result = await client.call(method, args)
    if (!unreachable) return result
    if (kind === 'read') {
      fallback ??= await openHere(options, true)
      return fallback.call(method, args)
    }
    const who = describeHolder(owner)
    return err(
      'unavailable',
      `ডেটা ফোল্ডারটি ধরে রেখেছে ${who.bn}, কিন্তু সেটি সাড়া দিল না; আমদানি হয়েছে কি না barta list দিয়ে দেখে নিন। প্রোগ্রামটি চালু আছে কি না দেখুন, অথবা বন্ধ করে আবার চেষ্টা করুন।`,
      `The data folder is held by ${who.en}, which did not answer; check with barta list whether the import happened. See that it is running, or close it and try again.`
    )
  }
  return { via: 'owner', owner, call, close: async () => fallback?.close() }
}

async function openHere(options: AccessOptions, readOnly: boolean): Promise<CliLibrary> {
  const pdf = options.pdf()
  let services: Services
  try {
    services = await createServices({
      dataDir: options.dataDir,
      transport: 'http',
      program: 'cli',
      version: 'cli',
      resourcesDir: options.resourcesDir,
      pdf: pdf.render,
      readOnly
    })
  } catch (error) {
    await pdf.close()
    throw error
  }
  return {
    via: readOnly ? 'read-only' : 'writer',
    call: (method, args) => dispatch(services.handlers, method, args) as never,
    close: async () => {
      try {
        await services.close()
      } finally {
        await pdf.close()
      }
    }
  }
}
