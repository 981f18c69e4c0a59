import * as v from 'valibot'
import { bodyFromPlainText, type BodyDoc } from '../article/body'
import { canonicalizePatch } from '../article/canonical'
import { articlePatchSchema, type ArticlePatch, type LeadImage } from '../article/model'
import { resolveInstant, toZonedIso } from '../bangla/dates'
import { err, ok, type LocalizedMessage, type Result } from '../result'
import { htmlToBody, type HtmlImage } from './html-to-body'
import { parseUntrustedJson } from './json'
import { MAX_IMAGE_BYTES, fromDataUri, mediaIdFor, sniffMediaType, type MediaBlob } from './media'

/**
 * ninjs 2.x text items (2.1 and 2.2 share their property names; the 1.x spellings headline/body_html/byline and an
 * associations object are read too) → an article patch plus the photos that came with it. A photo that cannot be had
 * (a remote href: this pure code fetches nothing) keeps its caption and credit, gets mediaId '' and a warning; the
 * story is still imported.
 */

export interface ImportWarning {
  code: 'photo-not-fetched' | 'photo-unreadable' | 'bad-date' | 'not-html'
  message: LocalizedMessage
  /** The href, field or file concerned. */
  detail?: string
}

export interface NinjsImportOptions {
  /** Reads a file that travelled beside the item (e.g. "a001.jpg"); undefined when there is none. */
  readSidecar?: (name: string) => Uint8Array | undefined
  /** Zone for dates written without an offset; default Asia/Dhaka. */
  timeZone?: string
}

export interface NinjsImport {
  content: ArticlePatch
  media: Record<string, MediaBlob>
  warnings: ImportWarning[]
  /** The item's own identity, for the importer's records. */
  uri: string
  version?: string
  pubstatus?: string
}

export const SECTION_URI_PREFIX = 'urn:barta:section:'
const str = v.optional(v.string())
const textEntry = v.looseObject({ role: str, contenttype: str, value: v.string() })
const rendition = v.looseObject({ name: str, href: str, contenttype: str, width: v.optional(v.number()), height: v.optional(v.number()) })
const association = v.looseObject({
  name: str,
  type: str,
  uri: str,
  by: str,
  headline: str,
  description_text: str,
  descriptions: v.optional(v.array(textEntry)),
  renditions: v.optional(v.union([v.array(rendition), v.record(v.string(), rendition)]))
})
const itemSchema = v.looseObject({
  uri: v.string(),
  type: str,
  version: v.optional(v.union([v.string(), v.number()])),
  firstcreated: str,
  versioncreated: str,
  pubstatus: str,
  headlines: v.optional(v.array(textEntry)),
  headline: str,
  by: str,
  byline: str,
  located: str,
  slugline: str,
  ednote: str,
  descriptions: v.optional(v.array(textEntry)),
  description_text: str,
  bodies: v.optional(v.array(textEntry)),
  body_html: str,
  body_text: str,
  subjects: v.optional(v.array(v.looseObject({ name: str, uri: str, literal: str }))),
  associations: v.optional(v.union([v.array(association), v.record(v.string(), association)]))
})

type Item = v.InferOutput<typeof itemSchema>
type Association = v.InferOutput<typeof association>
type Rendition = v.InferOutput<typeof rendition>

const SIDECAR_NAME = /^(?!\.)[A-Za-z0-9._ -]{1,200}$/

function warn(code: ImportWarning['code'], bn: string, en: string, detail?: string): ImportWarning {
  return detail === undefined ? { code, message: { bn, en } } : { code, message: { bn, en }, detail }
}

/** Collects photos and warnings while the item is read. */
class MediaCollector {
  readonly media: Record<string, MediaBlob> = {}
  readonly warnings: ImportWarning[] = []
  constructor(private readonly readSidecar?: (name: string) => Uint8Array | undefined) {}

  private keep(bytes: Uint8Array, detail: string): string {
    const type = sniffMediaType(bytes)
    if (bytes.length > MAX_IMAGE_BYTES) {
      this.warnings.push(
        warn(
          'photo-unreadable',
          'ছবিটি খুব বড়; বাদ দেওয়া হলো।',
          'The photo is larger than the media store accepts and was left out.',
          detail
        )
      )
      return ''
    }
    if (!type) {
      this.warnings.push(
        warn(
          'photo-unreadable',
          'ছবিটি JPEG, PNG বা WebP নয়; বাদ দেওয়া হলো।',
          'The photo is not JPEG, PNG or WebP and was left out.',
          detail
        )
      )
      return ''
    }
    const id = mediaIdFor(type, bytes)
    this.media[id] = { type, bytes }
    return id
  }

