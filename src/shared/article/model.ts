import * as v from 'valibot'
import { bodyDocSchema, emptyBody, type BodyDoc } from './body'
import type { ProfileRef, Role } from '../workflow'
import { MEDIA_ID_PATTERN } from '../media/image-info'

/**
 * The article is one value from the editor to the disk to the export. Field names follow newsroom (IPTC/Superdesk)
 * vocabulary; the UI shows Bengali labels for them.
 */
export const ARTICLE_FORMAT_VERSION = 1

export const EDITIONS = ['online', 'print'] as const
export type Edition = (typeof EDITIONS)[number]

export const STATUSES = ['draft', 'submitted', 'editing', 'approved', 'published', 'returned', 'killed'] as const
export type ArticleStatus = (typeof STATUSES)[number]

export interface LeadImage {
  mediaId: string
  caption: string
  credit: string
  alt: string
}

/** What the author edits. Everything else on an Article is kept by the store. */
export interface ArticleContent {
  headline: string
  subheadline: string
  byline: string
  dateline: string
  section: string
  tags: string[]
  summary: string
  edition: Edition
  /** ISO 8601 with offset, or null while unscheduled. */
  publishedAt: string | null
  /** The «আপডেট» time readers see; ISO 8601 with offset, or null. */
  contentUpdatedAt: string | null
  slug: string
  /** Editorial note: never published. */
  ednote: string
  leadImage: LeadImage | null
  body: BodyDoc
}

/** One move through the workflow: who, when, from which state to which, and the note (a return's reason). */
export interface WorkflowEntry {
  at: string
  by: ProfileRef
  from: ArticleStatus
  to: ArticleStatus
  note: string
}

/** One message in the story's editorial thread — never published. */
export interface EditorialNote {
  id: string
  at: string
  by: ProfileRef
  text: string
  /** Set by this library on a note that arrived in a package: who sent the package and when it was received here. */
  received?: { from: string; at: string }
}

/** A correction note printed at the end of the published page («সংশোধনী: …»), with the update it came with. */
export interface CorrectionNote {
  /** The published version that carried it (2 for the first correction). */
  version: number
  /** ISO 8601 with offset: the «আপডেট» time of that version. */
  at: string
  note: string
}

/**
 * What readers see, written only by this library when it publishes: the live version's number, when and by whom it
 * was published, the fields the «সর্বশেষ» rail and links need, and the correction notes so far. While a correction is
 * worked on, the story's own text is the working copy and this still describes the published version (whose full
 * text is kept under revisions/<id>/published/).
 */
export interface Publication {
  version: number
  at: string
  by: ProfileRef | null
  headline: string
  slug: string
  publishedAt: string | null
  contentUpdatedAt: string | null
  corrections: CorrectionNote[]
}

/**
 * History that arrived in a package: what its sender says happened («প্রেরকের দেওয়া ইতিহাস»). It is kept beside the
 * local record, never merged into it, and nothing in it is trusted.
 */
export interface SenderClaim {
  /** Written here: when the package was read and by whom. */
  receivedAt: string
  receivedBy: ProfileRef
  /** As the package says (unverified). */
  sentBy: string
  sentAt: string
  status: ArticleStatus
  workflow: WorkflowEntry[]
}

export interface Article extends ArticleContent {
  id: string
  status: ArticleStatus
  /** The profile that created the story (its reporter); null for stories from before profiles existed. */
  owner: ProfileRef | null
  workflow: WorkflowEntry[]
  notes: EditorialNote[]
  /** Present once the story has been published here (see Publication). Never taken from a package. */
  publication?: Publication
  /** Histories that packages claimed for this story, oldest first. Never taken as the local record. */
  senderHistory?: SenderClaim[]
  createdAt: string
  /** When the store last accepted a change (not the reader-facing update time). */
  modifiedAt: string
  /** Increments by one on every accepted save; a save must name the revision it was based on. */
  revision: number
}

export interface ArticleSummary {
  id: string
  headline: string
  byline: string
  section: string
  status: ArticleStatus
  createdAt: string
  modifiedAt: string
  revision: number
  wordCount: number
  trashedAt: string | null
  ownerId: string | null
  /** What readers see, when the story is live (published, or published and being corrected); null otherwise. */
  live?: LiveSummary | null
}

/** The published version's line for the «সর্বশেষ» rail and links. */
export interface LiveSummary {
  headline: string
  slug: string
  publishedAt: string | null
  version: number
}

