import { userInfo } from 'node:os'
import { join } from 'node:path'
import type { Handlers } from '../shared/api'
import { ok } from '../shared/result'
import { Exporter, type PdfRenderer } from './exports'
import { FontAssets } from './font-assets'
import { Importer } from './imports'
import { LowdbArticleStore, type ArticleStore } from './library-store'
import { MediaStore } from './media-store'
import { ProfileStore } from './profile-store'
import { PublishedPages } from './published-pages'
import { PublishedVersions } from './published-versions'
import { Publishing } from './publishing'
import { SettingsStore } from './settings-store'
import { DictionaryStore } from './dictionary-store'
import { exchangeHandlers } from './handlers/exchange'
import { libraryHandlers } from './handlers/library'
import { publishingHandlers } from './handlers/publishing'
import { workflowHandlers } from './handlers/workflow'
import { dictionaryHandlers } from './handlers/dictionary'

export interface ServicesOptions {
  dataDir: string
  transport: 'ipc' | 'http'
  version: string
  /** The folder that holds fonts/ (resources/ in the repository and in the packaged app). */
  resourcesDir?: string
  pdf?: PdfRenderer
  now?: () => Date
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
}

function systemUserName(): string {
  try {
    return userInfo().username || 'প্রতিবেদক'
  } catch {
    return 'প্রতিবেদক'
  }
}

/** The contract, implemented once; both the IPC and the HTTP transport call these handlers through dispatch(). */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const now = options.now ?? (() => new Date())
  const profiles = await ProfileStore.open(options.dataDir, systemUserName())
  // The current profile is the author of every revision.
  const store = await LowdbArticleStore.open(options.dataDir, { now, author: () => profiles.current().name })
  // Load the search index once start-up is over, so the first search is instant and opening stays quick.
  setTimeout(() => store.warmSearch(), 1500).unref()
  const media = await MediaStore.open(options.dataDir)
  const settings = await SettingsStore.open(options.dataDir)
  const resourcesDir = options.resourcesDir ?? join(process.cwd(), 'resources')
  const fonts = new FontAssets(join(resourcesDir, 'fonts'))
  const dictionary = await DictionaryStore.open(options.dataDir, resourcesDir)
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

  const handlers: Handlers = {
    'app.info': async () => ok({ name: 'Barta', version: options.version, dataDir: options.dataDir, transport: options.transport }),
    ...libraryHandlers(store, profiles),
    ...exchangeHandlers(media, exporter, importer),
    ...workflowHandlers(store, profiles, settings, publishing, now),
    ...publishingHandlers(store, profiles, settings, publishing, versions, pages),
    ...dictionaryHandlers(dictionary, profiles)
  }
  return { handlers, store, media, settings, profiles, exporter, importer, publishing, versions }
}
