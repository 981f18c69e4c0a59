import type { Handlers } from '../../shared/api'
import { err, ok } from '../../shared/result'
import type { ArticleStore } from '../article-store'
import type { ProfileSource } from '../profile-store'
import type { PublishedPages } from '../published-pages'
import type { PublishedVersionStore } from '../published-versions'
import type { Publishing } from '../publishing'
import type { SettingsSource } from '../settings-store'
import { refOf } from '../../shared/profiles'
import { guarded, notFound } from './common'

type PublishingHandlers = Pick<Handlers, 'article.checklist' | 'transition.summary' | 'published.list' | 'published.get' | 'page.context'>

const versionNotFound = () => err('not-found', 'প্রকাশিত এই সংস্করণটি পাওয়া যায়নি।', 'That published version was not found.')

/** What a confirmation dialog, the live checklist, the version history and the preview read. None of these change anything. */
export function publishingHandlers(
  store: ArticleStore,
  profiles: ProfileSource,
  settings: SettingsSource,
  publishing: Publishing,
  versions: PublishedVersionStore,
  pages: PublishedPages
): PublishingHandlers {
  /** Only versions the story itself records as published (a crash can leave a newer file that never went out). */
  const publishedUpTo = async (id: string) => {
    const article = await store.get(id)
    return article ? (article.publication?.version ?? 0) : undefined
  }
  return {
    'article.checklist': ({ id }) => guarded(() => publishing.checklist(id)),
    'transition.summary': ({ id, action }) => guarded(() => publishing.summary(id, action, refOf(profiles.current()))),
    'published.list': ({ id }) =>
      guarded(async () => {
        const upTo = await publishedUpTo(id)
        if (upTo === undefined) return notFound()
        return ok((await versions.list(id)).filter((info) => info.version <= upTo))
      }),
    'published.get': ({ id, version }) =>
      guarded(async () => {
        const upTo = await publishedUpTo(id)
        if (upTo === undefined) return notFound()
        const found = version <= upTo ? await versions.read(id, version) : undefined
        return found ? ok(found) : versionNotFound()
      }),
    'page.context': ({ id }) =>
      guarded(async () => {
        const article = await store.get(id)
        if (!article) return notFound()
        const siteUrl = settings.get().site.siteUrl
        return ok({
          latest: await pages.latest(id, siteUrl),
          canonicalUrl: pages.canonicalUrl(article, siteUrl),
          published: await pages.publishedCopy(article)
        })
      })
  }
}
