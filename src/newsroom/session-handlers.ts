import type { Pool, PoolClient } from 'pg'
import type { Handlers } from '../shared/api'
import type { SessionUser } from '../shared/newsroom'
import { err, ok, type Err, type Result } from '../shared/result'
import { outcomeToResult } from '../core/handlers/common'
import { dictionaryHandlers } from '../core/handlers/dictionary'
import { exchangeHandlers } from '../core/handlers/exchange'
import { libraryHandlers } from '../core/handlers/library'
import { publishingHandlers } from '../core/handlers/publishing'
import { workflowHandlers } from '../core/handlers/workflow'
import { Exporter, type PdfRenderer } from '../core/exports'
import type { FontAssets } from '../core/font-assets'
import { Importer } from '../core/imports'
import type { ProfileSource } from '../core/profile-store'
import { PublishedPages } from '../core/published-pages'
import { Publishing } from '../core/publishing'
import { assign } from './desk/assignment'
import { guardedNote, guardedSave, guardedTransition, maySee, type EditOutcome } from './desk/guarded-edits'
import { guardEdit, type EditLocks } from './desk/locks'
import { deskQueue, people } from './desk/queue'
import { runsTheDesk } from './desk/rules'
import { inTransaction } from './db/pool'
import { profileOf, type OpServices } from './sync/apply-op'
import { pull } from './sync/pull'
import { push, type PushDeps } from './sync/push'
import type { PgArticleStore } from './store/pg-article-store'
import type { PgDictionaryStore } from './store/pg-dictionary-store'
import type { PgMediaStore } from './store/pg-media-store'
import type { PgPublishedVersions } from './store/pg-published-versions'
import type { PgSettingsStore } from './store/pg-settings-store'

/** What every session's handlers are made of (one of each per server). */
export interface NewsroomParts {
  pool: Pool
  articles: PgArticleStore
  media: PgMediaStore
  versions: PgPublishedVersions
  settings: PgSettingsStore
  dictionary: PgDictionaryStore
  fonts: FontAssets
  locks: EditLocks
  now: () => Date
  pdf?: PdfRenderer
  version: string
  servicesOn(client: PoolClient, user: SessionUser): OpServices
  pushDeps(address: string): PushDeps
}

const forbidden = (bn: string, en: string): Err => err('forbidden', bn, en)
const onlyChief = () => forbidden('এই কাজটি কেবল প্রধান সম্পাদক করতে পারেন।', 'Only a chief editor can do this.')
const onlyDesk = () => forbidden('এই কাজটি কেবল ডেস্ক ও প্রধান সম্পাদক করতে পারেন।', 'Only desk and chief editors can do this.')
const noProfiles = () =>
  forbidden(
    'নিউজরুমে নাম ও ভূমিকা সার্ভার ঠিক করে; প্রোফাইল বদলানো যায় না। অন্য কেউ হিসেবে কাজ করতে বেরিয়ে গিয়ে তাঁর নামে প্রবেশ করুন।',
    'In the newsroom, names and roles come from the server; profiles cannot be changed. To work as someone else, log out and log in as them.'
  )
const notHere = async () =>
  err(
    'unsupported',
    'এই কাজটি নিউজরুম সার্ভারে হয় না; এটি ল্যাপটপের লাইব্রেরির জন্য।',
    "This is not done on the newsroom server; it is for a laptop's library."
  )
const notFound = () => err('not-found', 'লেখাটি খুঁজে পাওয়া যায়নি।', 'The article was not found.')

function editResult(outcome: EditOutcome): Result<EditOutcome & { outcome: 'applied' }> {
  if (outcome.outcome === 'applied') return ok(outcome)
  if (outcome.outcome === 'conflict') return outcomeToResult({ kind: 'conflict', current: outcome.current }, () => undefined as never)
  return outcome.refusal
}

/**
 * The contract for one logged-in user. The local handlers run with the session's user as the current profile; in
 * front of them the server's rules: text changes, moves and notes go through the desk's guarded edits (role, state,
 * someone else's edit lock) in one transaction; a reporter sees only their own stories and published ones; the
 * newsroom-wide calls (settings, emptying the trash, imports) belong to the desk or the chief; profiles are the server's.
 */
