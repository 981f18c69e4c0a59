import { describe, expect, it } from 'vitest'
import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { cli } from './run-cli'
import { withTempDir } from '../helpers/tmp'

/** `barta import` prints the new ids on stdout and, on stderr, every warning: a photo not read, a status lowered. */

const WARNING_LINE = /^barta: [^:]+: সতর্কতা: .+ \/ warning: .+$/

function ninjsItem(href: string): string {
  return JSON.stringify({
    uri: `urn:example:${href}`,
    type: 'text',
    headlines: [{ role: 'main', value: 'ঘাটে ফেরির অপেক্ষা' }],
    bodies: [{ role: 'main', contenttype: 'text/html', value: '<p>সকাল থেকে ঘাটে যানবাহনের সারি।</p>' }],
    associations: [
      { name: 'featureimage', type: 'picture', uri: 'urn:example:p', by: 'আলোকচিত্রী', renditions: [{ name: 'original', href }] }
    ]
  })
}

describe('barta import warnings', () => {
  it('prints a missing photo and a lowered status on stderr, the id alone on stdout', async () => {
    await withTempDir(async (dir) => {
      const pkg = JSON.parse(await readFile('tests/fixtures/articles/tista.barta.json', 'utf8'))
      const dropped = Object.keys(pkg.media)[0]!
      delete pkg.media[dropped]
      const file = join(dir, 'tista-no-photo.barta.json')
      await writeFile(file, JSON.stringify(pkg))
      const result = await cli(['import', file, '--data', join(dir, 'data')])
      expect(result.code).toBe(0)
      expect(result.out).toMatch(/^[a-z0-9-]{8,}\n$/)
      const lines = result.err.trim().split('\n')
      for (const line of lines) expect(line).toMatch(WARNING_LINE)
      expect(lines.find((line) => line.includes(dropped))).toContain('প্যাকেজে একটি ছবি ছিল না')
      expect(lines.find((line) => line.includes('(published)'))).toContain('filed here as submitted')
    })
  })

  it('says on stderr, and with exit code 1, when a package waits for a decision in the app', async () => {
    await withTempDir(async (dir) => {
      const data = ['--data', join(dir, 'data')]
      expect((await cli(['import', 'tests/fixtures/articles/tista.barta.json', ...data])).code).toBe(0)
      const pkg = JSON.parse(await readFile('tests/fixtures/articles/tista.barta.json', 'utf8'))
      pkg.article.headline = `${pkg.article.headline} — অন্য সংস্করণ`
      const changed = join(dir, 'tista-changed.barta.json')
      await writeFile(changed, JSON.stringify(pkg))
      const result = await cli(['import', changed, ...data])
      expect(result.code).toBe(1)
      expect(result.out).toBe('')
      expect(result.err.trim()).toMatch(WARNING_LINE)
      expect(result.err).toContain('already holds this story')
    })
  })

  it('reads only the photos a ninjs item names from beside it, and warns about one that is not there', async () => {
    await withTempDir(async (dir) => {
      await copyFile('tests/fixtures/articles/river.jpg', join(dir, 'a001.jpg'))
      await copyFile('tests/fixtures/images/village.png', join(dir, 'unrelated.png'))
      await writeFile(join(dir, 'with-photo.json'), ninjsItem('a001.jpg'))
      await writeFile(join(dir, 'without-photo.json'), ninjsItem('missing.jpg'))
      const data = ['--data', join(dir, 'data')]
      const withPhoto = await cli(['import', join(dir, 'with-photo.json'), ...data])
      expect(withPhoto).toMatchObject({ code: 0, err: '' })
      expect(await readdir(join(dir, 'data', 'media'))).toHaveLength(1)
      const without = await cli(['import', join(dir, 'without-photo.json'), ...data])
      expect(without.code).toBe(0)
      expect(without.err.trim()).toMatch(WARNING_LINE)
      expect(without.err).toContain('missing.jpg')
      expect(without.err).toContain('The photo could not be fetched')
    })
  })
})
