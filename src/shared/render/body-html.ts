import type { BodyDoc, BodyMark, BodyNode } from '../article/body'
import { sanitizeBody } from '../article/sanitize'
import { toBengaliDigits } from '../bangla/digits'
import { attr, escapeHtml } from './escape'
import { isSafeImageSrc } from './urls'

/**
 * The body → HTML half of the renderer. The published page and the ninjs export both use it, so the body HTML a
 * partner receives is the same markup a reader sees. Input is sanitized first; only the body vocabulary is emitted.
 */

export interface ResolvedMedia {
  src: string
  width?: number
  height?: number
  type?: string
}

export type MediaResolver = (mediaId: string) => ResolvedMedia | undefined

export interface FigureInput {
  mediaId: string
  caption: string
  credit: string
  alt: string
}

/** House style for photo credits: «ছবি : সংগৃহীত». */
export const PHOTO_CREDIT_PREFIX = 'ছবি :'

// Links outermost, so that a bold word inside a link does not split the link in two.
const MARK_RANK: Record<string, number> = { link: 0, bold: 1, italic: 2 }

function orderedMarks(marks: readonly BodyMark[] | undefined): BodyMark[] {
  if (!marks || marks.length === 0) return []
  return [...marks].sort((a, b) => (MARK_RANK[a.type] ?? 9) - (MARK_RANK[b.type] ?? 9))
}

function sameMark(a: BodyMark | undefined, b: BodyMark | undefined): boolean {
  return a !== undefined && b !== undefined && a.type === b.type && a.attrs?.href === b.attrs?.href
}

/** The URL as the WHATWG parser writes it: percent-encoded, so the Nu checker accepts it; '' if it does not parse. */
export function normalizeHref(href: unknown): string {
  if (typeof href !== 'string') return ''
  try {
    return new URL(href.trim()).href
  } catch {
    return ''
  }
}

function openTag(mark: BodyMark): string {
  if (mark.type === 'bold') return '<strong>'
  if (mark.type === 'italic') return '<em>'
  return `<a${attr('href', normalizeHref(mark.attrs?.href))} rel="noopener noreferrer">`
}

function closeTag(mark: BodyMark | undefined): string {
  if (mark?.type === 'bold') return '</strong>'
  if (mark?.type === 'italic') return '</em>'
  return '</a>'
}

/** Inline content with the fewest tags: marks shared by neighbours stay open across them. */
function renderInline(nodes: readonly BodyNode[] | undefined): string {
  if (!nodes) return ''
  let html = ''
  const open: BodyMark[] = []
  for (const node of nodes) {
    const isText = node.type === 'text'
    if (!isText && node.type !== 'hard_break') continue
    // A line break sits inside whatever is open; it neither opens nor closes marks.
    const marks = isText ? orderedMarks(node.marks) : open
    let keep = 0
    while (keep < open.length && keep < marks.length && sameMark(open[keep], marks[keep])) keep++
    while (open.length > keep) html += closeTag(open.pop())
    for (let i = keep; i < marks.length; i++) {
      const mark = marks[i]
      if (!mark) continue
      html += openTag(mark)
      open.push(mark)
    }
    html += isText ? escapeHtml(node.text) : '<br>'
  }
  while (open.length > 0) html += closeTag(open.pop())
  return html
}

function positiveInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 100_000 ? value : undefined
}

