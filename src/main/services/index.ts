import type { Handlers } from '../../shared/api'
import { err, ok } from '../../shared/result'
import { canonicalizePatch } from '../../shared/article/canonical'
import { CorruptFileError } from './durable-file'
import { LowdbArticleStore, type ArticleStore } from './library-store'

export interface ServicesOptions {
  dataDir: string
  transport: 'ipc' | 'http'
  version: string
  now?: () => Date
}

export interface Services {
  handlers: Handlers
  store: ArticleStore
}

const notFound = () => err('not-found', 'লেখাটি খুঁজে পাওয়া যায়নি।', 'The article was not found.')

/** Storage failures become messages the reporter can act on; nothing was changed when one is returned. */
function storageError(error: unknown) {
  if (error instanceof CorruptFileError) {
    return err(
      'storage',
      'লেখার ফাইলটি নষ্ট হয়ে গেছে; ফাইলটি যেমন ছিল তেমনই রাখা হয়েছে।',
      'The article file is damaged; it has been left untouched.'
    )
  }
  return err('storage', 'ডিস্কে লেখা বা পড়া যায়নি; কিছুই হারায়নি, আবার চেষ্টা করুন।', 'Could not read or write the disk; nothing was lost, please try again.', {
    cause: (error as NodeJS.ErrnoException).code ?? 'unknown'
  })
}

/** The contract, implemented once; both the IPC and the HTTP transport call these handlers through dispatch(). */
export async function createServices(options: ServicesOptions): Promise<Services> {
  const store = await LowdbArticleStore.open(options.dataDir, options.now)

  const guarded = async <T>(work: () => Promise<T>) => {
    try {
      return { ok: true as const, value: await work() }
    } catch (error) {
      return { ok: false as const, error: storageError(error) }
    }
  }

  const handlers: Handlers = {
    'app.info': async () =>
      ok({ name: 'Barta', version: options.version, dataDir: options.dataDir, transport: options.transport }),

    'library.list': async ({ includeTrashed }) => {
      const outcome = await guarded(() => store.list({ includeTrashed }))
      return outcome.ok ? ok(outcome.value) : outcome.error
    },

    'article.create': async ({ content }) => {
      const outcome = await guarded(() => store.create(content && canonicalizePatch(content)))
      return outcome.ok ? ok(outcome.value) : outcome.error
    },

    'article.get': async ({ id }) => {
      const outcome = await guarded(() => store.get(id))
      if (!outcome.ok) return outcome.error
      return outcome.value ? ok(outcome.value) : notFound()
    },

    'article.save': async ({ id, baseRevision, patch }) => {
      const outcome = await guarded(() => store.save(id, baseRevision, canonicalizePatch(patch)))
      if (!outcome.ok) return outcome.error
      const result = outcome.value
      if (result.kind === 'not-found') return notFound()
      if (result.kind === 'conflict') {
        return err(
          'conflict',
          'লেখাটি অন্য কোথাও বদলানো হয়েছে; আপনার লেখা রাখা আছে, দুটো মিলিয়ে দেখুন।',
          'The article was changed elsewhere; your text is kept — compare the two versions.',
          { storedRevision: result.current.revision, current: result.current }
        )
      }
      return ok({ revision: result.article.revision, modifiedAt: result.article.modifiedAt })
    }
  }

  return { handlers, store }
}
