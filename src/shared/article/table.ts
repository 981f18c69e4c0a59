import type { BodyNode } from './body'
import { MAX_TABLE_CELLS, MAX_TABLE_COLUMNS } from './body-schema'

/**
 * Tables in the body: the shape rules that the sanitizer, the renderer and the editor's paste agree on.
 *
 * A table that comes in (from paste, an import, the API) is laid out on a grid the way a browser would, then made
 * rectangular and consistent: rows without cells are dropped (the rowspans that covered them shrink), a colspan is at
 * most MAX_TABLE_COLUMNS and stops before a slot a cell above already covers, a rowspan ends at the last row, and
 * short rows are padded with empty data cells. What is left has no overlaps and no holes, so the W3C checker and
 * prosemirror-tables both accept it, and laying it out again changes nothing.
 *
 * A table beyond the bounds (more than MAX_TABLE_COLUMNS columns, more than MAX_TABLE_CELLS slots) is not cut: it is
 * kept as text, one paragraph per row with the cells separated by « | », so no word of it is lost.
 */

export interface CellInput {
  header: boolean
  colspan: number
  rowspan: number
  /** Paragraphs only (the sanitizer has already reduced the cell's content to them). */
  paragraphs: BodyNode[]
}

export const CELL_SEPARATOR = ' | '

/** A span attribute as a whole number in 1…max; anything else (0, negative, NaN, "abc", 1e9 past max) is clamped. */
export function spanValue(value: unknown, max: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value.trim()) : NaN
  if (!Number.isFinite(n) || n < 1) return 1
  return Math.min(Math.floor(n), max)
}

function emptyParagraphs(): BodyNode[] {
  return [{ type: 'paragraph' }]
}

function cellNode(header: boolean, colspan: number, rowspan: number, paragraphs: BodyNode[]): BodyNode {
  return {
    type: header ? 'table_header' : 'table_cell',
    attrs: { colspan, rowspan },
    content: paragraphs.length > 0 ? paragraphs : emptyParagraphs()
  }
}

/** One paragraph per row, cells separated by « | », a cell's own paragraphs by line breaks; empty rows vanish. */
export function tableAsText(rows: readonly (readonly CellInput[])[]): BodyNode[] {
  const out: BodyNode[] = []
  for (const row of rows) {
    const inline: BodyNode[] = []
    let cellsWithText = 0
    for (const cell of row) {
      const parts = cell.paragraphs.map((p) => p.content ?? []).filter((content) => content.length > 0)
      if (parts.length === 0) continue
      if (cellsWithText > 0) inline.push({ type: 'text', text: CELL_SEPARATOR })
      parts.forEach((content, index) => {
        if (index > 0) inline.push({ type: 'hard_break' })
        inline.push(...content)
      })
      cellsWithText++
    }
    if (inline.length > 0) out.push({ type: 'paragraph', content: inline })
  }
  return out
}

/** Rows without cells are dropped; a rowspan that covered them is shortened by as many rows. */
function dropEmptyRows(rows: readonly (readonly CellInput[])[]): CellInput[][] {
  const emptyBefore: number[] = [0]
  rows.forEach((row, index) => emptyBefore.push((emptyBefore[index] ?? 0) + (row.length === 0 ? 1 : 0)))
  const kept: CellInput[][] = []
  rows.forEach((row, index) => {
    if (row.length === 0) return
    kept.push(
      row.map((cell) => {
        const end = Math.min(rows.length, index + cell.rowspan)
        const skipped = (emptyBefore[end] ?? 0) - (emptyBefore[index + 1] ?? 0)
        return skipped > 0 ? { ...cell, rowspan: Math.max(1, cell.rowspan - skipped) } : cell
      })
    )
  })
  return kept
}

interface Placed {
  col: number
  cell: CellInput
}

interface Grid {
  rows: Placed[][]
  width: number
}

