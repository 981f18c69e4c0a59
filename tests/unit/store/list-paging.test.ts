import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cp, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { LowdbArticleStore } from '../../../src/core/library-store'
import { createServices } from '../../../src/core'
import { dispatch } from '../../../src/shared/dispatch'
import type { ArticleSummary } from '../../../src/shared/article/model'
import { STATUSES } from '../../../src/shared/article/model'
import { LIST_PAGE_SIZE, type LibraryCounts, type ListPage, type ListQuery } from '../../../src/shared/library'
import type { Result } from '../../../src/shared/result'
import { OWNERS, writeBigLibrary } from './big-library'

/**
 * Paging the library at 10,000 stories: every story exactly once across the pages in every order, by cursor and by
 * offset; a cursor walk that meets creates and trashes between its calls; counts that agree with a full scan. The
 * library is written once (big-library.ts) and copied for the tests that change it.
 */
const STORIES = 10_000
let root: string
let pristine: string
let written: ArticleSummary[]

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'barta-paging-'))
  pristine = join(root, 'pristine')
  written = await writeBigLibrary(pristine, STORIES)
}, 240_000)

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function copyOf(name: string): Promise<string> {
  const dir = join(root, name)
  await cp(pristine, dir, { recursive: true })
  return dir
}

const collator = new Intl.Collator('bn', { sensitivity: 'base', numeric: true })

/** The order the list promises, written out independently: the sort key, then the id, in the asked direction. */
function expectedOrder(summaries: ArticleSummary[], sort: 'modified' | 'created' | 'headline', order: 'asc' | 'desc'): string[] {
  const key = (s: ArticleSummary) => (sort === 'headline' ? s.headline : Date.parse(sort === 'created' ? s.createdAt : s.modifiedAt))
  const direction = order === 'asc' ? 1 : -1
  return [...summaries]
    .sort((a, b) => {
      const ka = key(a)
      const kb = key(b)
      const byKey = typeof ka === 'number' && typeof kb === 'number' ? ka - kb : collator.compare(String(ka), String(kb))
      return direction * (byKey || (a.id < b.id ? -1 : 1))
    })
    .map((s) => s.id)
}

async function walk(store: LowdbArticleStore, query: ListQuery, limit: number, by: 'cursor' | 'offset'): Promise<string[]> {
  const ids: string[] = []
  for (let page = 0, after: string | null = null, offset = 0; page < 1000; page++) {
    const result = await store.list({ ...query, limit, ...(by === 'cursor' ? (after ? { after } : {}) : { offset }) })
    expect(result.offset).toBe(by === 'offset' ? offset : ids.length)
    ids.push(...result.items.map((item) => item.id))
    offset += result.items.length
    after = result.next
    if (result.next === null) {
      expect(offset).toBe(result.total)
      return ids
    }
    expect(result.items).toHaveLength(limit)
  }
  throw new Error('the walk did not end')
}

