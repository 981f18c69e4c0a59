/* eslint-disable @typescript-eslint/no-explicit-any -- the refusal tests reach into parsed JSON to damage it */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { describe, expect, it } from 'vitest'
import { bodyToPlainText } from '../../../src/shared/article/body'
import { sanitizeBody } from '../../../src/shared/article/sanitize'
import { exportBartaJson, importBartaJson, mediaIdsOf } from '../../../src/shared/export/barta-json'
import { htmlToBody } from '../../../src/shared/export/html-to-body'
import { buildNinjs, exportNinjs, importNinjs } from '../../../src/shared/export/ninjs'
import { renderBodyHtml } from '../../../src/shared/render/body-html'
import { mediaTable } from '../../fixtures/articles/samples'
import { budgetTable, cell, row, table, tableArticle, th, turnoutTable } from './fixtures'

const schema = JSON.parse(readFileSync(join(process.cwd(), 'resources', 'barta-article.schema.json'), 'utf8')) as object
const ajv = new Ajv2020({ allErrors: true, strict: true })
addFormats(ajv)
const validateBarta = ajv.compile(schema)

const noImages = { resolveImage: () => '' }

function exported(article = tableArticle()): string {
  const media = Object.fromEntries(mediaIdsOf(article).flatMap((id) => (mediaTable[id] ? [[id, mediaTable[id]]] : [])))
  const r = exportBartaJson({ article, media, exportedAt: '2024-06-06T15:00:00+06:00', exportedBy: 'ডেস্ক সম্পাদক' })
  if (!r.ok) throw new Error(r.message.en)
  return r.value
}

describe('Barta JSON with tables', () => {
  it('passes resources/barta-article.schema.json and imports and exports byte for byte', () => {
    const text = exported()
    expect(validateBarta(JSON.parse(text)), JSON.stringify(validateBarta.errors?.slice(0, 3))).toBe(true)
    const back = importBartaJson(text)
    expect(back.ok).toBe(true)
    if (!back.ok) return
    expect(back.value.article.body).toEqual(tableArticle().body)
    const again = exportBartaJson(back.value)
    expect(again.ok && again.value).toBe(text)
  })

  it('the schema refuses tables the sanitizer would change: zero or huge spans, a table inside a quote, a row without cells', () => {
    const tamper = (change: (body: { content: Array<Record<string, any>> }) => void) => {
      const json = JSON.parse(exported())
      change(json.article.body)
      return validateBarta(json)
    }
    const firstCell = (body: { content: Array<Record<string, any>> }) => body.content.find((n) => n.type === 'table')!.content[0].content[0]
    expect(tamper((b) => (firstCell(b).attrs.colspan = 0))).toBe(false)
    expect(tamper((b) => (firstCell(b).attrs.colspan = 1e9))).toBe(false)
    expect(tamper((b) => (firstCell(b).attrs.onclick = 'x'))).toBe(false)
    expect(tamper((b) => (firstCell(b).content = [{ type: 'heading', attrs: { level: 2 } }]))).toBe(false)
    expect(tamper((b) => b.content.push({ type: 'blockquote', content: [turnoutTable()] }))).toBe(false)
    expect(tamper((b) => b.content.push(table(row())))).toBe(false)
  })

  it('an imported package with a hostile table is stored sanitized', () => {
    const json = JSON.parse(exported())
    json.article.body.content.push(
      table(row(cell('ক', { colspan: 1e9 }), { type: 'script', content: [{ type: 'text', text: 'alert(1)' }] } as never))
    )
    const back = importBartaJson(JSON.stringify(json))
    expect(back.ok).toBe(true)
    if (!back.ok) return
    const last = back.value.article.body.content.at(-1)
    expect(last?.type).toBe('table')
    expect(JSON.stringify(last)).not.toContain('script')
    expect(JSON.stringify(last)).toContain('"colspan":1')
  })
})

