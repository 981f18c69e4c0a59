import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { buildNinjs, exportNinjs, importNinjs, pubstatusOf, type NinjsExportOptions } from '../../../src/shared/export/ninjs'
import { sanitizeBody } from '../../../src/shared/article/sanitize'
import type { Article } from '../../../src/shared/article/model'
import { fullArticle, hostileArticle, mediaTable, minimalArticle, photos } from '../../fixtures/articles/samples'
import { tableArticle } from '../tables/fixtures'

const fixtures = join(process.cwd(), 'tests', 'fixtures', 'ninjs')
const readJson = (name: string) => JSON.parse(readFileSync(join(fixtures, name), 'utf8')) as Record<string, unknown>

function validator(schemaFile: string) {
  const ajv = new Ajv2020({ allErrors: true, strict: false })
  addFormats(ajv)
  const geojson = readJson('GeoJSON.json')
  delete geojson.$schema // draft-07 meta-schema is not loaded into the 2020 instance; the keywords it uses are the same
  ajv.addSchema(geojson, 'https://geojson.org/schema/GeoJSON.json')
  return ajv.compile(readJson(schemaFile))
}
const validate22 = validator('ninjs-schema_2.2.json')

const options: NinjsExportOptions = { media: (id) => mediaTable[id] }

function exportText(article: Article, opts: NinjsExportOptions = options): string {
  const r = exportNinjs(article, opts)
  if (!r.ok) throw new Error(r.message.en)
  return r.value
}

function imported(text: string, opts = {}) {
  const r = importNinjs(text, opts)
  if (!r.ok) throw new Error(r.message.en)
  return r.value
}

describe('ninjs 2.2 export', () => {
  it('passes the IPTC ninjs 2.2 schema for full, minimal, hostile, table, killed and photo-less stories', () => {
    const cases: Array<[Article, NinjsExportOptions]> = [
      [fullArticle(), options],
      [minimalArticle(), options],
      [hostileArticle(), options],
      [tableArticle(), options],
      [{ ...fullArticle(), status: 'killed' }, options],
      [fullArticle(), { media: () => undefined }],
      [{ ...fullArticle(), publishedAt: '2024-01-21T14:27+06:00' }, options]
    ]
    for (const [article, opts] of cases) {
      const item = JSON.parse(exportText(article, opts))
      expect(validate22(item), JSON.stringify(validate22.errors?.slice(0, 3))).toBe(true)
    }
  })

  it('maps the article onto ninjs names', () => {
    const item = buildNinjs(fullArticle(), options)
    expect(item).toMatchObject({
      uri: 'urn:barta:article:tista-flood-2024',
      type: 'text',
      version: '7',
      firstcreated: '2024-01-21T14:27:00+06:00',
      versioncreated: '2024-01-21T17:35:00+06:00',
      pubstatus: 'usable',
      language: 'bn',
      headlines: [
        { role: 'main', value: fullArticle().headline },
        { role: 'sub', value: fullArticle().subheadline }
      ],
      by: 'কালবেলা ডেস্ক',
      located: 'লালমনিরহাট',
      descriptions: [{ role: 'summary', value: fullArticle().summary }],
      ednote: fullArticle().ednote,
      subjects: [
        { name: 'সারাদেশ', uri: 'urn:barta:section:%E0%A6%B8%E0%A6%BE%E0%A6%B0%E0%A6%BE%E0%A6%A6%E0%A7%87%E0%A6%B6' },
        { name: 'বন্যা', uri: expect.stringMatching(/^urn:barta:tag:/) },
        { name: 'তিস্তা' },
        { name: 'লালমনিরহাট' }
      ]
    })
    const body = item.bodies?.[0]
    expect(body?.contenttype).toBe('text/html')
    expect(body?.wordcount).toBeGreaterThan(100)
    expect(body?.charcount).toBeGreaterThan(body?.wordcount ?? 0)
    expect(body?.value).toContain('<h2>কোন এলাকায় কত ক্ষতি</h2>')
    expect(body?.value).toContain('<figure class="photo"><img src="data:image/png;base64,')
    const picture = item.associations?.[0]
    expect(picture).toMatchObject({
      name: 'featureimage',
      type: 'picture',
      by: 'সংগৃহীত',
      descriptions: [
        { role: 'caption', value: fullArticle().leadImage?.caption },
        { role: 'alt', value: fullArticle().leadImage?.alt }
      ],
      renditions: [{ name: 'original', contenttype: 'image/jpeg', width: 960, height: 540, sizeinbytes: photos.lead.blob.bytes.length }]
    })
    expect(picture?.renditions?.[0]?.href?.startsWith('data:image/jpeg;base64,/9j/')).toBe(true)
  })

  it('sets pubstatus from the workflow status', () => {
    expect(pubstatusOf('published')).toBe('usable')
    expect(pubstatusOf('approved')).toBe('usable')
    expect(pubstatusOf('killed')).toBe('canceled')
    for (const status of ['draft', 'submitted', 'editing', 'returned'] as const) expect(pubstatusOf(status)).toBe('withheld')
  })

  it('falls back to createdAt and modifiedAt when the story has no reader-facing dates', () => {
    const item = buildNinjs(minimalArticle(), options)
    expect(item.firstcreated).toBe(minimalArticle().createdAt)
    expect(item.versioncreated).toBe(minimalArticle().modifiedAt)
    expect(item.pubstatus).toBe('withheld')
  })

  it('writes hostile strings only as escaped HTML or JSON strings', () => {
    const item = buildNinjs(hostileArticle(), options)
    const html = item.bodies?.[0]?.value ?? ''
    expect(html).not.toContain('<script')
    expect(html).not.toContain('javascript:')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })
})

