import { describe, expect, it } from 'vitest'
import { execFile } from 'node:child_process'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { createServices, type Services } from '../../../src/core'
import { bodyFromPlainText } from '../../../src/shared/article/body'
import { withTempDir } from '../helpers/tmp'

const run = promisify(execFile)
const FIXED = () => new Date('2024-01-21T08:27:00.000Z')

async function seeded(dir: string): Promise<{ services: Services; id: string; mediaId: string }> {
  const services = await createServices({ dataDir: dir, transport: 'http', version: 'test', now: FIXED })
  const { handlers } = services
  const photo = await readFile('tests/fixtures/images/village.jpg')
  const put = await handlers['media.put']({ name: 'village.jpg', dataBase64: photo.toString('base64') })
  if (!put.ok) throw new Error(put.message.en)
  await handlers['article.create']({ content: { headline: 'অন্য একটি খবর', body: bodyFromPlainText('অন্য খবরের লেখা।') } })
  const created = await handlers['article.create']({
    content: {
      headline: 'তিস্তার চরে শীতের সবজি',
      subheadline: 'কৃষকের মুখে হাসি',
      byline: 'নিজস্ব প্রতিবেদক',
      dateline: 'রংপুর',
      section: 'সারাদেশ',
      tags: ['কৃষি', 'রংপুর'],
      summary: 'চরের বালুতে এবার ফলেছে টমেটো আর লাউ।',
      publishedAt: '2024-01-21T14:27:00+06:00',
      slug: 'tista-char-sobji',
      ednote: 'ডেস্কের গোপন নোট — প্রকাশ হবে না',
      leadImage: { mediaId: put.value.mediaId, caption: 'চরে সবজি তুলছেন কৃষকেরা', credit: 'সংগৃহীত', alt: 'সবজি খেতে কৃষক' },
      body: bodyFromPlainText('এ বছর তিস্তার চরে ২০২৪ সালের রেকর্ড ফলন হয়েছে।\nকৃষি বিভাগ জানিয়েছে, দাম ভালো পাওয়া যাচ্ছে।')
    }
  })
  if (!created.ok) throw new Error(created.message.en)
  return { services, id: created.value.id, mediaId: put.value.mediaId }
}

const decode = (base64: string) => Buffer.from(base64, 'base64')

