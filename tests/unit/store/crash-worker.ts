/**
 * Child process for the crash test: opens the store in argv[2] and saves in a loop, printing one line per save only
 * after the store acknowledged it: `ACK <id> <revision> <headline>`. The parent SIGKILLs it at random moments.
 */
import { LowdbArticleStore } from '../../../src/core/library-store'
import { bodyFromPlainText } from '../../../src/shared/article/body'

const WORDS = ['সংসদ', 'বাজেট', 'নদী', 'বন্দর', 'ধান', 'বৃষ্টি', 'মেট্রোরেল', 'বিদ্যুৎ', 'র‍্যাব', 'ক্ষুদ্র']

async function main(): Promise<void> {
  const store = await LowdbArticleStore.open(process.argv[2]!)
  let articles = (await store.list()).items
  while (articles.length < 4) {
    const created = await store.create({ headline: `নতুন লেখা ${articles.length}` })
    process.stdout.write(`ACK ${created.id} ${created.revision} ${created.headline}\n`)
    articles = (await store.list()).items
  }
  const revisions = new Map(articles.map((summary) => [summary.id, summary.revision]))
  for (let i = 0; ; i++) {
    const id = articles[i % articles.length]!.id
    const headline = `${WORDS[i % WORDS.length]} ${process.pid}-${i}`
    const outcome = await store.save(id, revisions.get(id)!, { headline, body: bodyFromPlainText(`${headline}।\n`.repeat(20)) })
    if (outcome.kind !== 'saved') throw new Error(`unexpected ${outcome.kind}`)
    revisions.set(id, outcome.article.revision)
    process.stdout.write(`ACK ${id} ${outcome.article.revision} ${headline}\n`)
    if (i % 7 === 0) await store.snapshot(id, 'manual')
  }
}

void main()
