import { chainCommands } from 'prosemirror-commands'
import { keymap } from 'prosemirror-keymap'
import type { Node as PMNode } from 'prosemirror-model'
import { TextSelection, type Command, type EditorState, type Plugin, type Transaction } from 'prosemirror-state'
import {
  addColumnAfter,
  addRowAfter,
  deleteColumn,
  deleteRow,
  deleteTable,
  goToNextCell,
  isInTable,
  rowIsHeader,
  selectedRect,
  tableEditing,
  TableMap,
  toggleHeader
} from 'prosemirror-tables'
import { bodySchema } from './schema'

/**
 * Table editing in the body: prosemirror-tables' commands and plugin (cell selection, keeping every table
 * rectangular), our insert command and the keys. Tab and Shift+Tab move between cells; Tab in the last cell adds a
 * row, as Word and Google Docs do; Enter at the start of a table that opens the story makes room above it. Outside a
 * table Tab keeps its meaning (list indent, or leaving the editor).
 */

const { table, table_row: tableRow, table_cell: tableCell, table_header: tableHeader, paragraph } = bodySchema.nodes

/** A new table: a header row over `rows` data rows, `columns` wide. */
export function emptyTable(columns = 2, rows = 2): PMNode {
  const cells = (type: typeof tableCell) => Array.from({ length: columns }, () => type.create(null, paragraph.create()))
  return table.create(null, [
    tableRow.create(null, cells(tableHeader)),
    ...Array.from({ length: rows }, () => tableRow.create(null, cells(tableCell)))
  ])
}

/**
 * Inserts a table after the top-level block the caret is in (tables live at the top level only) — or in place of
 * it when that block is an empty paragraph — puts the caret in its first cell, and keeps a paragraph after it so the
 * writing can go on below.
 */
export const insertTable: Command = (state, dispatch) => {
  if (isInTable(state)) return false
  if (!dispatch) return true
  const { $from } = state.selection
  const tr = state.tr
  let at: number
  if ($from.depth === 0) at = state.selection.from
  else {
    const block = $from.node(1)
    const start = $from.before(1)
    if (block.type === paragraph && block.content.size === 0) {
      tr.delete(start, start + block.nodeSize)
      at = start
    } else at = $from.after(1)
  }
  const node = emptyTable()
  tr.insert(at, node)
  const after = at + node.nodeSize
  if (after === tr.doc.content.size || tr.doc.nodeAt(after)?.type === table) tr.insert(after, paragraph.create())
  // at + 4: inside table › row › cell › paragraph.
  dispatch(tr.setSelection(TextSelection.create(tr.doc, at + 4)).scrollIntoView())
  return true
}

/** Tab in the last cell: a new row below, caret in its first cell. */
const addRowAtEnd: Command = (state, dispatch) => {
  if (!isInTable(state)) return false
  const rect = selectedRect(state)
  if (rect.bottom !== rect.map.height || rect.right !== rect.map.width) return false
  if (!dispatch) return true
  let added: Transaction | undefined
  addRowAfter(state, (tr) => (added = tr))
  if (!added) return false
  const tr = added
  const grown = tr.doc.nodeAt(rect.tableStart - 1)
  if (grown) {
    const map = TableMap.get(grown)
    const firstCell = rect.tableStart + (map.map[(map.height - 1) * map.width] ?? 0)
    // + 2: inside the cell and its paragraph.
    tr.setSelection(TextSelection.create(tr.doc, firstCell + 2))
  }
  dispatch(tr.scrollIntoView())
  return true
}

/**
 * Enter at the very start of a table's first cell, when no paragraph stands before the table (it opens the story, or
 * follows a photo): a new paragraph above the table, caret in it — otherwise nothing could ever be written there.
 */
export const paragraphBeforeTable: Command = (state, dispatch) => {
  const { $from, empty } = state.selection
  if (!empty || !isInTable(state) || $from.parentOffset !== 0 || $from.depth < 4) return false
  const tableDepth = $from.depth - 3
  const start = $from.before(tableDepth)
  // The caret must be at the first position inside the table: table › row › cell › paragraph.
  if ($from.pos !== start + 4) return false
  const before = state.doc.resolve(start).nodeBefore
  if (before?.isTextblock) return false
  if (dispatch) {
    const tr = state.tr.insert(start, paragraph.create())
    dispatch(tr.setSelection(TextSelection.create(tr.doc, start + 1)).scrollIntoView())
  }
  return true
}

export const nextCell: Command = chainCommands(goToNextCell(1), addRowAtEnd)
export const previousCell: Command = goToNextCell(-1)

export { addColumnAfter, addRowAfter, deleteColumn, deleteRow, deleteTable, isInTable }

/** The table's first row becomes header cells, or data cells again — wherever in the table the caret is. */
export const toggleHeaderRow: Command = toggleHeader('row')

/** Whether the first row of the table around the caret is a header row (the toolbar shows it pressed). */
export function hasHeaderRow(state: EditorState): boolean {
  if (!isInTable(state)) return false
  const rect = selectedRect(state)
  return rowIsHeader(TableMap.get(rect.table), rect.table, 0)
}

/** The table keys, before the desk's own keymap (so Tab in a cell is a table move, not a list indent). */
export function tablePlugins(): Plugin[] {
  return [tableEditing(), keymap({ Tab: nextCell, 'Shift-Tab': previousCell, Enter: paragraphBeforeTable })]
}
