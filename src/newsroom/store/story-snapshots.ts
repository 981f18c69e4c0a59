import type { Pool, PoolClient } from 'pg'
import type { Article } from '../../shared/article/model'
import type { ProfileRef } from '../../shared/workflow'
import { contentOf, KEEP_REVISIONS, type RevisionInfo, type RevisionReason, type RevisionSnapshot } from '../../core/revisions'

/**
 * The named snapshots the revisions list shows (table story_snapshots, migration 002): a name on one of the story's
 * accepted versions in story_revisions. As on disk, one per revision number (a later one replaces its name) and the
 * newest KEEP_REVISIONS are listed; the versions themselves stay in story_revisions.
 */
type Queryable = Pool | PoolClient

/** Names the stored article's current revision. Its story_revisions row exists: every write records its revision. */
export async function snapshotStory(
  client: PoolClient,
  article: Article,
  reason: RevisionReason,
  author: ProfileRef | null,
  at: Date
): Promise<RevisionInfo> {
  const authorName = authorNameOf(author)
  await client.query(
    `INSERT INTO story_snapshots (story_id, revision, reason, author_id, author_name, saved_at) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (story_id, revision) DO UPDATE SET reason = EXCLUDED.reason, author_id = EXCLUDED.author_id,
       author_name = EXCLUDED.author_name, saved_at = EXCLUDED.saved_at`,
    [article.id, article.revision, reason, author?.id ?? null, authorName, at]
  )
  await client.query(
    `DELETE FROM story_snapshots WHERE story_id = $1 AND revision < (
       SELECT min(revision) FROM (SELECT revision FROM story_snapshots WHERE story_id = $1 ORDER BY revision DESC LIMIT $2) AS kept)`,
    [article.id, KEEP_REVISIONS]
  )
  return { revision: article.revision, savedAt: at.toISOString(), author: authorName, reason, headline: article.headline }
}

/** When the story's newest snapshot was taken (ms), for the automatic snapshot during a stretch of editing. */
export async function latestSnapshotAt(db: Queryable, id: string): Promise<number | undefined> {
  const { rows } = await db.query<{ at: Date | null }>('SELECT max(saved_at) AS at FROM story_snapshots WHERE story_id = $1', [id])
  return rows[0]?.at ? rows[0].at.getTime() : undefined
}

interface SnapshotRow {
  revision: number
  reason: RevisionReason
  author_name: string
  saved_at: Date
  article: Article
}

/** Newest first, without the text. */
export async function listSnapshots(db: Queryable, id: string): Promise<RevisionInfo[]> {
  if (!isStorableText(id)) return []
  const { rows } = await db.query<Omit<SnapshotRow, 'article'> & { headline: string }>(
    `SELECT s.revision, s.reason, s.author_name, s.saved_at, r.article->>'headline' AS headline
     FROM story_snapshots s JOIN story_revisions r ON r.story_id = s.story_id AND r.revision = s.revision
     WHERE s.story_id = $1 ORDER BY s.revision DESC`,
    [id]
  )
  return rows.map((row) => ({
    revision: row.revision,
    savedAt: row.saved_at.toISOString(),
    author: row.author_name,
    reason: row.reason,
    headline: row.headline ?? ''
  }))
}

export async function readSnapshot(db: Queryable, id: string, revision: number): Promise<RevisionSnapshot | undefined> {
  if (!isStorableText(id) || !Number.isSafeInteger(revision) || Math.abs(revision) > 2_147_483_647) return undefined
  const { rows } = await db.query<SnapshotRow>(
    `SELECT s.revision, s.reason, s.author_name, s.saved_at, r.article
     FROM story_snapshots s JOIN story_revisions r ON r.story_id = s.story_id AND r.revision = s.revision
     WHERE s.story_id = $1 AND s.revision = $2`,
    [id, revision]
  )
  const row = rows[0]
  if (!row) return undefined
  return {
    revision: row.revision,
    savedAt: row.saved_at.toISOString(),
    author: row.author_name,
    reason: row.reason,
    headline: row.article.headline,
    content: contentOf(row.article)
  }
}

/** The name revisions are recorded under (the local library's default for nobody in particular). */
export function authorNameOf(author: ProfileRef | null): string {
  return author?.name ?? 'অজানা'
}

/** PostgreSQL text cannot hold U+0000: a name containing it names nothing stored (rather than failing the statement). */
export function isStorableText(text: string): boolean {
  return !text.includes('\u0000')
}