describe('library.list pages at 10,000 stories', () => {
  it(
    'returns every story exactly once across the pages, in every sort and order, by cursor and by offset',
    { timeout: 180_000 },
    async () => {
      const store = await LowdbArticleStore.open(pristine)
      try {
        const live = written.filter((s) => s.trashedAt === null)
        expect(live.length).toBeGreaterThan(9000)
        for (const sort of ['modified', 'created', 'headline'] as const) {
          for (const order of ['asc', 'desc'] as const) {
            const expected = expectedOrder(live, sort, order)
            for (const by of ['cursor', 'offset'] as const) {
              // 997 does not divide 10,000: the last page is a short one.
              const ids = await walk(store, { sort, order }, 997, by)
              expect(new Set(ids).size).toBe(ids.length)
              expect(ids).toEqual(expected)
            }
          }
        }
        // The trash, and a narrowed list (one owner, two states), page the same way.
        const trashed = written.filter((s) => s.trashedAt !== null)
        expect(await walk(store, { trash: 'only', sort: 'created', order: 'asc' }, 64, 'cursor')).toEqual(
          expectedOrder(trashed, 'created', 'asc')
        )
        const narrowed = live.filter((s) => s.ownerId === 'karim' && (s.status === 'draft' || s.status === 'returned'))
        expect(
          await walk(store, { ownerId: 'karim', status: ['draft', 'returned'], sort: 'headline', order: 'asc' }, 50, 'cursor')
        ).toEqual(expectedOrder(narrowed, 'headline', 'asc'))
      } finally {
        await store.close()
      }
    }
  )

  it('keeps a cursor walk exact while stories are created and trashed between its calls', { timeout: 180_000 }, async () => {
    const dir = await copyOf('changing')
    const store = await LowdbArticleStore.open(dir)
    try {
      for (const [sort, order] of [
        ['modified', 'desc'],
        ['created', 'asc']
      ] as const) {
        const before = (await store.list({ sort, order })).items.map((s) => s.id)
        const position = new Map(before.map((id, at) => [id, at]))
        const seen: string[] = []
        let lastOld = -1
        const trashedDuring = new Set<string>()
        const created: string[] = []
        let lastVersion = ''
        for (let after: string | null | undefined, page = 0; after !== null; page++) {
          const result = await store.list({ sort, order, limit: 500, ...(after ? { after } : {}) })
          // Something changed since the previous page, and the version says so.
          if (page > 0) expect(result.version).not.toBe(lastVersion)
          lastVersion = result.version
          for (const item of result.items) {
            expect(trashedDuring.has(item.id)).toBe(false)
            seen.push(item.id)
            lastOld = Math.max(lastOld, position.get(item.id) ?? -1)
          }
          after = result.next
          // Between two calls: three new stories, and two trashed — one already listed, one a few rows ahead.
          for (let i = 0; i < 3; i++) created.push((await store.create({ headline: `নতুন ${sort} ${page} ${i}` })).id)
          for (const id of [seen[seen.length - 3], before[lastOld + 7]]) {
            if (!id || trashedDuring.has(id) || created.includes(id)) continue
            await store.trash(id)
            trashedDuring.add(id)
          }
        }
        const listed = new Set(seen)
        expect(listed.size).toBe(seen.length)
        // Every story there from start to end was listed, in the order it had at the start.
        const old = seen.filter((id) => position.has(id))
        expect(old).toEqual(before.filter((id) => listed.has(id)))
        expect(before.filter((id) => !trashedDuring.has(id) && !listed.has(id))).toEqual([])
        // New stories sort after every old one in created-ascending order, so the walk reaches them; in
        // modified-descending order they sort before the cursor and are left to the next refresh of the top.
        expect(created.filter((id) => listed.has(id))).toEqual(sort === 'created' ? created.slice(0, seen.length - old.length) : [])
        expect(trashedDuring.size).toBeGreaterThan(20)
        for (const id of trashedDuring) await store.restoreFromTrash(id)
      }
    } finally {
      await store.close()
    }
  })

  it(
    'counts from the index agree with a full scan, for the whole library and for narrowed queries, after changes too',
    { timeout: 180_000 },
    async () => {
      // Its own library, with few stories in the trash: emptying it deletes each one durably.
      const dir = join(root, 'counting')
      const written = await writeBigLibrary(dir, STORIES, { trashEvery: 400 })
      const store = await LowdbArticleStore.open(dir)
      try {
        const scan = (summaries: ArticleSummary[], keep: (s: ArticleSummary) => boolean): LibraryCounts => {
          const counts: LibraryCounts = {
            library: 0,
            trash: 0,
            status: Object.fromEntries(STATUSES.map((s) => [s, 0])) as LibraryCounts['status']
          }
          for (const s of summaries.filter(keep)) {
            if (s.trashedAt !== null) counts.trash += 1
            else {
              counts.library += 1
              counts.status[s.status] += 1
            }
          }
          return counts
        }
        const check = async (summaries: ArticleSummary[]) => {
          const from = '2024-01-10T00:00:00.000Z'
          const to = '2024-01-20T00:00:00.000Z'
          const cases: Array<[ListQuery, (s: ArticleSummary) => boolean]> = [
            [{}, () => true],
            [{ ownerId: OWNERS[1] }, (s) => s.ownerId === OWNERS[1]],
            [{ section: 'খেলা', status: ['submitted'] }, (s) => s.section === 'খেলা'],
            [{ byline: 'নিজস্ব', trash: 'only' }, (s) => s.byline.includes('নিজস্ব')],
            [{ from, to }, (s) => Date.parse(s.modifiedAt) >= Date.parse(from) && Date.parse(s.modifiedAt) <= Date.parse(to)]
          ]
          for (const [query, keep] of cases) {
            const page = await store.list({ ...query, limit: 5 })
            expect(page.counts).toEqual(scan(summaries, keep))
            // The total is the query's own, with its state and trash filters.
            const trash = query.trash ?? 'exclude'
            const total = summaries.filter(
              (s) =>
                keep(s) &&
                (trash === 'include' || (trash === 'only') === (s.trashedAt !== null)) &&
                (!query.status || query.status.includes(s.status))
            ).length
            expect(page.total).toBe(total)
          }
        }
        await check(written)
        // Changes move the counts: a new story that is then submitted, one trashed, one restored, then the trash emptied.
        // The expected state is worked out here, from what the library was written with.
        const fresh = await store.create({ headline: 'নতুন গণনা' })
        await store.updateMeta(fresh.id, (article) => ({ ...article, status: 'submitted' }))
        const trashOne = written.find((s) => s.trashedAt === null)!
        const restoreOne = written.find((s) => s.trashedAt !== null)!
        await store.trash(trashOne.id)
        await store.restoreFromTrash(restoreOne.id)
        const freshSummary = (await store.list({ ids: [fresh.id] })).items[0]!
        expect(freshSummary.status).toBe('submitted')
        const expected = [
          ...written.map((s) =>
            s.id === trashOne.id ? { ...s, trashedAt: '2024-06-01T00:00:00.000Z' } : s.id === restoreOne.id ? { ...s, trashedAt: null } : s
          ),
          freshSummary
        ]
        await check(expected)
        expect(await store.emptyTrash()).toBe(expected.filter((s) => s.trashedAt !== null).length)
        await check(expected.filter((s) => s.trashedAt === null))
        expect((await store.list({ limit: 1 })).counts.trash).toBe(0)
      } finally {
        await store.close()
      }
    }
  )

  it(
    'serves one page per contract call: a default size, a ceiling, and a clear answer to a foreign cursor',
    { timeout: 180_000 },
    async () => {
      const services = await createServices({ dataDir: pristine, transport: 'http', version: 'test' })
      try {
        const call = (args: unknown) => dispatch(services.handlers, 'library.list', args) as Promise<Result<ListPage>>
        const first = await call({})
        expect(first.ok && first.value.items.length).toBe(LIST_PAGE_SIZE)
        expect(first.ok && first.value.total).toBe(written.filter((s) => s.trashedAt === null).length)
        expect(first.ok && first.value.counts.trash).toBe(written.filter((s) => s.trashedAt !== null).length)
        // The whole list in one answer is no longer on offer.
        expect((await call({ limit: 1001 })).ok).toBe(false)
        expect((await call({ limit: 1000 })).ok).toBe(true)
        // A cursor names a place in one ordering: offered to another, or made up, it is refused with a message.
        const next = first.ok ? first.value.next : null
        expect(next).toEqual(expect.any(String))
        const foreign = await call({ sort: 'headline', after: next })
        expect(foreign).toMatchObject({ ok: false, code: 'bad-request' })
        expect(!foreign.ok && foreign.message.bn).toMatch(/প্রথম থেকে/)
        expect(await call({ after: 'bm90LWEtY3Vyc29y' })).toMatchObject({ ok: false, code: 'bad-request' })
        expect(await call({ after: next, offset: 5 })).toMatchObject({ ok: false, code: 'bad-request' })
        const second = await call({ after: next })
        expect(second.ok && second.value.offset).toBe(LIST_PAGE_SIZE)
      } finally {
        await services.store.close()
      }
    }
  )
})
