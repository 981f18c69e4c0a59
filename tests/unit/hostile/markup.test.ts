import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  corpusJson,
  corpusText,
  expectAlive,
  expectCleanBody,
  expectImportCleaned,
  expectNoPollution,
  expectSafePage,
  openHarness,
  storedArticle,
  type Harness
} from './harness'

/**
 * Class: HTML with script, iframe, object, embed, style and on* attributes (tests/hostile/markup/) — in Barta packages
 * (as body nodes and as text in every field), in ninjs 2.x bodies and 1.x body_html (mutation-XSS shapes), and in a
 * body sent to article.save. What comes back is the body vocabulary only; text that looks like markup stays text and
 * every exported page escapes it.
 */
let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(async () => {
  await h.close()
})

const bodyText = (body: unknown) => JSON.stringify(body)

describe('markup in stories', () => {
  it('is reduced to the body vocabulary on import, keeping the words', async () => {
    for (const rel of ['markup/script-nodes.barta.json', 'markup/html-body.ninjs.json', 'markup/body-html-1x.ninjs.json']) {
      const story = await expectImportCleaned(h, rel)
      // The reporter's words survive; only the machinery is gone. (In the 1.x sample, what <xmp> holds is text by
      // HTML's own rules — a browser shows it as text too — so there the structure check above is the one that counts.)
      expect(bodyText(story.stored.body), rel).toContain('সিরাজগঞ্জের কাজীপুর উপজেলায়')
      if (!rel.includes('-1x')) expect(bodyText(story.stored.body), rel).not.toMatch(/__pwned|alert\(|x\(\)/)
    }
  })

  it('typed into headline, byline and other fields stays text, and every export escapes it', async () => {
    for (const rel of ['markup/headline-markup.barta.json', 'markup/headline-markup.ninjs.json']) {
      const story = await expectImportCleaned(h, rel)
      for (const format of ['html', 'html-folder', 'ninjs', 'json'] as const) {
        const exported = await h.call<{ files: Array<{ path: string; dataBase64: string }> }>('export.article', { id: story.id, format })
        expect(exported.ok, `${rel} ${format}`).toBe(true)
        if (!exported.ok) continue
        for (const file of exported.value.files.filter((f) => f.path.endsWith('.html'))) {
          expectSafePage(Buffer.from(file.dataBase64, 'base64').toString('utf8'), `${rel} → ${format}/${file.path}`)
        }
        for (const file of exported.value.files.filter((f) => f.path.endsWith('.json'))) {
          // JSON exports carry the text as JSON strings; they must still parse.
          expect(() => JSON.parse(Buffer.from(file.dataBase64, 'base64').toString('utf8')), `${rel} ${format}`).not.toThrow()
        }
      }
    }
  })

  it('sent to article.save comes back sanitized, over HTTP and as stored on disk', async () => {
    const body = await corpusJson<unknown>('markup/save-body.json')
    const created = await h.call<{ id: string }>('article.create', { content: { headline: 'স্ক্রিপ্টসহ সংরক্ষণ', body } })
    if (!created.ok) throw new Error(created.message.en)
    const id = created.value.id
    expectCleanBody((await storedArticle(h.dataDir, id)).body, 'article.create')
    const saved = await h.call<{ revision: number }>('article.save', { id, baseRevision: 1, patch: { body } })
    expect(saved).toMatchObject({ ok: true, value: { revision: 2 } })
    const got = await h.call<{ body: unknown }>('article.get', { id })
    if (!got.ok) throw new Error(got.message.en)
    expectCleanBody(got.value.body, 'article.get')
    expectCleanBody((await storedArticle(h.dataDir, id)).body, 'on disk')
    expect(bodyText(got.value.body)).toContain('সিরাজগঞ্জের কাজীপুর উপজেলায়')
    // The paste samples are for the browser test; as a ninjs body they must come in clean as well.
    for (const rel of ['markup/paste-word.html', 'markup/paste-mxss.html']) {
      const html = await corpusText(rel)
      const imported = await h.call<{ id: string }>('article.import', {
        text: JSON.stringify({ uri: `urn:newsml:barta.test:2024:${rel}`, type: 'text', headline: 'পেস্টের নমুনা', body_html: html })
      })
      if (!imported.ok) throw new Error(imported.message.en)
      expectCleanBody((await storedArticle(h.dataDir, imported.value.id)).body, rel)
    }
    expectNoPollution()
    await expectAlive(h)
  })
})