export function sessionHandlers(parts: NewsroomParts, user: SessionUser, profiles: ProfileSource, address: string): Handlers {
  const { pool, media, versions, settings, now } = parts
  const store = parts.articles.forAuthor(profileOf(user))
  const publishing = new Publishing({ store, media, versions, settings: () => settings.get(), now })
  const pages = new PublishedPages(store, versions)
  const exporter = new Exporter({
    store,
    media,
    pages,
    fonts: parts.fonts,
    settings: () => settings.get(),
    sender: () => profiles.current(),
    pdf: parts.pdf,
    now
  })
  const importer = new Importer(store, media, () => profiles.current(), now)
  const local: Handlers = {
    'app.info': async () => ok({ name: 'Barta', version: parts.version, dataDir: '', transport: 'newsroom' }),
    ...libraryHandlers(store, profiles),
    ...exchangeHandlers(media, exporter, importer),
    ...workflowHandlers(store, profiles, settings, publishing, now),
    ...publishingHandlers(store, profiles, settings, publishing, versions, pages),
    ...dictionaryHandlers(parts.dictionary, profiles),
    'auth.login': notHere,
    'auth.logout': notHere,
    'auth.session': notHere,
    'newsroom.people': notHere,
    'desk.queue': notHere,
    'story.assign': notHere,
    'story.lock': notHere,
    'story.unlock': notHere,
    'sync.push': notHere,
    'sync.pull': notHere,
    'connection.status': notHere,
    'connection.connect': notHere,
    'connection.disconnect': notHere,
    'connection.sync': notHere
  }
  const desk = runsTheDesk(user)
  const guardedWork = (work: (services: OpServices, client: PoolClient) => Promise<EditOutcome>) =>
    inTransaction(pool, (client) => work(parts.servicesOn(client, user), client)).then(editResult)
  /** The story, if this user may see it (a reporter: their own, or published). */
  const visible = async (id: string) => {
    const article = await store.get(id)
    return article && maySee(user, article) ? article : undefined
  }
  /** Runs a local handler only on a story this user may see; others do not exist for them. */
  const onVisible =
    <A extends { id: string }, R>(handler: (args: A) => Promise<Result<R>>) =>
    async (args: A): Promise<Result<R>> =>
      (await visible(args.id)) ? handler(args) : notFound()
  /** Runs a local handler that changes the text only after the desk's edit check, on one transaction. */
  const afterEditCheck =
    <A extends { id: string }, R>(handler: (services: OpServices) => (args: A) => Promise<Result<R>>) =>
    (args: A): Promise<Result<R>> =>
      inTransaction(pool, async (client) => {
        const guard = await guardEdit(client, user, args.id, now())
        if (!guard.ok) return guard
        return handler(parts.servicesOn(client, user))(args)
      })

  return {
    ...local,
    // A reporter's list and search show their own stories and published ones (Superdesk's personal space + the wire).
    'library.list': (query) => local['library.list'](desk ? query : { ...query, ownerId: user.id }),
    'library.search': (query) => local['library.search'](desk ? query : { ...query, ownerId: user.id }),
    'article.get': onVisible(local['article.get']),
    'article.save': ({ id, baseRevision, patch }) =>
      guardedWork((services, client) => guardedSave(client, services, user, { storyId: id, baseRevision, patch }, now())).then((result) =>
        result.ok ? ok({ revision: result.value.article.revision, modifiedAt: result.value.article.modifiedAt }) : result
      ),
    'article.transition': ({ id, action, note, correctionNote }) =>
      guardedWork((services, client) =>
        guardedTransition(client, services, user, { storyId: id, action, note, correctionNote }, now())
      ).then((result) => (result.ok ? ok(result.value.article) : result)),
    'note.add': ({ id, text }) =>
      guardedWork((services, client) => guardedNote(client, services, user, { storyId: id, text }, now())).then((result) =>
        result.ok ? ok(result.value.article) : result
      ),
    'article.resolveConflict': afterEditCheck((services) => libraryHandlers(services.store, profiles)['article.resolveConflict']),
    'revision.restore': afterEditCheck((services) => libraryHandlers(services.store, profiles)['revision.restore']),
    'article.duplicate': onVisible(local['article.duplicate']),
    'article.trash': async (args) => {
      const article = await visible(args.id)
      if (!article) return notFound()
      if (!desk && article.status !== 'draft')
        return forbidden('জমা দেওয়া লেখা প্রতিবেদক ফেলে দিতে পারেন না।', 'A reporter cannot trash a submitted story.')
      return local['article.trash'](args)
    },
    'article.restore': onVisible(local['article.restore']),
    'revision.snapshot': onVisible(local['revision.snapshot']),
    'revision.list': onVisible(local['revision.list']),
    'revision.get': onVisible(local['revision.get']),
    'export.article': onVisible(local['export.article']),
    'article.checklist': onVisible(local['article.checklist']),
    'transition.summary': onVisible(local['transition.summary']),
    'published.list': onVisible(local['published.list']),
    'published.get': onVisible(local['published.get']),
    'page.context': onVisible(local['page.context']),
    'trash.empty': async (args) => (user.role === 'chief' ? local['trash.empty'](args) : onlyChief()),
    'settings.update': async (args) => (user.role === 'chief' ? local['settings.update'](args) : onlyChief()),
    'article.import': async (args) => (desk ? local['article.import'](args) : onlyDesk()),
    'package.resolve': async (args) => (desk ? local['package.resolve'](args) : onlyDesk()),
    'profile.save': async () => noProfiles(),
    'profile.switch': async () => noProfiles(),
    'newsroom.people': async () => ok(await people(pool)),
    'desk.queue': async () => (desk ? ok(await deskQueue(pool, now())) : onlyDesk()),
    'story.assign': ({ id, userId }) => assign(pool, user, id, userId, now),
    'story.lock': ({ id, takeover }) => parts.locks.take(user, id, takeover ?? false),
    'story.unlock': ({ id }) => parts.locks.release(user, id),
    'sync.push': async ({ ops }) => ok({ results: await push(parts.pushDeps(address), user, ops) }),
    'sync.pull': async ({ after, limit }) => ok(await pull(pool, user, after, limit))
  }
}
