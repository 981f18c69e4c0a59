/**
 * Store bench: save, open, list and search at 100, 1,000 and 10,000 generated Bengali stories of
 * ~800 words, beside plain single-file lowdb at the same sizes (the baseline), in the same run. Lists are measured as
 * they travel (serialized to JSON): one page, the walk through every page, and the whole list in one answer (what the
 * library shipped before paging). Search: the first query and the whole build without a saved index, the first query
 * with one, and a build cut short at half and resumed.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { JSONFile } from 'lowdb/node'
import { LowdbArticleStore } from '../../src/core/library-store'
import { bodyFromPlainText } from '../../src/shared/article/body'
import type { ArticlePatch } from '../../src/shared/article/model'

const WORDS = (
  'সরকার সংসদ বাজেট নির্বাচন কমিশন রাজধানী ঢাকা চট্টগ্রাম খুলনা রাজশাহী বরিশাল সিলেট রংপুর ময়মনসিংহ নদী বন্দর ধান চাল বাজার দাম ' +
  'বৃষ্টি বন্যা শীত গরম মেট্রোরেল সেতু সড়ক দুর্ঘটনা পুলিশ আদালত মামলা রায় শিক্ষা বিশ্ববিদ্যালয় পরীক্ষা ফল স্বাস্থ্য হাসপাতাল চিকিৎসা ' +
  'ডাক্তার রোগী বিদ্যুৎ গ্যাস পানি কৃষক শ্রমিক পোশাক কারখানা রপ্তানি আমদানি ব্যাংক টাকা ডলার খেলা ক্রিকেট ফুটবল দল জয় পরাজয় ' +
  'প্রধানমন্ত্রী মন্ত্রী সচিব জেলা উপজেলা ইউনিয়ন গ্রাম মানুষ জীবন সংবাদ প্রতিবেদক জানিয়েছেন বলেন করেছে হয়েছে হবে থেকে পর্যন্ত'
).split(' ')

function story(seed: number, words = 800): ArticlePatch {
  let state = seed * 2654435761
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return WORDS[state % WORDS.length]!
  }
  const paragraphs: string[] = []
  for (let written = 0; written < words;) {
    const length = 40 + (written % 60)
    paragraphs.push(`${Array.from({ length }, next).join(' ')}।`)
    written += length
  }
  return {
    headline: `${next()} ${next()} ${next()} ${seed}`,
    byline: 'নিজস্ব প্রতিবেদক',
    section: 'জাতীয়',
    body: bodyFromPlainText(paragraphs.join('\n'))
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}
const ms = (value: number) => `${value.toFixed(2)} ms`

async function time<T>(work: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now()
  const value = await work()
  return [performance.now() - start, value]
}

const QUERIES = ['বাজেট', 'নির্বাচন কমিশন', 'ঢাকা', 'ক্রিকেট দল', 'মেট্রোরেল', 'বিদ্যুৎ', 'প্রধানমন্ত্রী', 'রপ্তানি', 'হাসপাতাল', 'ধান']

/** Opens the library, builds the search index until half of it is there, and quits: a build cut short. */
async function interruptBuild(dir: string, size: number): Promise<void> {
  const store = await LowdbArticleStore.open(dir)
  store.warmSearch()
  const deadline = performance.now() + 120_000
  while (store.searchProgress().indexed < size / 2 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10))
  await store.close()
}

async function measureBarta(size: number, root: string) {
  const dir = join(root, `barta-${size}`)
  let store = await LowdbArticleStore.open(dir)
  const ids: string[] = []
  for (let i = 0; i < size; i++) ids.push((await store.create(story(i))).id)
  await store.close()

  const [openMs, reopened] = await time(() => LowdbArticleStore.open(dir))
  store = reopened
  // No saved index (the library was filled without ever searching): the first search answers while the build runs
  // (first, so that no list call has made the builder yield to the desk).
  const buildStarted = performance.now()
  const [firstSearchMs, firstHits] = await time(() => store.search({ query: 'বাজেট' }))
  await store.searchBuilt()
  const coldBuildMs = performance.now() - buildStarted
  const searchTimes: number[] = []
  for (const query of QUERIES) searchTimes.push((await time(() => store.search({ query })))[0])

  // What travels: the first page the way the contract serves it, and the whole list in one answer (as before paging).
  const [listMs, firstPage] = await time(async () => JSON.stringify(await store.list({ limit: 200 })))
  const next = (JSON.parse(firstPage) as { next: string | null }).next
  const [nextPageMs] = await time(async () =>
    JSON.stringify(await store.list({ limit: 200, ...(next ? { after: next } : { offset: 200 }) }))
  )
  const [walkMs] = await time(async () => {
    for (let after: string | null | undefined; after !== null;) {
      const page = await store.list({ limit: 1000, ...(after ? { after } : {}) })
      JSON.stringify(page)
      after = page.next
    }
  })
  const [headlineMs] = await time(() => store.list({ sort: 'headline', order: 'asc', limit: 200 }))
  const [fullListMs, fullList] = await time(async () => JSON.stringify(await store.list()))
  const saveTimes: number[] = []
  const revisions = new Map<string, number>()
  for (let i = 0; i < 60; i++) {
    const id = ids[(i * 7919) % ids.length]!
    const base = revisions.get(id) ?? 1
    const [elapsed, outcome] = await time(() => store.save(id, base, { headline: `সম্পাদিত ${i}`, body: story(size + i).body }))
    if (outcome.kind !== 'saved') throw new Error(outcome.kind)
    revisions.set(id, outcome.article.revision)
    saveTimes.push(elapsed)
  }
  await store.close()

  // The saved index: loaded segment by segment; the first search waits for the load.
  store = await LowdbArticleStore.open(dir)
  const [savedSearchMs] = await time(() => store.search({ query: 'নদী' }))
  await store.close()

  // A build cut short at half: the next start resumes from the segments on disk.
  await rm(join(dir, 'search'), { recursive: true, force: true })
  await interruptBuild(dir, size)
  store = await LowdbArticleStore.open(dir)
  const [resumedMs] = await time(() => store.searchBuilt())
  await store.close()
  return {
    openMs,
    listMs,
    listKilobytes: firstPage.length > 0 ? Buffer.byteLength(firstPage) / 1024 : 0,
    nextPageMs,
    walkMs,
    headlineMs,
    fullListMs,
    fullListKilobytes: Buffer.byteLength(fullList) / 1024,
    firstSearchMs,
    firstSearch: { hits: firstHits.total, indexed: firstHits.index.indexed },
    coldBuildMs,
    savedSearchMs,
    resumedMs,
    searchTimes,
    saveTimes
  }
}