/** <figure><img><figcaption>caption <span class="credit">ছবি : credit</span></figcaption></figure>, or '' if empty. */
export function renderFigure(image: FigureInput, resolveMedia: MediaResolver, className: string, lazy: boolean): string {
  let media: ResolvedMedia | undefined
  try {
    media = image.mediaId ? resolveMedia(image.mediaId) : undefined
  } catch {
    media = undefined // a failing resolver must not take the page down: the photo is left out
  }
  const caption = image.caption.trim()
  const credit = image.credit.trim()
  const hasImage = media !== undefined && isSafeImageSrc(media.src)
  if (!hasImage && caption === '' && credit === '') return ''
  let html = `<figure class="${className}">`
  if (hasImage && media) {
    // An empty alt is right when the figcaption already describes the photo; repeating it would be read twice.
    const alt = image.alt.trim()
    const width = positiveInt(media.width)
    const height = positiveInt(media.height)
    html += `<img src="${escapeHtml(media.src)}" alt="${escapeHtml(alt)}"`
    if (width && height) html += ` width="${width}" height="${height}"`
    html += lazy ? ' loading="lazy" decoding="async">' : ' decoding="async">'
  }
  if (caption || credit) {
    html += '<figcaption>'
    html += escapeHtml(caption)
    if (credit) html += `${caption ? ' ' : ''}<span class="credit">${PHOTO_CREDIT_PREFIX} ${escapeHtml(credit)}</span>`
    html += '</figcaption>'
  }
  return `${html}</figure>`
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

function renderListItem(item: BodyNode, resolveMedia: MediaResolver): string {
  const [first, ...rest] = item.content ?? []
  // The usual one-paragraph item is written without <p>, as news sites do; importers wrap it back.
  const lead = first?.type === 'paragraph' ? renderInline(first.content) : first ? renderBlock(first, resolveMedia) : ''
  const tail = rest.map((block) => renderBlock(block, resolveMedia)).filter((html) => html !== '')
  return `<li>${lead}${tail.length > 0 ? `\n${tail.join('\n')}\n` : ''}</li>`
}

/** A cell's paragraphs: one is written bare (as news sites do, and importers wrap it back), several as <p>s. */
function renderCellContent(paragraphs: readonly BodyNode[]): string {
  if (paragraphs.length === 1) return renderInline(paragraphs[0]?.content)
  return paragraphs.map((p) => renderBlock(p, () => undefined)).join('')
}

const isHeaderCell = (cell: BodyNode): boolean => cell.type === 'table_header'

function hasWords(node: BodyNode): boolean {
  if (node.type === 'text') return (node.text ?? '').trim() !== ''
  return (node.content ?? []).some(hasWords)
}

function span(name: 'colspan' | 'rowspan', value: unknown): string {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 1 ? ` ${name}="${value}"` : ''
}

function renderRow(row: BodyNode): string {
  const cells = row.content ?? []
  // A row of header cells heads the columns below it; a header cell among data cells heads its row.
  const scope = cells.every(isHeaderCell) ? 'col' : 'row'
  const html = cells.map((cell) => {
    // A header cell with no words (the empty corner over a header column) heads nothing: it is written as a data cell.
    const tag = isHeaderCell(cell) && hasWords(cell) ? 'th' : 'td'
    const attrs = `${span('colspan', cell.attrs?.colspan)}${span('rowspan', cell.attrs?.rowspan)}${tag === 'th' ? ` scope="${scope}"` : ''}`
    return `<${tag}${attrs}>${renderCellContent(cell.content ?? [])}</${tag}>`
  })
  return `<tr>${html.join('')}</tr>`
}

/** How many leading rows can form the <thead>: rows of header cells only, with no rowspan reaching past them. */
function headRowCount(rows: readonly BodyNode[]): number {
  let count = 0
  while (count < rows.length && (rows[count]?.content ?? []).every(isHeaderCell)) count++
  for (; count > 0; count--) {
    const fits = rows
      .slice(0, count)
      .every((row, r) =>
        (row.content ?? []).every((cell) => r + (typeof cell.attrs?.rowspan === 'number' ? cell.attrs.rowspan : 1) <= count)
      )
    if (fits) break
  }
  return count
}

/**
 * A table in a figure that scrolls sideways on a narrow screen instead of squeezing the page; the figure takes focus
 * (tabindex) so a keyboard can scroll it too, and is named so that a screen reader announces what it holds.
 */
function renderTable(node: BodyNode, label: string): string {
  const rows = (node.content ?? []).filter((row) => row.type === 'table_row' && (row.content ?? []).length > 0)
  if (rows.length === 0) return ''
  const head = headRowCount(rows)
  const group = (tag: 'thead' | 'tbody', part: readonly BodyNode[]) =>
    part.length > 0 ? `<${tag}>\n${part.map(renderRow).join('\n')}\n</${tag}>` : ''
  const body = [group('thead', rows.slice(0, head)), group('tbody', rows.slice(head))].filter(Boolean).join('\n')
  return `<figure class="table" tabindex="0" aria-label="${escapeHtml(label)}">\n<table>\n${body}\n</table>\n</figure>`
}

/** «সারণি», or «সারণি ২» when the story has more than one. */
export const TABLE_LABEL = 'সারণি'

function renderBlock(node: BodyNode, resolveMedia: MediaResolver): string {
  switch (node.type) {
    case 'paragraph': {
      const inner = renderInline(node.content)
      return inner === '' ? '' : `<p>${inner}</p>`
    }
    case 'heading': {
      const tag = node.attrs?.level === 3 ? 'h3' : 'h2'
      const inner = renderInline(node.content)
      return inner === '' ? '' : `<${tag}>${inner}</${tag}>`
    }
    case 'blockquote': {
      const inner = renderBlocks(node.content ?? [], resolveMedia)
      return inner === '' ? '' : `<blockquote>\n${inner}\n</blockquote>`
    }
    case 'bullet_list':
    case 'ordered_list': {
      const items = (node.content ?? []).filter((item) => item.type === 'list_item').map((item) => renderListItem(item, resolveMedia))
      if (items.length === 0) return ''
      if (node.type === 'bullet_list') return `<ul>\n${items.join('\n')}\n</ul>`
      const order = node.attrs?.order
      const start = typeof order === 'number' && Number.isSafeInteger(order) && order !== 1 ? ` start="${order}"` : ''
      return `<ol${start}>\n${items.join('\n')}\n</ol>`
    }
    case 'image': {
      const a = node.attrs ?? {}
      return renderFigure(
        { mediaId: str(a.mediaId), caption: str(a.caption), credit: str(a.credit), alt: str(a.alt) },
        resolveMedia,
        'photo',
        true
      )
    }
    default:
      return ''
  }
}

function renderBlocks(nodes: readonly BodyNode[], resolveMedia: MediaResolver): string {
  const parts: string[] = []
  for (const node of nodes) {
    const html = renderBlock(node, resolveMedia)
    if (html !== '') parts.push(html)
  }
  return parts.join('\n')
}

/** HTML of a body that has already been through sanitizeBody (the page sanitizes once and reuses the result). */
export function renderSanitizedBody(doc: BodyDoc, resolveMedia: MediaResolver): string {
  // Tables live only at the top level, so they are numbered here.
  const tables = doc.content.filter((node) => node.type === 'table').length
  let table = 0
  const parts: string[] = []
  for (const node of doc.content) {
    const html =
      node.type === 'table'
        ? renderTable(node, tables > 1 ? `${TABLE_LABEL} ${toBengaliDigits(String(++table))}` : TABLE_LABEL)
        : renderBlock(node, resolveMedia)
    if (html !== '') parts.push(html)
  }
  return parts.join('\n')
}

/** Any body value → HTML in the body vocabulary. Never throws. */
export function renderBodyHtml(body: unknown, resolveMedia: MediaResolver): string {
  return renderSanitizedBody(sanitizeBody(body), resolveMedia)
}
