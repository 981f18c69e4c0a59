import { userInfo } from 'node:os'
import type { Handlers } from '../../shared/api'
import type { Article } from '../../shared/article/model'
import { canonicalizePatch } from '../../shared/article/canonical'
import { err, ok, type Err, type Result } from '../../shared/result'
import { CorruptFileError } from './durable-file'
import { MediaStore } from './media-store'
import { SettingsStore } from './settings-store'
import { Exporter, type PdfRenderer } from './exports'
import { FontAssets } from './font-assets'
import { Importer } from './imports'
import { join } from 'node:path'
import { contentOf, LowdbArticleStore, type ArticleStore, type SaveOutcome } from './library-store'

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
  exporter: Exporter
  importer: Importer
}

const notFound = () => err('not-found', 'লেখাটি খুঁজে পাওয়া যায়নি।', 'The article was not found.')
const revisionNotFound = () => err('not-found', 'এই সংস্করণটি পাওয়া যায়নি।', 'That revision was not found.')

/** Storage failures become messages the reporter can act on; nothing was changed when one is returned. */
function storageError(error: unknown): Err {
  if (error instanceof CorruptFileError) {
    return err('storage', 'লেখার ফাইলটি নষ্ট হয়ে গেছে; ফাইলটি যেমন ছিল তেমনই রাখা হয়েছে।', 'The article file is damaged; it has been left untouched.')
  }
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
  const why =
    code === 'ENOSPC'
      ? { bn: 'ডিস্কে জায়গা নেই', en: 'the disk is full' }
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? { bn: 'ফোল্ডারে লেখার অনুমতি নেই', en: 'the folder is not writable' }
        : { bn: 'ডিস্কে লেখা বা পড়া যায়নি', en: 'the disk could not be read or written' }
  return err('storage', `সংরক্ষণ করা যায়নি: ${why.bn}। লেখাটি সম্পাদকে রাখা আছে; পরের বার আবার চেষ্টা হবে।`, `Could not save: ${why.en}. Your text is still in the editor; the next save will try again.`, {
    cause: code
  })
}

async function guarded<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work()
  } catch (error) {
    return storageError(error)
  }
}

function conflict(current: Article): Err {
  return err(
    'conflict',
    'লেখাটি অন্য কোথাও বদলানো হয়েছে; আপনার লেখা রাখা আছে, দুটো মিলিয়ে দেখুন।',
    'The article was changed elsewhere; your text is kept — compare the two versions.',
    { storedRevision: current.revision, current }
  )
}

function outcomeToResult<T>(outcome: SaveOutcome, value: (article: Article) => T): Result<T> {
  if (outcome.kind === 'not-found') return notFound()
  if (outcome.kind === 'conflict') return conflict(outcome.current)
  return ok(value(outcome.article))
}

/** The contract, implemented once; both the IPC and the HTTP transport call these handlers through dispatch(). */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const author = () => {
    try {
      return userInfo().username
    } catch {
      return 'অজানা'
    }
  }
  const store = await LowdbArticleStore.open(options.dataDir, { now: options.now, author })
  // Load the search index once start-up is over, so the first search is instant and opening stays quick.
  setTimeout(() => store.warmSearch(), 1500).unref()
  const media = await MediaStore.open(options.dataDir)
  const settings = await SettingsStore.open(options.dataDir)
  const exporter = new Exporter({ store, media, fonts: new FontAssets(join(options.resourcesDir ?? join(process.cwd(), 'resources'), 'fonts')), settings: () => settings.get(), pdf: options.pdf, now: options.now })
  const importer = new Importer(store, media)

  const handlers: Handlers = {
    'app.info': async () => ok({ name: 'Barta', version: options.version, dataDir: options.dataDir, transport: options.transport }),
    'library.list': (query) => guarded(async () => ok(await store.list(query))),
    'library.search': ({ query, limit }) => guarded(async () => ok(await store.search(query, limit))),
    'library.notices': async () => ok(store.notices()),
    'article.create': ({ content }) => guarded(async () => ok(await store.create(content && canonicalizePatch(content)))),
    'article.get': ({ id }) =>
      guarded(async () => {
        const article = await store.get(id)
        return article ? ok(article) : notFound()
      }),
    'article.save': ({ id, baseRevision, patch }) =>
      guarded(async () =>
        outcomeToResult(await store.save(id, baseRevision, canonicalizePatch(patch)), (article) => ({ revision: article.revision, modifiedAt: article.modifiedAt }))
      ),
    'article.duplicate': ({ id }) =>
      guarded(async () => {
        const original = await store.get(id)
        if (!original) return notFound()
        const content = contentOf(original)
        return ok(await store.create({ ...content, headline: `${content.headline} (অনুলিপি)`.trim(), slug: '' }))
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
        return snapshot ? ok(snapshot) : revisionNotFound()
      }),
    'export.article': ({ id, format }) =>
      guarded(async () => {
        const bundle = await exporter.export(id, format)
        if (!bundle.ok) return bundle
        return ok({
          name: bundle.value.name,
          files: bundle.value.files.map((file) => ({ path: file.path, contentType: file.contentType, dataBase64: Buffer.from(file.data).toString('base64') }))
        })
      }),
    'article.import': ({ text, sidecars }) =>
      guarded(async () =>
        importer.importText(text, { sidecars: Object.fromEntries(Object.entries(sidecars ?? {}).map(([name, data]) => [name, new Uint8Array(Buffer.from(data, 'base64'))])) })
      ),
    'settings.get': async () => ok(settings.get()),
    'settings.update': ({ patch }) => guarded(async () => ok(await settings.update(patch))),
    'media.put': ({ name, dataBase64 }) =>
      guarded(async () => {
        const outcome = await media.put(Buffer.from(dataBase64, 'base64'))
        if (outcome.kind === 'stored') {
          const { mediaId, type, width, height, bytes } = outcome.media
          return ok({ mediaId, type, width, height, bytes })
        }
        const file = name.slice(0, 80)
        if (outcome.kind === 'too-large') {
          const mb = (outcome.bytes / 1024 / 1024).toFixed(1)
          return err('too-large', `«${file}» ছবিটি খুব বড় (${mb} MB); সর্বোচ্চ ২৫ MB।`, `“${file}” is too large (${mb} MB); the limit is 25 MB.`)
        }
        return err(
          'bad-request',
          `«${file}» ছবি নয়, বা এই ধরনের ছবি চলে না। JPEG, PNG বা WebP ছবি দিন।`,
          `“${file}” is not an image, or not a supported kind. Use a JPEG, PNG or WebP photo.`
        )
      }),
    'media.get': ({ mediaId }) =>
      guarded(async () => {
        const found = await media.get(mediaId)
        return found ? ok({ type: found.type, dataBase64: found.data.toString('base64') }) : err('not-found', 'ছবিটি পাওয়া যায়নি।', 'The photo was not found.')
      }),
    'revision.restore': ({ id, revision, baseRevision }) =>
      guarded(async () => outcomeToResult(await store.restoreRevision(id, revision, baseRevision), (article) => article))
  }

  return { handlers, store, media, settings, exporter, importer }
}
