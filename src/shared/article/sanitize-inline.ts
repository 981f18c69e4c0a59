import { MEDIA_ID_PATTERN } from '../media/image-info'
import type { BodyMark, BodyNode } from './body'
import { isSafeHref } from './body-schema'

/**
 * The raw-input readers and the inline half of sanitizeBody (sanitize.ts, where the rules are listed): node and mark
 * aliases, marks cleaned to bold/italic/safe links, inline content collected with images lifted out, text merged.
 */

export const MAX_RAW_DEPTH = 200

const NODE_ALIASES: Record<string, string> = {
  bulletList: 'bullet_list',
  orderedList: 'ordered_list',
  listItem: 'list_item',
  hardBreak: 'hard_break',
  tableRow: 'table_row',
  tableCell: 'table_cell',
  tableHeader: 'table_header',
  horizontal_rule: '',
  horizontalRule: ''
}
const MARK_ALIASES: Record<string, string> = { strong: 'bold', em: 'italic', b: 'bold', i: 'italic' }
const MARK_ORDER = ['bold', 'italic', 'link'] as const

export type Raw = Record<string, unknown>
/** An inline item, or an image that must be lifted out of the paragraph it was found in. */
export type InlineItem = { inline: BodyNode } | { lifted: BodyNode }

export function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function typeOf(raw: Raw): string {
  const type = typeof raw.type === 'string' ? raw.type : ''
  return Object.prototype.hasOwnProperty.call(NODE_ALIASES, type) ? (NODE_ALIASES[type] ?? '') : type
}

export function childrenOf(raw: Raw): unknown[] {
  return Array.isArray(raw.content) ? raw.content : []
}

export function attrsOf(raw: Raw): Raw {
  return isRecord(raw.attrs) ? raw.attrs : {}
}

export function asString(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return ''
}

// ------------------------------------------------------------------ marks

export function cleanMarks(raw: unknown, inherited: readonly BodyMark[]): BodyMark[] {
  const found = new Map<string, BodyMark>()
  for (const mark of inherited) found.set(mark.type, mark)
  if (Array.isArray(raw)) {
    for (const item of raw) {
      if (!isRecord(item) || typeof item.type !== 'string') continue
      const type = Object.prototype.hasOwnProperty.call(MARK_ALIASES, item.type) ? (MARK_ALIASES[item.type] ?? '') : item.type
      if (type === 'bold' || type === 'italic') found.set(type, { type })
      else if (type === 'link') {
        const href = attrsOf(item).href
        // Stored as the URL parser writes it (percent-encoded), so the page, the exports and a re-import agree.
        if (isSafeHref(href)) found.set('link', { type: 'link', attrs: { href: new URL(href.trim()).href } })
      }
    }
  }
  const marks: BodyMark[] = []
  for (const type of MARK_ORDER) {
    const mark = found.get(type)
    if (mark) marks.push(mark)
  }
  return marks
}

function sameMarks(a: readonly BodyMark[] | undefined, b: readonly BodyMark[] | undefined): boolean {
  const x = a ?? []
  const y = b ?? []
  if (x.length !== y.length) return false
  return x.every((mark, i) => mark.type === y[i]?.type && mark.attrs?.href === y[i]?.attrs?.href)
}

function textNode(text: string, marks: readonly BodyMark[]): BodyNode {
  return marks.length > 0 ? { type: 'text', text, marks: [...marks] } : { type: 'text', text }
}

// ----------------------------------------------------------------- inline

export function imageNode(raw: Raw): BodyNode {
  const attrs = attrsOf(raw)
  return {
    type: 'image',
    // Only a content address survives as a media id; anything else (a path, a URL) marks the photo as missing.
    attrs: {
      mediaId: MEDIA_ID_PATTERN.test(asString(attrs.mediaId)) ? asString(attrs.mediaId) : '',
      caption: asString(attrs.caption),
      credit: asString(attrs.credit),
      alt: asString(attrs.alt)
    }
  }
}

/** Collects the inline content of `nodes`, flattening anything that is not inline. */
export function collectInline(nodes: readonly unknown[], marks: readonly BodyMark[], rawDepth: number, out: InlineItem[]): void {
  if (rawDepth > MAX_RAW_DEPTH) return
  for (const raw of nodes) {
    if (typeof raw === 'string') {
      if (raw !== '') out.push({ inline: textNode(raw, marks) })
      continue
    }
    if (!isRecord(raw)) continue
    const type = typeOf(raw)
    const ownMarks = cleanMarks(raw.marks, marks)
    if (type === 'text') {
      const text = asString(raw.text)
      if (text !== '') out.push({ inline: textNode(text, ownMarks) })
    } else if (type === 'hard_break') {
      out.push({ inline: { type: 'hard_break' } })
    } else if (type === 'image') {
      out.push({ lifted: imageNode(raw) })
    } else if (Array.isArray(raw.content)) {
      collectInline(raw.content, ownMarks, rawDepth + 1, out)
    } else if (typeof raw.text === 'string' && raw.text !== '') {
      out.push({ inline: textNode(raw.text, ownMarks) })
    }
  }
}

/** Merges neighbouring text with equal marks so that a second pass finds nothing to change. */
function mergeText(nodes: readonly BodyNode[]): BodyNode[] {
  const merged: BodyNode[] = []
  for (const node of nodes) {
    const last = merged[merged.length - 1]
    if (node.type === 'text' && last?.type === 'text' && sameMarks(last.marks, node.marks)) {
      merged[merged.length - 1] = { ...last, text: (last.text ?? '') + (node.text ?? '') }
    } else merged.push(node)
  }
  return merged
}

export function textblock(type: 'paragraph' | 'heading', attrs: Raw | undefined, inline: readonly BodyNode[]): BodyNode {
  const node: BodyNode = attrs ? { type, attrs } : { type }
  const content = mergeText(inline)
  if (content.length > 0) node.content = content
  return node
}
