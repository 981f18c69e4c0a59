import type { Article, ArticleStatus } from './article/model'
import { err, ok, type Result } from './result'

/**
 * The newsroom workflow: who may move a story from which state to which (after Superdesk's and Arc's desks).
 *
 *   draft ──submit──► submitted ──take──► editing ──approve──► approved ──publish──► published
 *     ▲                   │                  │  ▲                  │                     │
 *     └── returned ◄──────┴──return──────────┘  └─────send back────┴─────────────────────┘
 *   (chief editors can kill from any state except killed)
 *
 * Reporters submit their own drafts (and resubmit returned ones); desk editors take, return or approve; chief editors
 * do all of that and also publish, send back and kill. Returning, sending back and killing need a reason.
 */
export const ROLES = ['reporter', 'desk', 'chief'] as const
export type Role = (typeof ROLES)[number]

export interface ProfileRef {
  id: string
  name: string
  role: Role
}

export const ACTIONS = ['submit', 'take', 'return', 'approve', 'publish', 'sendBack', 'kill'] as const
export type WorkflowAction = (typeof ACTIONS)[number]

interface Move {
  from: readonly ArticleStatus[]
  to: ArticleStatus
  roles: readonly Role[]
  /** Roles that may do this only to stories they own. */
  ownOnly?: readonly Role[]
  needsReason?: boolean
  needsChecklist?: boolean
}

export const MOVES: Record<WorkflowAction, Move> = {
  submit: { from: ['draft', 'returned'], to: 'submitted', roles: ['reporter', 'desk', 'chief'], ownOnly: ['reporter'] },
  take: { from: ['submitted'], to: 'editing', roles: ['desk', 'chief'] },
  return: { from: ['submitted', 'editing'], to: 'returned', roles: ['desk', 'chief'], needsReason: true },
  approve: { from: ['editing'], to: 'approved', roles: ['desk', 'chief'], needsChecklist: true },
  publish: { from: ['approved'], to: 'published', roles: ['chief'], needsChecklist: true },
  sendBack: { from: ['approved', 'published'], to: 'editing', roles: ['chief'], needsReason: true },
  kill: { from: ['draft', 'submitted', 'editing', 'approved', 'published', 'returned'], to: 'killed', roles: ['chief'], needsReason: true }
}

export interface ChecklistItem {
  field: string
  bn: string
  en: string
}

/** What must be present before a story is approved (and published). */
export function approvalChecklist(
  article: Pick<Article, 'headline' | 'byline' | 'publishedAt' | 'section' | 'leadImage'>
): ChecklistItem[] {
  const missing: ChecklistItem[] = []
  const blank = (value: string | null | undefined) => (value ?? '').trim() === ''
  if (blank(article.headline)) missing.push({ field: 'headline', bn: 'শিরোনাম', en: 'headline' })
  if (blank(article.byline)) missing.push({ field: 'byline', bn: 'প্রতিবেদক', en: 'byline' })
  if (blank(article.publishedAt)) missing.push({ field: 'publishedAt', bn: 'প্রকাশের সময়', en: 'publish time' })
  if (blank(article.section)) missing.push({ field: 'section', bn: 'বিভাগ', en: 'section' })
  if (!article.leadImage || blank(article.leadImage.mediaId)) missing.push({ field: 'leadImage', bn: 'প্রধান ছবি', en: 'lead photo' })
  else {
    if (blank(article.leadImage.caption)) missing.push({ field: 'leadImage.caption', bn: 'ছবির ক্যাপশন', en: 'photo caption' })
    if (blank(article.leadImage.credit)) missing.push({ field: 'leadImage.credit', bn: 'ছবির সূত্র', en: 'photo credit' })
    if (blank(article.leadImage.alt)) missing.push({ field: 'leadImage.alt', bn: 'ছবির বিকল্প লেখা', en: 'photo alt text' })
  }
  return missing
}

const ROLE_NAMES: Record<Role, { bn: string; en: string }> = {
  reporter: { bn: 'প্রতিবেদক', en: 'reporter' },
  desk: { bn: 'ডেস্ক সম্পাদক', en: 'desk editor' },
  chief: { bn: 'প্রধান সম্পাদক', en: 'chief editor' }
}

export function roleName(role: Role): { bn: string; en: string } {
  return ROLE_NAMES[role]
}

/** Checks one move for one profile; on success gives the new state. Nothing is changed here. */
export function checkMove(
  article: Pick<Article, 'status' | 'owner' | 'headline' | 'byline' | 'publishedAt' | 'section' | 'leadImage'>,
  actor: ProfileRef,
  action: WorkflowAction,
  reason: string
): Result<ArticleStatus> {
  const move = MOVES[action]
  const role = ROLE_NAMES[actor.role]
  if (!move.roles.includes(actor.role)) {
    return err('forbidden', `${role.bn} হিসেবে এই কাজটি করা যায় না।`, `A ${role.en} cannot do this.`, { action, role: actor.role })
  }
  if (!move.from.includes(article.status)) {
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
    const missing = approvalChecklist(article)
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
export function availableActions(article: Pick<Article, 'status' | 'owner'>, actor: ProfileRef): WorkflowAction[] {
  return ACTIONS.filter((action) => {
    const move = MOVES[action]
    if (!move.roles.includes(actor.role) || !move.from.includes(article.status)) return false
    return !(move.ownOnly?.includes(actor.role) && article.owner !== null && article.owner.id !== actor.id)
  })
}

/** Publication exports (the page, PDF) are for approved or published stories; anything else is a marked preview copy. */
export function isPublishable(status: ArticleStatus): boolean {
  return status === 'approved' || status === 'published'
}

export const DRAFT_MARK = 'খসড়া — প্রকাশের জন্য নয়'
