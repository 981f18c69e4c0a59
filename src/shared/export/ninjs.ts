import { bodyToPlainText } from '../article/body'
import type { Article, ArticleStatus } from '../article/model'
import { sanitizeBody } from '../article/sanitize'
import { countText } from '../bangla/count'
import { resolveInstant, toZonedIso } from '../bangla/dates'
import { renderSanitizedBody, type MediaResolver } from '../render/body-html'
import { DEFAULT_SITE_SETTINGS } from '../render/settings'
import { err, ok, type Result } from '../result'
import { imageSize, toDataUri, type MediaBlob } from './media'

/**
 * IPTC ninjs 2.2 export of one article, for agencies and partner sites. The body is the page renderer's body HTML,
 * photos travel as data: URIs, and the editorial note travels in `ednote` (ninjs has a place for it; partners know
 * not to print it). importNinjs (ninjs-import.ts) reads this shape back, and agency items in 2.1/2.2 shape too.
 */

export { importNinjs, SECTION_URI_PREFIX } from './ninjs-import'
import { SECTION_URI_PREFIX } from './ninjs-import'
export type { NinjsImport, NinjsImportOptions, ImportWarning } from './ninjs-import'

export const NINJS_SCHEMA_URI = 'http://www.iptc.org/std/ninjs/ninjs-schema_2.2.json#'
export const TAG_URI_PREFIX = 'urn:barta:tag:'

export interface NinjsText {
  role?: string
  contenttype?: string
  value: string
}

export interface NinjsRendition {
  name: string
  href?: string
  contenttype?: string
  width?: number
  height?: number
  sizeinbytes?: number
}

export interface NinjsSubject {
  name?: string
  uri?: string
  literal?: string
}

export interface NinjsItem {
  uri: string
  type: string
  name?: string
  standard?: { name: string; version: string; schema: string }
  representationtype?: 'full' | 'partial'
  version?: string
  firstcreated?: string
  versioncreated?: string
  pubstatus?: 'usable' | 'withheld' | 'canceled'
  language?: string
  copyrightholder?: string
  slugline?: string
  headlines?: NinjsText[]
  by?: string
  located?: string
  descriptions?: NinjsText[]
  bodies?: Array<NinjsText & { wordcount?: number; charcount?: number }>
  subjects?: NinjsSubject[]
  ednote?: string
  associations?: NinjsItem[]
  renditions?: NinjsRendition[]
}

export interface NinjsExportOptions {
  /** A photo's bytes by media id; undefined when the store does not have it (the photo is then sent without pixels). */
  media: (mediaId: string) => MediaBlob | undefined
  /** Names the copyright holder; defaults to the site name in the default settings. */
  siteName?: string
  /** Zone used to write instants that lack seconds; default Asia/Dhaka. */
  timeZone?: string
}

export function pubstatusOf(status: ArticleStatus): 'usable' | 'withheld' | 'canceled' {
  if (status === 'published' || status === 'approved') return 'usable'
  return status === 'killed' ? 'canceled' : 'withheld'
}

/** ninjs dates are RFC 3339 date-times, which need seconds; our stored instants may omit them. */
function ninjsDate(iso: string, timeZone: string): string | undefined {
  if (/T\d{2}:\d{2}:\d{2}/.test(iso)) return iso
  const instant = resolveInstant(iso, timeZone)
  return instant ? toZonedIso(instant, timeZone) || undefined : undefined
}

function safeMedia(options: NinjsExportOptions, mediaId: string): MediaBlob | undefined {
  if (mediaId === '') return undefined
  try {
    return options.media(mediaId)
  } catch {
    return undefined
  }
}

function renditionOf(blob: MediaBlob): NinjsRendition {
  const size = imageSize(blob.bytes)
  const rendition: NinjsRendition = { name: 'original', href: toDataUri(blob.type, blob.bytes), contenttype: blob.type }
  if (size) {
    rendition.width = size.width
    rendition.height = size.height
  }
  rendition.sizeinbytes = blob.bytes.length
  return rendition
}

export function buildNinjs(article: Article, options: NinjsExportOptions): NinjsItem {
  const tz = options.timeZone ?? DEFAULT_SITE_SETTINGS.timeZone
  const body = sanitizeBody(article.body)
  const resolveMedia: MediaResolver = (id) => {
    const blob = safeMedia(options, id)
    if (!blob) return undefined
    const size = imageSize(blob.bytes)
    return { src: toDataUri(blob.type, blob.bytes), type: blob.type, ...(size ?? {}) }
  }
  const counts = countText(bodyToPlainText(body))
  const item: NinjsItem = {
    uri: `urn:barta:article:${article.id}`,
    type: 'text',
    standard: { name: 'ninjs', version: '2.2', schema: NINJS_SCHEMA_URI },
    representationtype: 'full',
    version: String(article.revision),
    firstcreated: ninjsDate(article.publishedAt ?? article.createdAt, tz),
    versioncreated: ninjsDate(article.contentUpdatedAt ?? article.modifiedAt, tz),
    pubstatus: pubstatusOf(article.status),
    language: 'bn',
    copyrightholder: options.siteName ?? DEFAULT_SITE_SETTINGS.siteName
  }
  if (article.slug) item.slugline = article.slug
  item.headlines = [{ role: 'main', value: article.headline }]
  if (article.subheadline) item.headlines.push({ role: 'sub', value: article.subheadline })
  if (article.byline) item.by = article.byline
  if (article.dateline) item.located = article.dateline
  if (article.summary) item.descriptions = [{ role: 'summary', value: article.summary }]
  item.bodies = [
    {
      role: 'main',
      contenttype: 'text/html',
      value: renderSanitizedBody(body, resolveMedia),
      wordcount: counts.words,
      charcount: counts.characters
    }
  ]
  const subjects: NinjsSubject[] = []
  if (article.section) subjects.push({ name: article.section, uri: SECTION_URI_PREFIX + encodeURIComponent(article.section) })
  for (const tag of article.tags) subjects.push({ name: tag, uri: TAG_URI_PREFIX + encodeURIComponent(tag) })
  if (subjects.length > 0) item.subjects = subjects
  // The editorial note and the notes thread travel together in ninjs's one `ednote` field; never in the page.
  const notes = [article.ednote.trim(), ...(article.notes ?? []).map((note) => `${note.by.name}: ${note.text}`)].filter(
    (part) => part !== ''
  )
  if (notes.length > 0) item.ednote = notes.join('\n')
  const lead = article.leadImage
  if (lead) {
    const blob = safeMedia(options, lead.mediaId)
    const picture: NinjsItem = {
      name: 'featureimage',
      uri: lead.mediaId ? `urn:barta:media:${lead.mediaId}` : `urn:barta:article:${article.id}:featureimage`,
      type: 'picture'
    }
    const descriptions: NinjsText[] = []
    if (lead.caption) descriptions.push({ role: 'caption', value: lead.caption })
    if (lead.alt) descriptions.push({ role: 'alt', value: lead.alt })
    if (descriptions.length > 0) picture.descriptions = descriptions
    if (lead.credit) picture.by = lead.credit
    if (blob) picture.renditions = [renditionOf(blob)]
    item.associations = [picture]
  }
  return item
}

/** The ninjs item as JSON text (two-space indent, final newline). */
export function exportNinjs(article: Article, options: NinjsExportOptions): Result<string> {
  try {
    return ok(`${JSON.stringify(buildNinjs(article, options), null, 2)}\n`)
  } catch {
    return err('internal', 'ninjs রপ্তানি করা যায়নি।', 'The ninjs export failed.')
  }
}
