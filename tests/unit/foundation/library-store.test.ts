import { describe, expect, it } from 'vitest'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LowdbArticleStore } from '../../../src/main/services/library-store'
import { bodyFromPlainText } from '../../../src/shared/article/body'
import { withTempDir } from '../helpers/tmp'

const HEADLINE = 'রাজধানীতে শীতের তীব্রতা বাড়ছে'
const BODY = 'ঢাকায় আজ সকালে তাপমাত্রা নেমে এসেছে ১২ ডিগ্রিতে।\nর‍্যাব জানিয়েছে, রাস্তায় যানজট কম ছিল।'

describe('LowdbArticleStore on a real disk', () => {
  it('writes one file per article plus an index, and a fresh store reads them back', async () => {
    await withTempDir(async (dir) => {
      const store = await LowdbArticleStore.open(dir)
      const created = await store.create({ headline: HEADLINE })
      expect(created.revision).toBe(1)
      const saved = await store.save(created.id, 1, { body: bodyFromPlainText(BODY) })
      expect(saved.kind).toBe('saved')

      const onDisk = JSON.parse(await readFile(join(dir, 'articles', `${created.id}.json`), 'utf8'))
      expect(onDisk.format).toBe('barta.article-file')
      expect(onDisk.article.headline).toBe(HEADLINE)
      expect(onDisk.article.body.content[1].content[0].text).toBe('র‍্যাব জানিয়েছে, রাস্তায় যানজট কম ছিল।')
      const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))
      expect(index.articles[created.id]).toMatchObject({ headline: HEADLINE, revision: 2, wordCount: 14 })

      const reopened = await LowdbArticleStore.open(dir)
      const again = await reopened.get(created.id)
      expect(again?.headline).toBe(HEADLINE)
      expect(again?.revision).toBe(2)
      expect((await reopened.list()).map((entry) => entry.id)).toEqual([created.id])
      expect((await readdir(join(dir, 'articles'))).filter((name) => name.endsWith('.tmp'))).toEqual([])
    })
  })

  it('refuses a save based on an old revision and keeps both texts', async () => {
    await withTempDir(async (dir) => {
      const store = await LowdbArticleStore.open(dir)
      const created = await store.create()
      await store.save(created.id, 1, { headline: 'ডেস্কের সংস্করণ' })
      const late = await store.save(created.id, 1, { headline: 'প্রতিবেদকের সংস্করণ' })
      expect(late.kind).toBe('conflict')
      if (late.kind === 'conflict') expect(late.current.headline).toBe('ডেস্কের সংস্করণ')
      expect((await store.get(created.id))?.headline).toBe('ডেস্কের সংস্করণ')
    })
  })

  it('serialises concurrent saves: each one lands, revisions are consecutive', async () => {
    await withTempDir(async (dir) => {
      const store = await LowdbArticleStore.open(dir)
      const a = await store.create()
      const b = await store.create()
      const outcomes = await Promise.all([
        store.save(a.id, 1, { headline: 'এক' }),
        store.save(b.id, 1, { headline: 'দুই' }),
        store.save(a.id, 2, { headline: 'তিন' })
      ])
      expect(outcomes.map((outcome) => outcome.kind)).toEqual(['saved', 'saved', 'saved'])
      const reopened = await LowdbArticleStore.open(dir)
      expect((await reopened.get(a.id))?.headline).toBe('তিন')
      expect((await reopened.get(b.id))?.headline).toBe('দুই')
    })
  })

  it('rebuilds a corrupt or empty index from the article files and keeps the damaged file aside', async () => {
    for (const damage of ['', '{"format": "barta.lib']) {
      await withTempDir(async (dir) => {
        const store = await LowdbArticleStore.open(dir)
        const created = await store.create({ headline: HEADLINE })
        await writeFile(join(dir, 'library.json'), damage)
        const reopened = await LowdbArticleStore.open(dir)
        expect((await reopened.list()).map((entry) => entry.headline)).toEqual([HEADLINE])
        expect((await readdir(dir)).some((name) => name.startsWith('library.json.corrupt-'))).toBe(true)
        expect((await reopened.get(created.id))?.headline).toBe(HEADLINE)
      })
    }
  })

  it('repairs the index after a crash between the article write and the index write', async () => {
    await withTempDir(async (dir) => {
      const store = await LowdbArticleStore.open(dir)
      const created = await store.create({ headline: 'পুরনো শিরোনাম' })
      const path = join(dir, 'articles', `${created.id}.json`)
      const file = JSON.parse(await readFile(path, 'utf8'))
      file.article.headline = 'নতুন শিরোনাম'
      file.article.revision = 2
      await writeFile(path, JSON.stringify(file))
      const reopened = await LowdbArticleStore.open(dir)
      expect((await reopened.list())[0]).toMatchObject({ headline: 'নতুন শিরোনাম', revision: 2 })
    })
  })

  it('reports a damaged article file and never overwrites it', async () => {
    await withTempDir(async (dir) => {
      const store = await LowdbArticleStore.open(dir)
      const created = await store.create()
      const path = join(dir, 'articles', `${created.id}.json`)
      await writeFile(path, '{ broken')
      const reopened = await LowdbArticleStore.open(dir)
      await expect(reopened.get(created.id)).rejects.toThrow(/broken|JSON|Expected/)
      await expect(reopened.save(created.id, 1, { headline: 'x' })).rejects.toThrow()
      expect(await readFile(path, 'utf8')).toBe('{ broken')
    })
  })
})
