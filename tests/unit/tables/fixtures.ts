/**
 * Stories with tables, for the table tests and the validity runs (W3C Nu, ninjs, our JSON Schema). Bengali copy and
 * figures written for these tests.
 */
import type { Article } from '../../../src/shared/article/model'
import type { BodyNode } from '../../../src/shared/article/body'
import { fullArticle } from '../../fixtures/articles/samples'

const text = (value: string, marks?: BodyNode['marks']): BodyNode =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value }
const p = (...content: BodyNode[]): BodyNode => (content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' })

export function cell(value: string | BodyNode[], options: { header?: boolean; colspan?: number; rowspan?: number } = {}): BodyNode {
  const paragraphs = typeof value === 'string' ? [value === '' ? p() : p(text(value))] : value
  return {
    type: options.header ? 'table_header' : 'table_cell',
    attrs: { colspan: options.colspan ?? 1, rowspan: options.rowspan ?? 1 },
    content: paragraphs
  }
}

export const th = (value: string, options: { colspan?: number; rowspan?: number } = {}): BodyNode =>
  cell(value, { ...options, header: true })
export const row = (...cells: BodyNode[]): BodyNode => ({ type: 'table_row', content: cells })
export const table = (...rows: BodyNode[]): BodyNode => ({ type: 'table', content: rows })

/** Turnout by division: a header row and a header column. */
export const turnoutTable = (): BodyNode =>
  table(
    row(th('বিভাগ'), th('আসন'), th('ভোটার উপস্থিতি (%)')),
    row(th('ঢাকা'), cell('২০'), cell('৪১.২')),
    row(th('চট্টগ্রাম'), cell('১৬'), cell('৩৮.৭')),
    row(th('রাজশাহী'), cell('১২'), cell('৪৫.১'))
  )

/** A budget table with a spanning header, a rowspan, marks, a link and a cell of two paragraphs. */
export const budgetTable = (): BodyNode =>
  table(
    row(th('খাত', { rowspan: 2 }), th('বরাদ্দ (কোটি টাকা)', { colspan: 2 })),
    row(th('২০২৩-২৪'), th('২০২৪-২৫')),
    row(cell([p(text('শিক্ষা', [{ type: 'bold' }]))]), cell('৮৮,১৬২'), cell('৯৪,৭১১')),
    row(
      cell([p(text('স্বাস্থ্য')), p(text('(পরিবার কল্যাণসহ)', [{ type: 'italic' }]))]),
      cell('৩৮,০৫২'),
      cell([p(text('৪১,৪০৮', [{ type: 'link', attrs: { href: 'https://example.org/budget/health' } }]))])
    ),
    row(cell('মোট', { colspan: 2 }), cell(''))
  )

/** The full sample story with two tables in its body. */
export function tableArticle(): Article {
  const article = fullArticle()
  const content = [...article.body.content]
  content.splice(2, 0, turnoutTable())
  content.push(p(text('খাতভিত্তিক বরাদ্দ নিচের সারণিতে।')), budgetTable())
  return { ...article, id: 'budget-tables-2024', body: { type: 'doc', content } }
}
