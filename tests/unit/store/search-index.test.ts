import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { spawn } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { ArticleFiles } from '../../../src/core/article-files'
import { LowdbArticleStore } from '../../../src/core/library-store'
import { SEGMENT_SIZE } from '../../../src/core/search-index'
import { bodyToPlainText } from '../../../src/shared/article/body'
import { foldForSearch } from '../../../src/shared/bangla/fold'
import { bigLibraryArticle, bigLibraryId, writeBigLibrary } from './big-library'

/**
 * The search index at 10,000 stories: answers while it is being built, never with a trashed or deleted story; a build
 * cut short by a quit or a SIGKILL resumes from the segments on disk, and what is on disk always parses. Results are
 * checked against a brute-force scan of the stories' text with the same folding.
 */
const STORIES = 10_000
let root: string
let pristine: string
/** Folded words of each story's headline, byline, summary and body, by id. */
const words = new Map<string, string[]>()

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'barta-search-'))
  pristine = join(root, 'pristine')
  await writeBigLibrary(pristine, STORIES, { trashEvery: 0 })
  for (let i = 0; i < STORIES; i++) {
    const article = bigLibraryArticle(i)
    const text = [article.headline, article.byline, article.summary, bodyToPlainText(article.body)].join(' ')
    words.set(article.id, foldForSearch(text).split(/\s+/))
  }
}, 240_000)

afterAll(async () => {
  await rm(root, { recursive: true, force: true })
})

async function copyOf(name: string): Promise<string> {
  const dir = join(root, name)
  await cp(pristine, dir, { recursive: true })
  return dir
}

/** Every story (of the first `count`) whose words start with each of the query's words (the index's prefix AND), minus `gone`. */
function expected(query: string, gone: Set<string> = new Set(), count = STORIES): string[] {
  const terms = foldForSearch(query).split(/\s+/).filter(Boolean)
  return [...words]
    .slice(0, count)
    .filter(([id, own]) => !gone.has(id) && terms.every((term) => own.some((word) => word.startsWith(term))))
    .map(([id]) => id)
    .sort()
}

/** Every hit, through all pages. */
async function everyHit(store: LowdbArticleStore, query: string): Promise<{ ids: string[]; index: { indexed: number; of: number } }> {
  const ids: string[] = []
  let index = { indexed: 0, of: 0 }
  for (let offset = 0; ;) {
    const page = await store.search({ query, offset, limit: 500 })
    if (offset === 0) index = page.index
    ids.push(...page.items.map((item) => item.id))
    offset += page.items.length
    if (page.items.length === 0 || offset >= page.total) return { ids, index }
  }
}

const QUERIES = ['চিকিৎসা হাসপাতাল', '১২৩', 'নিজস্ব বন্যা']

/** Stories in the segment files on disk at their current revision (what a resumed build need not read again). */
async function storiesOnDisk(dir: string, revisions: Map<string, number>): Promise<number> {
  const seen = new Set<string>()
  for (const name of await readdir(join(dir, 'search'))) {
    if (!name.endsWith('.json')) continue
    const saved = JSON.parse(await readFile(join(dir, 'search', name), 'utf8')) as { format: string; revisions: Record<string, number> }
    expect(saved.format).toBe('barta.search')
    for (const [id, revision] of Object.entries(saved.revisions)) if (revisions.get(id) === revision) seen.add(id)
  }
  return seen.size
}

async function currentRevisions(store: LowdbArticleStore): Promise<Map<string, number>> {
  return new Map((await store.list({ trash: 'include' })).items.map((s) => [s.id, s.revision]))
}

