import { classifyFsError, fsProblemReason } from './fs-errors'

export interface Message {
  bn: string
  en: string
}

/** One short reason for any failure: the disk problem in plain words when it is one, else the error's own first line. */
export async function describeFailure(error: unknown): Promise<Message> {
  const problem = await classifyFsError(error)
  if (problem) {
    const why = fsProblemReason(problem)
    const code = (error as NodeJS.ErrnoException).code
    return { bn: `${why.bn} (${code})`, en: `${why.en} (${code})` }
  }
  const line = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300)
  return { bn: `অপ্রত্যাশিত সমস্যা: ${line}`, en: `unexpected error: ${line}` }
}

export async function failureWhileOpening(dataDir: string, error: unknown): Promise<Message> {
  const why = await describeFailure(error)
  return {
    bn: `ডেটা ফোল্ডার ${dataDir} খোলা যায়নি: ${why.bn}। কিছুই বদলানো হয়নি।`,
    en: `The data folder ${dataDir} could not be opened: ${why.en}. Nothing was changed.`
  }
}

/**
 * Closing writes the index snapshot and the search index. If the disk refuses, nothing acknowledged is lost: every save
 * is already in its article file and in library.journal, which stays until a snapshot is whole on disk; the failed
 * write left no temp file behind. The next start replays the journal.
 */
export async function failureWhileClosing(error: unknown): Promise<Message> {
  const why = await describeFailure(error)
  return {
    bn:
      `বন্ধ করার সময় লাইব্রেরির সূচি লেখা যায়নি: ${why.bn}। সংরক্ষিত সব লেখা ডিস্কে আছে (লেখার ফাইল ও জার্নালে); ` +
      'পরের বার চালু করলে সূচি আবার তৈরি হবে।',
    en:
      `While closing, the library index could not be written: ${why.en}. Every saved story is on disk (in its article ` +
      'file and the journal); the index is rebuilt on the next start.'
  }
}
