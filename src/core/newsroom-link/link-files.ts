import { join } from 'node:path'
import { readFile, rm } from 'node:fs/promises'
import type { Article } from '../../shared/article/model'
import type { SyncOp, UserRef } from '../../shared/newsroom'
import type { LocalizedMessage } from '../../shared/result'
import { writeFileDurably } from '../durable-file'
import { quarantine } from '../quarantine'

/** newsroom.json: which newsroom this library is linked to and the session token (mode 0600: it is a password). */
export interface LinkConnection {
  format: 'barta.newsroom'
  version: 1
  serverUrl: string
  user: UserRef
  /** null after disconnect or when the server refused it: log in again. */
  token: string | null
}

/** One change waiting for the server. `sent`: it left this machine once — from then on it never changes. */
export interface OutboxEntry {
  op: SyncOp
  sent: boolean
}

/** A pushed save the server answered with a newer version: kept beside the local text until the user settles it. */
export interface KeptConflict {
  server: Article
  at: string
}

/** A change the server refused: dropped from the outbox, the local text kept, the reason remembered. */
export interface Refusal {
  opId: string
  storyId: string
  kind: SyncOp['kind']
  message: LocalizedMessage
  at: string
}

/** newsroom-sync.json: the outbox, what the laptop knows of the server, and the pull cursor — written whole, at once. */
export interface SyncState {
  format: 'barta.newsroom-sync'
  version: 1
  /** The server the bases and the cursor belong to. */
  serverUrl: string
  outbox: OutboxEntry[]
  /** Story id → the server revision the local copy is based on (the base of its next save). */
  bases: Record<string, number>
  conflicts: Record<string, KeptConflict>
  /** The server change cursor: every change up to it is in the local library. */
  cursor: number
  lastSyncAt: string | null
  /** The most recent refusals, newest last (at most REFUSALS_KEPT). */
  refusals: Refusal[]
}

export const REFUSALS_KEPT = 50

export function emptySyncState(serverUrl: string): SyncState {
  return {
    format: 'barta.newsroom-sync',
    version: 1,
    serverUrl,
    outbox: [],
    bases: {},
    conflicts: {},
    cursor: 0,
    lastSyncAt: null,
    refusals: []
  }
}

export class LinkFiles {
  readonly connectionPath: string
  readonly syncPath: string

  constructor(private readonly dataDir: string) {
    this.connectionPath = join(dataDir, 'newsroom.json')
    this.syncPath = join(dataDir, 'newsroom-sync.json')
  }

  /** A damaged file is set aside (quarantine/) and read as absent: the library still opens. */
  private async readJson<T extends { format: string }>(path: string, format: string): Promise<T | null> {
    let text: string
    try {
      text = await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    try {
      const parsed = JSON.parse(text) as T
      if (parsed?.format !== format) throw new Error(`not a ${format} file`)
      return parsed
    } catch {
      await quarantine(this.dataDir, path).catch(() => undefined)
      return null
    }
  }

  readConnection(): Promise<LinkConnection | null> {
    return this.readJson<LinkConnection>(this.connectionPath, 'barta.newsroom')
  }

  async writeConnection(connection: LinkConnection | null): Promise<void> {
    if (connection === null) await rm(this.connectionPath, { force: true })
    else await writeFileDurably(this.connectionPath, JSON.stringify(connection, null, 1))
  }

  readSync(): Promise<SyncState | null> {
    return this.readJson<SyncState>(this.syncPath, 'barta.newsroom-sync')
  }

  writeSync(state: SyncState): Promise<void> {
    return writeFileDurably(this.syncPath, JSON.stringify(state))
  }
}