async function measureBaseline(size: number, root: string) {
  const db = new Low<{ articles: Array<ArticlePatch & { id: string }> }>(new JSONFile(join(root, `plain-${size}.json`)), { articles: [] })
  for (let i = 0; i < size; i++) db.data.articles.push({ id: `a${i}`, ...story(i) })
  await db.write()
  const saveTimes: number[] = []
  for (let i = 0; i < (size >= 10_000 ? 15 : 40); i++) {
    const article = db.data.articles[(i * 7919) % size]!
    article.headline = `সম্পাদিত ${i}`
    article.body = story(size + i).body
    saveTimes.push((await time(() => db.write()))[0])
  }
  return { saveTimes }
}

export async function bench(): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), 'barta-bench-store-'))
  const lines: string[] = []
  let peakRss = 0
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50)
  const p95 = new Map<number, { barta: number; plain: number }>()
  let large10k: Awaited<ReturnType<typeof measureBarta>> | undefined
  try {
    for (const size of [100, 1000, 10_000]) {
      const barta = await measureBarta(size, root)
      const plain = await measureBaseline(size, root)
      p95.set(size, { barta: percentile(barta.saveTimes, 95), plain: percentile(plain.saveTimes, 95) })
      lines.push(
        `${String(size).padStart(6)} stories  barta save p50 ${ms(percentile(barta.saveTimes, 50))} p95 ${ms(percentile(barta.saveTimes, 95))} | ` +
          `open ${ms(barta.openMs)} | plain lowdb save p50 ${ms(percentile(plain.saveTimes, 50))} p95 ${ms(percentile(plain.saveTimes, 95))}`,
        `${String(size).padStart(6)} stories  list: first page of 200 ${ms(barta.listMs)} (${barta.listKilobytes.toFixed(1)} KB), next page ${ms(barta.nextPageMs)}, ` +
          `every page of 1000 by cursor ${ms(barta.walkMs)}, by headline ${ms(barta.headlineMs)} | the whole list in one answer ${ms(barta.fullListMs)} (${barta.fullListKilobytes.toFixed(0)} KB)`,
        `${String(size).padStart(6)} stories  search p50 ${ms(percentile(barta.searchTimes, 50))} p95 ${ms(percentile(barta.searchTimes, 95))} | ` +
          `no saved index: first search ${ms(barta.firstSearchMs)} (${barta.firstSearch.hits} hits, ${barta.firstSearch.indexed} stories indexed by then), cold build ${ms(barta.coldBuildMs)} | ` +
          `saved index: first search ${ms(barta.savedSearchMs)} | build cut at half, resumed in ${ms(barta.resumedMs)}`
      )
      if (size === 10_000) large10k = barta
    }
  } finally {
    clearInterval(sampler)
    await rm(root, { recursive: true, force: true })
  }
  const small = p95.get(100)!
  const large = p95.get(10_000)!
  lines.push(`peak RSS ${(peakRss / 1024 / 1024).toFixed(0)} MiB`)
  if (large10k) {
    lines.push(
      `store: library.list at 10000 = ${large10k.listKilobytes.toFixed(1)} KB in ${ms(large10k.listMs)} per page of 200 (the whole list in one answer: ${large10k.fullListKilobytes.toFixed(0)} KB in ${ms(large10k.fullListMs)})`,
      `store: search at 10000 without a saved index: first search ${ms(large10k.firstSearchMs)}, cold build ${(large10k.coldBuildMs / 1000).toFixed(1)} s; resumed after a cut at half ${(large10k.resumedMs / 1000).toFixed(1)} s`
    )
  }
  lines.push(
    `store: save p95 10000/100 = ${(large.barta / small.barta).toFixed(2)} (baseline ${(large.plain / small.plain).toFixed(2)}); save p95 at 10000 = ${ms(large.barta)} (target ≤ 10 ms), plain lowdb ${ms(large.plain)}`
  )
  return lines
}
