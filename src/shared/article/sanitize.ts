import type { BodyDoc, BodyNode } from './body'
import { MAX_TABLE_CELLS, MAX_TABLE_COLUMNS } from './body-schema'
import { normalizeTable, spanValue, tableAsText, type CellInput } from './table'
import {
  MAX_RAW_DEPTH,
  isRecord,
  typeOf,
  childrenOf,
  attrsOf,
  asString,
  cleanMarks,
  imageNode,
  collectInline,
  textblock,
  type Raw,
  type InlineItem
} from './sanitize-inline'

/**
 * sanitizeBody: any JSON-ish value → a body that uses only the vocabulary of body-schema.ts.
 *
 * Paste, import and export all pass through here, so nothing outside the schema (scripts, styles, unknown attrs)
 * can reach the store or the renderer. The rules:
 *   - unknown nodes are unwrapped to their children (or their text); atoms without text are dropped;
 *   - common aliases (ProseMirror basic / Tiptap names, strong/em) are read as ours;
 *   - inline runs found where blocks belong are wrapped in paragraphs; blocks found inside a paragraph are flattened
 *     to their text, except images, which split the paragraph around them;
 *   - marks: bold, italic and link (only with a safe href, stored as the URL parser writes it) survive, once each,
 *     in MARK_TYPES order;
 *   - heading levels are clamped to 2 | 3; image attrs become strings; ordered lists always carry a start number;
 *   - tables live only at the top level: their cells hold paragraphs only (headings become paragraphs, lists and
 *     quotes give up their paragraphs, photos move to just after the table), spans are clamped and the grid made
 *     rectangular (table.ts); rows or cells met outside a table are gathered into one; a table inside a quote or a
 *     list, or beyond the bounds, is kept as text — one paragraph per row;
 *   - adjacent text with the same marks is merged and empty text is dropped;
 *   - containers nested deeper than MAX_BLOCK_DEPTH give their content to their parent; input deeper than
 *     MAX_RAW_DEPTH (or cyclic) is dropped;
 *   - an empty document becomes one empty paragraph.
 * The output is a fixed point: sanitizeBody(sanitizeBody(x)) deep-equals sanitizeBody(x). Never throws.
 */

const MAX_BLOCK_DEPTH = 12
/** A paragraph or heading; lifted images split it, so one raw node may give several blocks. */
function splitTextblock(type: 'paragraph' | 'heading', attrs: Raw | undefined, items: readonly InlineItem[]): BodyNode[] {
  const blocks: BodyNode[] = []
  let run: BodyNode[] = []
  let sawImage = false
  for (const item of items) {
    if ('lifted' in item) {
      if (run.length > 0) blocks.push(textblock(type, attrs, run))
      run = []
      blocks.push(item.lifted)
      sawImage = true
    } else run.push(item.inline)
  }
  if (run.length > 0 || !sawImage) blocks.push(textblock(type, attrs, run))
  return blocks
}

function headingLevel(value: unknown): 2 | 3 {
  const level = typeof value === 'number' ? value : Number(asString(value))
  return Number.isFinite(level) && level >= 3 ? 3 : 2
}

function listStart(value: unknown): number {
  const order = typeof value === 'number' ? value : Number(asString(value))
  return Number.isSafeInteger(order) && order >= 0 ? order : 1
}

// ----------------------------------------------------------------- blocks

/** Sanitizes a list of raw nodes where blocks belong; inline runs become paragraphs. */
function blocksFrom(nodes: readonly unknown[], depth: number, rawDepth: number): BodyNode[] {
  const out: BodyNode[] = []
  let pending: InlineItem[] = []
  let strayRows: Raw[] = []
  const flushRows = (): void => {
    if (strayRows.length > 0) out.push(...tableFrom({ type: 'table', content: strayRows }, depth, rawDepth))
    strayRows = []
  }
  const flush = (): void => {
    flushRows()
    if (pending.length > 0) out.push(...splitTextblock('paragraph', undefined, pending))
    pending = []
  }
  if (rawDepth > MAX_RAW_DEPTH) return out
  for (const raw of nodes) {
    const type = isRecord(raw) ? typeOf(raw) : ''
    if (isRecord(raw) && isRowOrCell(type)) {
      // Rows or cells without their table (another editor's slice, a hand-made body) are gathered into one.
      if (pending.length > 0) flush()
      strayRows.push(raw)
      continue
    }
    flushRows()
    if (!isRecord(raw) || type === 'text' || type === 'hard_break' || (!isBlockType(type) && !Array.isArray(raw.content))) {
      // Inline content (or an unknown leaf that may carry text) joins the paragraph being gathered.
      collectInline([raw], [], rawDepth + 1, pending)
      continue
    }
    if (!isBlockType(type)) {
      // An unknown wrapper (an HTML <div>, another editor's node): inline unless a block hides somewhere inside.
      const inner = childrenOf(raw)
      if (!holdsBlock(raw, rawDepth)) collectInline(inner, cleanMarks(raw.marks, []), rawDepth + 1, pending)
      else {
        flush()
        out.push(...blocksFrom(inner, depth, rawDepth + 1))
      }
      continue
    }
    flush()
    out.push(...blockFrom(raw, type, depth, rawDepth))
  }
  flush()
  return out
}