// Limits are generous for news copy; anything longer is refused with a message, never cut.
const line = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`))
const isoInstant = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, 'not an ISO 8601 instant with offset'),
  v.check((text) => !Number.isNaN(Date.parse(text)), 'not a real date')
)

export const articleIdSchema = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{7,63}$/, 'not an article id'))

/** A photo reference: a media store content address, or '' for a photo that is missing (caption and credit kept). */
const mediaReference = v.union([v.literal(''), v.pipe(v.string(), v.regex(MEDIA_ID_PATTERN, 'not a media id'))])

export const leadImageSchema = v.strictObject({
  mediaId: mediaReference,
  caption: line(2000),
  credit: line(300),
  alt: line(1000)
})

export const articleContentEntries = {
  headline: line(1000),
  subheadline: line(2000),
  byline: line(300),
  dateline: line(300),
  section: line(200),
  tags: v.pipe(v.array(line(100)), v.maxLength(100)),
  summary: line(5000),
  edition: v.picklist(EDITIONS),
  publishedAt: v.nullable(isoInstant),
  contentUpdatedAt: v.nullable(isoInstant),
  slug: line(300),
  ednote: line(20_000),
  leadImage: v.nullable(leadImageSchema),
  body: bodyDocSchema
}

export const articleContentSchema = v.strictObject(articleContentEntries)
export const articlePatchSchema = v.partial(articleContentSchema)
export type ArticlePatch = Partial<ArticleContent>

const ROLE_VALUES: readonly Role[] = ['reporter', 'desk', 'chief']
export const profileRefSchema = v.strictObject({
  id: v.pipe(v.string(), v.maxLength(64)),
  name: v.pipe(v.string(), v.maxLength(200)),
  role: v.picklist(ROLE_VALUES as ['reporter', 'desk', 'chief'])
})

const workflowEntrySchema = v.strictObject({
  at: isoInstant,
  by: profileRefSchema,
  from: v.picklist(STATUSES),
  to: v.picklist(STATUSES),
  note: line(5000)
})

const noteSchema = v.strictObject({
  id: v.pipe(v.string(), v.maxLength(64)),
  at: isoInstant,
  by: profileRefSchema,
  text: line(20_000),
  received: v.optional(v.strictObject({ from: line(300), at: isoInstant }))
})

const publicationSchema = v.strictObject({
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  at: isoInstant,
  by: v.nullable(profileRefSchema),
  headline: line(1000),
  slug: line(300),
  publishedAt: v.nullable(isoInstant),
  contentUpdatedAt: v.nullable(isoInstant),
  corrections: v.pipe(
    v.array(v.strictObject({ version: v.pipe(v.number(), v.integer(), v.minValue(1)), at: isoInstant, note: line(5000) })),
    v.maxLength(10_000)
  )
})

/** The most sender histories one story keeps; beyond it the oldest claims are dropped (README "The newsroom workflow"). */
export const SENDER_HISTORY_LIMIT = 200

const senderClaimSchema = v.strictObject({
  receivedAt: isoInstant,
  receivedBy: profileRefSchema,
  sentBy: line(300),
  sentAt: isoInstant,
  status: v.picklist(STATUSES),
  workflow: v.pipe(v.array(workflowEntrySchema), v.maxLength(10_000))
})

export const articleSchema = v.strictObject({
  ...articleContentEntries,
  id: articleIdSchema,
  status: v.picklist(STATUSES),
  // Added with the workflow; files and packages from before it read as "no owner, no history, no notes".
  owner: v.optional(v.nullable(profileRefSchema), null),
  workflow: v.optional(v.pipe(v.array(workflowEntrySchema), v.maxLength(10_000)), []),
  notes: v.optional(v.pipe(v.array(noteSchema), v.maxLength(10_000)), []),
  // Local knowledge only: a package may not carry these (src/shared/export/barta-json.ts leaves them out of its schema).
  publication: v.optional(publicationSchema),
  senderHistory: v.optional(v.pipe(v.array(senderClaimSchema), v.maxLength(SENDER_HISTORY_LIMIT))),
  createdAt: isoInstant,
  modifiedAt: isoInstant,
  revision: v.pipe(v.number(), v.integer(), v.minValue(0))
})

export function emptyContent(): ArticleContent {
  return {
    headline: '',
    subheadline: '',
    byline: '',
    dateline: '',
    section: '',
    tags: [],
    summary: '',
    edition: 'online',
    publishedAt: null,
    contentUpdatedAt: null,
    slug: '',
    ednote: '',
    leadImage: null,
    body: emptyBody()
  }
}
