import * as v from 'valibot'
import { bodyDocSchema, emptyBody } from './body'
import { sanitizeBody } from './sanitize'
import type { Role } from '../workflow'
import { MEDIA_ID_PATTERN } from '../media/image-info'

/**
 * The article is one value from the editor to the disk to the export. Field names follow newsroom (IPTC/Superdesk)
 * vocabulary; the UI shows Bengali labels for them. The schemas below are the one list of fields: the TypeScript types,
 * the content keys, the empty story and the page's lenient reading are all derived from them.
 */
export const ARTICLE_FORMAT_VERSION = 1

export const EDITIONS = ['online', 'print'] as const
export type Edition = (typeof EDITIONS)[number]

export const STATUSES = ['draft', 'submitted', 'editing', 'approved', 'published', 'returned', 'killed'] as const
export type ArticleStatus = (typeof STATUSES)[number]

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
export type LeadImage = v.InferOutput<typeof leadImageSchema>

/**
 * What one kind of content field knows: its schema, its value in an empty story, and how the page reads a stored value
 * that may be old or damaged (never throwing: a value of the wrong kind reads as empty, text is trimmed).
 */
interface FieldKind<S extends v.GenericSchema> {
  readonly kind: 'text' | 'tags' | 'choice' | 'instant' | 'photo' | 'body'
  readonly schema: S
  readonly empty: () => v.InferOutput<S>
  readonly lenient: (value: unknown) => v.InferOutput<S>
}

const trimmed = (value: unknown): string => (typeof value === 'string' ? value.trim() : '')
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

const text = (max: number) => ({ kind: 'text', schema: line(max), empty: () => '', lenient: trimmed }) satisfies FieldKind<v.GenericSchema>

const tags = () =>
  ({
    kind: 'tags',
    schema: v.pipe(v.array(line(100)), v.maxLength(100)),
    empty: (): string[] => [],
    lenient: (value: unknown) => (Array.isArray(value) ? value.map(trimmed).filter((tag) => tag !== '') : [])
  }) satisfies FieldKind<v.GenericSchema>

const choice = <const T extends readonly [string, ...string[]]>(values: T) =>
  ({
    kind: 'choice',
    schema: v.picklist(values),
    empty: (): T[number] => values[0],
    lenient: (value: unknown): T[number] => values.find((entry) => entry === value) ?? values[0]
  }) satisfies FieldKind<v.GenericSchema>

const instant = () =>
  ({
    kind: 'instant',
    schema: v.nullable(isoInstant),
    empty: (): string | null => null,
    lenient: (value: unknown) => (typeof value === 'string' ? value : null)
  }) satisfies FieldKind<v.GenericSchema>

const photo = () =>
  ({
    kind: 'photo',
    schema: v.nullable(leadImageSchema),
    empty: (): LeadImage | null => null,
    lenient: (value: unknown): LeadImage | null =>
      isRecord(value)
        ? { mediaId: trimmed(value.mediaId), caption: trimmed(value.caption), credit: trimmed(value.credit), alt: trimmed(value.alt) }
        : null
  }) satisfies FieldKind<v.GenericSchema>

const body = () => ({ kind: 'body', schema: bodyDocSchema, empty: emptyBody, lenient: sanitizeBody }) satisfies FieldKind<v.GenericSchema>

/**
 * What the author edits, in the order the Barta format writes it. Everything else on an Article is kept by the store.
 * Adding a field is one line here (and its widget and label in the desk).
 */
const CONTENT_FIELDS = {
  headline: text(1000),
  subheadline: text(2000),
  byline: text(300),
  dateline: text(300),
  section: text(200),
  tags: tags(),
  summary: text(5000),
  edition: choice(EDITIONS),
  /** ISO 8601 with offset, or null while unscheduled. */
  publishedAt: instant(),
  /** The «আপডেট» time readers see; ISO 8601 with offset, or null. */
  contentUpdatedAt: instant(),
  slug: text(300),
  /** Editorial note: never published. */
  ednote: text(20_000),
  leadImage: photo(),
  body: body()
}
type ContentFields = typeof CONTENT_FIELDS
export type ContentKey = keyof ContentFields

export const CONTENT_KEYS = Object.keys(CONTENT_FIELDS) as ContentKey[]
export type TextKey = { [K in ContentKey]: ContentFields[K]['kind'] extends 'text' ? K : never }[ContentKey]
/** The fields that hold plain text (headline, byline, …): the canonical text form applies to each as a whole. */
export const TEXT_KEYS = CONTENT_KEYS.filter((key): key is TextKey => CONTENT_FIELDS[key].kind === 'text')

// Built from CONTENT_FIELDS key by key, so each value has exactly the type the mapped type names.
export const articleContentEntries = Object.fromEntries(CONTENT_KEYS.map((key) => [key, CONTENT_FIELDS[key].schema])) as {
  [K in ContentKey]: ContentFields[K]['schema']
}

export const articleContentSchema = v.strictObject(articleContentEntries)
export type ArticleContent = v.InferOutput<typeof articleContentSchema>
export const articlePatchSchema = v.partial(articleContentSchema)
export type ArticlePatch = Partial<ArticleContent>

