import type { DOMOutputSpec, Node as PMNode, NodeSpec } from 'prosemirror-model'
import { MAX_TABLE_CELLS, MAX_TABLE_COLUMNS } from '../../../shared/article/body-schema'
import { spanValue } from '../../../shared/article/table'

/**
 * The table nodes of the editor schema, in prosemirror-tables' terms (tableRole) and the body vocabulary's names. Our
 * own specs rather than prosemirror-tables' tableNodes(): no column widths are stored, cells hold paragraphs only, and
 * spans are clamped as they are parsed — a pasted colspan="1000000000" must never reach TableMap, which allocates a
 * slot per column.
 */

function spanAttr(max: number) {
  return {
    default: 1,
    validate: (value: unknown) => {
      if (!(typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max)) throw new RangeError('invalid table span')
    }
  }
}

function spanAttrs(node: PMNode): Record<string, string> {
  const attrs: Record<string, string> = {}
  if ((node.attrs.colspan as number) > 1) attrs.colspan = String(node.attrs.colspan)
  if ((node.attrs.rowspan as number) > 1) attrs.rowspan = String(node.attrs.rowspan)
  return attrs
}

function cell(tag: 'td' | 'th', tableRole: 'cell' | 'header_cell'): NodeSpec {
  return {
    content: 'paragraph+',
    attrs: { colspan: spanAttr(MAX_TABLE_COLUMNS), rowspan: spanAttr(MAX_TABLE_CELLS) },
    tableRole,
    isolating: true,
    parseDOM: [
      {
        tag,
        getAttrs: (dom) => ({
          colspan: spanValue(dom.getAttribute('colspan'), MAX_TABLE_COLUMNS),
          rowspan: spanValue(dom.getAttribute('rowspan'), MAX_TABLE_CELLS)
        })
      }
    ],
    toDOM: (node): DOMOutputSpec => [tag, spanAttrs(node), 0]
  }
}

export const tableNodes = {
  table: {
    content: 'table_row+',
    tableRole: 'table',
    isolating: true,
    parseDOM: [{ tag: 'table' }],
    // The wrapper scrolls a wide table sideways inside the body instead of widening the desk.
    toDOM: (): DOMOutputSpec => ['div', { class: 'body-table' }, ['table', ['tbody', 0]]]
  },
  table_row: {
    content: '(table_cell | table_header)+',
    tableRole: 'row',
    parseDOM: [{ tag: 'tr' }],
    toDOM: (): DOMOutputSpec => ['tr', 0]
  },
  table_header: cell('th', 'header_cell'),
  table_cell: cell('td', 'cell')
} satisfies Record<string, NodeSpec>
