import pg from 'pg'
import { afterAll, beforeAll, beforeEach } from 'vitest'
import { emptyContent, type Article, type ArticleStatus } from '../../../../src/shared/article/model'
import { summarize } from '../../../../src/shared/article/summary'
import type { UserRef } from '../../../../src/shared/newsroom'
import { migrate } from '../../../../src/newsroom/db/migrate'
import { startPgCluster, type PgCluster } from '../../../tools/pg-cluster'

/** Test data for the newsroom's desk and sync: a migrated database per test, users and stories written as rows. */

let databases = 0

/** A fresh database on the cluster, migrated to the newest schema, with a small pool. */
export async function freshDatabase(cluster: PgCluster, max = 6): Promise<pg.Pool> {
  databases += 1
  const url = await cluster.createDatabase(`desk_${process.pid}_${databases}`)
  const pool = new pg.Pool({ connectionString: url, max })
  // A killed backend (pg_terminate_backend in the fault tests) must not crash the test run.
  pool.on('error', () => undefined)
  await migrate(pool)
  return pool
}

/**
 * One throwaway cluster per test file and, before each test, a fresh migrated database with everyone in it (its pool
 * ended after the test): `pool` is the running test's.
 */
export function useDeskDatabase(): { readonly pool: pg.Pool; readonly cluster: PgCluster } {
  let cluster: PgCluster | undefined
  let pool: pg.Pool | undefined
  beforeAll(async () => {
    cluster = await startPgCluster()
  }, 60_000)
  afterAll(async () => {
    await cluster?.stop()
  })
  beforeEach(async () => {
    const fresh = await freshDatabase(cluster!)
    pool = fresh
    await addEveryone(fresh)
    return async () => {
      await fresh.end()
    }
  })
  return {
    get pool() {
      return pool!
    },
    get cluster() {
      return cluster!
    }
  }
}

export const reporter: UserRef = { id: 'u-rina', name: 'রিনা', role: 'reporter', desk: 'নগর' }
export const otherReporter: UserRef = { id: 'u-kamal', name: 'কামাল', role: 'reporter', desk: 'খেলা' }
export const deskEditor: UserRef = { id: 'u-shafiq', name: 'শফিক', role: 'desk', desk: 'নগর' }
export const secondDesk: UserRef = { id: 'u-nasrin', name: 'নাসরিন', role: 'desk', desk: 'নগর' }
export const chief: UserRef = { id: 'u-mahfuz', name: 'মাহফুজ', role: 'chief', desk: '' }
export const everyone = [reporter, otherReporter, deskEditor, secondDesk, chief]

export async function addUser(pool: pg.Pool, user: UserRef, disabled = false): Promise<void> {
  await pool.query('INSERT INTO users (id, name, role, desk, password_hash, disabled) VALUES ($1, $2, $3, $4, $5, $6)', [
    user.id,
    user.name,
    user.role,
    user.desk,
    'scrypt$test',
    disabled
  ])
}

export async function addEveryone(pool: pg.Pool): Promise<void> {
  for (const user of everyone) await addUser(pool, user)
}

let stories = 0

export function makeArticle(options: {
  id?: string
  status?: ArticleStatus
  owner?: UserRef | null
  headline?: string
  modifiedAt?: string
  publishedAt?: string
  revision?: number
}): Article {
  stories += 1
  const owner = options.owner === undefined ? reporter : options.owner
  const modifiedAt = options.modifiedAt ?? new Date(Date.UTC(2026, 10, 30, 6, 0, stories)).toISOString()
  const article: Article = {
    ...emptyContent(),
    headline: options.headline ?? `ঢাকায় বৃষ্টি ${stories}`,
    byline: owner?.name ?? '',
    id: options.id ?? `story-${String(stories).padStart(4, '0')}-${process.pid}`,
    status: options.status ?? 'draft',
    owner: owner === null ? null : { id: owner.id, name: owner.name, role: owner.role },
    workflow: [],
    notes: [],
    createdAt: modifiedAt,
    modifiedAt,
    revision: options.revision ?? 1
  }
  if (options.publishedAt !== undefined) {
    article.publication = {
      version: 1,
      at: options.publishedAt,
      by: { id: chief.id, name: chief.name, role: chief.role },
      headline: article.headline,
      slug: 'dhaka-rain',
      publishedAt: options.publishedAt,
      contentUpdatedAt: null,
      corrections: []
    }
  }
  return article
}

/** Writes a story row directly (as the store would), with its first change in the feed. */
export async function addStory(
  pool: pg.Pool,
  article: Article,
  extra: { trashedAt?: string; lockHolder?: string; lockedAt?: Date; assignee?: string } = {}
): Promise<Article> {
  const trashedAt = extra.trashedAt ?? null
  await pool.query(
    `INSERT INTO stories (id, revision, status, owner_id, article, summary, trashed_at, modified_at, assignee_id, lock_holder_id, locked_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)`,
    [
      article.id,
      article.revision,
      article.status,
      article.owner?.id ?? null,
      article,
      summarize(article, trashedAt),
      trashedAt,
      article.modifiedAt,
      extra.assignee ?? null,
      extra.lockHolder ?? null,
      extra.lockHolder ? (extra.lockedAt ?? new Date()) : null
    ]
  )
  // The text's record, as the store keeps one for every revision it accepted.
  await pool.query(
    'INSERT INTO story_revisions (story_id, revision, reason, author_id, author_name, article) VALUES ($1, $2, $3, $4, $5, $6)',
    [article.id, article.revision, 'save', article.owner?.id ?? null, article.owner?.name ?? '', article]
  )
  await touch(pool, article.id, 'created')
  return article
}

/** One more change to a story in the feed (as a save would make). */
export async function touch(pool: pg.Pool, id: string, kind = 'saved'): Promise<number> {
  const { rows } = await pool.query<{ seq: string }>('INSERT INTO changes (story_id, kind) VALUES ($1, $2) RETURNING seq', [id, kind])
  await pool.query('UPDATE stories SET last_change = $2 WHERE id = $1', [id, rows[0]!.seq])
  return Number(rows[0]!.seq)
}

export async function changeRows(pool: pg.Pool, id: string): Promise<{ kind: string; by_id: string | null; note: string | null }[]> {
  const { rows } = await pool.query('SELECT kind, by_id, note FROM changes WHERE story_id = $1 ORDER BY seq', [id])
  return rows
}

/** The address of the database a pool connects to (for a second pool or a client that kills a connection). */
export function urlOf(pool: pg.Pool): string {
  return (pool as unknown as { options: { connectionString: string } }).options.connectionString
}
