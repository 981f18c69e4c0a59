import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * A fresh directory on the real disk for each test; removed afterwards. A test that leaves services open may still have
 * the search index's background build writing into it (it starts 1.5 s after opening), so the removal retries a
 * folder that gained a file while it was being emptied (ENOTEMPTY) instead of failing the test.
 */
export async function withTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'barta-test-'))
  try {
    return await work(dir)
  } finally {
    await rm(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 100 })
  }
}
