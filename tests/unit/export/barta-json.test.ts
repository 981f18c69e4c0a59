/* eslint-disable @typescript-eslint/no-explicit-any -- the refusal tests reach into parsed JSON to damage it */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { exportBartaJson, importBartaJson, mediaIdsOf, type BartaPackage } from '../../../src/shared/export/barta-json'
import type { Article } from '../../../src/shared/article/model'
import { sanitizeBody } from '../../../src/shared/article/sanitize'
import { MAX_IMAGE_BYTES, mediaIdFor } from '../../../src/shared/export/media'
import { fullArticle, hostileArticle, mediaTable, minimalArticle, photos } from '../../fixtures/articles/samples'

const FIXTURE = join(process.cwd(), 'tests', 'fixtures', 'articles', 'tista.barta.json')

function pkg(article: Article = fullArticle(), extra: Partial<BartaPackage> = {}): BartaPackage {
  const media = Object.fromEntries(mediaIdsOf(article).flatMap((id) => (mediaTable[id] ? [[id, mediaTable[id]]] : [])))
  return { article, media, exportedAt: '2024-01-21T18:00:00+06:00', exportedBy: 'ডেস্ক সম্পাদক', ...extra }
}

function exported(p: BartaPackage = pkg()): string {
  const r = exportBartaJson(p)
  if (!r.ok) throw new Error(r.message.en)
  return r.value
}

/** Parse, change, serialize: for building damaged packages. */
function tamper(change: (json: Record<string, any>) => void, text = exported()): string {
  const json = JSON.parse(text) as Record<string, any>
  change(json)
  return JSON.stringify(json)
}

function refusal(text: string) {
  const r = importBartaJson(text)
  if (r.ok) throw new Error('expected a refusal')
  return r
}

describe('Barta JSON export', () => {
  it('writes a deterministic, indented package with every field and the media embedded', () => {
    const text = exported()
    expect(
      text.startsWith(
        '{\n  "format": "barta.article",\n  "version": 1,\n  "exportedAt": "2024-01-21T18:00:00+06:00",\n  "exportedBy": "ডেস্ক সম্পাদক",\n  "article": {\n    "id": "tista-flood-2024",'
      )
    ).toBe(true)
    expect(text.endsWith('}\n')).toBe(true)
    expect(text).toContain('"ednote": "গোপন নোট')
    const json = JSON.parse(text)
    expect(Object.keys(json.media).sort()).toEqual([photos.lead.id, photos.river.id, photos.chart.id, photos.field.id].sort())
    expect(json.media[photos.lead.id]).toEqual({
      type: 'image/jpeg',
      name: 'lead.jpg',
      dataBase64: Buffer.from(photos.lead.blob.bytes).toString('base64')
    })
  })

  it('does not depend on the key order of its input', () => {
    const article = fullArticle()
    const shuffled = Object.fromEntries(Object.entries(article).reverse()) as unknown as Article
    expect(exported(pkg(shuffled))).toBe(exported(pkg(article)))
  })

  it('round-trips: import → export gives back the same bytes, and the same values', () => {
    for (const article of [fullArticle(), minimalArticle(), hostileArticle()]) {
      const text = exported(pkg(article, { revisions: [{ ...article, revision: 1, headline: 'প্রথম খসড়া' }] }))
      const imported = importBartaJson(text)
      expect(imported.ok).toBe(true)
      if (!imported.ok) continue
      expect(imported.value.article).toEqual({ ...article, body: sanitizeBody(article.body) })
      expect(imported.value.missingMedia).toEqual([])
      expect(exported(imported.value)).toBe(text)
    }
  })

  it('re-exports the stored fixture byte for byte', () => {
    const text = readFileSync(FIXTURE, 'utf8')
    const imported = importBartaJson(text)
    expect(imported.ok).toBe(true)
    if (imported.ok) expect(exported(imported.value)).toBe(text)
  })

  it('sanitizes bodies on the way in and out', () => {
    const dirty = tamper((json) => {
      json.article.body.content.push({ type: 'script', content: [{ type: 'text', text: 'alert(1)' }] })
      json.article.body.content.push({
        type: 'paragraph',
        content: [{ type: 'text', text: 'লিংক', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }]
      })
    })
    const r = importBartaJson(dirty)
    expect(r.ok).toBe(true)
    if (!r.ok) return
    const last = r.value.article.body.content.slice(-2)
    expect(last).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'alert(1)' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'লিংক' }] }
    ])
  })

  it('lists photos the article uses but the package lacks', () => {
    const r = importBartaJson(exported(pkg(fullArticle(), { media: {} })))
    expect(r.ok && r.value.missingMedia.length).toBe(4)
  })

  it('refuses what the import would refuse', () => {
    const r = exportBartaJson(pkg({ ...fullArticle(), headline: 'ক'.repeat(1001) }))
    expect(r.ok).toBe(false)
    expect(!r.ok && r.details?.path).toBe('article.headline')
  })
})

