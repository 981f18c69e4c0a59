import { describe, expect, it } from 'vitest'
import { mkdir, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LowdbArticleStore } from '../../../src/core/library-store'
import { createServices } from '../../../src/core'
import { bodyFromPlainText } from '../../../src/shared/article/body'
import { withTempDir } from '../helpers/tmp'

const DAY = 24 * 60 * 60 * 1000

function clock(start = Date.parse('2024-01-21T08:27:00Z')) {
  let now = start
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) }
}

describe('trash', () => {
  it('moves to trash and back, empties on request, and purges items older than 30 days on open', async () => {
    await withTempDir(async (dir) => {
      const time = clock()
      const store = await LowdbArticleStore.open(dir, { now: time.now })
      const keep = await store.create({ headline: 'থাকবে' })
      const old = await store.create({ headline: 'পুরনো, মুছে যাবে' })
      const recent = await store.create({ headline: 'সাম্প্রতিক, ফিরবে' })
      await store.trash(old.id)
      time.advance(25 * DAY)
      await store.trash(recent.id)
      expect((await store.list()).items.map((entry) => entry.id)).toEqual([keep.id])
      expect((await store.list({ trash: 'only' })).items.map((entry) => entry.id).sort()).toEqual([old.id, recent.id].sort())
      await store.close()

      time.advance(6 * DAY)
      const reopened = await LowdbArticleStore.open(dir, { now: time.now })
      expect((await reopened.list({ trash: 'only' })).items.map((entry) => entry.id)).toEqual([recent.id])
      expect((await readdir(join(dir, 'articles'))).sort()).toEqual([`${keep.id}.json`, `${recent.id}.json`].sort())
      await reopened.restoreFromTrash(recent.id)
      expect((await reopened.list()).total).toBe(2)
      await reopened.trash(keep.id)
      expect(await reopened.emptyTrash()).toBe(1)
      expect(await readdir(join(dir, 'articles'))).toEqual([`${recent.id}.json`])
    })
  })
})

describe('revisions', () => {
  it('snapshots on demand and at most every five minutes of editing, and keeps the last 100', async () => {
    await withTempDir(async (dir) => {
      const time = clock()
      const store = await LowdbArticleStore.open(dir, { now: time.now, author: () => 'রহিম' })
      const article = await store.create({ headline: 'খসড়া' })
      let revision = 1
      for (let i = 0; i < 20; i++) {
        time.advance(30_000)
        const outcome = await store.save(article.id, revision, { headline: `খসড়া ${i}` })
        if (outcome.kind !== 'saved') throw new Error(outcome.kind)
        revision = outcome.article.revision
      }
      // 20 saves over 10 minutes: the first save snapshots (no revision yet), then one more after five minutes.
      const automatic = await store.revisions(article.id)
      expect(automatic.map((info) => info.reason)).toEqual(['interval', 'interval'])
      expect(automatic[0]).toMatchObject({ author: 'রহিম' })
      const manual = await store.snapshot(article.id, 'manual')
      expect(manual).toMatchObject({ revision, reason: 'manual', headline: 'খসড়া 19' })

      for (let i = 0; i < 110; i++) {
        await store.save(article.id, revision, { headline: `আরও ${i}` })
        revision += 1
        await store.snapshot(article.id, 'manual')
      }
      const kept = await store.revisions(article.id)
      expect(kept).toHaveLength(100)
      expect(kept[0]!.revision).toBe(revision)
      expect(await readdir(join(dir, 'revisions', article.id))).toHaveLength(100)
    })
  })

  it('restores an old revision as a new revision on top, keeping the current text as a revision too', async () => {
    await withTempDir(async (dir) => {
      const store = await LowdbArticleStore.open(dir)
      const article = await store.create({ headline: 'প্রথম শিরোনাম', body: bodyFromPlainText('প্রথম লেখা।') })
      await store.snapshot(article.id, 'manual')
      await store.save(article.id, 1, { headline: 'দ্বিতীয় শিরোনাম', body: bodyFromPlainText('নতুন লেখা।') })
      const stale = await store.restoreRevision(article.id, 1, 1)
      expect(stale.kind).toBe('conflict')
      const restored = await store.restoreRevision(article.id, 1, 2)
      expect(restored.kind).toBe('saved')
      const current = await store.get(article.id)
      expect(current).toMatchObject({ headline: 'প্রথম শিরোনাম', revision: 3 })
      const list = await store.revisions(article.id)
      expect(list.map((info) => [info.revision, info.reason])).toEqual([
        [2, 'restore'],
        [1, 'manual']
      ])
      expect((await store.revision(article.id, 2))?.content.headline).toBe('দ্বিতীয় শিরোনাম')
    })
  })
})

