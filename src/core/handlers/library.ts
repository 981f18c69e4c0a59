import { DEFAULT_COPY_SUFFIX, type ConflictResolution, type Handlers } from '../../shared/api'
import { canonicalizePatch } from '../../shared/article/canonical'
import { refOf } from '../../shared/profiles'
import { err, ok } from '../../shared/result'
import { LIST_PAGE_SIZE } from '../../shared/library'
import type { ArticleStore } from '../article-store'
import { contentOf } from '../revisions'
import { ListCursorError } from '../list-query'
import type { ProfileSource } from '../profile-store'
import { guarded, notFound, outcomeToResult } from './common'

type LibraryHandlers = Pick<
  Handlers,
  | 'library.list'
  | 'library.search'
  | 'library.notices'
  | 'article.create'
  | 'article.get'
  | 'article.save'
  | 'article.resolveConflict'
  | 'article.duplicate'
  | 'article.trash'
  | 'article.restore'
  | 'trash.empty'
  | 'revision.snapshot'
  | 'revision.list'
  | 'revision.get'
  | 'revision.restore'
>

/** The library: stories, trash and revisions. */
export function libraryHandlers(store: ArticleStore, profiles: ProfileSource): LibraryHandlers {
  return {
    // One page per call: a list of 10,000 stories never travels whole.
    'library.list': (query) =>
      guarded(async () => {
        try {
          return ok(await store.list({ ...query, limit: query.limit ?? LIST_PAGE_SIZE }))
        } catch (error) {
          if (!(error instanceof ListCursorError)) throw error
          return err(
            'bad-request',
            'তালিকার পরের পাতার চিহ্নটি এই তালিকার নয়; তালিকাটি প্রথম থেকে আবার আনুন।',
            'The page cursor does not belong to this list; fetch the list again from the start.'
          )
        }
      }),
    'library.search': (query) => guarded(async () => ok(await store.search(query))),
    'library.notices': async () => ok(store.notices()),
    'article.create': ({ content }) =>
      guarded(async () => ok(await store.create(content && canonicalizePatch(content), refOf(profiles.current())))),
    'article.get': ({ id }) =>
      guarded(async () => {
        const article = await store.get(id)
        return article ? ok(article) : notFound()
      }),
    'article.save': ({ id, baseRevision, patch }) =>
      guarded(async () =>
        outcomeToResult(await store.save(id, baseRevision, canonicalizePatch(patch)), (article) => ({
          revision: article.revision,
          modifiedAt: article.modifiedAt
        }))
      ),
    'article.resolveConflict': ({ id, baseRevision, mine, choice, copySuffix }) =>
      guarded<ConflictResolution>(async () => {
        const copy = { headlineSuffix: copySuffix ?? DEFAULT_COPY_SUFFIX, owner: refOf(profiles.current()) }
        const outcome = await store.resolveConflict(id, baseRevision, canonicalizePatch(mine), choice, copy)
        if (outcome.kind === 'copied') return ok({ choice: 'both' as const, copy: outcome.copy, current: outcome.current })
        return outcomeToResult(outcome, (article) => ({
          choice: 'mine' as const,
          revision: article.revision,
          modifiedAt: article.modifiedAt
        }))
      }),
    'article.duplicate': ({ id }) =>
      guarded(async () => {
        const original = await store.get(id)
        if (!original) return notFound()
        const content = contentOf(original)
        return ok(await store.create({ ...content, headline: `${content.headline} (অনুলিপি)`.trim(), slug: '' }, refOf(profiles.current())))
      }),
    'article.trash': ({ id }) =>
      guarded(async () => {
        const summary = await store.trash(id)
        return summary ? ok(summary) : notFound()
      }),
    'article.restore': ({ id }) =>
      guarded(async () => {
        const summary = await store.restoreFromTrash(id)
        return summary ? ok(summary) : notFound()
      }),
    'trash.empty': () => guarded(async () => ok({ removed: await store.emptyTrash() })),
    'revision.snapshot': ({ id }) =>
      guarded(async () => {
        const info = await store.snapshot(id, 'manual')
        return info ? ok(info) : notFound()
      }),
    'revision.list': ({ id }) => guarded(async () => ok(await store.revisions(id))),
    'revision.get': ({ id, revision }) =>
      guarded(async () => {
        const snapshot = await store.revision(id, revision)
        return snapshot ? ok(snapshot) : err('not-found', 'এই সংস্করণটি পাওয়া যায়নি।', 'That revision was not found.')
      }),
    'revision.restore': ({ id, revision, baseRevision }) =>
      guarded(async () => outcomeToResult(await store.restoreRevision(id, revision, baseRevision), (article) => article))
  }
}
