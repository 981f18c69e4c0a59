import type pg from 'pg'
import type { Article } from '../../../../src/shared/article/model'
import { DEFAULT_SETTINGS } from '../../../../src/shared/settings'
import type { UserRef } from '../../../../src/shared/newsroom'
import { Publishing } from '../../../../src/core/publishing'
import type { MediaStore } from '../../../../src/core/media-store'
import type { PublishedVersions } from '../../../../src/core/published-versions'
import { PgArticleStore } from '../../../../src/newsroom/store/pg-article-store'
import { profileOf, type OpServices } from '../../../../src/newsroom/sync/apply-op'
import type { PushDeps } from '../../../../src/newsroom/sync/push'

/**
 * The services a push runs with, composed as the server does: the PostgreSQL article store for the session's user on
 * the op's transaction, and Publishing over it. Photos and published versions are not what these tests are about:
 * no photo is present, and a version "recorded" is only kept in memory.
 */
export function pushDeps(
  pool: pg.Pool,
  now: () => Date,
  wrap: (services: OpServices, client: pg.PoolClient) => OpServices = (s) => s
): PushDeps {
  const base = new PgArticleStore(pool, { author: () => null, now })
  const media = { has: async () => false } as unknown as MediaStore
  const recorded = new Map<string, Article>()
  const versions = {
    record: async (article: Article, info: { version: number }) => {
      recorded.set(`${article.id}/${info.version}`, article)
      return { ...info, revision: article.revision, content: article }
    },
    read: async () => undefined
  } as unknown as PublishedVersions
  return {
    pool,
    now,
    address: '127.0.0.1',
    servicesOn(client, actor: UserRef) {
      const store = base.forAuthor(profileOf(actor)).inside(client)
      const publishing = new Publishing({ store, media, versions, settings: () => DEFAULT_SETTINGS, now })
      return wrap({ store, transition: (...args) => publishing.transition(...args) }, client)
    }
  }
}
