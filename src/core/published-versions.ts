import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Article, ArticleContent } from '../shared/article/model'
import type { PublishedVersion, PublishedVersionInfo } from '../shared/article/publication'
import { bodyToPlainText } from '../shared/article/body'
import { countText } from '../shared/bangla/count'
import { writeFileDurably } from './durable-file'
import { contentOf } from './revisions'

interface PublishedVersionFile extends PublishedVersion {
  format: 'barta.published'
  formatVersion: 1
}

/** What publishing and the exports ask of the published versions (PublishedVersions on disk; the newsroom's in PostgreSQL). */
export interface PublishedVersionStore {
  /** Records the version readers are shown now; recording the same number again replaces it (a publish retried). */
  record(article: Article, info: Omit<PublishedVersion, 'content' | 'revision'>): Promise<PublishedVersion>
  read(id: string, version: number): Promise<PublishedVersion | undefined>
  /** Newest first, without the text. */
  list(id: string): Promise<PublishedVersionInfo[]>
}

/**
 * Every version of a story that readers were shown, one file each under revisions/<id>/published/<version>.json —
 * inside the story's revisions folder, so it goes when the story is deleted for ever, and nothing else ever removes
 * one (revisions are pruned to the newest 100; published versions never are). Written by the workflow when it
 * publishes, before the story itself records the new version: a crash in between leaves a file that the next publish
 * of the same number overwrites, never a story that points at a missing version.
 */
export class PublishedVersions implements PublishedVersionStore {
  constructor(private readonly dataDir: string) {}

  private folder(id: string): string {
    return join(this.dataDir, 'revisions', id, 'published')
  }

  async record(article: Article, info: Omit<PublishedVersion, 'content' | 'revision'>): Promise<PublishedVersion> {
    const folder = this.folder(article.id)
    await mkdir(folder, { recursive: true })
    const version: PublishedVersion = { ...info, revision: article.revision, content: contentOf(article) }
    const file: PublishedVersionFile = { format: 'barta.published', formatVersion: 1, ...version }
    await writeFileDurably(join(folder, `${info.version}.json`), JSON.stringify(file))
    return version
  }

  async read(id: string, version: number): Promise<PublishedVersion | undefined> {
    try {
      const file = JSON.parse(await readFile(join(this.folder(id), `${version}.json`), 'utf8')) as PublishedVersionFile
      if (file.format !== 'barta.published' || file.version !== version) return undefined
      return { version: file.version, at: file.at, by: file.by, note: file.note, revision: file.revision, content: file.content }
    } catch {
      return undefined
    }
  }

  /** Newest first, without the text. */
  async list(id: string): Promise<PublishedVersionInfo[]> {
    let names: string[]
    try {
      names = await readdir(this.folder(id))
    } catch {
      return []
    }
    const numbers = names
      .map((name) => /^(\d+)\.json$/.exec(name)?.[1])
      .filter((match): match is string => match !== undefined)
      .map(Number)
    const versions = await Promise.all(numbers.map((number) => this.read(id, number)))
    return versions
      .filter((version): version is PublishedVersion => version !== undefined)
      .sort((a, b) => b.version - a.version)
      .map(infoOf)
  }
}

export function infoOf(version: PublishedVersion): PublishedVersionInfo {
  const { content, ...info } = version
  return { ...info, headline: content.headline, wordCount: wordCountOf(content) }
}

function wordCountOf(content: ArticleContent): number {
  return countText(bodyToPlainText(content.body)).words
}
