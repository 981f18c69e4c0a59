import type { Article, ArticleStatus } from './article/model'
import { isUnderCorrection } from './article/publication'
import { err, ok, type Err, type Result } from './result'

/**
 * The newsroom workflow: who may move a story from which state to which (after Superdesk's and Arc's desks).
 *
 *   draft ──submit──► submitted ──take──► editing ──approve──► approved ──publish──► published
 *     ▲                   │                  │  ▲                  │                     │
 *     └── returned ◄──────┴──return──────────┘  ├────send back─────┘                     │
 *                                               └──────────── correct ───────────────────┘
 *   (chief editors can kill from any state except killed)
 *
 * Reporters submit their own drafts (and resubmit returned ones); desk editors take, return or approve; chief editors
 * do all of that and also publish, send back and kill. Returning, sending back and killing need a reason.
 *
 * Approved and published text is locked (isTextLocked): nobody edits it in place. To change a published story a desk
 * or chief editor starts a correction («সংশোধন করুন», `correct`): the story goes back to editing as a working copy
 * while the published version stays what readers see; the correction is approved and published again like any story
 * (publishing it sets the «আপডেট» time and may add a correction note), or dropped («সংশোধন বাদ দিন»,
 * `discardCorrection`) to go back to the published text. Reporters cannot start one (they ask in the editorial thread).
 */
export const ROLES = ['reporter', 'desk', 'chief'] as const
export type Role = (typeof ROLES)[number]

export interface ProfileRef {
  id: string
  name: string
  role: Role
}

export const ACTIONS = ['submit', 'take', 'return', 'approve', 'publish', 'sendBack', 'kill', 'correct', 'discardCorrection'] as const
export type WorkflowAction = (typeof ACTIONS)[number]

interface Move {
  from: readonly ArticleStatus[]
  to: ArticleStatus
  roles: readonly Role[]
  /** Roles that may do this only to stories they own. */
  ownOnly?: readonly Role[]
  needsReason?: boolean
  needsChecklist?: boolean
  /** Only while a correction of a published story is worked on. */
  needsCorrection?: boolean
}

export const MOVES: Record<WorkflowAction, Move> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['reporter', 'desk', 'chief'], ownOnly: ['reporter'] },
  take: { from: ['submitted'], to: 'editing', roles: ['desk', 'chief'] },
  return: { from: ['submitted', 'editing'], to: 'returned', roles: ['desk', 'chief'], needsReason: true },
  approve: { from: ['editing'], to: 'approved', roles: ['desk', 'chief'], needsChecklist: true },
  publish: { from: ['approved'], to: 'published', roles: ['chief'], needsChecklist: true },
  // A published story is changed only through a correction; sending back is for approved, not yet published text.
  sendBack: { from: ['approved'], to: 'editing', roles: ['chief'], needsReason: true },
  kill: { from: ['draft', 'submitted', 'editing', 'approved', 'published', 'returned'], to: 'killed', roles: ['chief'], needsReason: true },
  correct: { from: ['published'], to: 'editing', roles: ['desk', 'chief'] },
  discardCorrection: {
    from: ['submitted', 'editing', 'approved', 'returned'],
    to: 'published',
    roles: ['desk', 'chief'],
    needsCorrection: true
  }
}

/** Approved and published text cannot be edited in place (README "The newsroom workflow"). */
export function isTextLocked(status: ArticleStatus): boolean {
  return status === 'approved' || status === 'published'
}

/** The refusal for a change to locked text: what happened and what to do instead, Bengali first. */
export function textLockedError(status: ArticleStatus): Err {
  return status === 'published'
    ? err(
        'locked',
        'লেখাটি প্রকাশিত; এর লেখা বদলানো যায় না, কিছুই বদলানো হয়নি। বদলাতে «সংশোধন করুন» চাপুন।',
        'This story is published; its text is locked and nothing was changed. To change it, start a correction.',
        { status }
      )
    : err(
        'locked',
        'লেখাটি অনুমোদিত; এর লেখা বদলানো যায় না, কিছুই বদলানো হয়নি। বদলাতে প্রধান সম্পাদক আবার সম্পাদনায় পাঠাবেন।',
        'This story is approved; its text is locked and nothing was changed. To change it, a chief editor sends it back to editing.',
        { status }
      )
}

export interface ChecklistItem {
  /** The article field to take the desk to (`leadImage.caption` for a part of the photo). */
  field: string
  bn: string
  en: string
}

/** One line of the live checklist: every item, ticked or not. */
export interface ChecklistEntry extends ChecklistItem {
  done: boolean
  /** Why an item that looks filled still does not count (a photo whose file is missing). */
  problem?: { bn: string; en: string }
}

export type ChecklistArticle = Pick<Article, 'headline' | 'byline' | 'publishedAt' | 'section' | 'leadImage'>

/** Whether a media file is really there; without one, every photo that names a file counts as present. */
export type MediaPresence = (mediaId: string) => boolean

/**
 * Everything that must be present before a story is approved (and published), each ticked or not. A lead photo whose
 * file is missing from the media store (an import that could not read it) counts as no photo.
 */