// Remembered per wrapper, so nested wrappers are not rescanned at every level; reset on every call so a caller
// that mutates its document between calls never sees a stale answer.
let blockInside = new WeakMap<Raw, boolean>()

function holdsBlock(raw: Raw, rawDepth: number): boolean {
  const known = blockInside.get(raw)
  if (known !== undefined) return known
  let found = false
  if (rawDepth <= MAX_RAW_DEPTH) {
    for (const child of childrenOf(raw)) {
      if (!isRecord(child)) continue
      const type = typeOf(child)
      if (isBlockType(type) || isRowOrCell(type) || (type !== 'text' && holdsBlock(child, rawDepth + 1))) {
        found = true
        break
      }
    }
  }
  blockInside.set(raw, found)
  return found
}

function isBlockType(type: string): boolean {
  return (
    type === 'paragraph' ||
    type === 'heading' ||
    type === 'blockquote' ||
    type === 'bullet_list' ||
    type === 'ordered_list' ||
    type === 'list_item' ||
    type === 'image' ||
    type === 'table'
  )
}

function isRowOrCell(type: string): boolean {
  return type === 'table_row' || type === 'table_cell' || type === 'table_header'
}

// ----------------------------------------------------------------- tables

/** Layout whitespace between rows and cells (HTML's line breaks between <tr>s) is not content. */
function isBlankText(raw: unknown): boolean {
  if (typeof raw === 'string') return raw.trim() === ''
  return isRecord(raw) && typeOf(raw) === 'text' && asString(raw.text).trim() === ''
}

/** A cell's content as paragraphs only; photos found in it are handed back in `lifted`. */
function paragraphsOf(blocks: readonly BodyNode[], lifted: BodyNode[], out: BodyNode[] = []): BodyNode[] {
  for (const block of blocks) {
    if (block.type === 'paragraph') out.push(block)
    else if (block.type === 'heading') out.push(block.content ? { type: 'paragraph', content: block.content } : { type: 'paragraph' })
    else if (block.type === 'image') lifted.push(block)
    else paragraphsOf(block.content ?? [], lifted, out)
  }
  return out
}

function cellFrom(raw: Raw, header: boolean, rawDepth: number, lifted: BodyNode[]): CellInput {
  const attrs = attrsOf(raw)
  return {
    header,
    colspan: spanValue(attrs.colspan, MAX_TABLE_COLUMNS),
    rowspan: spanValue(attrs.rowspan, MAX_TABLE_CELLS),
    // Depth 1: a table inside a cell is not at the top level, so it arrives here as text.
    paragraphs: paragraphsOf(blocksFrom(childrenOf(raw), 1, rawDepth + 1), lifted)
  }
}

/** The rows of a raw table; loose cells form a row of their own, anything else a row of one data cell. */
function rowsOf(nodes: readonly unknown[], rawDepth: number, lifted: BodyNode[], rows: CellInput[][]): CellInput[][] {
  let loose: CellInput[] | null = null
  if (rawDepth > MAX_RAW_DEPTH) return rows
  for (const raw of nodes) {
    if (isBlankText(raw)) continue
    const type = isRecord(raw) ? typeOf(raw) : ''
    if (isRecord(raw) && type === 'table_row') {
      loose = null
      const cells: CellInput[] = []
      const rest: unknown[] = []
      for (const child of childrenOf(raw)) {
        const childType = isRecord(child) ? typeOf(child) : ''
        if (isRecord(child) && (childType === 'table_cell' || childType === 'table_header')) {
          if (rest.length > 0) cells.push(cellFrom({ content: rest.splice(0) }, false, rawDepth + 1, lifted))
          cells.push(cellFrom(child, childType === 'table_header', rawDepth + 1, lifted))
        } else if (!isBlankText(child)) rest.push(child)
      }
      if (rest.length > 0) cells.push(cellFrom({ content: rest }, false, rawDepth + 1, lifted))
      rows.push(cells)
    } else if (isRecord(raw) && (type === 'table_cell' || type === 'table_header')) {
      if (!loose) rows.push((loose = []))
      loose.push(cellFrom(raw, type === 'table_header', rawDepth, lifted))
    } else if (
      isRecord(raw) &&
      type !== 'table' &&
      Array.isArray(raw.content) &&
      raw.content.some((c) => isRecord(c) && isRowOrCell(typeOf(c)))
    ) {
      // A wrapper around rows (another editor's tbody): its rows are the table's.
      loose = null
      rowsOf(raw.content, rawDepth + 1, lifted, rows)
    } else {
      loose = null
      rows.push([cellFrom({ content: [raw] }, false, rawDepth, lifted)])
    }
  }
  return rows
}

