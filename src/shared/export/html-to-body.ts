import { parse } from 'parse5'
import type { BodyDoc, BodyMark, BodyNode } from '../article/body'
import { isSafeHref } from '../article/body-schema'
import { sanitizeBody } from '../article/sanitize'

/**
 * Story HTML (from an agency feed, a ninjs body, our own export) → a body in our vocabulary. parse5 builds the tree
 * the way a browser would; this walk keeps only what the body schema knows: paragraphs, headings, quotes, lists,
 * tables, figures, line breaks, bold, italic and safe links. Scripts, styles, forms, frames and every attribute other
 * than href/src/alt/start/colspan/rowspan are never read, so they cannot enter. The result goes through sanitizeBody like any other input.
 */

interface HtmlNode {
  nodeName: string
  tagName?: string
  attrs?: Array<{ name: string; value: string }>
  childNodes?: HtmlNode[]
  value?: string
}

export interface HtmlImage {
  src: string
  alt: string
}

export interface HtmlToBodyOptions {
  /** Turns an <img> into a media id ('' when the photo cannot be had; the caller records why). */
  resolveImage: (image: HtmlImage) => string
  /** A first heading with exactly this text repeats the headline (agency HTML often does) and is left out. */
  headline?: string
}

// Whole subtrees that are never content.
const DROPPED = new Set([
  'script',
  'style',
  'template',
  'noscript',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'button',
  'select',
  'textarea',
  'input',
  'form',
  'canvas',
  'audio',
  'video',
  'map',
  'hr',
  'dialog',
  'frameset'
])
const MAX_DEPTH = 200
const ASCII_SPACE = /[ \t\n\r\f]+/g

function attrOf(node: HtmlNode, name: string): string {
  return node.attrs?.find((a) => a.name === name)?.value ?? ''
}

function hasClass(node: HtmlNode, name: string): boolean {
  return attrOf(node, 'class').split(/\s+/).includes(name)
}

function textOf(node: HtmlNode, skip: (node: HtmlNode) => boolean = () => false): string {
  if (node.nodeName === '#text') return node.value ?? ''
  if (!node.tagName || DROPPED.has(node.tagName) || skip(node)) return ''
  if (node.tagName === 'br') return ' '
  return (node.childNodes ?? []).map((child) => textOf(child, skip)).join('')
}

function clean(text: string): string {
  return text.replace(ASCII_SPACE, ' ').trim()
}

function findFirst(node: HtmlNode, tag: string, depth = 0): HtmlNode | undefined {
  if (depth > MAX_DEPTH) return undefined
  for (const child of node.childNodes ?? []) {
    if (child.tagName === tag) return child
    const found = findFirst(child, tag, depth + 1)
    if (found) return found
  }
  return undefined
}

function findAll(node: HtmlNode, test: (node: HtmlNode) => boolean, out: HtmlNode[], depth = 0): HtmlNode[] {
  if (depth > MAX_DEPTH) return out
  for (const child of node.childNodes ?? []) {
    if (test(child)) out.push(child)
    else findAll(child, test, out, depth + 1)
  }
  return out
}

const isCredit = (node: HtmlNode): boolean => hasClass(node, 'credit') || hasClass(node, 'byline')

/** «ছবি : সংগৃহীত» → «সংগৃহীত»; also "ছবি:", "Photo:". */
function stripCreditPrefix(text: string): string {
  return text.replace(/^(?:ছবি|Photo|Foto)\s*[:：]\s*/i, '')
}

function imageFromFigure(figure: HtmlNode, options: HtmlToBodyOptions): BodyNode {
  const img = findFirst(figure, 'img')
  const figcaption = findFirst(figure, 'figcaption')
  const caption = figcaption ? clean(textOf(figcaption, isCredit)) : ''
  const credit = findAll(figure, isCredit, [])
    .map((node) => stripCreditPrefix(clean(textOf(node))))
    .filter(Boolean)
    .join(', ')
  const alt = img ? clean(attrOf(img, 'alt')) : ''
  const mediaId = img ? options.resolveImage({ src: attrOf(img, 'src').trim(), alt }) : ''
  return { type: 'image', attrs: { mediaId, caption, credit, alt } }
}

function withMark(marks: readonly BodyMark[], mark: BodyMark): BodyMark[] {
  return [...marks.filter((m) => m.type !== mark.type), mark]
}

/** A photo that could not be had and has no words either (a tracking pixel, a broken <img>) is not kept. */
function pushImage(out: BodyNode[], image: BodyNode): void {
  const a = image.attrs ?? {}
  if (a.mediaId !== '' || a.caption !== '' || a.credit !== '' || a.alt !== '') out.push(image)
}

/** The line breaks between <li> tags are layout, not list items. */
function listChildren(nodes: BodyNode[]): BodyNode[] {
  return nodes.filter((node) => node.type !== 'text' || (node.text ?? '').trim() !== '')
}