describe('ninjs round trip', () => {
  it('export → import gives back the same fields and photos', () => {
    const article = fullArticle()
    const back = imported(exportText(article))
    expect(back.warnings).toEqual([])
    expect(back.content).toEqual({
      headline: article.headline,
      subheadline: article.subheadline,
      byline: article.byline,
      dateline: article.dateline,
      section: article.section,
      tags: article.tags,
      summary: article.summary,
      publishedAt: article.publishedAt,
      contentUpdatedAt: article.contentUpdatedAt,
      slug: article.slug,
      ednote: article.ednote,
      leadImage: article.leadImage,
      body: sanitizeBody(article.body)
    })
    expect(Object.keys(back.media).sort()).toEqual(Object.keys(mediaTable).sort())
    for (const [id, blob] of Object.entries(back.media)) {
      expect(blob.type).toBe(mediaTable[id]?.type)
      expect(Buffer.from(blob.bytes).equals(Buffer.from(mediaTable[id]?.bytes ?? []))).toBe(true)
    }
    expect(back.uri).toBe('urn:barta:article:tista-flood-2024')
    expect(back.version).toBe('7')
  })

  it('round-trips a hostile story to the same sanitized body', () => {
    const article = hostileArticle()
    const back = imported(exportText(article))
    expect(back.content.headline).toBe(article.headline)
    expect(back.content.byline).toBe(article.byline)
    expect(back.content.body).toEqual(sanitizeBody(article.body))
  })

  it('keeps caption and credit of a photo that did not travel, with mediaId "" and a warning', () => {
    const back = imported(exportText(fullArticle(), { media: () => undefined }))
    expect(back.content.leadImage).toEqual({ ...fullArticle().leadImage, mediaId: '' })
    expect(back.warnings.map((w) => w.code)).toContain('photo-not-fetched')
    expect(back.warnings[0]?.message.bn).toContain('ক্যাপশন')
    expect(back.media).toEqual({})
  })
})

