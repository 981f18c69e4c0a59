import { describe, expect, it } from 'vitest'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LowdbArticleStore } from '../../../src/core/library-store'
import { bodyFromPlainText } from '../../../src/shared/article/body'
import { withTempDir } from '../helpers/tmp'

const HEADLINE = 'রাজধানীতে শীতের তীব্রতা বাড়ছে'
const BODY = 'ঢাকায় আজ সকালে তাপমাত্রা নেমে এসেছে ১২ ডিগ্রিতে।\nর‍্যাব জানিয়েছে, রাস্তায় যানজট কম ছিল।'

async function journalLines(dir: string): Promise<unknown[]> {
  const text = await readFile(join(dir, 'library.journal'), 'utf8').catch(() => '')
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line))
}

describe('LowdbArticleStore on a real disk', () => {
  it('writes one file per article and a journal line per save; a fresh store reads them back', async () => {
    await withTempDir(async (dir) => {
      const store = await LowdbArticleStore.open(dir)
      const created = await store.create({ headline: HEADLINE })
      expect(created.revision).toBe(1)
      const saved = await store.save(created.id, 1, { body: bodyFromPlainText(BODY) })
      expect(saved.kind).toBe('saved')

      const onDisk = JSON.parse(await readFile(join(dir, 'articles', `${created.id}.json`), 'utf8'))
      expect(onDisk).toMatchObject({ format: 'barta.article-file', version: 1 })
      expect(onDisk.article.headline).toBe(HEADLINE)
      expect(onDisk.article.body.content[1].content[0].text).toBe('র‍্যাব জানিয়েছে, রাস্তায় যানজট কম ছিল।')
      const lines = await journalLines(dir)
      expect(lines).toHaveLength(2)
      expect(lines[1]).toMatchObject({ put: { id: created.id, headline: HEADLINE, revision: 2, wordCount: 14 } })

      const reopened = await LowdbArticleStore.open(dir)
      const again = await reopened.get(created.id)
      expect(again?.headline).toBe(HEADLINE)
      expect(again?.revision).toBe(2)
      expect((await reopened.list()).items.map((entry) => entry.id)).toEqual([created.id])
      // Opening replays the journal into library.json and starts a fresh journal.
      const index = JSON.parse(await readFile(join(dir, 'library.json'), 'utf8'))
      expect(index.articles[created.id]).toMatchObject({ headline: HEADLINE, revision: 2 })
      expect(await journalLines(dir)).toEqual([])
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

  it('quarantines an empty, truncated or foreign index and rebuilds it from the article files, telling the user', async () => {
    for (const damage of ['', '{"format": "barta.lib', '{"format":"something-else","version":1,"articles":{}}', '[1,2,3]']) {
      await withTempDir(async (dir) => {
        const store = await LowdbArticleStore.open(dir)
        const created = await store.create({ headline: HEADLINE })
        await store.close()
        await writeFile(join(dir, 'library.json'), damage)
        const reopened = await LowdbArticleStore.open(dir)
        expect(
          (await reopened.list()).items.map((entry) => entry.headline),
          damage
        ).toEqual([HEADLINE])
        const quarantined = await readdir(join(dir, 'quarantine'))
        expect(quarantined).toHaveLength(1)
        expect(await readFile(join(dir, 'quarantine', quarantined[0]!), 'utf8')).toBe(damage)
        expect(reopened.notices()).toMatchObject([{ file: 'library.json' }])
        expect(reopened.notices()[0]!.recovered.bn).toMatch(/আবার তৈরি/)
        expect((await reopened.get(created.id))?.headline).toBe(HEADLINE)
      })
    }
  })

  it('repairs the index after a crash between the article write and the journal line', async () => {
    await withTempDir(async (dir) => {
      const store = await LowdbArticleStore.open(dir)
      const created = await store.create({ headline: 'পুরনো শিরোনাম' })
      await store.close()
      const path = join(dir, 'articles', `${created.id}.json`)
      const file = JSON.parse(await readFile(path, 'utf8'))
      file.article.headline = 'নতুন শিরোনাম'
      file.article.revision = 2
      await writeFile(path, JSON.stringify(file))
      const reopened = await LowdbArticleStore.open(dir)
      expect((await reopened.list()).items[0]).toMatchObject({ headline: 'নতুন শিরোনাম', revision: 2 })
    })
  })

  it('drops a torn last journal line (a save that was never acknowledged)', async () => {
    await withTempDir(async (dir) => {
      const store = await LowdbArticleStore.open(dir)
      const created = await store.create({ headline: HEADLINE })
      await writeFile(join(dir, 'library.journal'), `${await readFile(join(dir, 'library.journal'), 'utf8')}{"put":{"id":"x`)
      const reopened = await LowdbArticleStore.open(dir)
      expect((await reopened.list()).items.map((entry) => entry.id)).toEqual([created.id])
    })
  })

  it('quarantines a damaged article file, never overwrites it, and restores the story from its latest revision', async () => {
    await withTempDir(async (dir) => {
      const store = await LowdbArticleStore.open(dir)
      const created = await store.create({ headline: HEADLINE })
      await store.snapshot(created.id, 'manual')
      const lost = await store.create({ headline: 'সংস্করণহীন লেখা' })
      await store.close()
      for (const id of [created.id, lost.id]) await writeFile(join(dir, 'articles', `${id}.json`), '{ broken')
      const reopened = await LowdbArticleStore.open(dir)
      const quarantined = await readdir(join(dir, 'quarantine'))
      expect(quarantined).toHaveLength(2)
      for (const name of quarantined) expect(await readFile(join(dir, 'quarantine', name), 'utf8')).toBe('{ broken')
      expect((await reopened.get(created.id))?.headline).toBe(HEADLINE)
      expect(await reopened.get(lost.id)).toBeUndefined()
      expect(
        reopened
          .notices()
          .map((notice) => notice.file)
          .sort()
      ).toEqual([`articles/${created.id}.json`, `articles/${lost.id}.json`].sort())
    })
  })
})
