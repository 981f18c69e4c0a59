import type pg from 'pg'
import type { UserRef } from '../../../../src/shared/newsroom'
import { Publishing } from '../../../../src/core/publishing'
import { PgArticleStore } from '../../../../src/newsroom/store/pg-article-store'
import { PgMediaStore } from '../../../../src/newsroom/store/pg-media-store'
import { PgPublishedVersions } from '../../../../src/newsroom/store/pg-published-versions'
import { PgSettingsStore } from '../../../../src/newsroom/store/pg-settings-store'
import { profileOf, type OpServices } from '../../../../src/newsroom/sync/apply-op'
import type { PushDeps } from '../../../../src/newsroom/sync/push'

/**
 * The services a push runs with, composed as the server does: the PostgreSQL stores, the article store for the
 * session's user on the op's transaction, and Publishing over it (a published version is recorded on that transaction
 * too). `wrap` lets a test step in between (the fault tests pause a save there).
 */
export async function pushDeps(
  pool: pg.Pool,
  now: () => Date,
  wrap: (services: OpServices, client: pg.PoolClient) => OpServices = (services) => services
): Promise<PushDeps> {
  const base = new PgArticleStore(pool, { author: () => null, now })
  const media = new PgMediaStore(pool)
  const versions = new PgPublishedVersions(pool)
  const settings = await PgSettingsStore.open(pool)
  return {
    pool,
    now,
    address: '127.0.0.1',
    servicesOn(client, actor: UserRef) {
      const store = base.forAuthor(profileOf(actor)).inside(client)
      const publishing = new Publishing({ store, media, versions, settings: () => settings.get(), now })
      return wrap({ store, transition: (...args) => publishing.transition(...args) }, client)
    }
  }
}
