import { execFileSync } from 'node:child_process'
import { open, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A real small disk for the disk-fault tests: a tmpfs mounted for the test (root here; root ignores file modes, so a
 * chmod'ed folder would not refuse anything). Remounting it read-only gives EROFS; filling it gives ENOSPC — the
 * kernel's own errors, nothing injected. Where mounting is not allowed the caller skips with the printed reason.
 */
export interface SmallDisk {
  dir: string
  readOnly(): void
  writable(): void
  /** Fills the disk to the last page; returns a function that frees the space again. */
  fill(): Promise<() => Promise<void>>
  remove(): Promise<void>
}

export async function mountSmallDisk(sizeKiB: number): Promise<SmallDisk | string> {
  if (process.platform !== 'linux') return `a tmpfs can only be mounted on Linux (this is ${process.platform})`
  const dir = await mkdtemp(join(tmpdir(), 'barta-disk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k,mode=0755`, 'tmpfs', dir], { stdio: 'pipe' })
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    const detail = (error as { stderr?: Buffer }).stderr?.toString().trim() || String(error)
    return `cannot mount a tmpfs here (needs root or CAP_SYS_ADMIN): ${detail}`
  }
  const remount = (mode: 'ro' | 'rw') => execFileSync('mount', ['-o', `remount,${mode}`, dir], { stdio: 'pipe' })
  return {
    dir,
    readOnly: () => remount('ro'),
    writable: () => remount('rw'),
    fill: async () => {
      const path = join(dir, 'filler.bin')
      const handle = await open(path, 'w')
      for (const size of [1024 * 1024, 4096]) {
        const chunk = Buffer.alloc(size, 1)
        for (;;) {
          try {
            await handle.write(chunk)
          } catch {
            break
          }
        }
      }
      await handle.close().catch(() => undefined)
      return () => rm(path, { force: true })
    },
    remove: async () => {
      try {
        execFileSync('umount', ['-l', dir], { stdio: 'pipe' })
      } finally {
        await rm(dir, { recursive: true, force: true })
      }
    }
  }
}
