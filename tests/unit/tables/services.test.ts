import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createServices } from '../../../src/core'
import type { BodyDoc } from '../../../src/shared/article/body'
import { MAX_TABLE_COLUMNS } from '../../../src/shared/article/body-schema'
import { withTempDir } from '../helpers/tmp'
import { budgetTable, cell, row, table, turnoutTable } from './fixtures'

/** Tables through the contract: stored, exported in every format, imported back on another desk. */

const FIXED = () => new Date('2024-06-06T09:00:00.000Z')
const decode = (base64: string) => Buffer.from(base64, 'base64')

const BODY: BodyDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'বিভাগভিত্তিক ভোটার উপস্থিতি নিচে।' }] },
    turnoutTable(),
    { type: 'paragraph', content: [{ type: 'text', text: 'খাতভিত্তিক বরাদ্দ।' }] },
    budgetTable()
  ]
}

async function story(dir: string, body: BodyDoc = BODY) {
  const services = await createServices({ dataDir: dir, transport: 'http', version: 'test', now: FIXED })
  const created = await services.handlers['article.create']({
    content: { headline: 'ভোট ও বাজেটের সারণি', byline: 'নিজস্ব প্রতিবেদক', slug: 'vote-budget-tables', body }
  })
  if (!created.ok) throw new Error(created.message.en)
  return { services, id: created.value.id }
}

describe('tables through the contract', () => {
  it('are stored as sent, and come back in every HTML export', async () => {
    await withTempDir(async (dir) => {
      const { services, id } = await story(dir)
      const stored = await services.handlers['article.get']({ id })
      expect(stored.ok && stored.value.body).toEqual(BODY)

      const single = await services.handlers['export.article']({ id, format: 'html' })
      if (!single.ok) throw new Error(single.message.en)
      const page = decode(single.value.files[0]!.dataBase64).toString('utf8')
      expect(page).toContain('<figure class="table" tabindex="0" aria-label="সারণি ১">')
      expect(page).toContain('<th rowspan="2" scope="col">খাত</th><th colspan="2" scope="col">বরাদ্দ (কোটি টাকা)</th>')

      const folder = await services.handlers['export.article']({ id, format: 'html-folder' })
      if (!folder.ok) throw new Error(folder.message.en)
      const index = decode(folder.value.files.find((file) => file.path === 'index.html')!.dataBase64).toString('utf8')
      expect(index).toContain('<tr><th scope="row">চট্টগ্রাম</th><td>১৬</td><td>৩৮.৭</td></tr>')
    })
  })

  it('travel as Barta JSON and ninjs to another desk and arrive unchanged', async () => {
    await withTempDir(async (dir) => {
      const { services, id } = await story(join(dir, 'reporter'))
      const desk = await createServices({ dataDir: join(dir, 'desk'), transport: 'http', version: 'test', now: FIXED })
      const json = await services.handlers['export.article']({ id, format: 'json' })
      if (!json.ok) throw new Error(json.message.en)
      const text = decode(json.value.files[0]!.dataBase64).toString('utf8')
      const imported = await desk.handlers['article.import']({ text })
      expect(imported.ok).toBe(true)
      const again = await desk.handlers['export.article']({ id, format: 'json' })
      expect(again.ok && decode(again.value.files[0]!.dataBase64).toString('utf8')).toBe(text)

      const ninjs = await services.handlers['export.article']({ id, format: 'ninjs' })
      if (!ninjs.ok) throw new Error(ninjs.message.en)
      const fromNinjs = await desk.handlers['article.import']({ text: decode(ninjs.value.files[0]!.dataBase64).toString('utf8') })
      if (!fromNinjs.ok || fromNinjs.value.kind !== 'imported') throw new Error('ninjs import')
      const arrived = await desk.handlers['article.get']({ id: fromNinjs.value.id })
      expect(arrived.ok && arrived.value.body).toEqual(BODY)
    })
  })

  it('render into a PDF (the page with its print styles, through Chromium)', async () => {
    await withTempDir(async (dir) => {
      const { createChromiumPdfRenderer } = await import('../../../src/core/pdf-chromium')
      const pdf = createChromiumPdfRenderer()
      try {
        const services = await createServices({ dataDir: dir, transport: 'http', version: 'test', pdf: pdf.render })
        const created = await services.handlers['article.create']({ content: { headline: 'সারণির পিডিএফ', body: BODY } })
        if (!created.ok) throw new Error('create')
        const result = await services.handlers['export.article']({ id: created.value.id, format: 'pdf' })
        if (!result.ok) throw new Error(result.message.en)
        const bytes = decode(result.value.files[0]!.dataBase64)
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
        expect(bytes.toString('latin1')).toMatch(/NotoSansBengali/)
      } finally {
        await pdf.close()
      }
    })
  }, 60_000)

  it('a hostile table sent through the API is stored bounded: 10,000 cells as text, colspan 1e9 clamped', async () => {
    await withTempDir(async (dir) => {
      const huge = table(...Array.from({ length: 100 }, (_, y) => row(...Array.from({ length: 100 }, (_, x) => cell(`${y}.${x}`)))))
      const wide = table(row(cell('ক', { colspan: 1e9 }), cell('খ')), row(cell('গ'), cell('ঘ')))
      const { services, id } = await story(dir, { type: 'doc', content: [huge, wide] })
      const stored = await services.handlers['article.get']({ id })
      if (!stored.ok) throw new Error('get')
      const kinds = stored.value.body.content.map((node) => node.type)
      expect(kinds.filter((kind) => kind === 'paragraph')).toHaveLength(100)
      const kept = stored.value.body.content.at(-1)
      expect(kept?.type).toBe('table')
      const spans = (kept?.content ?? []).flatMap((r) => (r.content ?? []).map((c) => c.attrs?.colspan as number))
      expect(Math.max(...spans)).toBeLessThanOrEqual(Math.min(2, MAX_TABLE_COLUMNS))
    })
  })
})
