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
 *   hard_break     inline
 *   text           inline, with marks
 * Marks
 *   bold, italic
 *   link           attrs { href }  — only http:, https: and mailto: survive
 */
export const BLOCK_NODE_TYPES = ['paragraph', 'heading', 'blockquote', 'bullet_list', 'ordered_list', 'list_item', 'image'] as const
export const MARK_TYPES = ['bold', 'italic', 'link'] as const

export type BlockNodeType = (typeof BLOCK_NODE_TYPES)[number]
export type MarkType = (typeof MARK_TYPES)[number]

export const HEADING_LEVELS = [2, 3] as const
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
