import type { Pool } from 'pg'
import type { Article } from '../../shared/article/model'
import type { PublishedVersion, PublishedVersionInfo } from '../../shared/article/publication'
import { infoOf, type PublishedVersionStore } from '../../core/published-versions'
import { contentOf } from '../../core/revisions'
import { isStorableText } from './story-snapshots'
import { queryTarget } from './transaction'

interface VersionRow {
  version: number
  revision: number
  info: Omit<PublishedVersion, 'content' | 'revision'>
  article: Article
}

/**
 * Every version readers were shown, in published_versions (never removed but with the story itself). Recorded from the
 * publish's own transaction when there is one (transaction.ts), so the story and its version commit together; the same
 * number recorded again (a publish retried) replaces the row, as the file on disk is replaced.
 */
export class PgPublishedVersions implements PublishedVersionStore {
  constructor(private readonly pool: Pool) {}

  async record(article: Article, info: Omit<PublishedVersion, 'content' | 'revision'>): Promise<PublishedVersion> {
    const version: PublishedVersion = { ...info, revision: article.revision, content: contentOf(article) }
    const stored = { version: info.version, at: info.at, by: info.by, note: info.note }
    await queryTarget(this.pool, null).query(
      `INSERT INTO published_versions (story_id, version, revision, info, article) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (story_id, version) DO UPDATE SET revision = EXCLUDED.revision, info = EXCLUDED.info, article = EXCLUDED.article`,
      [article.id, info.version, article.revision, JSON.stringify(stored), JSON.stringify(article)]
    )
    return version
  }

  async read(id: string, version: number): Promise<PublishedVersion | undefined> {
    if (!isStorableText(id) || !Number.isSafeInteger(version) || Math.abs(version) > 2_147_483_647) return undefined
    const { rows } = await queryTarget(this.pool, null).query<VersionRow>(
      'SELECT version, revision, info, article FROM published_versions WHERE story_id = $1 AND version = $2',
      [id, version]
    )
    return rows[0] ? versionOf(rows[0]) : undefined
  }

  /** Newest first, without the text. */
  async list(id: string): Promise<PublishedVersionInfo[]> {
    if (!isStorableText(id)) return []
    const { rows } = await queryTarget(this.pool, null).query<VersionRow>(
      'SELECT version, revision, info, article FROM published_versions WHERE story_id = $1 ORDER BY version DESC',
      [id]
    )
    return rows.map((row) => infoOf(versionOf(row)))
  }
}

function versionOf(row: VersionRow): PublishedVersion {
  return {
    version: row.version,
    at: row.info.at,
    by: row.info.by,
    note: row.info.note,
    revision: row.revision,
    content: contentOf(row.article)
  }
}
