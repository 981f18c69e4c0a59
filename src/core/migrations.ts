import { copyFile } from 'node:fs/promises'
import { ARTICLE_FORMAT_VERSION } from '../shared/article/model'
import { bodyFromPlainText } from '../shared/article/body'

/**
 * Forward migrations of the article file format. Each step takes a file of version N and returns version N + 1; the
 * original file is copied to `<file>.v<N>.bak` before the migrated one replaces it, so a migration can always be undone
 * by hand.
 *
 * Version 0 is the first slice's shape: no `format` marker, and the body kept as plain text in `bodyText`.
 */
type Migration = (data: Record<string, unknown>) => Record<string, unknown>

const ARTICLE_MIGRATIONS: Record<number, Migration> = {
  0: (data) => {
    const article = { ...(data.article as Record<string, unknown>) }
    if (typeof article.bodyText === 'string') {
      article.body = bodyFromPlainText(article.bodyText)
      delete article.bodyText
    }
    return { format: 'barta.article-file', version: 1, article }
  }
}

export function articleFileVersion(data: unknown): number | undefined {
  if (typeof data !== 'object' || data === null) return undefined
  const record = data as Record<string, unknown>
  if (record.format === undefined && typeof record.article === 'object') return 0
  if (record.format !== 'barta.article-file') return undefined
  return typeof record.version === 'number' && Number.isInteger(record.version) ? record.version : undefined
}

/** Returns the data at the current version, or undefined when it is newer than this app or not an article file. */
export function migrateArticleFile(data: unknown): { data: Record<string, unknown>; from: number } | undefined {
  let version = articleFileVersion(data)
  if (version === undefined || version > ARTICLE_FORMAT_VERSION) return undefined
  const from = version
  let current = data as Record<string, unknown>
  while (version < ARTICLE_FORMAT_VERSION) {
    const step = ARTICLE_MIGRATIONS[version]
    if (!step) return undefined
    current = step(current)
    version += 1
  }
  return { data: current, from }
}

export async function backupBeforeMigration(path: string, fromVersion: number): Promise<string> {
  const backup = `${path}.v${fromVersion}.bak`
  await copyFile(path, backup)
  return backup
}
