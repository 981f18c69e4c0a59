import { describe, expect, it } from 'vitest'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { cli } from './run-cli'
import { withTempDir } from '../helpers/tmp'

describe('the barta CLI', () => {
  it('imports a package, lists it and exports it in every text format', async () => {
    await withTempDir(async (dir) => {
      const data = ['--data', join(dir, 'data')]
      const imported = await cli(['import', 'tests/fixtures/articles/tista.barta.json', ...data])
      expect(imported.code).toBe(0)
      // The package says «published»: it is filed as submitted, and the CLI says so on stderr (ids alone on stdout).
      expect(imported.err).toMatch(/^barta: tista\.barta\.json: সতর্কতা: .*«জমা».* \/ warning: .*filed here as submitted.*\(published\)\n$/)
      const id = imported.out.trim()
      expect(id).toMatch(/^[a-z0-9-]{8,}$/)

      const listed = await cli(['list', ...data])
      expect(listed.out).toContain(`${id}\t`)
      const json = JSON.parse((await cli(['list', '--json', ...data])).out)
      expect(json[0]).toMatchObject({ id })

      const html = await cli(['export', id, '--format', 'html', '--out', join(dir, 'out', 'story.html'), ...data])
      expect(html.code).toBe(0)
      expect(await readFile(join(dir, 'out', 'story.html'), 'utf8')).toContain('<html lang="bn"')
      expect((await cli(['export', id, '--format', 'html-folder', '--out', join(dir, 'site'), ...data])).code).toBe(0)
      expect((await readdir(join(dir, 'site'))).sort()).toEqual(['assets', 'index.html'])
      expect((await cli(['export', id, '--format', 'ninjs', '--out', join(dir, 'story.ninjs.json'), ...data])).code).toBe(0)
      expect(JSON.parse(await readFile(join(dir, 'story.ninjs.json'), 'utf8'))).toMatchObject({ language: 'bn', type: 'text' })
      expect((await cli(['export', id, '--format', 'json', '--out', join(dir, 'story.barta.json'), ...data])).code).toBe(0)
      expect(await readFile(join(dir, 'story.barta.json'), 'utf8')).toContain('"format": "barta.article"')
    })
  })

  it('answers usage errors with exit code 2 and user errors with 1, one bilingual line each', async () => {
    await withTempDir(async (dir) => {
      const data = ['--data', dir]
      expect((await cli(['frobnicate', ...data])).code).toBe(2)
      expect((await cli(['list', '--colour', ...data])).code).toBe(2)
      expect((await cli(['export', 'abcdefgh-1', '--out', join(dir, 'x'), ...data])).code).toBe(2)
      const missing = await cli(['import', join(dir, 'nope.json'), ...data])
      expect(missing.code).toBe(1)
      expect(missing.err).toMatch(/^barta: ফাইলটি পাওয়া যায়নি: .* \/ File not found: /)
      await writeFile(join(dir, 'broken.json'), '{"format": "barta.article", "version": 1, "article": {"headline": 5}}')
      const broken = await cli(['import', join(dir, 'broken.json'), ...data])
      expect(broken.code).toBe(1)
      expect(broken.err.split('\n').filter(Boolean)).toHaveLength(1)
      expect((await cli(['export', 'ffffffff-0000', '--format', 'json', '--out', join(dir, 'x.json'), ...data])).code).toBe(1)
    })
  })
})
