import { describe, expect, it } from 'vitest'
import { watch } from 'node:fs'
import { mkdir, readdir, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createServices } from '../../../src/core'
import { writeFileDurably } from '../../../src/core/durable-file'
import { isLeftoverTempName } from '../../../src/core/temp-files'
import { withTempDir } from '../helpers/tmp'

/**
 * Temp files a killed writer leaves (`.<name>.<hex>.tmp`) are removed when the library opens — only ours (by their
 * exact name pattern) and only stale ones (last written before the folder lock was taken).
 */
describe('leftover temp files', () => {
  it('are named as the cleanup expects: the pattern is taken from the temp files writeFileDurably really makes', async () => {
    await withTempDir(async (dir) => {
      const seen: string[] = []
      const watcher = watch(dir, (_event, name) => name && seen.push(name))
      try {
        for (const target of ['library.json', 'abcdefgh-1234.json', '3.json', 'f00d.jpg']) await writeFileDurably(join(dir, target), '{}')
        await new Promise((done) => setTimeout(done, 100))
      } finally {
        watcher.close()
      }
      const temps = [...new Set(seen)].filter((name) => name.endsWith('.tmp'))
      expect(temps.length).toBeGreaterThanOrEqual(4)
      for (const name of temps) expect(isLeftoverTempName(name), name).toBe(true)
    })
  })

  it('are removed when the library opens, and nothing else is', async () => {
    await withTempDir(async (dir) => {
      const stale = [
        '.library.json.0123456789ab.tmp',
        'articles/.abcdefgh-1234.json.a1b2c3d4e5f6.tmp',
        'media/.f00d.jpg.00112233aabb.tmp',
        'revisions/abcdefgh-1234/.3.json.ffeeddccbbaa.tmp',
        'library.lock.4242.0123456789ab.new',
        'library.lock.takeover.0123456789abcdef.1.4242.0123456789ab.new'
      ]
      const notOurs = ['notes.tmp', '.draft.tmp', 'articles/.a.json.XYZXYZXYZXYZ.tmp', 'report.json.tmp', 'articles/.b.json.0123456789.tmp']
      const young = ['articles/.c1234567.json.0123456789ab.tmp']
      for (const folder of ['articles', 'media', 'revisions/abcdefgh-1234']) await mkdir(join(dir, folder), { recursive: true })
      const past = new Date(Date.now() - 60 * 60 * 1000)
      const future = new Date(Date.now() + 60 * 60 * 1000)
      for (const name of [...stale, ...notOurs, ...young]) {
        await writeFile(join(dir, name), 'half a file')
        await utimes(join(dir, name), past, young.includes(name) ? future : past)
      }
      const services = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      const removed = await services.leftoversRemoved
      expect(removed.map((path) => path.slice(services.lock!.dataDir.length + 1)).sort()).toEqual([...stale].sort())
      const left = (await readdir(dir, { recursive: true })).map(String)
      for (const name of stale) expect(left).not.toContain(name)
      for (const name of [...notOurs, ...young]) expect(left).toContain(name)
      await services.close()
    })
  })

  it('never include a temp file the library is writing itself right after opening', { timeout: 60_000 }, async () => {
    // File times come from the kernel's coarse clock, a few ms behind Date.now(): judged against the wall clock, the
    // first save's temp file looked older than the lock and was swept away mid-write (about 1 open in 7 failed).
    await withTempDir(async (root) => {
      let failures = 0
      for (let i = 0; i < 150; i++) {
        const services = await createServices({ dataDir: join(root, String(i)), transport: 'http', version: 'test' })
        const created = await services.handlers['article.create']({ content: { headline: `খবর ${i}` } })
        if (!created.ok) failures++
        await services.close()
      }
      expect(failures).toBe(0)
    })
  })

  it('are left alone by a library opened read-only', async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, 'articles'))
      const name = 'articles/.abcdefgh-1234.json.a1b2c3d4e5f6.tmp'
      await writeFile(join(dir, name), 'half a file')
      const past = new Date(Date.now() - 60 * 60 * 1000)
      await utimes(join(dir, name), past, past)
      const services = await createServices({ dataDir: dir, transport: 'http', version: 'test', readOnly: true })
      expect(await services.leftoversRemoved).toEqual([])
      expect((await readdir(join(dir, 'articles'))).map(String)).toContain('.abcdefgh-1234.json.a1b2c3d4e5f6.tmp')
      await services.close()
    })
  })
})
