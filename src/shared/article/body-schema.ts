/**
 * The body's vocabulary — the one list of node and mark types the editor, the renderer, the exporters and every
 * importer agree on (ProseMirror JSON names). Anything else is dropped on the way in.
 *
 * Nodes
 *   doc            content: block+
 *   paragraph      content: inline*
 *   heading        attrs { level: 2 | 3 }          content: inline*   (subheadings; the headline is level 1, outside the body)
 *   blockquote     content: block+
 *   bullet_list    content: list_item+
 *   ordered_list   attrs { order: number }         content: list_item+
 *   list_item      content: paragraph block*
 *   image          attrs { mediaId, caption, credit, alt }   atom block: a photo placed inside the body
 *   table          content: table_row+             only at the top level of the body (never in a quote or a list)
 *   table_row      content: (table_header | table_cell)+
 *   table_header   attrs { colspan, rowspan }      content: paragraph+   a header cell (<th>)
 *   table_cell     attrs { colspan, rowspan }      content: paragraph+   a data cell (<td>)
 *   hard_break     inline
 *   text           inline, with marks
 *   Tables are rectangular: every row covers the same number of columns, spans never overlap or run past the table,
 *   colspan ≤ MAX_TABLE_COLUMNS, rowspan ≤ the rows left, at most MAX_TABLE_COLUMNS columns and MAX_TABLE_CELLS
 *   slots (columns × rows). A table beyond those bounds is kept as text, one paragraph per row (see table.ts).
 * Marks
 *   bold, italic
 *   link           attrs { href }  — only http:, https: and mailto: survive
 */
export const BLOCK_NODE_TYPES = ['paragraph', 'heading', 'blockquote', 'bullet_list', 'ordered_list', 'list_item', 'image'] as const
export const TABLE_NODE_TYPES = ['table', 'table_row', 'table_header', 'table_cell'] as const
export const MARK_TYPES = ['bold', 'italic', 'link'] as const

export type BlockNodeType = (typeof BLOCK_NODE_TYPES)[number]
export type MarkType = (typeof MARK_TYPES)[number]

export const HEADING_LEVELS = [2, 3] as const
/** The widest table we keep as a table; also the largest colspan. */
export const MAX_TABLE_COLUMNS = 40
/** Columns × rows: a results or price table fits easily; a pasted spreadsheet dump does not. */
export const MAX_TABLE_CELLS = 5000
export const SAFE_LINK_PROTOCOLS = ['http:', 'https:', 'mailto:'] as const

/** A link survives only if it parses as an absolute URL with an allowed protocol. */
export function isSafeHref(href: unknown): href is string {
  if (typeof href !== 'string' || href.length > 2048) return false
  try {
    const url = new URL(href.trim())
    return (SAFE_LINK_PROTOCOLS as readonly string[]).includes(url.protocol)
  } catch {
    return false
  }
}
