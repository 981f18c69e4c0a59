import { mkdir, readdir, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import * as v from 'valibot'
import { Low } from 'lowdb'
import { ARTICLE_FORMAT_VERSION, articleSchema, type Article } from '../shared/article/model'
import { CorruptFileError, DurableJsonFile } from './durable-file'
import { backupBeforeMigration, migrateArticleFile } from './migrations'
import { readOnlyRefusal } from './refusal'

interface ArticleFile {
  format: 'barta.article-file'
  version: typeof ARTICLE_FORMAT_VERSION
  article: Article
}

const ID_FILE = /^([a-z0-9][a-z0-9-]{7,63})\.json$/

/**
 * One lowdb document per article under articles/. Reading checks the format, migrates old versions forward (keeping a
 * backup) and validates the article; anything unreadable raises CorruptFileError and is left exactly as it was.
 */
export class ArticleFiles {
  private readonly documents = new Map<string, Low<ArticleFile>>()

  constructor(
    private readonly dir: string,
    /** Read-only: nothing is created, migrated on disk or written (`barta list` and `export` while nobody owns the folder). */
    private readonly readOnly = false
  ) {}

  static async open(dataDir: string, options: { readOnly?: boolean } = {}): Promise<ArticleFiles> {
    const dir = join(dataDir, 'articles')
    if (!options.readOnly) await mkdir(dir, { recursive: true })
    return new ArticleFiles(dir, options.readOnly)
  }

  path(id: string): string {
    return join(this.dir, `${id}.json`)
  }

  /** Article ids on disk with their modification times, for reconciling the index. */
  async listOnDisk(): Promise<Array<{ id: string; mtimeMs: number }>> {
    const names = await readdir(this.dir).catch((error: NodeJS.ErrnoException) => {
      if (this.readOnly && error.code === 'ENOENT') return [] as string[]
      throw error
    })
    const entries = await Promise.all(
      names.map(async (name) => {
        const id = ID_FILE.exec(name)?.[1]
        if (!id) return undefined
        const info = await stat(join(this.dir, name)).catch(() => undefined)
        return info?.isFile() ? { id, mtimeMs: info.mtimeMs } : undefined
      })
    )
    return entries.filter((entry): entry is { id: string; mtimeMs: number } => entry !== undefined)
  }

  /** `keep: false` reads without caching — for scans over the whole library, which must not hold every article in memory. */
  async read(id: string, keep = true): Promise<Article | undefined> {
    const cached = this.documents.get(id)
    if (cached) return cached.data.article
    const path = this.path(id)
    const adapter = new DurableJsonFile<unknown>(path)
    const raw = await adapter.read()
    if (raw === null) return undefined
    const migrated = migrateArticleFile(raw)
    if (!migrated) throw new CorruptFileError(path, 'not a Barta article file, or from a newer version of Barta')
    const parsed = v.safeParse(articleSchema, migrated.data.article)
    if (!parsed.success || parsed.output.id !== id) {
      throw new CorruptFileError(path, `invalid article: ${parsed.issues?.[0]?.message ?? 'id does not match file name'}`)
    }
    const file: ArticleFile = { format: 'barta.article-file', version: ARTICLE_FORMAT_VERSION, article: parsed.output }
    const doc = new Low<ArticleFile>(new DurableJsonFile<ArticleFile>(path), file)
    if (migrated.from !== ARTICLE_FORMAT_VERSION && !this.readOnly) {
      await backupBeforeMigration(path, migrated.from)
      await doc.write()
    }
    if (keep) this.documents.set(id, doc)
    return file.article
  }

  async write(article: Article): Promise<void> {
    if (this.readOnly) throw readOnlyRefusal()
    let doc = this.documents.get(article.id)
    if (!doc) {
      doc = new Low<ArticleFile>(new DurableJsonFile<ArticleFile>(this.path(article.id)), {
        format: 'barta.article-file',
        version: ARTICLE_FORMAT_VERSION,
        article
      })
    }
    const previous = doc.data.article
    doc.data.article = article
    try {
      await doc.write()
    } catch (error) {
      doc.data.article = previous
      throw error
    }
    this.documents.set(article.id, doc)
  }

  async remove(id: string): Promise<void> {
    if (this.readOnly) throw readOnlyRefusal()
    this.documents.delete(id)
    await rm(this.path(id), { force: true })
  }

  forget(id: string): void {
    this.documents.delete(id)
  }
}