describe('the search index at 10,000 stories', () => {
  it('answers while it is built and afterwards, never with a trashed or deleted story', { timeout: 240_000 }, async () => {
    const dir = await copyOf('answers')
    let store = await LowdbArticleStore.open(dir)
    const gone = new Set<string>()
    try {
      // Two deleted for good and three in the trash, all of them matches for the first query, before any search.
      const matches = expected(QUERIES[0]!)
      for (const id of matches.slice(0, 2)) await store.trash(id)
      await store.emptyTrash()
      for (const id of matches.slice(0, 5)) gone.add(id)
      for (const id of matches.slice(2, 5)) await store.trash(id)
      // While the build runs: whatever is answered is a real match and nothing gone.
      let partial = 0
      while (!store.searchProgress().complete) {
        for (const query of QUERIES) {
          const { ids, index } = await everyHit(store, query)
          const truth = new Set(expected(query, gone))
          for (const id of ids) expect(truth.has(id)).toBe(true)
          if (index.indexed < index.of) partial += 1
        }
        // Searches come a few times a second, as someone types.
        await new Promise((done) => setTimeout(done, 100))
      }
      expect(partial).toBeGreaterThan(0)
      for (const query of QUERIES) expect((await everyHit(store, query)).ids.sort()).toEqual(expected(query, gone))
      await store.close()

      // The segments on disk still hold the trashed stories; one more is deleted outside the app.
      const outside = matches[5]!
      await rm(join(dir, 'articles', `${outside}.json`))
      gone.add(outside)
      store = await LowdbArticleStore.open(dir)
      for (const query of QUERIES) expect((await everyHit(store, query)).ids.sort()).toEqual(expected(query, gone))
      // Restored from the trash, a story is found again.
      await store.restoreFromTrash(matches[2]!)
      gone.delete(matches[2]!)
      expect((await everyHit(store, QUERIES[0]!)).ids.sort()).toEqual(expected(QUERIES[0]!, gone))
      // Once the build has run, the stories deleted for good are gone from the files on disk as well.
      await store.searchBuilt()
      await store.close()
      const deleted = [...matches.slice(0, 2), outside]
      for (const name of await readdir(join(dir, 'search'))) {
        const saved = JSON.parse(await readFile(join(dir, 'search', name), 'utf8')) as { revisions: Record<string, number> }
        for (const id of deleted) expect(saved.revisions[id]).toBeUndefined()
      }
    } finally {
      await store.close()
    }
  })

  it('finds a story the index cannot read by its headline, and says the index does not cover it', { timeout: 240_000 }, async () => {
    const dir = await copyOf('unreadable')
    let store = await LowdbArticleStore.open(dir)
    const id = bigLibraryId(1234)
    try {
      await store.searchBuilt()
      await store.save(id, (await store.get(id))!.revision, { headline: 'অদ্বিতীয় শিরোনাম', summary: 'অদ্বিতীয়সারাংশ' })
      await store.close()
      // Changed on disk behind the index's back (a newer revision), then damaged before the index reads it again.
      const file = join(dir, 'articles', `${id}.json`)
      const saved = JSON.parse(await readFile(file, 'utf8')) as { article: { revision: number } }
      saved.article.revision += 1
      await writeFile(file, JSON.stringify(saved))
      const ahead = new Date(Date.now() + 20_000)
      await utimes(file, ahead, ahead)
      store = await LowdbArticleStore.open(dir)
      await writeFile(file, '{"format": "barta.article-file", "version": 1, "article": {')
      await store.searchBuilt()
      const byHeadline = await store.search({ query: 'অদ্বিতীয়' })
      expect(byHeadline.items.map((item) => item.id)).toEqual([id])
      expect(byHeadline.index).toEqual({ indexed: STORIES - 1, of: STORIES })
      // Its summary is not in the library index: without the full text it is not found by it.
      expect((await store.search({ query: 'অদ্বিতীয়সারাংশ' })).total).toBe(0)
    } finally {
      await store.close()
    }
  })

  it('resumes a build cut short by a quit from the segments on disk, reading only the rest', { timeout: 240_000 }, async () => {
    const dir = await copyOf('quit')
    let store = await LowdbArticleStore.open(dir)
    store.warmSearch()
    while (store.searchProgress().indexed < 2.5 * SEGMENT_SIZE) await new Promise((done) => setTimeout(done, 5))
    expect(store.searchProgress().complete).toBe(false)
    // Saved as it goes: the full segments are on disk before the build ends or the store closes.
    expect((await readdir(join(dir, 'search'))).filter((name) => /^segment-\d+\.json$/.test(name)).length).toBeGreaterThanOrEqual(2)
    await store.close()

    store = await LowdbArticleStore.open(dir)
    const onDisk = await storiesOnDisk(dir, await currentRevisions(store))
    expect(onDisk).toBeGreaterThanOrEqual(2.5 * SEGMENT_SIZE)
    expect(onDisk).toBeLessThan(STORIES)
    const reads = vi.spyOn(ArticleFiles.prototype, 'read')
    try {
      await store.searchBuilt()
      expect(store.searchProgress()).toEqual({ indexed: STORIES, of: STORIES, complete: true })
      expect(reads).toHaveBeenCalledTimes(STORIES - onDisk)
      for (const query of QUERIES) expect((await everyHit(store, query)).ids.sort()).toEqual(expected(query))
    } finally {
      reads.mockRestore()
      await store.close()
    }
  })

  it('keeps the index on disk whole through SIGKILLs during the build, and resumes after each', { timeout: 300_000 }, async () => {
    // A library of its own, smaller: each of the three runs builds at least one segment before it is killed.
    const killed = 6000
    const dir = join(root, 'killed')
    await writeBigLibrary(dir, killed, { trashEvery: 0 })
    const worker = resolve('tests/unit/store/search-index-worker.ts')
    let before = 0
    for (let kill = 0; kill < 3; kill++) {
      await new Promise<void>((done, fail) => {
        const child = spawn(process.execPath, ['--import', 'tsx', worker, dir], { stdio: ['ignore', 'pipe', 'pipe'] })
        let output = ''
        let watching: NodeJS.Timeout | undefined
        child.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString('utf8')
          if (!output.includes('READY') || watching) return
          // Kill at a random instant once a segment more than before is on disk, so some kills land mid-write.
          const delay = Math.floor(Math.random() * 400)
          watching = setInterval(() => {
            void readdir(join(dir, 'search')).then((names) => {
              if (names.filter((name) => name.startsWith('segment-')).length <= before) return
              clearInterval(watching)
              setTimeout(() => child.kill('SIGKILL'), delay)
            }, fail)
          }, 5)
        })
        child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
        child.on('exit', (_code, signal) => {
          clearInterval(watching)
          if (signal === 'SIGKILL' || output.includes('BUILT')) done()
          else fail(new Error(`worker ended by itself: ${output}`))
        })
      })
      // Whatever the instant: every segment file parses; a torn write can only be a temp file.
      const names = await readdir(join(dir, 'search'))
      for (const name of names.filter((name) => name.startsWith('segment-'))) {
        expect(JSON.parse(await readFile(join(dir, 'search', name), 'utf8'))).toMatchObject({ format: 'barta.search', version: 1 })
      }
      for (const name of names.filter((name) => !name.startsWith('segment-'))) expect(name).toMatch(/^\.segment-\d+\.json\.\w+\.tmp$/)
      before = names.filter((name) => name.startsWith('segment-')).length
    }

    const store = await LowdbArticleStore.open(dir)
    const onDisk = await storiesOnDisk(dir, await currentRevisions(store))
    expect(onDisk).toBeGreaterThan(0)
    const reads = vi.spyOn(ArticleFiles.prototype, 'read')
    try {
      await store.searchBuilt()
      expect(store.searchProgress().indexed).toBe(killed)
      expect(reads.mock.calls.length).toBe(killed - onDisk)
      expect((await readdir(join(dir, 'search'))).filter((name) => name.endsWith('.tmp'))).toEqual([])
      for (const query of QUERIES) expect((await everyHit(store, query)).ids.sort()).toEqual(expected(query, new Set(), killed))
    } finally {
      reads.mockRestore()
      await store.close()
    }
  })

  it(
    'takes over the single-file index of an earlier Barta as its first segment, without reading the stories again',
    { timeout: 240_000 },
    async () => {
      const dir = join(root, 'upgrade')
      await writeBigLibrary(dir, 300, { trashEvery: 0 })
      let store = await LowdbArticleStore.open(dir)
      await store.searchBuilt()
      await store.close()
      // An earlier Barta kept the whole index in search-index.json, in the format a segment still has.
      const names = await readdir(join(dir, 'search'))
      expect(names).toEqual(['segment-000000.json'])
      await writeFile(join(dir, 'search-index.json'), await readFile(join(dir, 'search', names[0]!)))
      await rm(join(dir, 'search'), { recursive: true })
      store = await LowdbArticleStore.open(dir)
      const reads = vi.spyOn(ArticleFiles.prototype, 'read')
      try {
        await store.searchBuilt()
        expect(reads).not.toHaveBeenCalled()
        expect(store.searchProgress()).toEqual({ indexed: 300, of: 300, complete: true })
        expect((await everyHit(store, QUERIES[0]!)).ids.sort()).toEqual(expected(QUERIES[0]!, new Set(), 300))
        expect(await readdir(join(dir, 'search'))).toEqual(['segment-000000.json'])
        await expect(readFile(join(dir, 'search-index.json'))).rejects.toThrow()
      } finally {
        reads.mockRestore()
        await store.close()
      }
    }
  )
})
