/**
 * Writes a large library straight to disk, in the store's own file formats, in a second or two: one article file per
 * story plus the index snapshot (library.json), without the per-save fsyncs that make seeding through the store slow.
 * Stories vary in status, owner, section, trash state and time, and share timestamps and headlines on purpose, so that
 * paging has to break ties.
 */
import { mkdir, utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { ARTICLE_FORMAT_VERSION, STATUSES, emptyContent, type Article, type ArticleSummary } from '../../../src/shared/article/model'
import { bodyFromPlainText, emptyBody } from '../../../src/shared/article/body'
import { summarize } from '../../../src/shared/article/summary'

const WORDS = (
  'সরকার সংসদ বাজেট নির্বাচন কমিশন রাজধানী ঢাকা চট্টগ্রাম খুলনা রাজশাহী বরিশাল সিলেট রংপুর ময়মনসিংহ নদী বন্দর ধান চাল বাজার দাম ' +
  'বৃষ্টি বন্যা শীত গরম মেট্রোরেল সেতু সড়ক দুর্ঘটনা পুলিশ আদালত মামলা রায় শিক্ষা বিশ্ববিদ্যালয় পরীক্ষা ফল স্বাস্থ্য হাসপাতাল চিকিৎসা'
).split(' ')

export const OWNERS = ['rahima', 'karim', 'sumi'] as const
const START = Date.parse('2024-01-01T00:00:00.000Z')

export function bigLibraryId(i: number): string {
  return `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`
}

/** Story i of a generated library; `words` body words. Deterministic. */
export function bigLibraryArticle(i: number, words = 30): Article {
  let state = (i + 1) * 2654435761
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648
    return WORDS[state % WORDS.length]!
  }
  const owner = OWNERS[i % OWNERS.length]!
  // Seven stories share each creation minute and every fifth headline repeats, so the sort keys have ties.
  const created = new Date(START + Math.floor(i / 7) * 60_000).toISOString()
  const modified = new Date(START + ((i * 7919) % 50_000) * 60_000).toISOString()
  return {
    ...emptyContent(),
    headline: i % 5 === 0 ? `${next()} ${next()}` : `${next()} ${next()} ${next()} ${i}`,
    byline: i % 4 === 0 ? 'নিজস্ব প্রতিবেদক' : `${owner} প্রতিবেদক`,
    section: i % 3 === 0 ? 'জাতীয়' : 'খেলা',
    summary: `${next()} ${next()}`,
    body: bodyFromPlainText(Array.from({ length: words }, next).join(' ')),
    id: bigLibraryId(i),
    status: STATUSES[i % STATUSES.length]!,
    owner: { id: owner, name: owner, role: 'reporter' },
    workflow: [],
    notes: [],
    createdAt: created,
    modifiedAt: modified,
    revision: 1 + (i % 3)
  }
}

/**
 * Every `trashEvery`-th story is in the trash (0: none; trashed within the last days, so that opening does not purge
 * them). Returns the summaries written to the index.
 */
export async function writeBigLibrary(
  dataDir: string,
  count: number,
  options: { words?: number; trashEvery?: number } = {}
): Promise<ArticleSummary[]> {
  const trashEvery = options.trashEvery ?? 11
  await mkdir(join(dataDir, 'articles'), { recursive: true })
  const summaries: ArticleSummary[] = []
  const writes: Array<Promise<void>> = []
  for (let i = 0; i < count; i++) {
    const article = bigLibraryArticle(i, options.words)
    const trashedAt = trashEvery > 0 && i % trashEvery === 0 ? new Date(Date.now() - i * 60_000).toISOString() : null
    // The body is `words` plain words; counting them with Intl.Segmenter, as summarize() does, would cost seconds here.
    summaries.push({ ...summarize({ ...article, body: emptyBody() }, trashedAt), wordCount: options.words ?? 30 })
    const file = { format: 'barta.article-file', version: ARTICLE_FORMAT_VERSION, article }
    writes.push(writeFile(join(dataDir, 'articles', `${article.id}.json`), JSON.stringify(file)))
    if (writes.length >= 256) await Promise.all(writes.splice(0))
  }
  await Promise.all(writes)
  const articles = Object.fromEntries(summaries.map((summary) => [summary.id, summary]))
  await writeFile(join(dataDir, 'library.json'), JSON.stringify({ format: 'barta.library', version: 1, articles }))
  // Opening re-reads the files written in the last two seconds before the newest one (a save the index may have
  // missed); dating one file ahead keeps that to one file, as in a library written over time.
  if (count > 0) {
    const ahead = new Date(Date.now() + 10_000)
    await utimes(join(dataDir, 'articles', `${bigLibraryId(count - 1)}.json`), ahead, ahead)
  }
  return summaries
}