  /** An href → media id, or '' with a warning saying why. */
  fromHref(href: string): string {
    const short = href.length > 120 ? `${href.slice(0, 117)}…` : href
    if (/^data:/i.test(href)) {
      const data = fromDataUri(href)
      if (data) return this.keep(data.bytes, 'data:')
      this.warnings.push(
        warn('photo-unreadable', 'data: ছবিটি পড়া যায়নি।', 'The embedded (data:) photo could not be read.', short.slice(0, 40))
      )
      return ''
    }
    if (SIDECAR_NAME.test(href) && this.readSidecar) {
      let bytes: Uint8Array | undefined
      try {
        bytes = this.readSidecar(href)
      } catch {
        bytes = undefined
      }
      if (bytes) return this.keep(bytes, href)
    }
    this.warnings.push(
      warn(
        'photo-not-fetched',
        'ছবিটি আনা যায়নি; ক্যাপশন ও ক্রেডিট রাখা হলো, ছবিটি পরে যোগ করুন।',
        'The photo could not be fetched; caption and credit were kept — add the photo later.',
        short
      )
    )
    return ''
  }
}

function byRole(entries: Array<{ role?: string; value: string }> | undefined, roles: readonly string[]): string | undefined {
  for (const role of roles) {
    const hit = entries?.find((entry) => (entry.role ?? '').toLowerCase() === role)
    if (hit) return hit.value
  }
  return undefined
}

function date(value: string | undefined, timeZone: string, field: string, warnings: ImportWarning[]): string | null {
  if (value === undefined || value.trim() === '') return null
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(value)) return value
  const instant = resolveInstant(value, timeZone)
  const iso = instant ? toZonedIso(instant, timeZone) : ''
  if (iso) return iso
  warnings.push(
    warn(
      'bad-date',
      `«${field}» তারিখটি বোঝা যায়নি; বাদ দেওয়া হলো।`,
      `The date in "${field}" was not understood and was left out.`,
      value.slice(0, 60)
    )
  )
  return null
}

function pickBody(item: Item, resolveImage: (image: HtmlImage) => string, warnings: ImportWarning[]): BodyDoc {
  const bodies = item.bodies ?? []
  const isHtml = (b: { contenttype?: string }): boolean => /html/i.test(b.contenttype ?? '')
  const html =
    bodies.find((b) => b.role === 'main' && isHtml(b)) ??
    bodies.find((b) => b.role === 'richhtml5') ??
    bodies.find((b) => b.role === 'html5') ??
    bodies.find(isHtml)
  const headline = byRole(item.headlines, ['main']) ?? item.headline
  if (html) return htmlToBody(html.value, { resolveImage, headline })
  if (item.body_html !== undefined) return htmlToBody(item.body_html, { resolveImage, headline })
  const plain = bodies.find((b) => !b.contenttype || /text\/plain/i.test(b.contenttype)) ?? bodies[0]
  if (plain) {
    if (plain.contenttype && !/text\/plain/i.test(plain.contenttype)) {
      warnings.push(
        warn(
          'not-html',
          'মূল লেখাটি HTML বা সাধারণ লেখা নয়; লেখা হিসেবে নেওয়া হলো।',
          'The body is neither HTML nor plain text; it was read as plain text.',
          plain.contenttype
        )
      )
    }
    return bodyFromPlainText(plain.value)
  }
  return bodyFromPlainText(item.body_text ?? '')
}

function renditionsOf(a: Association): Rendition[] {
  if (!a.renditions) return []
  return Array.isArray(a.renditions) ? a.renditions : Object.entries(a.renditions).map(([name, r]) => ({ ...r, name: r.name ?? name }))
}

/** The best rendition to keep: an embedded one, then a sidecar file, then the largest (it will be reported missing). */
function bestRendition(renditions: Rendition[], canReadSidecar: boolean): Rendition | undefined {
  const withHref = renditions.filter((r) => typeof r.href === 'string' && r.href !== '')
  const area = (r: Rendition): number => (r.width ?? 0) * (r.height ?? 0)
  const ranked = [...withHref].sort((a, b) => (b.name === 'original' ? 1 : 0) - (a.name === 'original' ? 1 : 0) || area(b) - area(a))
  return (
    ranked.find((r) => /^data:/i.test(r.href ?? '')) ??
    (canReadSidecar ? ranked.find((r) => SIDECAR_NAME.test(r.href ?? '')) : undefined) ??
    ranked[0]
  )
}

