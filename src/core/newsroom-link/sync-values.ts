import type { Article } from '../../shared/article/model'
import { err, type Err } from '../../shared/result'

/** Returned to updateMeta to write nothing (a newer local change is on its way to the server). */
export const LEAVE_IT = err('conflict', 'লেখাটিতে নতুন পরিবর্তন আছে।', 'The story has newer local changes.')

/** The non-text fields the server decides: taken from its answer without touching newer local text. */
export function withServerMeta(local: Article, server: Article): Article {
  const next: Article = { ...local, status: server.status, workflow: server.workflow, notes: server.notes, owner: server.owner }
  if (server.publication) next.publication = server.publication
  else delete next.publication
  return next
}

export const unanswered = () =>
  err(
    'internal',
    'নিউজরুমের সার্ভার পাঠানো পরিবর্তনগুলোর উত্তর দেয়নি; পরে আবার পাঠানো হবে।',
    'The newsroom server did not answer the changes sent; they will be sent again later.'
  )

/** A round that threw (the disk refused a write): said plainly; the next round tries again. */
export function stopped(error: unknown): Err {
  const why = error instanceof Error ? error.message : String(error)
  return err('internal', `সিঙ্ক থেমে গেছে, আবার চেষ্টা হবে: ${why}`, `Sync stopped and will try again: ${why}`)
}
