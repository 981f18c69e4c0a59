import * as v from 'valibot'
import type { BodyNode } from '../article/body'
import { articleSchema, type Article } from '../article/model'
import { toBengaliDigits } from '../bangla/digits'
import { sanitizeBody } from '../article/sanitize'
import { err, ok, type Err, type Result } from '../result'
import { decodeBase64, encodeBase64 } from './base64'
import { parseUntrustedJson, stableStringify } from './json'
import { MAX_IMAGE_BYTES, MEDIA_ID_PATTERN, MEDIA_TYPES, isSafeMediaId, sniffMediaType, typeOfMediaId, type MediaBlob } from './media'
import { sha256Hex } from './sha256'

/**
 * The Barta JSON package: one article with every field (ednote included: this is the newsroom's own format), its
 * photos embedded as base64, optionally its earlier revisions. Writing is deterministic (fixed key order, two-space
 * indent, final newline), so import → export gives back the same bytes. Reading is strict: a package that fails any
 * check is refused with a message naming the problem, never half-imported.
 */

export const BARTA_FORMAT = 'barta.article'
export const BARTA_FORMAT_VERSION = 1

export interface BartaPackage {
  article: Article
  /** Keyed by media id (`<sha256>.<ext>`). */
  media: Record<string, MediaBlob>
  /** Earlier saved versions of the same article, oldest first. */
  revisions?: Article[]
  /** ISO 8601 with offset. */
  exportedAt: string
  /** Who exported it (a name from the settings), if known. */
  exportedBy?: string
}

export interface BartaImport extends BartaPackage {
  /** Media ids the article uses that the package does not carry (the photo was missing when it was exported). */
  missingMedia: string[]
}

// Written in this order; anything else follows alphabetically.
const KEY_ORDER = [
  'format',
  'version',
  'exportedAt',
  'exportedBy',
  'article',
  'media',
  'revisions',
  'id',
  'status',
  'revision',
  'createdAt',
  'modifiedAt',
  'headline',
  'subheadline',
  'byline',
  'dateline',
  'section',
  'tags',
  'summary',
  'edition',
  'publishedAt',
  'contentUpdatedAt',
  'slug',
  'ednote',
  'leadImage',
  'mediaId',
  'caption',
  'credit',
  'alt',
  'body',
  'owner',
  'workflow',
  'notes',
  'at',
  'by',
  'from',
  'to',
  'note',
  'role',
  'type',
  'name',
  'dataBase64',
  'attrs',
  'level',
  'order',
  'href',
  'content',
  'marks',
  'text'
]

const isoInstant = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/, 'not an ISO 8601 instant with offset'),
  v.check((text) => !Number.isNaN(Date.parse(text)), 'not a real date')
)

