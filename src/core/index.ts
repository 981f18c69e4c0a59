import { userInfo } from 'node:os'
import { join } from 'node:path'
import type { Handlers } from '../shared/api'
import { ok } from '../shared/result'
import { Exporter, type PdfRenderer } from './exports'
import { FontAssets } from './font-assets'
import { Importer } from './imports'
import type { ArticleStore } from './article-store'
import { LowdbArticleStore } from './library-store'
import { MediaStore } from './media-store'
import { ProfileStore } from './profile-store'
import { PublishedPages } from './published-pages'
import { PublishedVersions } from './published-versions'
import { Publishing } from './publishing'
import { SettingsStore } from './settings-store'
import { DictionaryStore } from './dictionary-store'
import { FolderLock, type LockProgram } from './folder-lock'
import { removeStaleEndpoint } from './owner-endpoint'
import { readOnlyStore } from './read-only-store'
import { sweepRevisionFolders, sweepTopFolders } from './temp-files'
import { exchangeHandlers } from './handlers/exchange'
import { libraryHandlers } from './handlers/library'
import { publishingHandlers } from './handlers/publishing'
import { workflowHandlers } from './handlers/workflow'
import { dictionaryHandlers } from './handlers/dictionary'
import { serverOnlyHandlers } from './handlers/newsroom-only'
import { connectionHandlers, unlinkedHandlers } from './handlers/connection'
import { linkedHandlers, NewsroomLink, type LinkTiming, type NewsroomTransport } from './newsroom-link'

export interface ServicesOptions {
  dataDir: string
  transport: 'ipc' | 'http'
  version: string
  /** The folder that holds fonts/ (resources/ in the repository and in the packaged app). */
  resourcesDir?: string
  pdf?: PdfRenderer
  now?: () => Date
  /** Who takes the folder lock (named to a second writer); by default the app for IPC and the host for HTTP. */
  program?: LockProgram
  /**
   * Open without the lock and without writing anything — not even the index (`barta list`/`export` while nobody owns
   * the folder). Every write is refused.
   */
  readOnly?: boolean
  /** The newsroom link's transport (a server double in tests; HTTP by default) and its timing. */
  newsroom?: { transportFor?: (serverUrl: string) => NewsroomTransport; timing?: Partial<LinkTiming> }
}

export interface Services {
  handlers: Handlers
  store: ArticleStore
  media: MediaStore
  settings: SettingsStore
  profiles: ProfileStore
  exporter: Exporter
  importer: Importer
  publishing: Publishing
  versions: PublishedVersions
  /** The link to a newsroom server (null when opened read-only); idle until connection.connect. */
  link: NewsroomLink | null
  /** The data folder's lock (null when opened read-only). */
  lock: FolderLock | null
  /** Temp files a killed writer left behind, removed in the background after opening (README "Data on disk"). */
  leftoversRemoved: Promise<string[]>
  /** Closes the store (waiting for every accepted write) and then gives the folder lock up. */
  close(): Promise<void>
}

function systemUserName(): string {
  try {
    return userInfo().username || 'প্রতিবেদক'
  } catch {
    return 'প্রতিবেদক'
  }
}

/**
 * The contract, implemented once; both the IPC and the HTTP transport call these handlers through dispatch(). The
 * folder lock is taken before anything is read, so a second writer is refused (FolderLockedError) before it can
 * touch the library.
 */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const readOnly = options.readOnly ?? false
  const lock = readOnly
    ? null
    : await FolderLock.acquire(options.dataDir, options.program ?? (options.transport === 'ipc' ? 'app' : 'host'))
  try {
    return await openServices(options, lock)
  } catch (error) {
    await lock?.release().catch(() => undefined)
    throw error
  }
}

async function openServices(options: ServicesOptions, lock: FolderLock | null): Promise<Services> {
  const readOnly = lock === null
  const now = options.now ?? (() => new Date())
  if (lock) await removeStaleEndpoint(lock)
  // Temp files a killed writer left, before anything of ours is written (revisions/ follows in the background).
  const sweptFirst = lock ? await sweepTopFolders(lock.dataDir, lock.acquiredAt).catch(() => []) : []
  const profiles = await ProfileStore.open(options.dataDir, systemUserName(), { readOnly })
  // The current profile is the author of every revision.
  const opened = await LowdbArticleStore.open(options.dataDir, { now, author: () => profiles.current().name, readOnly })
  const store = readOnly ? readOnlyStore(opened) : opened
  // Load the search index once start-up is over, so the first search is instant and opening stays quick.
  setTimeout(() => store.warmSearch(), 1500).unref()
  const media = readOnly ? new MediaStore(join(options.dataDir, 'media')) : await MediaStore.open(options.dataDir)
  const settings = await SettingsStore.open(options.dataDir, { readOnly })
  const leftoversRemoved = lock
    ? sweepRevisionFolders(lock.dataDir, lock.acquiredAt).then(
        (later) => [...sweptFirst, ...later],
        () => sweptFirst
      )
    : Promise.resolve([])
  const resourcesDir = options.resourcesDir ?? join(process.cwd(), 'resources')
  const fonts = new FontAssets(join(resourcesDir, 'fonts'))
  const dictionary = await DictionaryStore.open(options.dataDir, resourcesDir, { readOnly })
  const versions = new PublishedVersions(options.dataDir)
  const pages = new PublishedPages(store, versions)
  const publishing = new Publishing({ store, media, versions, settings: () => settings.get(), now })
  const exporter = new Exporter({
    store,
    media,
    pages,
    fonts,
    settings: () => settings.get(),
    sender: () => profiles.current(),
    pdf: options.pdf,
    now
  })
  const importer = new Importer(store, media, () => profiles.current(), now)

  const local: Handlers = {
    'app.info': async () => ok({ name: 'Barta', version: options.version, dataDir: options.dataDir, transport: options.transport }),
    ...libraryHandlers(store, profiles),
    ...exchangeHandlers(media, exporter, importer),
    ...workflowHandlers(store, profiles, settings, publishing, now),
    ...publishingHandlers(store, profiles, settings, publishing, versions, pages),
    ...dictionaryHandlers(dictionary, profiles),
    ...serverOnlyHandlers(),
    ...unlinkedHandlers()
  }
  const link = readOnly
    ? null
    : await NewsroomLink.open({
        dataDir: options.dataDir,
        store,
        profiles,
        now,
        // The `barta` command does one job and exits; the app and the host sync in the background.
        background: options.program !== 'cli',
        ...options.newsroom
      })
  // Without a newsroom the wrapped handlers do exactly what the local ones do (nothing goes into an outbox).
  const handlers: Handlers = link ? { ...local, ...linkedHandlers(local, link, store, profiles), ...connectionHandlers(link) } : local
  let closing: Promise<void> | undefined
  const close = () =>
    (closing ??= (async () => {
      // The lock is given up even when the disk refuses the closing writes (the journal still holds every change).
      let failure: unknown
      await link?.close().catch((error: unknown) => (failure = error))
      await store.close().catch((error: unknown) => (failure = error))
      await leftoversRemoved
      await lock?.release().catch((error: unknown) => (failure ??= error))
      if (failure !== undefined) throw failure
    })())
  return { handlers, store, media, settings, profiles, exporter, importer, publishing, versions, link, lock, leftoversRemoved, close }
}
