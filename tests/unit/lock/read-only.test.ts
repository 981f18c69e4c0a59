import { describe, expect, it } from 'vitest'
import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { readdir, readFile, stat, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { createServices } from '../../../src/core'
import { withTempDir } from '../helpers/tmp'

/**
 * A library opened read-only (what `barta list` and `barta export` do while nobody owns the folder) reads everything
 * a writer acknowledged — journal included — and changes nothing: no lock, no compaction, no quarantine, no writes.
 */
async function folderState(dir: string): Promise<Record<string, string>> {
  const state: Record<string, string> = {}
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name)
    const info = await stat(path)
    state[relative(dir, path)] = entry.isFile()
      ? `${info.size} ${info.mtimeMs} ${createHash('sha256')
          .update(await readFile(path))
          .digest('hex')}`
      : `dir ${info.mtimeMs}`
  }
  return state
}

describe('a library opened read-only', () => {
  it('lists what the journal holds, leaves damage where it is, refuses writes, and changes no byte', async () => {
    await withTempDir(async (dir) => {
      const writer = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      const ids: string[] = []
      for (const headline of ['বন্যা', 'বাজেট', 'নির্বাচন']) {
        const created = await writer.handlers['article.create']({ content: { headline } })
        if (!created.ok) throw new Error(created.message.en)
        ids.push(created.value.id)
      }
      await writer.handlers['article.trash']({ id: ids[1]! })
      // The writer "dies": its lock goes, but the index was never compacted (library.journal holds everything).
      await writer.lock!.release()
      expect(existsSync(join(dir, 'library.journal'))).toBe(true)
      await writeFile(join(dir, 'articles', 'deadbeef-0000.json'), '{"format": "barta.article-file", "vers')
      const before = await folderState(dir)

      const reader = await createServices({ dataDir: dir, transport: 'http', version: 'test', readOnly: true })
      expect(reader.lock).toBeNull()
      const listed = await reader.handlers['library.list']({})
      expect(listed.ok && listed.value.items.map((item) => item.id).sort()).toEqual([ids[0], ids[2]].sort())
      const trashed = await reader.handlers['library.list']({ trash: 'only' })
      expect(trashed.ok && trashed.value.items.map((item) => item.id)).toEqual([ids[1]])
      expect((await reader.handlers['library.notices']({})).ok).toBe(true)
      const notices = await reader.handlers['library.notices']({})
      expect(notices.ok && notices.value.map((notice) => notice.file)).toEqual(['articles/deadbeef-0000.json'])

      for (const refused of [
        await reader.handlers['article.save']({ id: ids[0]!, baseRevision: 1, patch: { headline: 'না' } }),
        await reader.handlers['article.create']({ content: { headline: 'না' } }),
        await reader.handlers['article.trash']({ id: ids[0]! }),
        await reader.handlers['trash.empty']({}),
        await reader.handlers['settings.update']({ patch: { site: { siteName: 'না' } } })
      ]) {
        expect(refused).toMatchObject({ ok: false, message: { bn: 'লাইব্রেরিটি কেবল পড়ার জন্য খোলা হয়েছে; কিছুই লেখা হয়নি।' } })
      }
      const exported = await reader.handlers['export.article']({ id: ids[0]!, format: 'html' })
      expect(exported.ok).toBe(true)
      await reader.close()
      expect(await folderState(dir)).toEqual(before)
    })
  })

  it('does not create a data folder that is not there', async () => {
    await withTempDir(async (dir) => {
      const missing = join(dir, 'not-yet')
      const reader = await createServices({ dataDir: missing, transport: 'http', version: 'test', readOnly: true })
      expect(await reader.handlers['library.list']({})).toMatchObject({ ok: true, value: { total: 0, items: [] } })
      await reader.close()
      expect(existsSync(missing)).toBe(false)
    })
  })
})
