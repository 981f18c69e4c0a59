import { describe, expect, it } from 'vitest'
import { parse } from 'parse5'
import { renderBodyHtml } from '../../../src/shared/render/body-html'
import { renderArticlePage } from '../../../src/shared/render'
import { defaultSiteSettings } from '../../../src/shared/render/settings'
import { budgetTable, cell, row, table, tableArticle, th, turnoutTable } from './fixtures'
import { dataUriResolver } from '../../fixtures/articles/samples'

const noMedia = () => undefined
const html = (...content: unknown[]) => renderBodyHtml({ type: 'doc', content }, noMedia)

describe('tables on the published page', () => {
  it('writes a header row as <thead> with scope="col", a header column with scope="row", inside a named, focusable figure', () => {
    expect(html(turnoutTable())).toBe(
      [
        '<figure class="table" tabindex="0" aria-label="সারণি">',
        '<table>',
        '<thead>',
        '<tr><th scope="col">বিভাগ</th><th scope="col">আসন</th><th scope="col">ভোটার উপস্থিতি (%)</th></tr>',
        '</thead>',
        '<tbody>',
        '<tr><th scope="row">ঢাকা</th><td>২০</td><td>৪১.২</td></tr>',
        '<tr><th scope="row">চট্টগ্রাম</th><td>১৬</td><td>৩৮.৭</td></tr>',
        '<tr><th scope="row">রাজশাহী</th><td>১২</td><td>৪৫.১</td></tr>',
        '</tbody>',
        '</table>',
        '</figure>'
      ].join('\n')
    )
  })

  it('writes spans, marks, links and a cell of two paragraphs; two header rows both go in <thead>', () => {
    const out = html(budgetTable())
    expect(out).toContain(
      '<thead>\n<tr><th rowspan="2" scope="col">খাত</th><th colspan="2" scope="col">বরাদ্দ (কোটি টাকা)</th></tr>\n<tr><th scope="col">২০২৩-২৪</th>'
    )
    expect(out).toContain('<td><strong>শিক্ষা</strong></td>')
    expect(out).toContain('<td><p>স্বাস্থ্য</p><p><em>(পরিবার কল্যাণসহ)</em></p></td>')
    expect(out).toContain('<a href="https://example.org/budget/health" rel="noopener noreferrer">৪১,৪০৮</a>')
    expect(out).toContain('<tr><td colspan="2">মোট</td><td></td></tr>')
  })

  it('keeps a header row out of <thead> when its rowspan reaches into the body', () => {
    const out = html(table(row(th('ক', { rowspan: 2 }), th('খ')), row(cell('গ')), row(cell('ঘ'), cell('ঙ'))))
    expect(out).not.toContain('<thead>')
    expect(out).toContain('<tbody>\n<tr><th rowspan="2" scope="col">ক</th>')
  })

  it('writes an empty header cell (the corner over a header column) as a data cell: it heads nothing', () => {
    const out = html(table(row(th(''), th('২০২৩'), th('২০২৪')), row(th('শিক্ষা'), cell('৮৮'), cell('৯৪'))))
    expect(out).toContain('<thead>\n<tr><td></td><th scope="col">২০২৩</th><th scope="col">২০২৪</th></tr>\n</thead>')
    expect(out).toContain('<tr><th scope="row">শিক্ষা</th><td>৮৮</td><td>৯৪</td></tr>')
  })

  it('numbers the tables when a story has more than one', () => {
    const out = html(turnoutTable(), { type: 'paragraph', content: [{ type: 'text', text: 'মাঝে' }] }, budgetTable())
    expect(out.match(/aria-label="[^"]+"/g)).toEqual(['aria-label="সারণি ১"', 'aria-label="সারণি ২"'])
  })

  it('escapes whatever a cell holds, and never writes an attribute it was given', () => {
    const out = html(
      table(
        row({
          type: 'table_header',
          attrs: { colspan: 1, rowspan: 1, style: 'x', onclick: 'alert(1)' },
          content: [{ type: 'paragraph', content: [{ type: 'text', text: '<script>alert(1)</script>" onmouseover="x' }] }]
        })
      )
    )
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;&quot; onmouseover=&quot;x')
    expect(out).not.toMatch(/<script|onclick|style=/)
  })

  it('renders a hostile 10,000-cell table as bounded text, never as a 10,000-cell grid', () => {
    const rows = Array.from({ length: 100 }, (_, y) => row(...Array.from({ length: 100 }, (_, x) => cell(`${y}:${x}`))))
    const out = html(table(...rows))
    expect(out).not.toContain('<table')
    expect(out.match(/<p>/g)).toHaveLength(100)
  })

  it('parses as the HTML it means to be: every row as wide as the table', () => {
    const page = renderArticlePage(tableArticle(), {
      settings: defaultSiteSettings(),
      latest: [],
      resolveMedia: dataUriResolver(),
      fontCss: ''
    })
    type El = { nodeName: string; attrs?: Array<{ name: string; value: string }>; childNodes?: El[] }
    const tables: El[] = []
    const walk = (node: El) => {
      if (node.nodeName === 'table') tables.push(node)
      for (const child of node.childNodes ?? []) walk(child)
    }
    walk(parse(page) as unknown as El)
    expect(tables).toHaveLength(2)
    for (const t of tables) {
      const rows: El[] = []
      const collect = (node: El) => (node.nodeName === 'tr' ? rows.push(node) : node.childNodes?.forEach(collect))
      collect(t)
      const carry: number[] = []
      const widths = rows.map((tr, y) => {
        let width = carry[y] ?? 0
        for (const c of tr.childNodes?.filter((n) => n.nodeName === 'td' || n.nodeName === 'th') ?? []) {
          const attr = (name: string) => Number(c.attrs?.find((a) => a.name === name)?.value ?? '1')
          width += attr('colspan')
          for (let k = 1; k < attr('rowspan'); k++) carry[y + k] = (carry[y + k] ?? 0) + attr('colspan')
        }
        return width
      })
      expect(new Set(widths).size).toBe(1)
    }
  })

  it('styles the table for phones (sideways scroll inside the figure) and for print', () => {
    const page = renderArticlePage(tableArticle(), {
      settings: defaultSiteSettings(),
      latest: [],
      resolveMedia: dataUriResolver(),
      fontCss: ''
    })
    expect(page).toMatch(/\.story-body \.table\{[^}]*overflow-x:auto/)
    expect(page).toMatch(/@media print\{[\s\S]*\.story-body \.table\{overflow:visible/)
    expect(page).toMatch(/@media print\{[\s\S]*tr\{break-inside:avoid\}|figure,blockquote,li,tr\{break-inside:avoid\}/)
  })
})