const mediaEntrySchema = v.strictObject({
  type: v.picklist(MEDIA_TYPES, 'not image/jpeg, image/png or image/webp'),
  dataBase64: v.pipe(v.string(), v.regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64')),
  // A label for people only; it is never used as a path.
  // eslint-disable-next-line no-control-regex
  name: v.optional(v.pipe(v.string(), v.maxLength(255), v.regex(/^[^\u0000-\u001f\u007f]*$/, 'has control characters')))
})

/**
 * The article as a package carries it: everything but what only the receiving library may know — which version
 * readers see (`publication`) and what earlier senders claimed (`senderHistory`). A package that carries either is
 * refused. Its `workflow` and `notes` are the sender's claims: the importer keeps them apart (src/core/imports.ts).
 */
const packageArticleSchema = v.omit(articleSchema, ['publication', 'senderHistory'])

const packageSchema = v.strictObject({
  format: v.literal(BARTA_FORMAT),
  version: v.literal(BARTA_FORMAT_VERSION),
  exportedAt: isoInstant,
  exportedBy: v.optional(v.pipe(v.string(), v.maxLength(300))),
  article: packageArticleSchema,
  media: v.record(v.pipe(v.string(), v.regex(MEDIA_ID_PATTERN, 'not a media id (<sha256>.jpg|png|webp)')), mediaEntrySchema),
  revisions: v.optional(v.pipe(v.array(packageArticleSchema), v.maxLength(1000, 'more than 1000 revisions')))
})

type PackageJson = v.InferOutput<typeof packageSchema>

function collectImageIds(nodes: readonly BodyNode[] | undefined, out: Set<string>): void {
  for (const node of nodes ?? []) {
    if (node.type === 'image' && typeof node.attrs?.mediaId === 'string' && node.attrs.mediaId !== '') out.add(node.attrs.mediaId)
    collectImageIds(node.content, out)
  }
}

/** Every media id an article uses: the lead photo and the photos in the body. */
export function mediaIdsOf(article: Pick<Article, 'leadImage' | 'body'>): string[] {
  const ids = new Set<string>()
  if (article.leadImage && article.leadImage.mediaId !== '') ids.add(article.leadImage.mediaId)
  collectImageIds(article.body?.content, ids)
  return [...ids].sort()
}

function invalid(path: string, problemBn: string, problemEn: string): Err {
  return err('bad-request', `বার্তা ফাইলের «${path}» অংশটি সঠিক নয়: ${problemBn}`, `Barta file: "${path}" is invalid: ${problemEn}`, {
    path
  })
}

function checkArticleMedia(article: Article, label: string): Err | null {
  for (const id of mediaIdsOf(article)) {
    if (!isSafeMediaId(id))
      return invalid(`${label}: ${id.slice(0, 80)}`, 'ছবির পরিচয় (media id) নিরাপদ নয়।', 'the media id is not a safe content address.')
  }
  return null
}

function checkMediaBytes(id: string, type: string, bytes: Uint8Array): Err | null {
  if (bytes.length > MAX_IMAGE_BYTES) {
    const mb = Math.round(MAX_IMAGE_BYTES / (1024 * 1024))
    return invalid(
      `media.${id}`,
      `ছবিটি ${toBengaliDigits(mb)} মেগাবাইটের বেশি বড়।`,
      `the photo is larger than ${mb} MB, the media store's limit.`
    )
  }
  if (typeOfMediaId(id) !== type)
    return invalid(`media.${id}`, 'ফাইলের নামের ধরন আর ছবির ধরন মেলেনি।', `the id's extension does not match type ${type}.`)
  if (sniffMediaType(bytes) !== type)
    return invalid(`media.${id}`, `ছবির বাইটগুলো ${type} নয়।`, `the bytes are not ${type} (wrong magic number).`)
  // The id is a content address; a package must not be able to put other bytes under a known id.
  if (`${sha256Hex(bytes)}.${id.slice(65)}` !== id)
    return invalid(`media.${id}`, 'ছবির বাইট আর পরিচয় (sha256) মেলেনি।', 'the bytes do not match the sha256 in the id.')
  return null
}

function withCleanBody(article: Article): Article {
  return { ...article, body: sanitizeBody(article.body) }
}

/** The article without what stays in this library (see packageArticleSchema). */
function shareable(article: Article): Article {
  const { publication: _publication, senderHistory: _senderHistory, ...rest } = article
  return withCleanBody(rest)
}

/** The parsed JSON value → a checked package (shared by import, and by export to refuse what import would refuse). */
function checkPackage(raw: unknown): Result<BartaImport> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
    return invalid('/', 'এটি বার্তা প্যাকেজ নয়।', 'not a Barta package object.')
  const head = raw as Record<string, unknown>
  if (head.format !== BARTA_FORMAT)
    return invalid(
      'format',
      `এটি বার্তা ফাইল নয় (format "${BARTA_FORMAT}" হওয়ার কথা)।`,
      `not a Barta file (format must be "${BARTA_FORMAT}").`
    )
  if (typeof head.version === 'number' && head.version > BARTA_FORMAT_VERSION) {
    return invalid(
      'version',
      'ফাইলটি বার্তার নতুনতর সংস্করণে তৈরি; অ্যাপ হালনাগাদ করুন।',
      `made by a newer Barta (format version ${head.version}); update the app.`
    )
  }
  const parsed = v.safeParse(packageSchema, raw)
  if (!parsed.success) {
    const issue = parsed.issues[0]
    const path = (issue ? v.getDotPath(issue) : null) ?? '/'
    return invalid(path, issue?.message ?? 'ধরন মেলেনি', issue?.message ?? 'wrong shape')
  }
  const pkg: PackageJson = parsed.output
  const revisions = pkg.revisions ?? []
  for (const [i, revision] of revisions.entries()) {
    if (revision.id !== pkg.article.id)
      return invalid(`revisions.${i}.id`, 'সংস্করণটি অন্য প্রতিবেদনের।', 'the revision belongs to another article.')
  }
  for (const [label, article] of [['article', pkg.article], ...revisions.map((r, i) => [`revisions.${i}`, r] as const)] as const) {
    const bad = checkArticleMedia(article, label)
    if (bad) return bad
  }
  const media: Record<string, MediaBlob> = {}
  for (const id of Object.keys(pkg.media).sort()) {
    const entry = pkg.media[id]
    if (!entry) continue
    const bytes = decodeBase64(entry.dataBase64)
    if (!bytes) return invalid(`media.${id}.dataBase64`, 'base64 লেখাটি ভাঙা।', 'the base64 text is damaged or not canonical.')
    const bad = checkMediaBytes(id, entry.type, bytes)
    if (bad) return bad
    media[id] = entry.name === undefined ? { type: entry.type, bytes } : { type: entry.type, bytes, name: entry.name }
  }
  const article = withCleanBody(pkg.article)
  const missingMedia = mediaIdsOf(article).filter((id) => !Object.prototype.hasOwnProperty.call(media, id))
  const result: BartaImport = { article, media, exportedAt: pkg.exportedAt, missingMedia }
  if (pkg.revisions) result.revisions = pkg.revisions.map(withCleanBody)
  if (pkg.exportedBy !== undefined) result.exportedBy = pkg.exportedBy
  return ok(result)
}

