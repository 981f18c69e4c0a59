import type { Article } from '../../shared/article/model'
import { err, ok, type Err, type Result } from '../../shared/result'
import { textLockedError } from '../../shared/workflow'
import { CorruptFileError } from '../durable-file'
import { classifyFsError, fsProblemReason, isFsError, type FsProblem } from '../fs-errors'
import { Refusal } from '../refusal'
import type { SaveOutcome } from '../article-store'

export const notFound = () => err('not-found', 'লেখাটি খুঁজে পাওয়া যায়নি।', 'The article was not found.')

/**
 * Storage failures become messages the reporter can act on — not writable, disk full, or another disk failure, each
 * said differently; nothing was changed when one is returned. An error that does not come from the disk is not
 * dressed up as a storage problem.
 */
export function storageError(error: unknown, problem?: FsProblem): Err {
  if (error instanceof Refusal) return error.refusal
  if (error instanceof CorruptFileError) {
    return err(
      'storage',
      'লেখার ফাইলটি নষ্ট হয়ে গেছে; ফাইলটি যেমন ছিল তেমনই রাখা হয়েছে।',
      'The article file is damaged; it has been left untouched.'
    )
  }
  if (!isFsError(error)) {
    return err('internal', 'একটি অপ্রত্যাশিত সমস্যা হয়েছে; আবার চেষ্টা করুন।', 'Something unexpected went wrong; please try again.')
  }
  const why = fsProblemReason(problem ?? 'io')
  return err(
    'storage',
    `সংরক্ষণ করা যায়নি: ${why.bn}। লেখাটি সম্পাদকে রাখা আছে; পরের বার আবার চেষ্টা হবে।`,
    `Could not save: ${why.en}. Your text is still in the editor; the next save will try again.`,
    { cause: error.code ?? 'unknown', problem: problem ?? 'io' }
  )
}

/** Runs a handler body; a thrown storage error becomes a value. */
export async function guarded<T>(work: () => Promise<Result<T>>): Promise<Result<T>> {
  try {
    return await work()
  } catch (error) {
    return storageError(error, await classifyFsError(error))
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