export function approvalChecklistEntries(article: ChecklistArticle, hasMedia: MediaPresence = () => true): ChecklistEntry[] {
  const filled = (value: string | null | undefined) => (value ?? '').trim() !== ''
  const photo = article.leadImage
  const named = photo !== null && filled(photo.mediaId)
  const fileThere = named && hasMedia(photo.mediaId.trim())
  const entries: ChecklistEntry[] = [
    { field: 'headline', bn: 'শিরোনাম', en: 'headline', done: filled(article.headline) },
    { field: 'byline', bn: 'প্রতিবেদক', en: 'byline', done: filled(article.byline) },
    { field: 'publishedAt', bn: 'প্রকাশের সময়', en: 'publish time', done: filled(article.publishedAt) },
    { field: 'section', bn: 'বিভাগ', en: 'section', done: filled(article.section) },
    {
      field: 'leadImage',
      bn: 'প্রধান ছবি',
      en: 'lead photo',
      done: fileThere,
      ...(named && !fileThere
        ? { problem: { bn: 'ছবির ফাইলটি পাওয়া যায়নি; ছবিটি আবার দিন।', en: 'The photo file is missing; add the photo again.' } }
        : {})
    },
    { field: 'leadImage.caption', bn: 'ছবির ক্যাপশন', en: 'photo caption', done: fileThere && filled(photo?.caption) },
    { field: 'leadImage.credit', bn: 'ছবির সূত্র', en: 'photo credit', done: fileThere && filled(photo?.credit) },
    { field: 'leadImage.alt', bn: 'ছবির বিকল্প লেখা', en: 'photo alt text', done: fileThere && filled(photo?.alt) }
  ]
  return entries
}

/** What is still missing before approval: with no photo, only the photo is named (its caption etc. come with it). */
export function approvalChecklist(article: ChecklistArticle, hasMedia?: MediaPresence): ChecklistItem[] {
  const entries = approvalChecklistEntries(article, hasMedia)
  const photoMissing = entries.some((entry) => entry.field === 'leadImage' && !entry.done)
  return entries
    .filter((entry) => !entry.done && !(photoMissing && entry.field.startsWith('leadImage.')))
    .map(({ field, bn, en }) => ({ field, bn, en }))
}

const ROLE_NAMES: Record<Role, { bn: string; en: string }> = {
  reporter: { bn: 'প্রতিবেদক', en: 'reporter' },
  desk: { bn: 'ডেস্ক সম্পাদক', en: 'desk editor' },
  chief: { bn: 'প্রধান সম্পাদক', en: 'chief editor' }
}

export function roleName(role: Role): { bn: string; en: string } {
  return ROLE_NAMES[role]
}

export type MoveArticle = Pick<
  Article,
  'status' | 'owner' | 'headline' | 'byline' | 'publishedAt' | 'section' | 'leadImage' | 'publication'
>

/** Checks one move for one profile; on success gives the new state. Nothing is changed here. */
export function checkMove(
  article: MoveArticle,
  actor: ProfileRef,
  action: WorkflowAction,
  reason: string,
  hasMedia?: MediaPresence
): Result<ArticleStatus> {
  const move = MOVES[action]
  const role = ROLE_NAMES[actor.role]
  if (!move.roles.includes(actor.role)) {
    return err('forbidden', `${role.bn} হিসেবে এই কাজটি করা যায় না।`, `A ${role.en} cannot do this.`, { action, role: actor.role })
  }
  if (!move.from.includes(article.status) || (move.needsCorrection && !isUnderCorrection(article))) {
    return err('conflict', 'লেখাটির এখনকার অবস্থা থেকে এই ধাপে যাওয়া যায় না।', `This story cannot move that way from “${article.status}”.`, {
      action,
      status: article.status
    })
  }
  if (move.ownOnly?.includes(actor.role) && article.owner !== null && article.owner.id !== actor.id) {
    return err('forbidden', 'প্রতিবেদক শুধু নিজের লেখা জমা দিতে পারেন।', 'Reporters can submit only their own stories.', { action })
  }
  if (move.needsReason && reason.trim() === '') {
    return err('bad-request', 'এই ধাপের জন্য একটি কারণ লিখুন।', 'Give a reason for this step.', { action })
  }
  if (move.needsChecklist) {
    const missing = approvalChecklist(article, hasMedia)
    if (missing.length > 0) {
      return err(
        'bad-request',
        `অনুমোদনের আগে এগুলো লাগবে: ${missing.map((item) => item.bn).join(', ')}।`,
        `Before approval these are needed: ${missing.map((item) => item.en).join(', ')}.`,
        { action, missing }
      )
    }
  }
  return ok(move.to)
}

/** The moves this profile may try now (the checklist and the reason are checked when it is tried). */
export function availableActions(article: Pick<Article, 'status' | 'owner' | 'publication'>, actor: ProfileRef): WorkflowAction[] {
  return ACTIONS.filter((action) => {
    const move = MOVES[action]
    if (!move.roles.includes(actor.role) || !move.from.includes(article.status)) return false
    if (move.needsCorrection && !isUnderCorrection(article)) return false
    return !(move.ownOnly?.includes(actor.role) && article.owner !== null && article.owner.id !== actor.id)
  })
}

/** Publication exports (the page, PDF) are for approved or published stories; anything else is a marked preview copy. */
export function isPublishable(status: ArticleStatus): boolean {
  return status === 'approved' || status === 'published'
}

export const DRAFT_MARK = 'খসড়া — প্রকাশের জন্য নয়'
