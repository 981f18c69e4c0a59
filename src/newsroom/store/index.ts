import type { Pool } from 'pg'
import { PgArticleStore } from './pg-article-store'
import { PgDictionaryStore } from './pg-dictionary-store'
import { PgMediaStore } from './pg-media-store'
import { PgPublishedVersions } from './pg-published-versions'
import { PgSettingsStore } from './pg-settings-store'

export { PgArticleStore, type PgStoreOptions } from './pg-article-store'
export { PgDictionaryStore } from './pg-dictionary-store'
export { PgMediaStore } from './pg-media-store'
export { PgPublishedVersions } from './pg-published-versions'
export { PgSettingsStore } from './pg-settings-store'
export { changeKindOf, workflowActionOf, CHANGES_CHANNEL, type ChangeKind } from './story-changes'

/** Everything the services keep in the newsroom's database, opened once per server on one pool. */
export interface NewsroomStores {
  /** Records no author: use `articles.forAuthor(sessionUser)` per request, so revisions name the session's user. */
  articles: PgArticleStore
  media: PgMediaStore
  versions: PgPublishedVersions
  settings: PgSettingsStore
  dictionary: PgDictionaryStore
}

/** Opens the stores on a migrated database; `resourcesDir` holds dictionary/ (the shipped word lists). */
export async function openNewsroomStores(pool: Pool, options: { resourcesDir: string; now?: () => Date }): Promise<NewsroomStores> {
  return {
    articles: new PgArticleStore(pool, { author: () => null, ...(options.now ? { now: options.now } : {}) }),
    media: new PgMediaStore(pool),
    versions: new PgPublishedVersions(pool),
    settings: await PgSettingsStore.open(pool),
    dictionary: await PgDictionaryStore.open(pool, options.resourcesDir)
  }
}