describe('exports through the contract', () => {
  it('writes one standalone HTML file with fonts and photo embedded that passes the W3C Nu checker', async () => {
    await withTempDir(async (dir) => {
      const { services, id } = await seeded(dir)
      const result = await services.handlers['export.article']({ id, format: 'html' })
      if (!result.ok) throw new Error(result.message.en)
      expect(result.value.name).toBe('tista-char-sobji.html')
      const html = decode(result.value.files[0]!.dataBase64).toString('utf8')
      expect(html).toMatch(/^<!DOCTYPE html>\s*<html lang="bn"/i)
      expect(html).toContain('src:url(data:font/woff2;base64,')
      expect(html).toContain('src="data:image/jpeg;base64,')
      expect(html).toContain('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')
      expect(html).toMatch(/ছবি : সংগৃহীত/)
      // The other story is a draft: it never reaches another story's page (tests/unit/export/rail.test.ts).
      expect(html).not.toContain('অন্য একটি খবর')
      expect(html).not.toContain('ডেস্কের গোপন নোট')
      const file = join(dir, 'page.html')
      await writeFile(file, html)
      await run('java', ['-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', file])
    })
  })

  it('writes a folder: index.html beside its photo and fonts, linked relatively', async () => {
    await withTempDir(async (dir) => {
      const { services, id, mediaId } = await seeded(dir)
      const result = await services.handlers['export.article']({ id, format: 'html-folder' })
      if (!result.ok) throw new Error(result.message.en)
      const paths = result.value.files.map((file) => file.path)
      expect(paths).toContain('index.html')
      expect(paths).toContain(`assets/images/${mediaId}`)
      expect(paths.filter((path) => path.startsWith('assets/fonts/') && path.endsWith('.woff2'))).toHaveLength(8)
      const html = decode(result.value.files.find((file) => file.path === 'index.html')!.dataBase64).toString('utf8')
      expect(html).toContain(`src="assets/images/${mediaId}"`)
      expect(html).toContain('url(assets/fonts/noto-serif-bengali-bengali-400-normal.woff2)')
      expect(html).not.toContain('data:image')
    })
  })

  it('exports IPTC ninjs 2.2 that the official schema accepts', async () => {
    await withTempDir(async (dir) => {
      const { services, id } = await seeded(dir)
      const result = await services.handlers['export.article']({ id, format: 'ninjs' })
      if (!result.ok) throw new Error(result.message.en)
      const item = JSON.parse(decode(result.value.files[0]!.dataBase64).toString('utf8'))
      const ajv = new Ajv2020({ strict: false, allErrors: true })
      addFormats(ajv)
      const geojson = JSON.parse(await readFile('tests/fixtures/ninjs/GeoJSON.json', 'utf8'))
      delete geojson.$schema
      ajv.addSchema(geojson, 'https://geojson.org/schema/GeoJSON.json')
      const validate = ajv.compile(JSON.parse(await readFile('tests/fixtures/ninjs/ninjs-schema_2.2.json', 'utf8')))
      expect(validate(item), JSON.stringify(validate.errors)).toBe(true)
      expect(item).toMatchObject({ language: 'bn', by: 'নিজস্ব প্রতিবেদক', located: 'রংপুর', firstcreated: '2024-01-21T14:27:00+06:00' })
      expect(item.associations[0]).toMatchObject({ name: 'featureimage', by: 'সংগৃহীত' })
    })
  })

  it('moves a story between machines as Barta JSON, photo included, and exports the same bytes again', async () => {
    await withTempDir(async (dir) => {
      const { services, id, mediaId } = await seeded(join(dir, 'reporter'))
      const exported = await services.handlers['export.article']({ id, format: 'json' })
      if (!exported.ok) throw new Error(exported.message.en)
      const text = decode(exported.value.files[0]!.dataBase64).toString('utf8')

      const desk = await createServices({ dataDir: join(dir, 'desk'), transport: 'http', version: 'test', now: FIXED })
      const imported = await desk.handlers['article.import']({ text })
      expect(imported).toMatchObject({ ok: true, value: { id, format: 'barta', renamed: false, headline: 'তিস্তার চরে শীতের সবজি' } })
      expect(await readdir(join(dir, 'desk', 'media'))).toEqual([mediaId])
      const again = await desk.handlers['export.article']({ id, format: 'json' })
      expect(again.ok && decode(again.value.files[0]!.dataBase64).toString('utf8')).toBe(text)

      // The same package again changes nothing: the story is already here with the same text.
      const twice = await desk.handlers['article.import']({ text })
      expect(twice).toMatchObject({ ok: true, value: { kind: 'imported', id, renamed: false } })
      expect((await desk.handlers['library.list']({})).ok && (await desk.handlers['library.list']({}))).toMatchObject({
        value: { total: 1 }
      })
      await desk.close()
      await services.close()
    })
  })

  it('renders a PDF of the published page with Chromium', async () => {
    await withTempDir(async (dir) => {
      const { createChromiumPdfRenderer } = await import('../../../src/core/pdf-chromium')
      const pdf = createChromiumPdfRenderer()
      try {
        const services = await createServices({ dataDir: dir, transport: 'http', version: 'test', pdf: pdf.render })
        const created = await services.handlers['article.create']({
          content: { headline: 'পিডিএফ পরীক্ষা', body: bodyFromPlainText('ছাপার পাতায় বাংলা লেখা।') }
        })
        if (!created.ok) throw new Error('create')
        const result = await services.handlers['export.article']({ id: created.value.id, format: 'pdf' })
        if (!result.ok) throw new Error(result.message.en)
        const bytes = decode(result.value.files[0]!.dataBase64)
        expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-')
        expect(bytes.toString('latin1')).toMatch(/NotoSerifBengali/)
      } finally {
        await pdf.close()
      }
    })
  }, 60_000)
})

describe('imports refuse bad files and write nothing', () => {
  const bad: Array<[string, string]> = [
    ['not JSON', '{"format": "barta.article", '],
    ['another format', JSON.stringify({ format: 'wordpress.post', title: 'x' })],
    ['a newer version', JSON.stringify({ format: 'barta.article', version: 9, article: {} })],
    ['prototype keys', '{"format":"barta.article","version":1,"__proto__":{"polluted":true},"article":{}}'],
    ['a script in a field', JSON.stringify({ format: 'barta.article', version: 1, article: { headline: 1 }, media: {} })],
    [
      'a path in a media name',
      JSON.stringify({
        format: 'barta.article',
        version: 1,
        article: {},
        media: { '../../library.json': { type: 'image/png', dataBase64: '' } }
      })
    ]
  ]
  for (const [what, text] of bad) {
    it(`refuses ${what}`, async () => {
      await withTempDir(async (dir) => {
        const { handlers } = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
        const result = await handlers['article.import']({ text })
        expect(result.ok).toBe(false)
        if (!result.ok) expect(result.message.bn).toMatch(/[\u0980-\u09FF]/)
        expect(await readdir(join(dir, 'articles'))).toEqual([])
        expect(await readdir(join(dir, 'media'))).toEqual([])
        expect(({} as Record<string, unknown>).polluted).toBeUndefined()
      })
    })
  }
})
