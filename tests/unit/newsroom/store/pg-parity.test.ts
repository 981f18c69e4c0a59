import { describe, expect, it } from 'vitest'
import { LowdbArticleStore } from '../../../../src/core/library-store'
import type { ArticleStore } from '../../../../src/core/article-store'
import { PgArticleStore } from '../../../../src/newsroom/store/pg-article-store'
import { bodyFromPlainText } from '../../../../src/shared/article/body'
import { emptyContent, type Article, type ArticleStatus } from '../../../../src/shared/article/model'
import type { ListQuery } from '../../../../src/shared/library'
import { withTempDir } from '../../helpers/tmp'
import { CHIEF, DESK, REPORTER, usePostgres } from './pg-fixture'

const postgres = usePostgres()

const START = Date.parse('2026-02-01T04:00:00Z')
const HOUR = 60 * 60 * 1000

/** Twelve stories of a small desk: states, sections, owners and bylines that the filters and the search tell apart. */
function stories(): Article[] {
  const lines: Array<[string, string, string, ArticleStatus, string]> = [
    ['রাজধানীতে শীতের তীব্রতা বাড়ছে', 'ঢাকায় আজ সকালে তাপমাত্রা নেমে এসেছে ১২ ডিগ্রিতে।', 'জাতীয়', 'draft', 'রাহেলা খাতুন'],
    ['পদ্মা সেতুতে যান চলাচল স্বাভাবিক', 'সেতু কর্তৃপক্ষ জানিয়েছে, টোল আদায় বেড়েছে।', 'অর্থনীতি', 'submitted', 'করিম উদ্দিন'],
    ['চট্টগ্রাম বন্দরে কনটেইনার জট', 'বন্দরে জাহাজের অপেক্ষা বাড়ছে; ব্যবসায়ীরা উদ্বিগ্ন।', 'অর্থনীতি', 'editing', 'রাহেলা খাতুন'],
    ['বইমেলায় নতুন বইয়ের ভিড়', 'একুশে বইমেলায় প্রথম দিনেই এসেছে দুই শতাধিক নতুন বই।', 'সংস্কৃতি', 'approved', 'নাসরিন আক্তার'],
    ['ক্রিকেটে বাংলাদেশের জয়', 'মিরপুরে শেষ ওভারের রোমাঞ্চে জিতেছে বাংলাদেশ।', 'খেলা', 'published', 'তানভীর হাসান'],
    ['সিলেটে আকস্মিক বন্যা', 'সুরমা নদীর পানি বিপৎসীমার ওপরে; শীতেও বৃষ্টি।', 'জাতীয়', 'returned', 'করিম উদ্দিন'],
    ['শীতের পিঠা উৎসব', 'শিল্পকলা একাডেমিতে পিঠা উৎসব শুরু হয়েছে।', 'সংস্কৃতি', 'draft', 'নাসরিন আক্তার'],
    ['রেলের নতুন সময়সূচি', 'আগামী মাস থেকে আন্তঃনগর ট্রেনের সময় বদলাচ্ছে।', 'জাতীয়', 'killed', 'তানভীর হাসান'],
    ['শেয়ারবাজারে সূচক বেড়েছে', 'ডিএসইতে লেনদেন বেড়েছে ১৫ শতাংশ।', 'অর্থনীতি', 'draft', 'করিম উদ্দিন'],
    ['র‍্যাবের অভিযানে আটক ৫', 'রাজধানীর মিরপুরে অভিযান চালিয়েছে র‍্যাব।', 'জাতীয়', 'submitted', 'রাহেলা খাতুন'],
    ['বাঘের সংখ্যা বেড়েছে সুন্দরবনে', 'নতুন জরিপে সুন্দরবনে বাঘ বেড়েছে।', 'পরিবেশ', 'editing', 'নাসরিন আক্তার'],
    ['ঢাকায় মেট্রোরেলের নতুন স্টেশন', 'মতিঝিল পর্যন্ত মেট্রোরেল চলবে আগামী সপ্তাহে।', 'জাতীয়', 'draft', 'তানভীর হাসান']
  ]
  const owners = [REPORTER, DESK, CHIEF]
  return lines.map(([headline, body, section, status, byline], index) => {
    const at = new Date(START + index * HOUR).toISOString()
    const published = status === 'published'
    return {
      ...emptyContent(),
      headline,
      body: bodyFromPlainText(body),
      section,
      byline,
      id: `story-${String(index).padStart(4, '0')}-parity`,
      status,
      owner: owners[index % owners.length]!,
      workflow: status === 'draft' ? [] : [{ at, by: DESK, from: 'draft', to: status, note: '' }],
      notes: [],
      createdAt: at,
      modifiedAt: new Date(START + ((index * 7) % 12) * HOUR).toISOString(),
      revision: 1,
      ...(published
        ? {
            publication: {
              version: 1,
              at,
              by: CHIEF,
              headline,
              slug: 'cricket-win',
              publishedAt: at,
              contentUpdatedAt: '',
              corrections: []
            }
          }
        : {})
    } as Article
  })
}