/** Places the cells as a browser would; null when a row would need more than MAX_TABLE_COLUMNS columns. */
function layout(rows: readonly (readonly CellInput[])[], cap: number): Grid | null {
  const height = rows.length
  const taken = new Uint8Array(height * MAX_TABLE_COLUMNS)
  const placedRows: Placed[][] = []
  for (let r = 0; r < height; r++) {
    const placed: Placed[] = []
    let col = 0
    for (const cell of rows[r] ?? []) {
      while (col < MAX_TABLE_COLUMNS && taken[r * MAX_TABLE_COLUMNS + col]) col++
      if (col >= MAX_TABLE_COLUMNS) return null
      let colspan = 0
      const wanted = Math.min(cell.colspan, cap, MAX_TABLE_COLUMNS - col)
      // A span stops before a slot that a rowspan from above already covers: cells never overlap.
      while (colspan < wanted && !taken[r * MAX_TABLE_COLUMNS + col + colspan]) colspan++
      const rowspan = Math.min(cell.rowspan, height - r)
      for (let y = r; y < r + rowspan; y++) taken.fill(1, y * MAX_TABLE_COLUMNS + col, y * MAX_TABLE_COLUMNS + col + colspan)
      placed.push({ col, cell: { ...cell, colspan, rowspan } })
      col += colspan
    }
    placedRows.push(placed)
  }
  let width = 0
  for (let r = 0; r < height; r++) {
    for (let c = MAX_TABLE_COLUMNS - 1; c >= width; c--) {
      if (taken[r * MAX_TABLE_COLUMNS + c]) {
        width = c + 1
        break
      }
    }
  }
  // Holes (a short row, a gap left by a rowspan) get an empty data cell each, in column order.
  placedRows.forEach((placed, r) => {
    for (let c = 0; c < width; c++) {
      if (!taken[r * MAX_TABLE_COLUMNS + c]) placed.push({ col: c, cell: { header: false, colspan: 1, rowspan: 1, paragraphs: [] } })
    }
    placed.sort((a, b) => a.col - b.col)
  })
  return { rows: placedRows, width }
}

/** A column in which no cell begins (spanned over only) is removed, as are the spans over it: HTML calls it an error. */
function collapseColumns(grid: Grid): Grid {
  const starts = new Uint8Array(grid.width)
  for (const row of grid.rows) for (const { col } of row) starts[col] = 1
  const before = new Uint16Array(grid.width + 1)
  for (let c = 0; c < grid.width; c++) before[c + 1] = (before[c] ?? 0) + (starts[c] ?? 0)
  if (before[grid.width] === grid.width) return grid
  const rows = grid.rows.map((row) =>
    row.map(({ col, cell }) => {
      const from = before[col] ?? 0
      return { col: from, cell: { ...cell, colspan: (before[col + cell.colspan] ?? from + 1) - from } }
    })
  )
  return { rows, width: before[grid.width] ?? 0 }
}

/**
 * The table as a body node, or — beyond the bounds — its rows as paragraphs. Returns [] for a table without a cell.
 * Spans in `rows` must already be whole numbers ≥ 1 (spanValue).
 */
export function normalizeTable(input: readonly (readonly CellInput[])[]): BodyNode[] {
  const rows = dropEmptyRows(input)
  if (rows.length === 0) return []
  let cells = 0
  for (const row of rows) cells += row.length
  // Cheap refusals first, so a hostile table is never laid out slot by slot.
  if (cells > MAX_TABLE_CELLS || rows.some((row) => row.length > MAX_TABLE_COLUMNS)) return tableAsText(rows)
  // Spans as given; if they push a row past the widest table we keep (colspan=1e9), no span may be wider than the
  // most cells any row has — a real table never needs that second try.
  const mostCells = Math.max(...rows.map((row) => row.length))
  const laid = layout(rows, MAX_TABLE_COLUMNS) ?? layout(rows, mostCells)
  if (!laid) return tableAsText(rows)
  const grid = collapseColumns(laid)
  if (grid.width * grid.rows.length > MAX_TABLE_CELLS) return tableAsText(rows)
  const content = grid.rows.map((placed): BodyNode => ({
    type: 'table_row',
    content: placed.map(({ cell }) => cellNode(cell.header, cell.colspan, cell.rowspan, cell.paragraphs))
  }))
  return [{ type: 'table', content }]
}
