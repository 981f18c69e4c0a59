import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  corpusJson,
  expectAlive,
  expectCleanBody,
  expectImportCleaned,
  expectNoPollution,
  expectRefused,
  openHarness,
  storedArticle,
  type Harness
} from './harness'

/**
 * Class: `javascript:`, `vbscript:`, `data:text/html` and other unsafe link targets (tests/hostile/links/) — as link
 * marks in a package, as <a href> in ninjs HTML (also hidden behind entities, tabs and NUL), in a body sent to
 * article.save, and in the site settings. Only http, https and mailto links survive; unsafe settings are refused.
 */
let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(async () => {
  await h.close()
})

interface Node {
  marks?: Array<{ type: string; attrs?: { href?: string } }>
  content?: Node[]
}
const hrefsOf = (node: Node, out: string[] = []): string[] => {
  for (const mark of node.marks ?? []) if (mark.type === 'link') out.push(mark.attrs?.href ?? '')
  for (const child of node.content ?? []) hrefsOf(child, out)
  return out
}

describe('dangerous links', () => {
  it('lose their link on import; the safe ones stay', async () => {
    const { good } = await corpusJson<{ bad: string[]; good: string[] }>('links/hrefs.json')
    for (const rel of ['links/links.barta.json', 'links/links.ninjs.json']) {
      const story = await expectImportCleaned(h, rel)
      expect(hrefsOf(story.stored.body as Node).sort(), rel).toEqual([...good].sort())
    }
  })

  it('lose their link when saved through the contract', async () => {
    const { bad, good } = await corpusJson<{ bad: string[]; good: string[] }>('links/hrefs.json')
    const created = await h.call<{ id: string }>('article.create', { content: { headline: 'লিংক সংরক্ষণ' } })
    if (!created.ok) throw new Error(created.message.en)
    const body = {
      type: 'doc',
      content: [...bad, ...good].map((href, i) => ({
        type: 'paragraph',
        content: [{ type: 'text', text: `লিংক ${i + 1}`, marks: [{ type: 'link', attrs: { href } }] }]
      }))
    }
    expect(await h.call('article.save', { id: created.value.id, baseRevision: 1, patch: { body } })).toMatchObject({ ok: true })
    const stored = await storedArticle(h.dataDir, created.value.id)
    expectCleanBody(stored.body, 'saved links')
    expect(hrefsOf(stored.body as Node).sort()).toEqual([...good].sort())
    await expectAlive(h)
  })

  it('in the site settings are refused, and nothing is stored', async () => {
    const before = await h.call('settings.get', {})
    for (const patch of await corpusJson<unknown[]>('links/settings.json')) {
      const result = await h.call('settings.update', { patch })
      if (result.ok) {
        // A logo is only a media id looked up in media/; a name is text. Neither may be a usable path or script.
        const site = (result.value as { site: { logo?: string; siteUrl: string } }).site
        expect(site.siteUrl === '' || /^https?:\/\//.test(site.siteUrl)).toBe(true)
        const logo = await h.call('media.get', { mediaId: site.logo ?? '' })
        expectRefused(logo, 'logo as media id')
      } else expectRefused(result, JSON.stringify(patch), ['bad-request'])
    }
    const after = await h.call<{ site: { siteUrl: string; colours: unknown } }>('settings.get', {})
    if (!after.ok || !before.ok) throw new Error('settings unreadable')
    expect(after.value.site.siteUrl).toBe((before.value as { site: { siteUrl: string } }).site.siteUrl)
    expect(after.value.site.colours).toEqual((before.value as { site: { colours: unknown } }).site.colours)
    expectNoPollution()
    await expectAlive(h)
  })
})
