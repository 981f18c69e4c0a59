import { Fragment, Node as PMNode, Slice } from 'prosemirror-model'
import type { EditorState } from 'prosemirror-state'
import { sanitizeTable } from '../../../shared/article/sanitize'
import { bodySchema } from './schema'

/**
 * Tables in a paste, made exactly what the store keeps (sanitizeTable): spans clamped, rows made rectangular, a table
 * beyond the bounds kept as text — and, when the caret is inside a quote or a list, where tables cannot live, kept as
 * text too instead of being dropped by the parser. A table at an open edge of the slice is closed: it arrives whole.
 * Inside a table, a pasted table is left for prosemirror-tables, which pastes its cells over the cells there.
 */

const { table } = bodySchema.nodes

/** Tables may go where the caret is: at the top level, or inside a table (prosemirror-tables pastes cells there). */
function tablesFitAt(state: EditorState): boolean {
  const { $from } = state.selection
  if ($from.depth === 0) return true
  const top = $from.node(1).type
  return top === table || top.isTextblock
}

export function normalizePastedTables(slice: Slice, state: EditorState): Slice {
  let hasTable = false
  slice.content.forEach((node) => {
    if (node.type === table) hasTable = true
  })
  if (!hasTable) return slice
  const topLevel = tablesFitAt(state)
  const nodes: PMNode[] = []
  const last = slice.content.childCount - 1
  let openStart = slice.openStart
  let openEnd = slice.openEnd
  slice.content.forEach((node, _offset, index) => {
    if (node.type !== table) {
      nodes.push(node)
      return
    }
    if (index === 0) openStart = 0
    if (index === last) openEnd = 0
    for (const json of sanitizeTable(node.toJSON(), topLevel)) nodes.push(PMNode.fromJSON(bodySchema, json))
  })
  // A table that ends the paste is followed by an open, empty paragraph: it joins whatever follows the caret, or
  // stays as the line after the table, so the writing can go on below it (and Ctrl+End does not land in a cell).
  const top = state.selection.$from.depth > 0 ? state.selection.$from.node(1).type : null
  if (topLevel && top !== table && nodes.at(-1)?.type === table) {
    nodes.push(bodySchema.nodes.paragraph.create())
    openEnd = 1
  }
  const content = Fragment.from(nodes)
  // An edge that was open on a paragraph stays open only as deep as the new content allows.
  const fits = (depth: number, side: 'start' | 'end') => {
    let node: PMNode | null = side === 'start' ? content.firstChild : content.lastChild
    let open = 0
    while (node && open < depth && !node.isLeaf) {
      open++
      node = side === 'start' ? node.firstChild : node.lastChild
    }
    return open
  }
  return new Slice(content, fits(openStart, 'start'), fits(openEnd, 'end'))
}