function walk(nodes: readonly HtmlNode[], marks: readonly BodyMark[], options: HtmlToBodyOptions, depth: number): BodyNode[] {
  const out: BodyNode[] = []
  if (depth > MAX_DEPTH) return out
  for (const node of nodes) {
    if (node.nodeName === '#text') {
      const text = (node.value ?? '').replace(ASCII_SPACE, ' ')
      if (text !== '') out.push(marks.length > 0 ? { type: 'text', text, marks: [...marks] } : { type: 'text', text })
      continue
    }
    const tag = node.tagName
    if (!tag || DROPPED.has(tag)) continue
    const children = (m: readonly BodyMark[] = marks): BodyNode[] => walk(node.childNodes ?? [], m, options, depth + 1)
    switch (tag) {
      case 'p':
        out.push({ type: 'paragraph', content: children() })
        break
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        out.push({ type: 'heading', attrs: { level: tag === 'h1' || tag === 'h2' ? 2 : 3 }, content: children() })
        break
      case 'blockquote':
        out.push({ type: 'blockquote', content: children() })
        break
      case 'ul':
        out.push({ type: 'bullet_list', content: listChildren(children()) })
        break
      case 'ol': {
        const start = Number.parseInt(attrOf(node, 'start'), 10)
        out.push({
          type: 'ordered_list',
          attrs: { order: Number.isSafeInteger(start) && start >= 0 ? start : 1 },
          content: listChildren(children())
        })
        break
      }
      case 'li':
        out.push({ type: 'list_item', content: children() })
        break
      case 'br':
        out.push({ type: 'hard_break' })
        break
      case 'b':
      case 'strong':
        out.push({ type: 'html', content: children(withMark(marks, { type: 'bold' })) })
        break
      case 'i':
      case 'em':
        out.push({ type: 'html', content: children(withMark(marks, { type: 'italic' })) })
        break
      case 'a': {
        const href = attrOf(node, 'href').trim()
        out.push({ type: 'html', content: children(isSafeHref(href) ? withMark(marks, { type: 'link', attrs: { href } }) : marks) })
        break
      }
      case 'figure':
        // Our pages wrap a table in a figure (it scrolls sideways on a phone); a photo figure has an <img>.
        if (findFirst(node, 'table') && !findFirst(node, 'img')) out.push({ type: 'html', content: children() })
        else pushImage(out, imageFromFigure(node, options))
        break
      case 'img': {
        const alt = clean(attrOf(node, 'alt'))
        pushImage(out, {
          type: 'image',
          attrs: { mediaId: options.resolveImage({ src: attrOf(node, 'src').trim(), alt }), caption: '', credit: '', alt }
        })
        break
      }
      case 'table': {
        // A caption is the table's title: it goes before the table as a paragraph of its own.
        const caption = (node.childNodes ?? []).find((child) => child.tagName === 'caption')
        if (caption) out.push({ type: 'paragraph', content: walk(caption.childNodes ?? [], marks, options, depth + 1) })
        const rows = walk(
          (node.childNodes ?? []).filter((child) => child !== caption),
          marks,
          options,
          depth + 1
        )
        out.push({ type: 'table', content: rows })
        break
      }
      case 'tr':
        out.push({ type: 'table_row', content: children() })
        break
      case 'td':
      case 'th':
        out.push({
          type: tag === 'th' ? 'table_header' : 'table_cell',
          attrs: { colspan: attrOf(node, 'colspan'), rowspan: attrOf(node, 'rowspan') },
          content: children()
        })
        break
      case 'colgroup':
      case 'col':
        break
      default:
        // div, span, section, article…: not ours, but their content is.
        out.push({ type: 'html', content: children() })
    }
  }
  return out
}

/** Trims the spaces HTML would not show: at the edges of a paragraph or heading and around line breaks. */
function trimTextblock(content: readonly BodyNode[]): BodyNode[] {
  const nodes = content.map((node) => ({ ...node }))
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]
    if (!node || node.type !== 'text') continue
    const before = nodes[i - 1]
    const after = nodes[i + 1]
    let text = node.text ?? ''
    if (!before || before.type === 'hard_break' || /\s$/.test(before.text ?? '')) text = text.replace(/^ +/, '')
    if (!after || after.type === 'hard_break') text = text.replace(/ +$/, '')
    node.text = text
  }
  return nodes.filter((node) => node.type !== 'text' || (node.text ?? '') !== '')
}

function tidy(nodes: readonly BodyNode[]): BodyNode[] {
  const out: BodyNode[] = []
  for (const node of nodes) {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const content = trimTextblock(node.content ?? [])
      // Whitespace between block tags becomes an empty paragraph; imported HTML has no other empty ones worth keeping.
      if (content.length === 0) continue
      out.push({ ...node, content })
    } else if (node.content) out.push({ ...node, content: tidy(node.content) })
    else out.push(node)
  }
  return out
}

function headingText(node: BodyNode | undefined): string {
  return (node?.content ?? []).map((child) => child.text ?? '').join('')
}

function bodyElement(html: string): HtmlNode | undefined {
  const document = parse(html) as unknown as HtmlNode
  const root = document.childNodes?.find((node) => node.tagName === 'html')
  return root?.childNodes?.find((node) => node.tagName === 'body')
}

/** HTML → body. Never throws; unreadable HTML gives an empty body. */
export function htmlToBody(html: string, options: HtmlToBodyOptions): BodyDoc {
  try {
    const body = bodyElement(typeof html === 'string' ? html : '')
    const raw = walk(body?.childNodes ?? [], [], options, 0)
    let doc = sanitizeBody({ type: 'doc', content: tidy(sanitizeBody({ type: 'doc', content: raw }).content) })
    const first = doc.content[0]
    const headline = options.headline?.trim()
    if (headline && first?.type === 'heading' && headingText(first).trim() === headline) {
      doc = sanitizeBody({ type: 'doc', content: doc.content.slice(1) })
    }
    return doc
  } catch {
    return sanitizeBody(null)
  }
}
