import { describe, expect, it } from 'vitest'
import { bodyToPlainText, type BodyDoc, type BodyNode } from '../../../src/shared/article/body'
import { MAX_TABLE_CELLS, MAX_TABLE_COLUMNS } from '../../../src/shared/article/body-schema'
import { sanitizeBody } from '../../../src/shared/article/sanitize'
import { budgetTable, cell, row, table, tableArticle, th, turnoutTable } from './fixtures'

const doc = (...content: unknown[]) => ({ type: 'doc', content })
const para = (text: string): BodyNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })

function clean(input: unknown): BodyDoc {
  const once = sanitizeBody(input)
  // Every output is a fixed point: what is stored, sanitized again, stays the same.
  expect(sanitizeBody(JSON.parse(JSON.stringify(once)))).toEqual(once)
  return once
}

/** The grid of a sanitized table: [type letter + text, colspan, rowspan] per cell. */
function shape(node: BodyNode | undefined): string[][] {
  expect(node?.type).toBe('table')
  return (node?.content ?? []).map((r) =>
    (r.content ?? []).map((c) => {
      const words = (c.content ?? []).map((p) => (p.content ?? []).map((t) => t.text ?? '').join('')).join('/')
      return `${c.type === 'table_header' ? 'h' : 'd'}:${words}:${String(c.attrs?.colspan)}x${String(c.attrs?.rowspan)}`
    })
  )
}

/** Every row covers the same number of columns, counting rowspans from above. */
function widths(node: BodyNode | undefined): number[] {
  const rows = node?.content ?? []
  const carry: number[] = new Array(rows.length).fill(0)
  return rows.map((r, y) => {
    let width = carry[y] ?? 0
    for (const c of r.content ?? []) {
      const colspan = c.attrs?.colspan as number
      const rowspan = c.attrs?.rowspan as number
      width += colspan
      for (let k = 1; k < rowspan; k++) carry[y + k] = (carry[y + k] ?? 0) + colspan
    }
    return width
  })
}

