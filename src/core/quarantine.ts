import { mkdir, rename } from 'node:fs/promises'
import { basename, join } from 'node:path'

export type { RecoveryNotice } from '../shared/library'

/**
 * Moves a damaged file into <dataDir>/quarantine/ under a timestamped name. Damaged files are never overwritten in
 * place: whatever is still in them can be recovered by hand.
 */
export async function quarantine(dataDir: string, path: string): Promise<string> {
  const folder = join(dataDir, 'quarantine')
  await mkdir(folder, { recursive: true })
  const target = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}-${basename(path)}`)
  await rename(path, target)
  return target
}
