import { posix } from 'node:path'
import type { WriterFileHandle, WriterFileSystem } from '../../../src/core/durable-file'

/**
 * An in-memory file system with the durability rules POSIX promises, and no more: a file's data reaches the disk only
 * when the file is fsynced, and a directory entry (a created, renamed or removed name) only when its directory is
 * fsynced. After every operation it records what the disk would hold if the power went out right then, so a test can
 * look at each of those states.
 */
interface Inode {
  id: number
  volatile: Uint8Array
  durable: Uint8Array
}

interface Directory {
  volatile: Map<string, Inode>
  durable: Map<string, Inode>
}

export interface Operation {
  op: 'open' | 'write' | 'fsync' | 'close' | 'rename' | 'rm' | 'fsync-dir' | 'open-dir' | 'close-dir'
  path: string
  to?: string
}

/** What survives a power cut: every name the disk knows, with the data the disk holds for it. */
export type DiskState = ReadonlyMap<string, string>

export class PowerLossFileSystem implements WriterFileSystem {
  readonly operations: Operation[] = []
  /** afterPowerLoss[i]: the disk after operations[0..i] (index 0 is before any operation). */
  readonly afterPowerLoss: DiskState[] = []
  private readonly directories = new Map<string, Directory>()
  private nextInode = 1
  private failOn?: (operation: Operation) => boolean

  /** Files that exist and are durable before the test starts. */
  constructor(files: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(files)) {
      const data = new TextEncoder().encode(text)
      const inode: Inode = { id: this.nextInode++, volatile: data, durable: data }
      const dir = this.directory(posix.dirname(path))
      dir.volatile.set(posix.basename(path), inode)
      dir.durable.set(posix.basename(path), inode)
    }
    this.afterPowerLoss.push(this.disk())
  }

  /** Makes the first operation that matches fail with EIO, as a failing disk would. */
  failWhen(predicate: (operation: Operation) => boolean): void {
    this.failOn = predicate
  }

  /** What a program would read now (no power cut): names and contents as the page cache has them. */
  visible(): DiskState {
    const state = new Map<string, string>()
    for (const [dirPath, dir] of this.directories)
      for (const [name, inode] of dir.volatile) state.set(posix.join(dirPath, name), new TextDecoder().decode(inode.volatile))
    return state
  }

  async open(path: string, flags: 'w' | 'r'): Promise<WriterFileHandle> {
    if (flags === 'r') return this.openDirectory(path)
    this.record({ op: 'open', path })
    const dir = this.directory(posix.dirname(path))
    const inode: Inode = { id: this.nextInode++, volatile: new Uint8Array(0), durable: new Uint8Array(0) }
    dir.volatile.set(posix.basename(path), inode)
    this.snapshot()
    let closed = false
    return {
      writeFile: async (content) => {
        this.record({ op: 'write', path })
        if (closed) throw new Error('write after close')
        inode.volatile = typeof content === 'string' ? new TextEncoder().encode(content) : new Uint8Array(content)
        this.snapshot()
      },
      sync: async () => {
        this.record({ op: 'fsync', path })
        inode.durable = inode.volatile
        this.snapshot()
      },
      close: async () => {
        this.record({ op: 'close', path })
        closed = true
        this.snapshot()
      }
    }
  }

  async rename(from: string, to: string): Promise<void> {
    this.record({ op: 'rename', path: from, to })
    const source = this.directory(posix.dirname(from))
    const inode = source.volatile.get(posix.basename(from))
    if (!inode) throw Object.assign(new Error(`ENOENT: ${from}`), { code: 'ENOENT' })
    source.volatile.delete(posix.basename(from))
    this.directory(posix.dirname(to)).volatile.set(posix.basename(to), inode)
    this.snapshot()
  }

  async rm(path: string): Promise<void> {
    this.record({ op: 'rm', path })
    this.directory(posix.dirname(path)).volatile.delete(posix.basename(path))
    this.snapshot()
  }

  private async openDirectory(path: string): Promise<WriterFileHandle> {
    this.record({ op: 'open-dir', path })
    const dir = this.directory(path)
    this.snapshot()
    return {
      writeFile: async () => {
        throw new Error('EISDIR')
      },
      sync: async () => {
        this.record({ op: 'fsync-dir', path })
        dir.durable = new Map(dir.volatile)
        this.snapshot()
      },
      close: async () => {
        this.record({ op: 'close-dir', path })
        this.snapshot()
      }
    }
  }

  private record(operation: Operation): void {
    this.operations.push(operation)
    if (this.failOn?.(operation)) {
      this.failOn = undefined
      this.snapshot()
      throw Object.assign(new Error(`EIO: ${operation.op} ${operation.path}`), { code: 'EIO' })
    }
  }

  private snapshot(): void {
    this.afterPowerLoss.push(this.disk())
  }

  /** The durable view: directory entries as last fsynced, each with its data as last fsynced. */
  private disk(): DiskState {
    const state = new Map<string, string>()
    for (const [dirPath, dir] of this.directories)
      for (const [name, inode] of dir.durable) state.set(posix.join(dirPath, name), new TextDecoder().decode(inode.durable))
    return state
  }

  private directory(path: string): Directory {
    let dir = this.directories.get(path)
    if (!dir) {
      dir = { volatile: new Map(), durable: new Map() }
      this.directories.set(path, dir)
    }
    return dir
  }
}