describe('tables in the body vocabulary', () => {
  it('keeps a well-formed table exactly as it is (header row, header column, spans, marks, links)', () => {
    for (const node of [turnoutTable(), budgetTable()]) expect(clean(doc(node)).content).toEqual([node])
    const article = tableArticle()
    expect(clean(article.body)).toEqual(article.body)
  })

  it('reads Tiptap names and fills in missing spans and empty cells', () => {
    const out = clean(
      doc({
        type: 'table',
        content: [
          {
            type: 'tableRow',
            content: [
              { type: 'tableHeader', content: [para('দেশ')] },
              { type: 'tableHeader', content: [para('সফর')] }
            ]
          },
          { type: 'tableRow', content: [{ type: 'tableCell', content: [para('রাশিয়া')] }, { type: 'tableCell' }] }
        ]
      })
    )
    expect(shape(out.content[0])).toEqual([
      ['h:দেশ:1x1', 'h:সফর:1x1'],
      ['d:রাশিয়া:1x1', 'd::1x1']
    ])
  })

  it('clamps hostile spans: colspan 1e9, NaN, negative, strings; rowspan past the last row', () => {
    const out = clean(
      doc(
        table(
          row(th('দেশ'), th('সফর')),
          row(cell('রাশিয়া', { colspan: 1e9 }), cell('২০০০')),
          row(cell('ভারত', { rowspan: 1e9 }), cell('২০০৪')),
          row({ type: 'table_cell', attrs: { colspan: 'abc', rowspan: -3 }, content: [para('চীন')] })
        )
      )
    )
    const node = out.content[0]
    const rows = widths(node)
    expect(new Set(rows).size).toBe(1)
    expect(rows[0]).toBeLessThanOrEqual(4)
    const spans = (node?.content ?? []).flatMap((r) => (r.content ?? []).map((c) => [c.attrs?.colspan, c.attrs?.rowspan]))
    for (const [colspan, rowspan] of spans) {
      expect(Number.isInteger(colspan) && (colspan as number) >= 1 && (colspan as number) <= MAX_TABLE_COLUMNS).toBe(true)
      expect(Number.isInteger(rowspan) && (rowspan as number) >= 1 && (rowspan as number) <= 2).toBe(true)
    }
    expect(bodyToPlainText(out).split(/\s+/)).toEqual(expect.arrayContaining(['রাশিয়া', '২০০০', 'ভারত', '২০০৪', 'চীন']))
  })

  it('makes a ragged table rectangular and drops rows without cells, shortening the rowspans over them', () => {
    const out = clean(doc(table(row(cell('ক', { rowspan: 3 }), cell('খ'), cell('গ')), row(), row(cell('ঘ')), row(cell('ঙ'), cell('চ')))))
    expect(shape(out.content[0])).toEqual([
      ['d:ক:1x2', 'd:খ:1x1', 'd:গ:1x1'],
      ['d:ঘ:1x1', 'd::1x1'],
      ['d:ঙ:1x1', 'd:চ:1x1', 'd::1x1']
    ])
    expect(widths(out.content[0])).toEqual([3, 3, 3])
  })

  it('stops a colspan before a slot a rowspan already covers, and removes columns where no cell begins', () => {
    const overlap = clean(doc(table(row(cell('ক'), cell('খ', { rowspan: 2 })), row(cell('গ', { colspan: 2 })))))
    expect(shape(overlap.content[0])).toEqual([['d:ক:1x1', 'd:খ:1x2'], ['d:গ:1x1']])
    const hollow = clean(doc(table(row(cell('ক', { colspan: 3 })), row(cell('খ', { colspan: 3 })))))
    expect(shape(hollow.content[0])).toEqual([['d:ক:1x1'], ['d:খ:1x1']])
  })

  it('lets a cell hold paragraphs only: headings become paragraphs, lists and quotes give up theirs, photos move after the table', () => {
    const photo = { type: 'image', attrs: { mediaId: 'a'.repeat(64) + '.jpg', caption: 'ছবি', credit: '', alt: '' } }
    const out = clean(
      doc(
        table(
          row(
            cell([
              { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'শিরোনাম' }] },
              { type: 'bullet_list', content: [{ type: 'list_item', content: [para('এক')] }] },
              { type: 'blockquote', content: [para('উদ্ধৃতি')] },
              photo as BodyNode
            ])
          )
        )
      )
    )
    expect(shape(out.content[0])).toEqual([['d:শিরোনাম/এক/উদ্ধৃতি:1x1']])
    expect(out.content[1]).toEqual(photo)
  })

  it('keeps scripts, styles and event handlers in cells as nothing but text', () => {
    const out = clean(
      doc(
        table(
          row({
            type: 'table_cell',
            attrs: { colspan: 1, rowspan: 1, onclick: 'alert(1)', style: 'color:red' },
            content: [{ type: 'script', content: [{ type: 'text', text: '<script>alert(1)</script>' }] }]
          })
        )
      )
    )
    const json = JSON.stringify(out)
    expect(json).not.toContain('onclick')
    expect(json).not.toContain('color:red')
    expect(json).not.toContain('"script"')
    expect(shape(out.content[0])).toEqual([['d:<script>alert(1)</script>:1x1']])
  })

  it('keeps a table inside a quote, a list or another table as text, one paragraph per row', () => {
    const inner = table(row(cell('দেশ'), cell('সফর')), row(cell('রাশিয়া'), cell('২০০০')))
    const quoted = clean(doc({ type: 'blockquote', content: [inner] }))
    expect(quoted.content).toEqual([{ type: 'blockquote', content: [para('দেশ | সফর'), para('রাশিয়া | ২০০০')] }])
    const nested = clean(doc(table(row(cell([inner])))))
    expect(shape(nested.content[0])).toEqual([['d:দেশ | সফর/রাশিয়া | ২০০০:1x1']])
  })

  it('gathers rows and cells found without their table into one', () => {
    const out = clean(doc(para('আগে'), row(cell('ক'), cell('খ')), row(cell('গ')), para('পরে')))
    expect(out.content.map((node) => node.type)).toEqual(['paragraph', 'table', 'paragraph'])
    expect(shape(out.content[1])).toEqual([
      ['d:ক:1x1', 'd:খ:1x1'],
      ['d:গ:1x1', 'd::1x1']
    ])
  })

  it('keeps a table of 10,000 cells as text, every word of it, quickly', () => {
    const rows = Array.from({ length: 100 }, (_, y) => row(...Array.from({ length: 100 }, (_, x) => cell(`${y}-${x}`))))
    const started = performance.now()
    const out = clean(doc(table(...rows)))
    const elapsed = performance.now() - started
    expect(out.content.every((node) => node.type === 'paragraph')).toBe(true)
    expect(out.content).toHaveLength(100)
    const text = bodyToPlainText(out)
    expect(text.split('\n')[99]?.split(' | ')).toHaveLength(100)
    expect(text).toContain('99-99')
    // Generous: this is a guard against laying the table out slot by slot, not a benchmark.
    expect(elapsed).toBeLessThan(5000)
  })

  it('keeps tables within the bounds: too many columns or slots become text, the widest allowed stays a table', () => {
    const wide = (columns: number) => table(row(...Array.from({ length: columns }, (_, x) => cell(String(x)))))
    expect(clean(doc(wide(MAX_TABLE_COLUMNS))).content[0]?.type).toBe('table')
    expect(clean(doc(wide(MAX_TABLE_COLUMNS + 1))).content[0]?.type).toBe('paragraph')
    const tall = (rows: number) => table(...Array.from({ length: rows }, (_, y) => row(cell(String(y)), cell(''))))
    expect(clean(doc(tall(MAX_TABLE_CELLS / 2))).content[0]?.type).toBe('table')
    expect(clean(doc(tall(MAX_TABLE_CELLS / 2 + 1))).content[0]?.type).toBe('paragraph')
  })

  it('separates cells in plain text, so counts and search never see «দেশসফর»: a row is a line', () => {
    const text = bodyToPlainText(clean(doc(table(row(th('দেশ'), th('সফর')), row(cell('রাশিয়া'), cell('২০০০'))))))
    expect(text).toBe('দেশ সফর\nরাশিয়া ২০০০')
  })

  it('is a fixed point on random junk made of table parts', () => {
    let seed = 7
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const types = [
      'table',
      'table_row',
      'table_cell',
      'table_header',
      'tableRow',
      'paragraph',
      'heading',
      'blockquote',
      'image',
      'text',
      'div'
    ]
    const spans = [0, 1, 2, 3, -1, 1e9, Number.NaN, '2', 'x', 1.5]
    const junk = (depth: number): unknown => {
      const node: Record<string, unknown> = { type: types[Math.floor(rand() * types.length)] }
      if (rand() < 0.5) node.text = `ঘর${Math.floor(rand() * 10)}`
      if (rand() < 0.6)
        node.attrs = { colspan: spans[Math.floor(rand() * spans.length)], rowspan: spans[Math.floor(rand() * spans.length)] }
      if (depth < 5 && rand() < 0.8) node.content = Array.from({ length: Math.floor(rand() * 5) }, () => junk(depth + 1))
      return node
    }
    for (let i = 0; i < 400; i++) {
      const out = clean(doc(...Array.from({ length: 3 }, () => junk(0))))
      for (const node of out.content) if (node.type === 'table') expect(new Set(widths(node)).size).toBe(1)
    }
  })
})
