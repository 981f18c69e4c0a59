import { readContentLeniently, type Article, type ArticleContent } from '../article/model'
import type { BodyDoc } from '../article/body'
import { mastheadDateLine, resolveCalendarLineSettings, type CalendarLineSettings } from '../bangla/calendar'
import { formatPublishLine, formatUpdateLine, resolveInstant, toZonedIso, type FormatOptions } from '../bangla/dates'
import { toBengaliDigits } from '../bangla/digits'
import { normalizeHref, renderFigure, renderSanitizedBody, type MediaResolver, type ResolvedMedia } from './body-html'
import { RAIL_LIMIT, RAIL_TITLE, type LatestStory, type RenderContext } from './context'
import { attr, escapeHtml } from './escape'
import { renderHead } from './head'
import { resolveSettings, type SiteSettings } from './settings'
import { isAbsoluteWebUrl, isSafeLink } from './urls'

/**
 * article → the whole published HTML5 document. The in-app preview (a sandboxed iframe without scripts) and the HTML
 * export both call this one function, so what the chief editor approves is byte for byte what is exported.
 * Pure and total: no clock, disk or network, and it never throws — damaged input gives a plainer page, not an error.
 */

const DESCRIPTION_LIMIT = 160

function str(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

interface PageCorrection {
  at: string
  note: string
}

/** House style for a correction note at the end of the page. */
export const CORRECTION_PREFIX = 'সংশোধনী:'

/** The correction notes that came with the published versions (Publication.corrections), in order. */
function readCorrections(publication: unknown): PageCorrection[] {
  const list = typeof publication === 'object' && publication !== null ? (publication as Record<string, unknown>).corrections : undefined
  if (!Array.isArray(list)) return []
  return list
    .map((entry) => (typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {}))
    .map((entry) => ({ at: typeof entry.at === 'string' ? entry.at : '', note: str(entry.note) }))
    .filter((entry) => entry.note !== '')
}

function plainText(nodes: BodyDoc['content'] | undefined): string {
  let text = ''
  for (const node of nodes ?? []) {
    if (node.type === 'text') text += node.text ?? ''
    else if (node.type === 'hard_break') text += ' '
    else text += plainText(node.content)
  }
  return text
}

/** Summary, else the first paragraph with text; cut at a word boundary near 160 characters. */
export function describeArticle(summary: string, body: BodyDoc): string {
  let text = summary
  if (text === '') {
    for (const block of body.content) {
      if (block.type !== 'paragraph') continue
      text = plainText(block.content).trim()
      if (text !== '') break
    }
  }
  text = text.replace(/\s+/g, ' ').trim()
  const chars = Array.from(text)
  if (chars.length <= DESCRIPTION_LIMIT) return text
  const cut = chars.slice(0, DESCRIPTION_LIMIT).join('')
  const space = cut.lastIndexOf(' ')
  return `${(space > DESCRIPTION_LIMIT / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:।-]+$/, '')}…`
}

function safeResolve(resolveMedia: MediaResolver, mediaId: string | undefined): ResolvedMedia | undefined {
  if (!mediaId || typeof resolveMedia !== 'function') return undefined
  try {
    return resolveMedia(mediaId)
  } catch {
    return undefined
  }
}

/** An image address usable in metadata: absolute http(s), or a site path made absolute against the canonical URL. */
function metadataImageUrl(src: string | undefined, canonicalUrl: string): string {
  if (!src) return ''
  if (isAbsoluteWebUrl(src)) return src
  if (canonicalUrl && /^\/(?!\/)/.test(src)) {
    try {
      return new URL(src, canonicalUrl).href
    } catch {
      return ''
    }
  }
  return ''
}

function timeElement(instant: Date, line: string, timeZone: string): string {
  const iso = toZonedIso(instant, timeZone)
  return line === '' || iso === '' ? '' : `<time datetime="${iso}">${escapeHtml(line)}</time>`
}

/** How the page writes a time: the site's zone and clock, and the calendar settings' padded days (as the desk shows it). */
function timeStyle(settings: SiteSettings, calendar: CalendarLineSettings): FormatOptions {
  return { timeZone: settings.timeZone, hour12: settings.hour12, padDay: calendar.padDay }
}

function renderMasthead(
  settings: SiteSettings,
  calendar: CalendarLineSettings,
  logo: ResolvedMedia | undefined,
  now: Date | undefined
): string {
  const name = settings.siteName
  const inner = logo ? `<img src="${escapeHtml(logo.src)}" alt="${escapeHtml(name)}">` : escapeHtml(name)
  const linked = settings.siteUrl && isAbsoluteWebUrl(settings.siteUrl) ? `<a${attr('href', settings.siteUrl)}>${inner}</a>` : inner
  // The same line as the app's masthead, from the same settings (a back-dated page gets the Bangla rule of its day).
  const today = now ? mastheadDateLine(now, calendar, settings.timeZone) : ''
  return (
    '<header class="masthead"><div class="wrap">\n' +
    `<p class="site-name">${linked}</p>\n` +
    (today ? `<p class="today">${escapeHtml(today)}</p>\n` : '') +
    '</div></header>\n'
  )
}

function renderMeta(a: ArticleContent, settings: SiteSettings, opts: FormatOptions, published: Date | null, updated: Date | null): string {
  const tz = settings.timeZone
  let html = ''
  if (a.byline || a.dateline) {
    const dateline = a.dateline ? `<span class="dateline">${a.byline ? ', ' : ''}${escapeHtml(a.dateline)}</span>` : ''
    html += `<p class="byline">${escapeHtml(a.byline)}${dateline}</p>\n`
  }
  const times =
    (published ? timeElement(published, formatPublishLine(published, opts), tz) : '') +
    (updated ? timeElement(updated, formatUpdateLine(updated, opts), tz) : '')
  if (times) html += `<p class="times">${times}</p>\n`
  const edition = settings.editionLabels[a.edition]
  if (edition) html += `<p class="edition">${escapeHtml(edition)}</p>\n`
  return html ? `<div class="meta">\n${html}</div>\n` : ''
}

/** A rail entry's address as the URL parser writes it (percent-encoded, so the page stays valid HTML), or ''. */
function railHref(href: unknown): string {
  if (!isSafeLink(href)) return ''
  return href.startsWith('/') ? href : normalizeHref(href)
}

/**
 * The «সর্বশেষ» rail: other stories readers can open, each a real link. An entry without a usable address is left out
 * (never shown as bare text), and with none left there is no rail — it is never padded.
 */
function renderRail(latest: readonly LatestStory[]): string {
  const items = (Array.isArray(latest) ? latest : [])
    .filter((story) => typeof story === 'object' && story !== null && str(story.headline) !== '' && railHref(story.href) !== '')
    .slice(0, RAIL_LIMIT)
  if (items.length === 0) return ''
  const lis = items.map((story, i) => {
    const link = `<a${attr('href', railHref(story.href))}>${escapeHtml(str(story.headline))}</a>`
    return `<li><span class="num" aria-hidden="true">${toBengaliDigits(i + 1)}</span>${link}</li>`
  })
  return `<aside class="rail" aria-labelledby="rail-title">\n<h2 id="rail-title">${RAIL_TITLE}</h2>\n<ol>\n${lis.join('\n')}\n</ol>\n</aside>\n`
}

/**
 * The follow line as a link, as news sites print it: «সর্বশেষ খবর পেতে <a>Google News</a> ফিডটি অনুসরণ করুন». Only
 * the words named by followLinkText carry the link (the whole line when they are not in it); without a followUrl the
 * line is left out.
 */
function renderFollow(settings: SiteSettings): string {
  const line = settings.followLine.trim()
  const href = isAbsoluteWebUrl(settings.followUrl) ? normalizeHref(settings.followUrl) : ''
  if (line === '' || href === '') return ''
  const words = settings.followLinkText.trim()
  const at = words === '' ? -1 : line.indexOf(words)
  const link = (text: string) => `<a${attr('href', href)} rel="noopener noreferrer">${escapeHtml(text)}</a>`
  const inner = at < 0 ? link(line) : `${escapeHtml(line.slice(0, at))}${link(words)}${escapeHtml(line.slice(at + words.length))}`
  return `<p class="follow">${inner}</p>\n`
}

/** The correction notes of the published versions so far, oldest first, each «সংশোধনী: …» with its update time. */
function renderCorrections(notes: PageCorrection[], settings: SiteSettings, opts: FormatOptions): string {
  if (notes.length === 0) return ''
  const items = notes.map((entry) => {
    const at = resolveInstant(entry.at, settings.timeZone)
    const when = at ? ` ${timeElement(at, formatPublishLine(at, { ...opts, prefix: '' }), settings.timeZone)}` : ''
    return `<p class="correction">${CORRECTION_PREFIX} ${escapeHtml(entry.note)}${when}</p>`
  })
  return `<section class="corrections" aria-label="সংশোধনী">\n${items.join('\n')}\n</section>\n`
}

function renderPage(article: Article, context: RenderContext): string {
  const settings = resolveSettings(context.settings)
  const calendar = resolveCalendarLineSettings(context.calendar)
  const resolveMedia: MediaResolver = (id) => safeResolve(context.resolveMedia, id)
  // Whatever the article holds (it may come from an old or damaged file), each field read as its kind, text trimmed.
  const a = readContentLeniently(article)
  const tz = settings.timeZone
  const now = context.now instanceof Date && Number.isFinite(context.now.getTime()) ? context.now : undefined
  const published = (a.publishedAt ? resolveInstant(a.publishedAt, tz) : null) ?? now ?? null
  let updated = a.contentUpdatedAt ? resolveInstant(a.contentUpdatedAt, tz) : null
  // An «আপডেট» line that is not later than the publish line tells the reader nothing.
  if (updated && published && updated.getTime() - published.getTime() < 60_000) updated = null
  const canonicalUrl = isAbsoluteWebUrl(context.canonicalUrl) ? normalizeHref(context.canonicalUrl) : ''
  const leadMedia = a.leadImage ? resolveMedia(a.leadImage.mediaId) : undefined
  const logo = settings.logo ? resolveMedia(settings.logo) : undefined
  const description = describeArticle(a.summary, a.body)
  const siteName = settings.siteName.trim() || 'বার্তা'

  const head = renderHead({
    settings,
    title: a.headline ? `${a.headline} | ${siteName}` : siteName,
    headline: a.headline,
    description,
    section: a.section,
    tags: a.tags,
    byline: a.byline,
    publishedIso: published ? toZonedIso(published, tz) : '',
    modifiedIso: updated ? toZonedIso(updated, tz) : published ? toZonedIso(published, tz) : '',
    imageUrl: metadataImageUrl(leadMedia?.src, canonicalUrl),
    logoUrl: metadataImageUrl(logo?.src, canonicalUrl),
    canonicalUrl,
    fontCss: context.fontCss
  })

  let story = '<header class="story-head">\n'
  if (a.section) story += `<p class="section">${escapeHtml(a.section)}</p>\n`
  if (a.headline) story += `<h1>${escapeHtml(a.headline)}</h1>\n`
  if (a.subheadline) story += `<p class="subheadline">${escapeHtml(a.subheadline)}</p>\n`
  story += renderMeta(a, settings, timeStyle(settings, calendar), published, updated)
  story += '</header>\n'
  if (a.leadImage) {
    const figure = renderFigure(a.leadImage, resolveMedia, 'lead', false)
    if (figure) story += `${figure}\n`
  }
  const body = renderSanitizedBody(a.body, resolveMedia)
  if (body) story += `<div class="story-body">\n${body}\n</div>\n`
  if (a.tags.length > 0) story += `<ul class="tags" aria-label="ট্যাগ">${a.tags.map((tag) => `<li>${escapeHtml(tag)}</li>`).join('')}</ul>\n`
  story += renderCorrections(
    readCorrections((article as { publication?: unknown } | null)?.publication),
    settings,
    timeStyle(settings, calendar)
  )
  story += renderFollow(settings)

  const rail = settings.showRail ? renderRail(context.latest) : ''
  return (
    '<!DOCTYPE html>\n<html lang="bn">\n' +
    head +
    '<body>\n' +
    (context.draftMark ? `<p class="draft-mark" role="note">${escapeHtml(context.draftMark)}</p>\n` : '') +
    renderMasthead(settings, calendar, logo, now) +
    `<div class="wrap layout${rail ? '' : ' single'}">\n` +
    `<main class="story">\n<article>\n${story}</article>\n</main>\n` +
    rail +
    '</div>\n' +
    `<footer class="site-foot"><div class="wrap"><p>© ${escapeHtml(siteName)}</p></div></footer>\n` +
    '</body>\n</html>\n'
  )
}

const FALLBACK_PAGE =
  '<!DOCTYPE html>\n<html lang="bn">\n<head>\n<meta charset="utf-8">\n<title>বার্তা</title>\n</head>\n<body>\n' +
  '<p>প্রতিবেদনটি দেখানো যায়নি। / The story could not be shown.</p>\n</body>\n</html>\n'

/** The published page of an article. See the top of this file. */
export function renderArticlePage(article: Article, context: RenderContext): string {
  try {
    return renderPage(article, context)
  } catch {
    return FALLBACK_PAGE
  }
}

/** The in-app preview is the published page itself: one renderer, one output. */
export const renderPreviewDocument: (article: Article, context: RenderContext) => string = renderArticlePage