describe('search', () => {
  it('finds stories by headline, byline, summary and body, folding Bengali variants, digits and Latin case', async () => {
    await withTempDir(async (dir) => {
      const store = await LowdbArticleStore.open(dir)
      // য় typed as য + nukta (what some keyboards produce) and digits in Latin.
      const decomposed = await store.create({
        headline: 'নির্বাচন কমিশনের বৈঠক',
        body: bodyFromPlainText('নয\u09BCাপল্টনে যানজট 2024 সালে বেড়েছে।')
      })
      const byline = await store.create({ headline: 'খেলার খবর', byline: 'চট্টগ্রাম প্রতিনিধি' })
      const latin = await store.create({ headline: 'ঢাকা মেট্রো', summary: 'Metro Rail চালু হলো উত্তরায়' })
      const hits = async (query: string) => (await store.search({ query })).items.map((summary) => summary.id)
      expect(await hits('ন\u09DFাপল্টনে')).toEqual([decomposed.id])
      expect(await hits('যানজট')).toEqual([decomposed.id])
      expect(await hits('২০২৪')).toEqual([decomposed.id])
      expect(await hits('চট্টগ্রাম')).toEqual([byline.id])
      expect(await hits('metro rail')).toEqual([latin.id])
      expect(await hits('নির্বাচন')).toEqual([decomposed.id])
      // Kept up to date by saves, without a rebuild.
      await store.save(byline.id, 1, { body: bodyFromPlainText('উৎসবের আমেজে স্টেডিয়াম') })
      expect(await hits('উত্\u200Dসবের')).toEqual([byline.id])
      await store.trash(latin.id)
      expect(await hits('metro')).toEqual([])
    })
  })
})

describe('format versions', () => {
  it('migrates a version-0 article file forward and keeps a backup of the original', async () => {
    await withTempDir(async (dir) => {
      await mkdir(join(dir, 'articles'), { recursive: true })
      const id = 'a1b2c3d4-0000-4000-8000-000000000001'
      const stamp = '2024-01-21T08:27:00.000Z'
      const legacy = {
        article: {
          id,
          headline: 'পুরনো ফরম্যাটের লেখা',
          subheadline: '',
          byline: '',
          dateline: '',
          section: '',
          tags: [],
          summary: '',
          edition: 'online',
          publishedAt: null,
          contentUpdatedAt: null,
          slug: '',
          ednote: '',
          leadImage: null,
          status: 'draft',
          createdAt: stamp,
          modifiedAt: stamp,
          revision: 1,
          bodyText: 'প্রথম অনুচ্ছেদ।\nদ্বিতীয় অনুচ্ছেদ।'
        }
      }
      const path = join(dir, 'articles', `${id}.json`)
      await writeFile(path, JSON.stringify(legacy))
      const store = await LowdbArticleStore.open(dir)
      const article = await store.get(id)
      expect(article?.body.content).toHaveLength(2)
      expect(JSON.parse(await readFile(`${path}.v0.bak`, 'utf8'))).toEqual(legacy)
      expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ format: 'barta.article-file', version: 1 })
    })
  })

  it('refuses a file from a newer Barta and sets it aside rather than overwriting it', async () => {
    await withTempDir(async (dir) => {
      const store = await LowdbArticleStore.open(dir)
      const article = await store.create({ headline: 'ভবিষ্যতের ফাইল' })
      await store.close()
      const path = join(dir, 'articles', `${article.id}.json`)
      const file = JSON.parse(await readFile(path, 'utf8'))
      file.version = 99
      await writeFile(path, JSON.stringify(file))
      const reopened = await LowdbArticleStore.open(dir)
      expect(await reopened.get(article.id)).toBeUndefined()
      expect((await readdir(join(dir, 'quarantine'))).length).toBe(1)
    })
  })
})

describe('write failures', () => {
  it('reports a failing write as a clear error, keeps running, and the next save succeeds', async () => {
    await withTempDir(async (dir) => {
      const { handlers } = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      const created = await handlers['article.create']({ content: { headline: 'প্রথম' } })
      if (!created.ok) throw new Error('create failed')
      const id = created.value.id
      // Replace the articles folder with a plain file: every write into it fails, for any user (root included).
      const articles = join(dir, 'articles')
      await rename(articles, `${articles}-moved`)
      await writeFile(articles, 'not a folder')
      const failing = await handlers['article.save']({ id, baseRevision: 1, patch: { headline: 'দ্বিতীয়' } })
      expect(failing).toMatchObject({ ok: false, code: 'storage' })
      if (!failing.ok) expect(failing.message.bn).toMatch(/সংরক্ষণ করা যায়নি/)
      expect((await handlers['library.list']({})).ok).toBe(true)

      await rm(articles)
      await rename(`${articles}-moved`, articles)
      const retry = await handlers['article.save']({ id, baseRevision: 1, patch: { headline: 'দ্বিতীয়' } })
      expect(retry).toMatchObject({ ok: true, value: { revision: 2 } })
      const list = await handlers['library.list']({})
      expect(list.ok && list.value.items[0]?.headline).toBe('দ্বিতীয়')
    })
  })
})