function tableFrom(raw: Raw, depth: number, rawDepth: number): BodyNode[] {
  const lifted: BodyNode[] = []
  const rows = rowsOf(childrenOf(raw), rawDepth + 1, lifted, [])
  // Tables live at the top level only; inside a quote or a list their words stay, as text.
  const blocks = depth === 0 ? normalizeTable(rows) : tableAsText(rows)
  // A table kept as text gives paragraphs whose runs still need merging, like any other paragraph.
  return [
    ...blocks.map((block) => (block.type === 'paragraph' ? textblock('paragraph', undefined, block.content ?? []) : block)),
    ...lifted
  ]
}

function blockFrom(raw: Raw, type: string, depth: number, rawDepth: number): BodyNode[] {
  const children = childrenOf(raw)
  if (type === 'paragraph' || type === 'heading') {
    const items: InlineItem[] = []
    collectInline(children, cleanMarks(raw.marks, []), rawDepth + 1, items)
    return splitTextblock(type, type === 'heading' ? { level: headingLevel(attrsOf(raw).level) } : undefined, items)
  }
  if (type === 'image') return [imageNode(raw)]
  if (type === 'table') return tableFrom(raw, depth, rawDepth)
  // Containers: past the depth limit their content moves up to the parent instead of nesting further.
  if (depth >= MAX_BLOCK_DEPTH) return blocksFrom(children, depth, rawDepth + 1)
  if (type === 'blockquote') {
    const inner = blocksFrom(children, depth + 1, rawDepth + 1)
    return inner.length > 0 ? [{ type: 'blockquote', content: inner }] : []
  }
  if (type === 'list_item') {
    // A list item met outside a list is just its content.
    return blocksFrom(children, depth, rawDepth + 1)
  }
  const items = listItemsFrom(children, depth + 1, rawDepth + 1)
  if (items.length === 0) return []
  return type === 'ordered_list'
    ? [{ type: 'ordered_list', attrs: { order: listStart(attrsOf(raw).order) }, content: items }]
    : [{ type: 'bullet_list', content: items }]
}

/** list content: list_item+; each item starts with a paragraph (ProseMirror's "paragraph block*"). */
function listItemsFrom(nodes: readonly unknown[], depth: number, rawDepth: number): BodyNode[] {
  const items: BodyNode[] = []
  for (const raw of nodes) {
    const isItem = isRecord(raw) && typeOf(raw) === 'list_item'
    const blocks = blocksFrom(isItem ? childrenOf(raw) : [raw], depth, rawDepth + 1)
    if (blocks.length === 0 && !isItem) continue
    const first = blocks[0]
    if (!first) blocks.push({ type: 'paragraph' })
    else if (first.type === 'heading') blocks[0] = first.content ? { type: 'paragraph', content: first.content } : { type: 'paragraph' }
    else if (first.type !== 'paragraph') blocks.unshift({ type: 'paragraph' })
    items.push({ type: 'list_item', content: blocks })
  }
  return items
}

/** The body vocabulary only; see the rules at the top of this file. */
export function sanitizeBody(doc: unknown): BodyDoc {
  try {
    blockInside = new WeakMap()
    const content = isRecord(doc) ? blocksFrom(childrenOf(doc), 0, 0) : []
    return { type: 'doc', content: content.length > 0 ? content : [{ type: 'paragraph' }] }
  } catch {
    // Only a pathological input (e.g. a getter that throws) gets here; an empty body is the safe answer.
    return { type: 'doc', content: [{ type: 'paragraph' }] }
  }
}

/**
 * One table as sanitizeBody would keep it — for the editor's paste, so that what the desk shows is what is stored:
 * at the top level the normalized table (then any photos found in it), inside a quote or a list its rows as text.
 */
export function sanitizeTable(raw: unknown, topLevel: boolean): BodyNode[] {
  try {
    blockInside = new WeakMap()
    return isRecord(raw) ? tableFrom(raw, topLevel ? 0 : 1, 0) : []
  } catch {
    return []
  }
}