/** The same calls on both stores, in the same order, on the same clock. */
async function fill(store: ArticleStore, tick: () => void): Promise<void> {
  for (const article of stories()) await store.adopt(article)
  tick()
  await store.save('story-0000-parity', 1, { headline: 'রাজধানীতে শীতের তীব্রতা আরও বাড়ছে' })
  tick()
  await store.save('story-0006-parity', 1, { body: bodyFromPlainText('পিঠা উৎসবে ভাপা আর চিতই পিঠার ভিড়।') })
  tick()
  await store.trash('story-0007-parity')
  tick()
  await store.trash('story-0008-parity')
  tick()
  await store.restoreFromTrash('story-0008-parity')
}

async function waitForSearch(store: ArticleStore): Promise<void> {
  store.warmSearch()
  await expect.poll(() => store.searchProgress().complete, { timeout: 10_000 }).toBe(true)
}

const QUERIES: ListQuery[] = [
  {},
  { sort: 'headline', order: 'asc' },
  { sort: 'created', order: 'asc', limit: 5 },
  { status: ['draft', 'submitted'] },
  { section: 'জাতীয়', sort: 'headline' },
  { ownerId: REPORTER.id },
  { byline: 'রাহেলা' },
  { trash: 'only' },
  { trash: 'include', sort: 'modified', order: 'asc' },
  { from: new Date(START + 3 * HOUR).toISOString(), to: new Date(START + 8 * HOUR).toISOString() },
  { published: { from: new Date(START).toISOString() }, countPublished: { from: new Date(START).toISOString() } },
  { ids: ['story-0003-parity', 'story-0005-parity', 'no-such-story'] },
  { limit: 4, offset: 6 }
]

const SEARCHES = ['শীত', 'মিরপুর', 'র‍্যাব', 'বাংলাদেশ জয়', 'অর্থনীতি', 'পিঠা', 'রাহেলা', 'কিছুই-নেই']

describe('PgArticleStore answers lists and searches as the library on disk does', () => {
  it('gives the same pages, counts, cursors and search hits for the same stories', async () => {
    await withTempDir(async (dir) => {
      const time = { now: START + 20 * HOUR }
      const now = () => new Date(time.now)
      const tick = () => (time.now += 60_000)
      const local = await LowdbArticleStore.open(dir, { now, author: () => REPORTER.name })
      await fill(local, tick)
      time.now = START + 20 * HOUR
      const { pool } = await postgres.database()
      const remote = new PgArticleStore(pool, { now, author: () => REPORTER })
      await fill(remote, tick)

      for (const query of QUERIES) {
        const [mine, theirs] = await Promise.all([local.list(query), remote.list(query)])
        const { version: _a, ...expected } = mine
        const { version: _b, ...actual } = theirs
        expect(actual, JSON.stringify(query)).toEqual(expected)
      }
      // Walking the list page by page with cursors gives the same pages too.
      let after: string | undefined
      do {
        const query: ListQuery = { sort: 'headline', limit: 5, ...(after ? { after } : {}) }
        const [mine, theirs] = await Promise.all([local.list(query), remote.list(query)])
        expect(theirs.items).toEqual(mine.items)
        expect(theirs.next).toBe(mine.next)
        after = mine.next ?? undefined
      } while (after)

      await waitForSearch(local)
      await waitForSearch(remote)
      for (const text of SEARCHES) {
        const [mine, theirs] = await Promise.all([local.search({ query: text }), remote.search({ query: text })])
        const { version: _a, ...expected } = mine
        const { version: _b, ...actual } = theirs
        expect(actual, text).toEqual(expected)
      }
      expect((await remote.search({ query: 'শীত' })).total).toBeGreaterThan(0)
      expect((await remote.search({ query: 'শীত', status: ['draft'], ownerId: REPORTER.id })).items.map((item) => item.id)).toEqual(
        (await local.search({ query: 'শীত', status: ['draft'], ownerId: REPORTER.id })).items.map((item) => item.id)
      )
      await local.close()
      await remote.close()
    })
  })

  it('sees what another server wrote: a list and a search after its save show the new text', async () => {
    const db = await postgres.database()
    const first = new PgArticleStore(db.pool, { author: () => REPORTER })
    const second = new PgArticleStore(db.another(), { author: () => DESK })
    const created = await first.create({ headline: 'পুরনো শিরোনাম', body: bodyFromPlainText('আগের লেখা') })
    await waitForSearch(second)
    expect((await second.list()).items.map((item) => item.headline)).toEqual(['পুরনো শিরোনাম'])
    await first.save(created.id, 1, { headline: 'নতুন শিরোনাম', body: bodyFromPlainText('বদলানো লেখায় কাঁঠাল আছে') })
    expect((await second.list()).items.map((item) => item.headline)).toEqual(['নতুন শিরোনাম'])
    expect((await second.search({ query: 'কাঁঠাল' })).items.map((item) => item.id)).toEqual([created.id])
    expect((await second.search({ query: 'আগের' })).total).toBe(0)
    await first.trash(created.id)
    expect((await second.list()).total).toBe(0)
    expect((await second.search({ query: 'কাঁঠাল' })).total).toBe(0)
  })
})