/** Reads a Barta JSON package. Refuses (with a bilingual message naming the part) anything not exactly right. */
export function importBartaJson(text: string): Result<BartaImport> {
  try {
    const parsed = parseUntrustedJson(text)
    return parsed.ok ? checkPackage(parsed.value) : parsed
  } catch {
    return err('internal', 'ফাইলটি পড়া যায়নি।', 'The file could not be read.')
  }
}

/**
 * Writes a package. Bodies are sanitized and media embedded; the result is checked exactly as an import would check
 * it, so an export that succeeds can always be imported again.
 */
export function exportBartaJson(pkg: BartaPackage): Result<string> {
  try {
    const media: Record<string, unknown> = {}
    for (const id of Object.keys(pkg.media ?? {})) {
      const blob = pkg.media[id]
      if (!blob) continue
      media[id] =
        blob.name === undefined
          ? { type: blob.type, dataBase64: encodeBase64(blob.bytes) }
          : { type: blob.type, name: blob.name, dataBase64: encodeBase64(blob.bytes) }
    }
    const json: Record<string, unknown> = {
      format: BARTA_FORMAT,
      version: BARTA_FORMAT_VERSION,
      exportedAt: pkg.exportedAt,
      article: shareable(pkg.article),
      media
    }
    if (pkg.exportedBy !== undefined) json.exportedBy = pkg.exportedBy
    if (pkg.revisions !== undefined) json.revisions = pkg.revisions.map(shareable)
    const checked = checkPackage(json)
    return checked.ok ? ok(stableStringify(json, KEY_ORDER)) : checked
  } catch {
    return err('internal', 'রপ্তানি করা যায়নি।', 'The export failed.')
  }
}
