import { mkdir, rename } from 'node:fs/promises'
import { basename, join } from 'node:path'
import type { RecoveryNotice } from '../shared/library'
import type { CorruptFileError } from './durable-file'

export type { RecoveryNotice }

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

/** Read-only, a damaged article is reported and left where it is: whoever next opens the library to write sets it aside. */
export function damagedButLeft(id: string, error: CorruptFileError): RecoveryNotice {
  return {
    file: `articles/${id}.json`,
    quarantinedAs: '',
    reason: error.message,
    recovered: {
      bn: 'লেখার ফাইলটি নষ্ট; এখানে সেটি বাদ দিয়ে দেখানো হলো। অ্যাপ বা হোস্ট লাইব্রেরি খুললে ফাইলটি আলাদা করে রাখবে।',
      en: 'The article file is damaged and was left out here; the app or the host will set it aside when it opens the library.'
    }
  }
}
