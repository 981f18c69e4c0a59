import { join } from 'node:path'
import type { Pool, PoolClient } from 'pg'
import type { Handlers } from '../shared/api'
import type { SessionUser } from '../shared/newsroom'
import { err, type Err, type Result } from '../shared/result'
import type { Profile } from '../shared/profiles'
import type { PdfRenderer } from '../core/exports'
import { FontAssets } from '../core/font-assets'
import type { ProfileSource } from '../core/profile-store'
import { Publishing } from '../core/publishing'
import { createAuth, loginCall, logout, type AuthDeps, type AuthOptions } from './auth'
import { EditLocks } from './desk/locks'
import { logRefusal } from './desk/refusals'
import { profileOf, type OpServices } from './sync/apply-op'
import type { PushDeps } from './sync/push'
import { PgArticleStore } from './store/pg-article-store'
import { PgDictionaryStore } from './store/pg-dictionary-store'
import { PgMediaStore } from './store/pg-media-store'
import { PgPublishedVersions } from './store/pg-published-versions'
import { PgSettingsStore } from './store/pg-settings-store'
import type { NewsroomCore } from './server'
import { sessionHandlers, type NewsroomParts } from './session-handlers'

export interface NewsroomOptions {
  pool: Pool
  version: string
  /** The folder that holds fonts/ and the word list (resources/ in the repository). */
  resourcesDir: string
  pdf?: PdfRenderer
  now?: () => Date
  log?: (line: string) => void
  /** scrypt cost and throttle limits; tests lower the cost. */
  auth?: AuthOptions
}

export interface Newsroom extends NewsroomCore {
  auth: AuthDeps
  close(): Promise<void>
}

/** The session's user as the services' current profile: the author of every change, the actor of every move. */
function sessionProfile(user: SessionUser): ProfileSource {
  const profile: Profile = { id: user.id, name: user.name, role: user.role, desk: user.desk }
  return {
    current: () => profile,
    state: () => ({ profiles: [profile], currentId: profile.id }),
    // Roles and names come from the server's users (barta user …), never from a profile the page sends.
    save: async () => undefined,
    switchTo: async () => undefined
  }
}

/**
 * The newsroom's services over PostgreSQL, shared by every request; handlersFor() answers the contract for one
 * session's user — the same handlers as a library on one machine, with that user as the current profile, and the
 * server's rules (who may edit, locks, roles for the newsroom-wide calls) put in front of them.
 */
export async function createNewsroom(options: NewsroomOptions): Promise<Newsroom> {
  const { pool } = options
  const now = options.now ?? (() => new Date())
  const auth = createAuth(pool, options.auth)
  const articles = new PgArticleStore(pool, { author: () => null, now })
  const media = new PgMediaStore(pool)
  const versions = new PgPublishedVersions(pool)
  const settings = await PgSettingsStore.open(pool)
  const dictionary = await PgDictionaryStore.open(pool, options.resourcesDir)
  const fonts = new FontAssets(join(options.resourcesDir, 'fonts'))
  const locks = new EditLocks(pool, now)

  /** The session's services on one open transaction: a save, a move or a note checked and made in one go. */
  const servicesOn = (client: PoolClient, user: { id: string; name: string; role: SessionUser['role'] }): OpServices => {
    const store = articles.forAuthor(profileOf({ ...user, desk: '' })).inside(client)
    const publishing = new Publishing({ store, media, versions, settings: () => settings.get(), now })
    return { store, transition: (...args) => publishing.transition(...args) }
  }

  const parts: NewsroomParts = {
    pool,
    articles,
    media,
    versions,
    settings,
    dictionary,
    fonts,
    locks,
    now,
    pdf: options.pdf,
    version: options.version,
    servicesOn,
    pushDeps: (address: string): PushDeps => ({ pool, now, address, servicesOn })
  }

  return {
    auth,
    appInfo: () => ({ name: 'Barta', version: options.version }),
    login: (args, address) => loginCall(auth, args, address) as Promise<Result<{ result: never; token: string }>>,
    logout: (token) => logout(auth, token),
    session: (token) => auth.sessions.resolve(token),
    handlersFor: (user, address): Handlers => sessionHandlers(parts, user, sessionProfile(user), address),
    async refused({
      user,
      address,
      method,
      args,
      error
    }: {
      user: SessionUser | null
      address: string
      method: string
      args: unknown
      error: Err
    }) {
      await logRefusal(pool, {
        userId: user?.id ?? null,
        address,
        method,
        storyId: storyIdOf(args),
        code: error.code,
        detail: error.message.en.slice(0, 500)
      }).catch((failure: unknown) => options.log?.(`could not record a refusal: ${String(failure)}`))
    },
    async close() {
      await articles.close()
    }
  }
}

function storyIdOf(args: unknown): string | null {
  if (typeof args !== 'object' || args === null) return null
  const id = (args as { id?: unknown }).id
  return typeof id === 'string' ? id.slice(0, 64) : null
}

export const serverOnly = (): Err => err('unsupported', 'এই কাজটি নিউজরুম সার্ভারে হয় না।', 'This is not done on the newsroom server.')