describe('IPTC ninjs with tables', () => {
  it('carries the tables in body_html and reads them back into the same body', () => {
    const article = tableArticle()
    const item = buildNinjs(article, { media: (id) => mediaTable[id] })
    const bodyHtml = item.bodies?.[0]?.value ?? ''
    expect(bodyHtml).toContain('<th scope="col">বিভাগ</th>')
    const text = exportNinjs(article, { media: (id) => mediaTable[id] })
    if (!text.ok) throw new Error(text.message.en)
    const back = importNinjs(text.value, {})
    expect(back.ok).toBe(true)
    if (back.ok) expect(back.value.content.body).toEqual(sanitizeBody(article.body))
  })

  it('counts the words of the cells one by one', () => {
    const item = buildNinjs(
      { ...tableArticle(), body: { type: 'doc', content: [table(row(th('দেশ'), th('সফর')), row(cell('রাশিয়া'), cell('২০০০')))] } },
      { media: () => undefined }
    )
    expect(item.bodies?.[0]?.wordcount).toBe(4)
  })
})

describe('HTML tables into the body', () => {
  it('reads a web page table: caption before it, thead/tbody, th and td, spans, links; styles and classes never read', () => {
    const body = htmlToBody(
      `<table class="results" style="width:100%" border="1"><caption>বিশ্বকাপ <b>সফর</b></caption>
        <colgroup><col span="2"></colgroup>
        <thead><tr><th scope="col" style="color:red">দেশ</th><th onclick="alert(1)">সফর</th></tr></thead>
        <tbody>
          <tr><td>রাশিয়া</td><td>২০০০</td></tr>
          <tr><td colspan="2"><a href="https://example.org/x">বিস্তারিত</a></td></tr>
        </tbody></table>`,
      noImages
    )
    expect(body.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'বিশ্বকাপ ' },
        { type: 'text', text: 'সফর', marks: [{ type: 'bold' }] }
      ]
    })
    expect(body.content[1]).toEqual(
      table(
        row(th('দেশ'), th('সফর')),
        row(cell('রাশিয়া'), cell('২০০০')),
        row(
          cell(
            [
              {
                type: 'paragraph',
                content: [{ type: 'text', text: 'বিস্তারিত', marks: [{ type: 'link', attrs: { href: 'https://example.org/x' } }] }]
              }
            ],
            { colspan: 2 }
          )
        )
      )
    )
    expect(JSON.stringify(body)).not.toMatch(/color|onclick|results|alert/)
  })

  it('reads a Word table (MsoTableGrid, <o:p>, mso styles) as its cells', () => {
    const word = `<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-yfti-tbllook:1184'>
      <tr style='mso-yfti-irow:0;mso-yfti-firstrow:yes'><td width=312 valign=top style='width:233.75pt'><p class=MsoNormal><b><span lang=BN-BD>দেশ<o:p></o:p></span></b></p></td>
      <td width=312 valign=top><p class=MsoNormal><b><span lang=BN-BD>সফর<o:p></o:p></span></b></p></td></tr>
      <tr><td><p class=MsoNormal><span lang=BN-BD>রাশিয়া<o:p></o:p></span></p></td><td><p class=MsoNormal><span lang=BN-BD>২০০০<o:p></o:p></span></p></td></tr></table>`
    const body = htmlToBody(word, noImages)
    expect(body.content).toHaveLength(1)
    expect(bodyToPlainText(body)).toBe('দেশ সফর\nরাশিয়া ২০০০')
  })

  it('renders and reads back every table unchanged (the renderer and the importer agree)', () => {
    for (const node of [turnoutTable(), budgetTable(), table(row(cell('')), row(cell('শেষ')))]) {
      const doc = { type: 'doc' as const, content: [node] }
      expect(
        htmlToBody(
          renderBodyHtml(doc, () => undefined),
          noImages
        )
      ).toEqual(doc)
    }
  })

  it('a hostile HTML table (colspan=1000000000, 10,000 cells, nested scripts) imports bounded and inert', () => {
    const huge = `<table>${Array.from({ length: 100 }, () => `<tr>${'<td>ঘর<script>alert(1)</script></td>'.repeat(100)}</tr>`).join('')}</table>`
    const big = htmlToBody(huge, noImages)
    expect(big.content.every((node) => node.type === 'paragraph')).toBe(true)
    expect(JSON.stringify(big)).not.toContain('alert')
    const wide = htmlToBody('<table><tr><td colspan="1000000000">ক</td><td>খ</td></tr><tr><td>গ</td><td>ঘ</td></tr></table>', noImages)
    expect(wide.content[0]?.type).toBe('table')
    const spans = (wide.content[0]?.content ?? []).flatMap((r) => (r.content ?? []).map((c) => c.attrs?.colspan as number))
    expect(Math.max(...spans)).toBeLessThanOrEqual(2)
  })
})
