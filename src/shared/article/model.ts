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
}

export interface Article extends ArticleContent {
  id: string
  status: ArticleStatus
  /** The profile that created the story (its reporter); null for stories from before profiles existed. */
  owner: ProfileRef | null
  workflow: WorkflowEntry[]
  notes: EditorialNote[]
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
  text: line(20_000)
})

export const articleSchema = v.strictObject({
  ...articleContentEntries,
  id: articleIdSchema,
  status: v.picklist(STATUSES),
  // Added with the workflow; files and packages from before it read as "no owner, no history, no notes".
  owner: v.optional(v.nullable(profileRefSchema), null),
  workflow: v.optional(v.pipe(v.array(workflowEntrySchema), v.maxLength(10_000)), []),
  notes: v.optional(v.pipe(v.array(noteSchema), v.maxLength(10_000)), []),
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
