import type { Article } from '../../shared/article/model'
import type { EditLock, UserRef } from '../../shared/newsroom'
import { err, ok, type Err, type Result } from '../../shared/result'
import { isTextLocked, textLockedError } from '../../shared/workflow'

/**
 * What the newsroom server allows beyond the workflow moves (src/shared/workflow.ts: roles × moves × states and the
 * approval checklist, applied by the services with the session's user as the actor): who may change a story's text.
 *
 * - A reporter edits only their own stories, and only while they are drafts or returned to them. Once submitted, the
 *   story is the desk's until it comes back.
 * - A desk or chief editor edits any story whose text is not locked (approved or published text is changed through a
 *   send-back or a correction, never in place).
 * - Whoever holds a story's edit lock is the one editing it; nobody else saves it until the lock is given up, runs out
 *   or is taken over by the desk (locks.ts).
 */

/**
 * An edit lock runs out after five minutes without a renewal. The editor renews it while the story is open by calling
 * story.lock again (WordPress renews its post lock on its heartbeat the same way) and by every save, so an editor whose
 * laptop went to sleep or lost the network does not keep a story from the desk for longer than that.
 */
export const LOCK_TTL_MS = 5 * 60 * 1000

/** Whether a lock taken at `since` still holds at `now`. */
export function isLockLive(since: string | Date, now: Date): boolean {
  const taken = typeof since === 'string' ? Date.parse(since) : since.getTime()
  return Number.isFinite(taken) && now.getTime() - taken < LOCK_TTL_MS
}

/** The lock as it stands at `now`: null when nobody holds it or it ran out. */
export function liveLock(lock: EditLock | null, now: Date): EditLock | null {
  return lock !== null && isLockLive(lock.since, now) ? lock : null
}

/** The refusal for a story someone else is editing: names them, Bengali first; details.holder is the UserRef. */
export function heldError(holder: UserRef): Err {
  return err(
    'held',
    `লেখাটি এখন ${holder.name} সম্পাদনা করছেন; কিছুই বদলানো হয়নি। তিনি ছেড়ে দিলে বা ডেস্ক নিয়ে নিলে আবার চেষ্টা করুন।`,
    `${holder.name} is editing this story now; nothing was changed. Try again when they let it go or the desk takes it over.`,
    { holder }
  )
}

/** Whether `actor` may change the text of a story in this state, leaving the edit lock aside. */
export function mayEditText(actor: UserRef, article: Pick<Article, 'status' | 'owner'>): Result<true> {
  if (actor.role === 'reporter') {
    if (article.owner === null || article.owner.id !== actor.id) {
      return err(
        'forbidden',
        'প্রতিবেদক শুধু নিজের লেখা বদলাতে পারেন; কিছুই বদলানো হয়নি।',
        'Reporters can change only their own stories; nothing was changed.',
        {
          status: article.status
        }
      )
    }
    if (article.status !== 'draft' && article.status !== 'returned') {
      return err(
        'forbidden',
        'জমা দেওয়া লেখা এখন ডেস্কের হাতে; ফেরত এলে আবার বদলাতে পারবেন। কিছুই বদলানো হয়নি।',
        'This story is with the desk now; you can change it again when it is returned to you. Nothing was changed.',
        { status: article.status }
      )
    }
    return ok(true)
  }
  if (isTextLocked(article.status)) return textLockedError(article.status)
  // A returned story is back with its reporter (Superdesk sends it back to their desk): the desk edits it again once
  // it is resubmitted, so the reporter is never locked out of their own returned story by an editor's open window.
  if (article.status === 'returned' && article.owner !== null && article.owner.id !== actor.id) {
    return err(
      'forbidden',
      'ফেরত পাঠানো লেখা এখন প্রতিবেদকের হাতে; আবার জমা পড়লে বদলাতে পারবেন। কিছুই বদলানো হয়নি।',
      'A returned story is with its reporter now; you can change it again when it is resubmitted. Nothing was changed.',
      { status: article.status }
    )
  }
  return ok(true)
}

/**
 * Whether `actor` may save this story now: the role and state rules above, then the edit lock — a lock held by
 * someone else that has not run out refuses the save with code 'held'. `lock` is the stored one (expired or not).
 */
export function mayEdit(
  actor: UserRef,
  article: Pick<Article, 'status' | 'owner'>,
  lock: EditLock | null,
  now: Date = new Date()
): Result<true> {
  const allowed = mayEditText(actor, article)
  if (!allowed.ok) return allowed
  const live = liveLock(lock, now)
  if (live !== null && live.holder.id !== actor.id) return heldError(live.holder)
  return ok(true)
}

/** Desk and chief editors run the desk: they take locks over, release others' locks and assign stories. */
export function runsTheDesk(actor: UserRef): boolean {
  return actor.role === 'desk' || actor.role === 'chief'
}
