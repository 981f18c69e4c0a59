import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from './durable-file'
import type { FolderLock, LockRecord } from './folder-lock'

/**
 * How to reach the program that owns a data folder: `library.endpoint.json`, written by the owner (the browser host,
 * or the desktop app's loopback endpoint) once it listens, readable only by the user (0600), removed on a clean exit.
 * `barta list|import|export` use it to go through the owner instead of writing the folder behind its back. It names
 * the lock it belongs to, so one left behind by a killed owner is never mistaken for the new owner's.
 */
export interface OwnerEndpoint {
  format: 'barta.endpoint'
  version: 1
  /** The nonce of the lock this endpoint belongs to. */
  lockNonce: string
  pid: number
  /** http://127.0.0.1:PORT — loopback only. */
  url: string
  token: string
}

const ENDPOINT_NAME = 'library.endpoint.json'

export function endpointPath(dataDir: string): string {
  return join(dataDir, ENDPOINT_NAME)
}

/** Writes the endpoint (mode 0600, durably) and returns the function that removes it again. */
export async function publishOwnerEndpoint(lock: FolderLock, url: string, token: string): Promise<() => Promise<void>> {
  const endpoint: OwnerEndpoint = { format: 'barta.endpoint', version: 1, lockNonce: lock.record.nonce, pid: lock.record.pid, url, token }
  const path = endpointPath(lock.dataDir)
  await writeFileDurably(path, JSON.stringify(endpoint))
  return async () => {
    // Only our own: a later owner's file is not ours to remove.
    const current = await readEndpointFile(lock.dataDir)
    if (current?.lockNonce === lock.record.nonce) await rm(path, { force: true })
  }
}

/** A leftover of an owner that was killed: removed by the next owner as soon as it holds the lock. */
export async function removeStaleEndpoint(lock: FolderLock): Promise<void> {
  const current = await readEndpointFile(lock.dataDir)
  if (current !== undefined && current?.lockNonce !== lock.record.nonce) await rm(endpointPath(lock.dataDir), { force: true })
}

/** The endpoint of the live holder `holder`, or undefined when it has none (yet) or the file is not trustworthy. */
export async function readOwnerEndpoint(dataDir: string, holder: LockRecord): Promise<{ url: string; token: string } | undefined> {
  const endpoint = await readEndpointFile(dataDir)
  if (!endpoint || endpoint.lockNonce !== holder.nonce) return undefined
  return { url: endpoint.url, token: endpoint.token }
}

/** undefined: no file; null: a file that is not a valid endpoint. */
async function readEndpointFile(dataDir: string): Promise<OwnerEndpoint | null | undefined> {
  let text: string
  try {
    text = await readFile(endpointPath(dataDir), 'utf8')
  } catch {
    return undefined
  }
  try {
    const value = JSON.parse(text) as Partial<OwnerEndpoint>
    const loopback = typeof value.url === 'string' && /^http:\/\/(?:127\.0\.0\.1|\[::1\]|localhost):\d{1,5}$/.test(value.url)
    if (value.format !== 'barta.endpoint' || !loopback || typeof value.token !== 'string' || typeof value.lockNonce !== 'string') {
      return null
    }
    return value as OwnerEndpoint
  } catch {
    return null
  }
}