describe('Barta JSON import refuses bad packages with a message naming the problem', () => {
  it('refuses something that is not a Barta file, or a newer one', () => {
    expect(refusal('not json').message.bn).toContain('JSON')
    expect(refusal('[]').code).toBe('bad-request')
    expect(refusal(tamper((j) => (j.format = 'other'))).details?.path).toBe('format')
    const newer = refusal(tamper((j) => (j.version = 2)))
    expect(newer.message.en).toContain('newer')
    expect(refusal(tamper((j) => (j.extra = 1))).message.en).toContain('extra')
  })

  it('names the field that fails the article schema', () => {
    const r = refusal(tamper((j) => (j.article.headline = 42)))
    expect(r.details?.path).toBe('article.headline')
    expect(r.message.bn).toContain('article.headline')
    expect(refusal(tamper((j) => (j.article.publishedAt = 'গতকাল'))).details?.path).toBe('article.publishedAt')
    expect(refusal(tamper((j) => (j.article.status = 'lost'))).details?.path).toBe('article.status')
    expect(refusal(tamper((j) => delete j.article.ednote)).details?.path).toBe('article.ednote')
  })

  it('refuses files over 50 MB before parsing them', () => {
    const huge = `{"format":"barta.article","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`
    const r = refusal(huge)
    expect(r.code).toBe('too-large')
    expect(r.message.en).toContain('50 MB')
  })

  it('drops __proto__ and constructor keys without polluting anything', () => {
    const text = exported().replace(
      '{\n  "format"',
      '{\n  "__proto__": { "polluted": true },\n  "constructor": { "prototype": { "polluted": true } },\n  "format"'
    )
    const r = importBartaJson(text)
    expect(r.ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
    const inArticle = exported().replace('"article": {', '"article": {\n    "__proto__": { "status": "published", "polluted": 1 },')
    expect(importBartaJson(inArticle).ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })

  it('refuses unsafe media ids, in the media table or in the article', () => {
    const lead = photos.lead.id
    const moved = (id: string) =>
      tamper((j) => {
        j.media[id] = j.media[lead]
        delete j.media[lead]
      })
    for (const id of [
      '../../etc/passwd.jpg',
      `${lead.slice(0, 64)}/x.jpg`,
      `${lead.slice(0, 64).toUpperCase()}.jpg`,
      `${lead.slice(0, 64)}.gif`,
      'x.jpg'
    ]) {
      expect(refusal(moved(id)).details?.path).toMatch(/^media/)
    }
    expect(refusal(tamper((j) => (j.article.leadImage.mediaId = '../secret.jpg'))).details?.path).toContain('article')
    expect(refusal(tamper((j) => (j.article.body.content[5].attrs.mediaId = 'C:\\photos\\a.jpg'))).details?.path).toContain('article')
  })

  it('checks each photo: type vs extension, magic number, hash, base64', () => {
    const lead = photos.lead.id
    expect(refusal(tamper((j) => (j.media[lead].type = 'image/png'))).message.en).toContain('extension')
    const chart = photos.chart.id
    // A PNG id and type, but JPEG bytes inside.
    expect(refusal(tamper((j) => (j.media[chart].dataBase64 = j.media[lead].dataBase64))).message.en).toContain('magic')
    // Right type, wrong bytes for the id.
    const other = Buffer.from(photos.river.blob.bytes).toString('base64')
    expect(refusal(tamper((j) => (j.media[lead].dataBase64 = other))).message.en).toContain('sha256')
    expect(refusal(tamper((j) => (j.media[lead].dataBase64 = 'abc'))).details?.path).toBe(`media.${lead}.dataBase64`)
    expect(refusal(tamper((j) => (j.media[lead].dataBase64 = '/9j/ 4AAQ'))).details?.path).toContain('dataBase64')
    expect(refusal(tamper((j) => (j.media[lead].type = 'text/html'))).details?.path).toBe(`media.${lead}.type`)
  })

  it('refuses a photo larger than the media store accepts', () => {
    const big = new Uint8Array(MAX_IMAGE_BYTES + 1)
    big.set(photos.lead.blob.bytes)
    const id = mediaIdFor('image/jpeg', big)
    const r = exportBartaJson(pkg(fullArticle(), { media: { [id]: { type: 'image/jpeg', bytes: big } } }))
    expect(!r.ok && r.message.en).toContain('MB')
  })

  it('refuses revisions of another article', () => {
    const other = exportBartaJson(pkg(fullArticle(), { revisions: [{ ...fullArticle(), id: 'another-story-1' }] }))
    expect(!other.ok && other.details?.path).toBe('revisions.0.id')
    const text = tamper((j) => (j.revisions = [{ ...j.article, id: 'another-story-1' }]))
    expect(refusal(text).details?.path).toBe('revisions.0.id')
  })
})

describe('resources/barta-article.schema.json', () => {
  const schema = JSON.parse(readFileSync(join(process.cwd(), 'resources', 'barta-article.schema.json'), 'utf8')) as object
  const ajv = new Ajv2020({ allErrors: true, strict: true })
  addFormats(ajv)
  const validate = ajv.compile(schema)

  it('accepts every export', () => {
    for (const p of [
      pkg(),
      pkg(minimalArticle()),
      pkg(hostileArticle()),
      pkg(fullArticle(), { revisions: [fullArticle()], exportedBy: undefined }),
      // A note that arrived in an earlier package carries its mark onwards.
      pkg({
        ...fullArticle(),
        notes: [
          {
            id: 'n1',
            at: '2024-01-21T10:00:00+06:00',
            by: { id: 'r1', name: 'প্রতিবেদক', role: 'reporter' },
            text: 'নোট',
            received: { from: 'জেলা প্রতিনিধি (প্রতিবেদক)', at: '2024-01-21T11:00:00.000Z' }
          }
        ]
      })
    ]) {
      const json = JSON.parse(exported(p))
      expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true)
    }
    expect(validate(JSON.parse(readFileSync(FIXTURE, 'utf8')))).toBe(true)
  })

  it('rejects what the importer rejects', () => {
    const bad = [
      (j: Record<string, any>) => (j.format = 'other'),
      (j: Record<string, any>) => (j.article.headline = 42),
      (j: Record<string, any>) => (j.media['../x.jpg'] = { type: 'image/jpeg', dataBase64: '' }),
      (j: Record<string, any>) => (j.article.body.content[0].type = 'script'),
      (j: Record<string, any>) => (j.extra = true)
    ]
    for (const change of bad) expect(validate(JSON.parse(tamper(change)))).toBe(false)
  })
})