describe('ninjs import of agency items', () => {
  it('reads a ninjs 2.1 agency item: HTML body into the body vocabulary, remote photo kept as caption + credit', () => {
    const text = readFileSync(join(fixtures, 'agency-2.1.json'), 'utf8')
    expect(validator('ninjs-schema_2.1.json')(JSON.parse(text))).toBe(true)
    const r = imported(text)
    expect(r.content).toMatchObject({
      headline: 'কুয়াশা কাটায় ছয় ঘণ্টা পর ফেরি চলাচল শুরু',
      subheadline: 'ঘাটে আটকে ছিল প্রায় ৪০০ যানবাহন',
      byline: 'নিজস্ব প্রতিবেদক',
      dateline: 'মানিকগঞ্জ',
      tags: ['যোগাযোগ', 'আবহাওয়া'],
      publishedAt: '2024-03-15T08:10:00Z',
      contentUpdatedAt: '2024-03-15T09:45:30Z',
      slug: 'ferry-service-resumes',
      leadImage: { mediaId: '', caption: 'দৌলতদিয়া ঘাটে অপেক্ষমাণ ট্রাক', credit: 'সংস্থার আলোকচিত্রী', alt: '' }
    })
    const body = r.content.body
    expect(body?.content.map((node) => node.type)).toEqual(['paragraph', 'paragraph', 'blockquote', 'image', 'bullet_list', 'paragraph'])
    expect(body?.content[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'ঘন কুয়াশার কারণে বন্ধ থাকার ' },
        { type: 'text', text: 'ছয় ঘণ্টা', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' পর পাটুরিয়া-দৌলতদিয়া নৌপথে ফেরি চলাচল আবার শুরু হয়েছে।' }
      ]
    })
    expect(body?.content[3]).toEqual({
      type: 'image',
      attrs: { mediaId: '', caption: 'দৌলতদিয়া ঘাটে অপেক্ষমাণ ট্রাক', credit: 'সংস্থার আলোকচিত্রী', alt: 'ঘাটে অপেক্ষমাণ ট্রাকের সারি' }
    })
    const json = JSON.stringify(body)
    for (const bad of ['alert', 'javascript', 'onclick', 'iframe', 'color:red', '_blank']) expect(json).not.toContain(bad)
    expect(json).toContain('"href":"https://example.com/biwtc"')
    expect(r.warnings.filter((w) => w.code === 'photo-not-fetched')).toHaveLength(2)
  })

  // Two more agency shapes, written for Barta in Bengali after the IPTC's published samples: a brief with no body at all
  // (headline, description and subjects only), and an item with four bodies (plain text, HTML5, agency XML, rich HTML5),
  // a section wrapper, a repeated <h1>, pull quotes and a picture association whose renditions are remote.
  it('reads agency items without a body and with several bodies', () => {
    for (const name of ['agency-brief-2.1.json', 'agency-many-bodies-2.1.json'])
      expect(validator('ninjs-schema_2.1.json')(readJson(name)), name).toBe(true)
    const brief = imported(readFileSync(join(fixtures, 'agency-brief-2.1.json'), 'utf8'))
    expect(brief.content.headline).toBe('গাজীপুরে তথ্যকেন্দ্রের জন্য বিশাল জমি কেনা হলো')
    expect(brief.content.byline).toBe('উদাহরণ সংবাদ সংস্থা')
    expect(brief.content.tags).toHaveLength(4)
    expect(brief.version).toBe('6')
    const many = imported(readFileSync(join(fixtures, 'agency-many-bodies-2.1.json'), 'utf8'))
    expect(many.content.headline).toBe('পদ্মায় নৌমহড়া হবে আগামী বছর')
    expect(many.content.leadImage?.credit).toBe('করিম উদ্দিন/সংস্থা')
    expect(many.content.leadImage?.mediaId).toBe('')
    expect(many.content.body?.content.filter((node) => node.type === 'blockquote')).toHaveLength(2)
    // The <h1> repeating the headline is left out of the body, and the XML body is not read as text.
    expect(JSON.stringify(many.content.body)).not.toContain('"heading"')
    expect(JSON.stringify(many.content.body)).not.toContain('DEST')
  })

  it('reads photos from data: renditions and from sidecar files, never from unsafe names', () => {
    const jpeg = Buffer.from(photos.river.blob.bytes)
    const asked: string[] = []
    const item = (href: string) =>
      JSON.stringify({
        uri: 'urn:x:1',
        type: 'text',
        headlines: [{ role: 'main', value: 'ছবিসহ খবর' }],
        bodies: [
          {
            role: 'main',
            contenttype: 'text/html',
            value: `<p>লেখা</p><figure><img src="${href}" alt="ছবি"><figcaption>ক্যাপশন</figcaption></figure>`
          }
        ],
        associations: [{ name: 'featureimage', type: 'picture', uri: 'urn:x:p', by: 'আলোকচিত্রী', renditions: [{ name: 'original', href }] }]
      })
    const readSidecar = (name: string) => {
      asked.push(name)
      return name === 'a001.jpg' ? new Uint8Array(jpeg) : undefined
    }
    const fromFile = imported(item('a001.jpg'), { readSidecar })
    expect(fromFile.content.leadImage?.mediaId).toBe(photos.river.id)
    expect(fromFile.content.body?.content[1]?.attrs?.mediaId).toBe(photos.river.id)
    expect(Object.keys(fromFile.media)).toEqual([photos.river.id])
    expect(fromFile.warnings).toEqual([])

    const fromData = imported(item(`data:image/jpeg;base64,${jpeg.toString('base64')}`))
    expect(fromData.content.leadImage?.mediaId).toBe(photos.river.id)

    for (const unsafe of ['../a001.jpg', '/etc/passwd', '.hidden.jpg', 'dir/a001.jpg', 'C:\\a001.jpg']) {
      asked.length = 0
      const r = imported(item(unsafe), { readSidecar })
      expect(asked).toEqual([])
      expect(r.content.leadImage?.mediaId).toBe('')
    }

    const lying = imported(item(`data:image/png;base64,${jpeg.toString('base64')}`))
    expect(lying.content.leadImage?.mediaId).toBe('')
    expect(lying.warnings.map((w) => w.code)).toContain('photo-unreadable')
  })

  it('reads the ninjs 1.x spellings too', () => {
    const r = imported(
      JSON.stringify({
        uri: 'urn:x:old',
        type: 'text',
        headline: 'পুরোনো ধরনের খবর',
        byline: 'প্রতিনিধি',
        description_text: 'সারসংক্ষেপ',
        body_html: '<p>প্রথম</p><p>দ্বিতীয়</p>',
        associations: {
          featureimage: { type: 'picture', description_text: 'ক্যাপশন', renditions: { original: { href: 'https://x.example/a.jpg' } } }
        }
      })
    )
    expect(r.content).toMatchObject({ headline: 'পুরোনো ধরনের খবর', byline: 'প্রতিনিধি', summary: 'সারসংক্ষেপ' })
    expect(r.content.body?.content).toHaveLength(2)
    expect(r.content.leadImage).toEqual({ mediaId: '', caption: 'ক্যাপশন', credit: '', alt: '' })
  })

  it('refuses what is not a ninjs text item, naming the problem', () => {
    const refuse = (text: string) => {
      const r = importNinjs(text)
      if (r.ok) throw new Error('expected refusal')
      return r
    }
    expect(refuse('{').message.en).toContain('JSON')
    expect(refuse('{"type":"text"}').details?.path).toBe('uri')
    expect(refuse('{"uri":"u","type":"picture"}').message.bn).toContain('picture')
    expect(refuse('{"uri":"u","headlines":"x"}').details?.path).toBe('headlines')
    expect(refuse(JSON.stringify({ uri: 'u', headlines: [{ role: 'main', value: 'ক'.repeat(1001) }] })).details?.path).toBe(
      'article.headline'
    )
    const proto = importNinjs('{"uri":"u","__proto__":{"polluted":1},"headlines":[{"value":"ক","__proto__":{"x":1}}]}')
    expect(proto.ok).toBe(true)
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  })
})
