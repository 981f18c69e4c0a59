import type { Article } from '../../shared/article/model'
import { err, ok, type Err, type Result } from '../../shared/result'
import { textLockedError } from '../../shared/workflow'
import { CorruptFileError } from '../durable-file'
import type { SaveOutcome } from '../library-store'

export const notFound = () => err('not-found', 'লেখাটি খুঁজে পাওয়া যায়নি।', 'The article was not found.')

/** Storage failures become messages the reporter can act on; nothing was changed when one is returned. */
export function storageError(error: unknown): Err {
  if (error instanceof CorruptFileError) {
    return err(
      'storage',
      'লেখার ফাইলটি নষ্ট হয়ে গেছে; ফাইলটি যেমন ছিল তেমনই রাখা হয়েছে।',
      'The article file is damaged; it has been left untouched.'
    )
  }
  const code = (error as NodeJS.ErrnoException).code ?? 'unknown'
  const why =
    code === 'ENOSPC'
      ? { bn: 'ডিস্কে জায়গা নেই', en: 'the disk is full' }
      : code === 'EACCES' || code === 'EPERM' || code === 'EROFS'
        ? { bn: 'ফোল্ডারে লেখার অনুমতি নেই', en: 'the folder is not writable' }
        : { bn: 'ডিস্কে লেখা বা পড়া যায়নি', en: 'the disk could not be read or written' }
  return err(
    'storage',
    `সংরক্ষণ করা যায়নি: ${why.bn}। লেখাটি সম্পাদকে রাখা আছে; পরের বার আবার চেষ্টা হবে।`,
    `Could not save: ${why.en}. Your text is still in the editor; the next save will try again.`,
    {
      cause: code
    }
  )
}

/** Runs a handler body; a thrown storage error becomes a value. */
export async function guarded<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work()
  } catch (error) {
    return storageError(error)
  }
}

export function conflict(current: Article): Err {
  return err(
    'conflict',
    'লেখাটি অন্য কোথাও বদলানো হয়েছে; আপনার লেখা রাখা আছে, দুটো মিলিয়ে দেখুন।',
    'The article was changed elsewhere; your text is kept — compare the two versions.',
    { storedRevision: current.revision, current }
  )
}

export function outcomeToResult<T>(outcome: SaveOutcome, value: (article: Article) => T): Result<T> {
  if (outcome.kind === 'not-found') return notFound()
  if (outcome.kind === 'conflict') return conflict(outcome.current)
  if (outcome.kind === 'locked') return textLockedError(outcome.current.status)
  return ok(value(outcome.article))
}