export function emptyContent(): ArticleContent {
  return Object.fromEntries(CONTENT_KEYS.map((key) => [key, CONTENT_FIELDS[key].empty()])) as ArticleContent
}

/** The content of a stored article read leniently, field by field, for a page that must render whatever it is given. */
export function readContentLeniently(article: unknown): ArticleContent {
  const raw = isRecord(article) ? article : {}
  return Object.fromEntries(CONTENT_KEYS.map((key) => [key, CONTENT_FIELDS[key].lenient(raw[key])])) as ArticleContent
}

const ROLE_VALUES: readonly Role[] = ['reporter', 'desk', 'chief']
export const profileRefSchema = v.strictObject({
  id: v.pipe(v.string(), v.maxLength(64)),
  name: v.pipe(v.string(), v.maxLength(200)),
  role: v.picklist(ROLE_VALUES as ['reporter', 'desk', 'chief'])
})

/** One move through the workflow: who, when, from which state to which, and the note (a return's reason). */
const workflowEntrySchema = v.strictObject({
  at: isoInstant,
  by: profileRefSchema,
  from: v.picklist(STATUSES),
  to: v.picklist(STATUSES),
  note: line(5000)
})
export type WorkflowEntry = v.InferOutput<typeof workflowEntrySchema>

/** One message in the story's editorial thread — never published. */
const noteSchema = v.strictObject({
  id: v.pipe(v.string(), v.maxLength(64)),
  at: isoInstant,
  by: profileRefSchema,
  text: line(20_000),
  received: v.optional(v.strictObject({ from: line(300), at: isoInstant }))
})

/**
 * What readers see, written only by this library when it publishes: the live version's number, when and by whom it
 * was published, the fields the «সর্বশেষ» rail and links need, and the correction notes so far («সংশোধনী: …», each with
 * the version and «আপডেট» time it came with). While a correction is worked on, the story's own text is the working copy
 * and this still describes the published version (whose full text is kept under revisions/<id>/published/).
 */
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

export type Publication = v.InferOutput<typeof publicationSchema>
export type CorrectionNote = Publication['corrections'][number]

/** The most sender histories one story keeps; beyond it the oldest claims are dropped (README "The newsroom workflow"). */
export const SENDER_HISTORY_LIMIT = 200

/**
 * History that arrived in a package: what its sender says happened («প্রেরকের দেওয়া ইতিহাস»). It is kept beside the
 * local record, never merged into it, and nothing in it is trusted (receivedAt/receivedBy are written here).
 */
const senderClaimSchema = v.strictObject({
  receivedAt: isoInstant,
  receivedBy: profileRefSchema,
  sentBy: line(300),
  sentAt: isoInstant,
  status: v.picklist(STATUSES),
  workflow: v.pipe(v.array(workflowEntrySchema), v.maxLength(10_000))
})
export type SenderClaim = v.InferOutput<typeof senderClaimSchema>
export type EditorialNote = v.InferOutput<typeof noteSchema>

export const articleSchema = v.strictObject({
  ...articleContentEntries,
  id: articleIdSchema,
  status: v.picklist(STATUSES),
  // Added with the workflow; files and packages from before it read as "no owner, no history, no notes".
  /** The profile that created the story (its reporter); null for stories from before profiles existed. */
  owner: v.optional(v.nullable(profileRefSchema), null),
  workflow: v.optional(v.pipe(v.array(workflowEntrySchema), v.maxLength(10_000)), []),
  notes: v.optional(v.pipe(v.array(noteSchema), v.maxLength(10_000)), []),
  // Local knowledge only: a package may not carry these (src/shared/export/barta-json.ts leaves them out of its schema).
  publication: v.optional(publicationSchema),
  senderHistory: v.optional(v.pipe(v.array(senderClaimSchema), v.maxLength(SENDER_HISTORY_LIMIT))),
  createdAt: isoInstant,
  /** When the store last accepted a change (not the reader-facing update time). */
  modifiedAt: isoInstant,
  /** Increments by one on every accepted save; a save must name the revision it was based on. */
  revision: v.pipe(v.number(), v.integer(), v.minValue(0))
})
export type Article = v.InferOutput<typeof articleSchema>

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
  /**
   * The move that put the story where it is — who submitted, took (and so holds), approved or returned it, and when;
   * null when it never moved. Absent in summaries written before it existed (the store fills it in when it opens).
   */
  lastMove?: LastMove | null
  /**
   * Who submitted the story to the desk, and when (its latest submission); null when it was never submitted. The desk's
   * cards name the reporter even after an editor took the story. Absent in summaries written before it existed.
   */
  submitted?: Submission | null
}

/** A story's latest submission to the desk. */
export interface Submission {
  at: string
  by: { id: string; name: string; role: Role }
}

/** The latest entry of a story's workflow record, as the desk's lists show it. */
export interface LastMove {
  at: string
  by: { id: string; name: string; role: Role }
  from: ArticleStatus
  to: ArticleStatus
}

/** The published version's line for the «সর্বশেষ» rail and links. */
export interface LiveSummary {
  headline: string
  slug: string
  publishedAt: string | null
  version: number
}
