import { mkdir, readdir, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { randomUUID } from 'node:crypto'
import { Low } from 'lowdb'
import { CorruptFileError, DurableJsonFile } from './durable-file'
import { summarize } from './summary'
import {
  ARTICLE_FORMAT_VERSION,
  emptyContent,
  type Article,
  type ArticlePatch,
  type ArticleSummary
} from '../../shared/article/model'

/**
 * The drafts library on disk (see README "Data on disk"):
 *   library.json          small index, one summary per article — what the library list reads
 *   articles/<id>.json    one lowdb document per article — the source of truth
 * A save rewrites one article file and the index, never the whole library. All writes go through one queue so
 * two saves can never interleave. The ArticleStore interface is the seam where another store could plug in.
 */
export interface ArticleStore {
  list(options?: { includeTrashed?: boolean }): Promise<ArticleSummary[]>
  create(content?: ArticlePatch): Promise<Article>
  get(id: string): Promise<Article | undefined>
  save(id: string, baseRevision: number, patch: ArticlePatch): Promise<SaveOutcome>
  /** Resolves once every accepted write is on disk. */
  flush(): Promise<void>
}

export type SaveOutcome =
  | { kind: 'saved'; article: Article }
  | { kind: 'conflict'; current: Article }
  | { kind: 'not-found' }

interface IndexFile {
  format: 'barta.library'
  version: 1
  articles: Record<string, ArticleSummary>
}

interface ArticleFile {
  format: 'barta.article-file'
  version: typeof ARTICLE_FORMAT_VERSION
  article: Article
}

const emptyIndex = (): IndexFile => ({ format: 'barta.library', version: 1, articles: {} })

export class LowdbArticleStore implements ArticleStore {
  private queue: Promise<unknown> = Promise.resolve()
  private readonly documents = new Map<string, Low<ArticleFile>>()

  private constructor(
    private readonly dataDir: string,
    private readonly index: Low<IndexFile>,
    private readonly now: () => Date
  ) {}

  static async open(dataDir: string, now: () => Date = () => new Date()): Promise<LowdbArticleStore> {
    await mkdir(join(dataDir, 'articles'), { recursive: true })
    const indexPath = join(dataDir, 'library.json')
    const index = new Low<IndexFile>(new DurableJsonFile<IndexFile>(indexPath), emptyIndex())
    try {
      await index.read()
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error
      // Keep the damaged file for inspection and rebuild the index from the article files, which are the truth.
      await rename(indexPath, `${indexPath}.corrupt-${Date.now()}`)
      index.data = emptyIndex()
    }
    const store = new LowdbArticleStore(dataDir, index, now)
    await store.reconcile()
    return store
  }

  /** Adds index entries for article files the index does not know (e.g. a crash between the two writes). */
  private async reconcile(): Promise<void> {
    const names = await readdir(join(this.dataDir, 'articles'))
    let changed = false
    for (const name of names) {
      const match = /^([a-z0-9-]+)\.json$/.exec(name)
      if (!match?.[1]) continue
      const id = match[1]
      const known = this.index.data.articles[id]
      const article = await this.readArticle(id).catch(() => undefined)
      if (article && (!known || known.revision < article.revision)) {
        this.index.data.articles[id] = summarize(article, known?.trashedAt ?? null)
        changed = true
      }
    }
    if (changed) await this.index.write()
  }

  private exclusive<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => undefined)
    return run
  }

  private articlePath(id: string): string {
    return join(this.dataDir, 'articles', `${id}.json`)
  }

  private async document(id: string): Promise<Low<ArticleFile> | undefined> {
    const cached = this.documents.get(id)
    if (cached) return cached
    const adapter = new DurableJsonFile<ArticleFile>(this.articlePath(id))
    const data = await adapter.read()
    if (data === null) return undefined
    if (data.format !== 'barta.article-file' || data.version !== ARTICLE_FORMAT_VERSION) {
      throw new CorruptFileError(this.articlePath(id), `unsupported format ${String(data.format)} v${String(data.version)}`)
    }
    const doc = new Low<ArticleFile>(adapter, data)
    this.documents.set(id, doc)
    return doc
  }

  private async readArticle(id: string): Promise<Article | undefined> {
    return (await this.document(id))?.data.article
  }

  async list(options: { includeTrashed?: boolean } = {}): Promise<ArticleSummary[]> {
    return Object.values(this.index.data.articles)
      .filter((entry) => options.includeTrashed === true || entry.trashedAt === null)
      .sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))
  }

  get(id: string): Promise<Article | undefined> {
    return this.exclusive(async () => structuredClone(await this.readArticle(id)))
  }

  create(content: ArticlePatch = {}): Promise<Article> {
    return this.exclusive(async () => {
      const stamp = this.now().toISOString()
      const article: Article = {
        ...emptyContent(),
        ...structuredClone(content),
        id: randomUUID(),
        status: 'draft',
        createdAt: stamp,
        modifiedAt: stamp,
        revision: 1
      }
      await this.writeArticle(article)
      return structuredClone(article)
    })
  }

  save(id: string, baseRevision: number, patch: ArticlePatch): Promise<SaveOutcome> {
    return this.exclusive(async () => {
      const current = await this.readArticle(id)
      if (!current) return { kind: 'not-found' }
      if (current.revision !== baseRevision) return { kind: 'conflict', current: structuredClone(current) }
      const next: Article = {
        ...current,
        ...structuredClone(patch),
        revision: current.revision + 1,
        modifiedAt: this.now().toISOString()
      }
      await this.writeArticle(next)
      return { kind: 'saved', article: structuredClone(next) }
    })
  }

  flush(): Promise<void> {
    return this.exclusive(async () => {})
  }

  /** Article file first, then the index: after a crash between them, reconcile() repairs the index. */
  private async writeArticle(article: Article): Promise<void> {
    let doc = this.documents.get(article.id)
    if (!doc) {
      doc = new Low<ArticleFile>(new DurableJsonFile<ArticleFile>(this.articlePath(article.id)), {
        format: 'barta.article-file',
        version: ARTICLE_FORMAT_VERSION,
        article
      })
      this.documents.set(article.id, doc)
    }
    doc.data.article = article
    await doc.write()
    const trashedAt = this.index.data.articles[article.id]?.trashedAt ?? null
    this.index.data.articles[article.id] = summarize(article, trashedAt)
    await this.index.write()
  }
}
