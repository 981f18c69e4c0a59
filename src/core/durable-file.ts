import { open, readFile, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import type { Adapter } from 'lowdb'

/** Thrown when a file exists but cannot be parsed: the caller decides how to recover, nothing is overwritten. */
export class CorruptFileError extends Error {
  constructor(
    readonly path: string,
    reason: string
  ) {
    super(`${path}: ${reason}`)
    this.name = 'CorruptFileError'
  }
}

/** The file operations the durable writer needs: a seam, so a test can record them and cut the power after each one. */
export interface WriterFileSystem {
  open(path: string, flags: 'w' | 'r', mode?: number): Promise<WriterFileHandle>
  rename(from: string, to: string): Promise<void>
  rm(path: string, options: { force: true }): Promise<void>
}

export interface WriterFileHandle {
  writeFile(content: string | Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export const nodeFileSystem: WriterFileSystem = { open, rename, rm }

/**
 * Writes `content` so that after a crash at any instant the file holds either the old or the new content, whole:
 * temp file in the same directory → fsync → rename over the target → fsync the directory (so the rename itself is
 * on disk). lowdb's own writer (steno) renames without fsync.
 */
export async function writeFileDurably(path: string, content: string | Uint8Array, fs: WriterFileSystem = nodeFileSystem): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await fs.open(temp, 'w', 0o600)
  try {
    await handle.writeFile(content)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => {})
    await fs.rm(temp, { force: true })
    throw error
  }
  await handle.close()
  try {
    await fs.rename(temp, path)
  } catch (error) {
    await fs.rm(temp, { force: true })
    throw error
  }
  await syncDirectory(dirname(path), fs)
}

async function syncDirectory(dir: string, fs: WriterFileSystem): Promise<void> {
  const handle = await fs.open(dir, 'r')
  try {
    await handle.sync()
  } catch {
    // Some platforms (Windows) cannot fsync a directory; the rename is still atomic there.
  } finally {
    await handle.close()
  }
}

/** A lowdb adapter over writeFileDurably. Missing file → null; empty or unparsable file → CorruptFileError. */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(readonly path: string) {}

  async read(): Promise<T | null> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
    if (text.trim() === '') throw new CorruptFileError(this.path, 'empty file')
    try {
      return JSON.parse(text) as T
    } catch (error) {
      throw new CorruptFileError(this.path, (error as Error).message)
    }
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, JSON.stringify(data, null, 1))
  }
}
