import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article, ArticleContent } from '../shared/article/model'
import { emptyContent } from '../shared/article/model'
import { writeFileDurably } from './durable-file'

import type { RevisionInfo, RevisionReason, RevisionSnapshot } from '../shared/library'

export type { RevisionInfo, RevisionReason, RevisionSnapshot }

interface RevisionFile extends RevisionSnapshot {
  format: 'barta.revision'
  version: 1
}

export const KEEP_REVISIONS = 100

/**
 * Snapshots of an article's content, one small file each under revisions/<id>/<revision>.json, so taking one costs the
 * same however many exist. The newest KEEP_REVISIONS are kept.
 */
export class RevisionStore {
  constructor(private readonly dir: string) {}

  static async open(dataDir: string): Promise<RevisionStore> {
    const dir = join(dataDir, 'revisions')
    await mkdir(dir, { recursive: true })
    return new RevisionStore(dir)
  }

  private folder(id: string): string {
    return join(this.dir, id)
  }

  async snapshot(article: Article, reason: RevisionReason, author: string, at: Date): Promise<RevisionInfo> {
    const folder = this.folder(article.id)
    await mkdir(folder, { recursive: true })
    const content = contentOf(article)
    const file: RevisionFile = {
      format: 'barta.revision',
      version: 1,
      revision: article.revision,
      savedAt: at.toISOString(),
      author,
      reason,
      headline: article.headline,
      content
    }
    await writeFileDurably(join(folder, `${article.revision}.json`), JSON.stringify(file))
    await this.prune(article.id)
    return { revision: file.revision, savedAt: file.savedAt, author, reason, headline: file.headline }
  }

  async list(id: string): Promise<RevisionInfo[]> {
    const numbers = await this.numbers(id)
    const infos = await Promise.all(numbers.map((revision) => this.read(id, revision)))
    return infos
      .filter((snapshot): snapshot is RevisionSnapshot => snapshot !== undefined)
      .map(({ revision, savedAt, author, reason, headline }) => ({ revision, savedAt, author, reason, headline }))
      .sort((a, b) => b.revision - a.revision)
  }

  async read(id: string, revision: number): Promise<RevisionSnapshot | undefined> {
    try {
      const file = JSON.parse(await readFile(join(this.folder(id), `${revision}.json`), 'utf8')) as RevisionFile
      if (file.format !== 'barta.revision') return undefined
      return {
        revision: file.revision,
        savedAt: file.savedAt,
        author: file.author,
        reason: file.reason,
        headline: file.headline,
        content: file.content
      }
    } catch {
      return undefined
    }
  }

  async latestSavedAt(id: string): Promise<number | undefined> {
    const numbers = await this.numbers(id)
    const newest = numbers.at(-1)
    if (newest === undefined) return undefined
    const snapshot = await this.read(id, newest)
    return snapshot ? Date.parse(snapshot.savedAt) : undefined
  }

  async removeAll(id: string): Promise<void> {
    await rm(this.folder(id), { recursive: true, force: true })
  }

  private async numbers(id: string): Promise<number[]> {
    let names: string[]
    try {
      names = await readdir(this.folder(id))
    } catch {
      return []
    }
    return names
      .map((name) => /^(\d+)\.json$/.exec(name)?.[1])
      .filter((match): match is string => match !== undefined)
      .map(Number)
      .sort((a, b) => a - b)
  }

  private async prune(id: string): Promise<void> {
    const numbers = await this.numbers(id)
    const excess = numbers.slice(0, Math.max(0, numbers.length - KEEP_REVISIONS))
    await Promise.all(excess.map((revision) => rm(join(this.folder(id), `${revision}.json`), { force: true })))
  }
}

export function contentOf(article: Article): ArticleContent {
  const content = emptyContent()
  for (const key of Object.keys(content) as Array<keyof ArticleContent>) {
    ;(content as unknown as Record<string, unknown>)[key] = structuredClone(article[key])
  }
  return content
}