function leadImageOf(item: Item, collector: MediaCollector, canReadSidecar: boolean): LeadImage | null {
  const list: Association[] = Array.isArray(item.associations)
    ? item.associations
    : Object.entries(item.associations ?? {}).map(([name, a]) => ({ ...a, name: a.name ?? name }))
  const pictures = list.filter((a) => a.type === undefined || a.type === 'picture' || a.type === 'graphic')
  const lead = pictures.find((a) => a.name === 'featureimage' || a.name === 'featuremedia') ?? pictures[0]
  if (!lead) return null
  const caption =
    byRole(lead.descriptions, ['caption', 'text', 'summary', '']) ?? lead.descriptions?.[0]?.value ?? lead.description_text ?? ''
  const alt = byRole(lead.descriptions, ['alt', 'alternative']) ?? ''
  const chosen = bestRendition(renditionsOf(lead), canReadSidecar)
  const mediaId = chosen?.href ? collector.fromHref(chosen.href) : collector.fromHref(lead.uri ?? '')
  return { mediaId, caption: caption.trim(), credit: (lead.by ?? '').trim(), alt: alt.trim() }
}

function subjectsOf(item: Item): { section?: string; tags: string[] } {
  let section: string | undefined
  const tags: string[] = []
  for (const subject of item.subjects ?? []) {
    const name = (subject.name ?? subject.literal ?? '').trim()
    if (name === '') continue
    if (section === undefined && subject.uri?.startsWith(SECTION_URI_PREFIX)) section = name
    else if (!tags.includes(name)) tags.push(name)
  }
  return { section, tags: tags.slice(0, 100) }
}

function fieldError(issue: v.BaseIssue<unknown> | undefined, prefix: string): Result<never> {
  const path = (issue ? v.getDotPath(issue) : null) ?? '/'
  const message = issue?.message ?? 'wrong shape'
  return err(
    'bad-request',
    `ninjs ফাইলের «${prefix}${path}» অংশটি সঠিক নয়: ${message}`,
    `ninjs: "${prefix}${path}" is invalid: ${message}`,
    { path: prefix + path }
  )
}

function readItem(raw: unknown, options: NinjsImportOptions): Result<NinjsImport> {
  const parsed = v.safeParse(itemSchema, raw)
  if (!parsed.success) return fieldError(parsed.issues[0], '')
  const item = parsed.output
  if (item.type !== undefined && item.type !== 'text' && item.type !== 'composite') {
    return err(
      'bad-request',
      `এটি লেখা (text) নয়, «${item.type}» ধরনের ninjs; শুধু প্রতিবেদন নেওয়া যায়।`,
      `This ninjs item is of type "${item.type}", not "text"; only stories can be imported.`
    )
  }
  const tz = options.timeZone ?? 'Asia/Dhaka'
  const collector = new MediaCollector(options.readSidecar)
  const warnings = collector.warnings
  const body = pickBody(item, (image) => (image.src ? collector.fromHref(image.src) : ''), warnings)
  const leadImage = leadImageOf(item, collector, options.readSidecar !== undefined)
  const { section, tags } = subjectsOf(item)
  const versioned = date(item.versioncreated, tz, 'versioncreated', warnings)
  // Without firstcreated, the one version there is went out when it was created.
  const publishedAt = date(item.firstcreated, tz, 'firstcreated', warnings) ?? versioned
  const updated = item.firstcreated === undefined ? null : versioned
  const content: ArticlePatch = {
    headline: (byRole(item.headlines, ['main']) ?? item.headlines?.[0]?.value ?? item.headline ?? '').trim(),
    subheadline: (byRole(item.headlines, ['sub', 'subheadline', 'subhead']) ?? '').trim(),
    byline: (item.by ?? item.byline ?? '').trim(),
    dateline: (item.located ?? '').trim(),
    summary: (byRole(item.descriptions, ['summary', 'abstract', 'text']) ?? item.description_text ?? '').trim(),
    tags,
    publishedAt,
    // Equal instants mean the story was never updated after it first went out.
    contentUpdatedAt: updated && publishedAt && Date.parse(updated) === Date.parse(publishedAt) ? null : updated,
    leadImage,
    body
  }
  if (section !== undefined) content.section = section
  if (item.slugline !== undefined) content.slug = item.slugline.trim()
  if (item.ednote !== undefined) content.ednote = item.ednote
  const checked = v.safeParse(articlePatchSchema, content)
  if (!checked.success) return fieldError(checked.issues[0], 'article.')
  const result: NinjsImport = { content: canonicalizePatch(content), media: collector.media, warnings, uri: item.uri }
  if (item.version !== undefined) result.version = String(item.version)
  if (item.pubstatus !== undefined) result.pubstatus = item.pubstatus
  return ok(result)
}

/** Reads one ninjs 2.x (or 1.x) text item. Never throws; refusals and warnings are bilingual. */
export function importNinjs(text: string, options: NinjsImportOptions = {}): Result<NinjsImport> {
  try {
    const parsed = parseUntrustedJson(text)
    return parsed.ok ? readItem(parsed.value, options) : parsed
  } catch {
    return err('internal', 'ninjs ফাইলটি পড়া যায়নি।', 'The ninjs file could not be read.')
  }
}
