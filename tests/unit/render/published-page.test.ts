import { describe, expect, it } from 'vitest'
import { parse } from 'parse5'
import { renderArticlePage, type RenderContext } from '../../../src/shared/render'
import { defaultSiteSettings, resolveSettings } from '../../../src/shared/render/settings'
import type { Article, Publication } from '../../../src/shared/article/model'
import { dataUriResolver, fullArticle, latestTen } from '../../fixtures/articles/samples'

function context(overrides: Partial<RenderContext> = {}): RenderContext {
  return { settings: defaultSiteSettings(), latest: latestTen, resolveMedia: dataUriResolver(), fontCss: '', ...overrides }
}

interface Node {
  nodeName: string
  tagName?: string
  attrs?: Array<{ name: string; value: string }>
  childNodes?: Node[]
  value?: string
}

function all(html: string): Node[] {
  const out: Node[] = []
  const walk = (node: Node): void => {
    if (node.tagName) out.push(node)
    for (const child of node.childNodes ?? []) walk(child)
  }
  walk(parse(html) as unknown as Node)
  return out
}
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value
const text = (node: Node): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(text).join(''))
const withClass = (html: string, name: string) => all(html).filter((node) => (attr(node, 'class') ?? '').split(' ').includes(name))

const FOLLOW = 'https://news.google.com/publications/CAAqBwgKMKHL9QowkqbaAg?hl=bn&gl=BD&ceid=BD:bn'

function corrected(corrections: Publication['corrections']): Article {
  const article = fullArticle()
  return {
    ...article,
    status: 'published',
    publication: {
      version: corrections.length + 1,
      at: '2024-01-22T04:00:00.000Z',
      by: null,
      headline: article.headline,
      slug: article.slug,
      publishedAt: article.publishedAt,
      contentUpdatedAt: article.contentUpdatedAt,
      corrections
    }
  }
}

describe('the «সর্বশেষ» rail', () => {
  it('shows only entries that are real links, each an <a>, and no rail at all when none is left', () => {
    const html = renderArticlePage(
      fullArticle(),
      context({
        latest: [
          { headline: 'লিংক আছে', href: 'https://dainikbarta.example/link-ache' },
          { headline: 'লিংক নেই' },
          { headline: 'বিপজ্জনক লিংক', href: 'javascript:alert(1)' }
        ]
      })
    )
    const rail = all(html).find((node) => node.tagName === 'aside')!
    const links = all(html).filter((node) => node.tagName === 'a' && attr(node, 'href')?.startsWith('https://dainikbarta.example'))
    expect(links.map(text)).toEqual(['লিংক আছে'])
    expect(text(rail)).not.toContain('লিংক নেই')
    expect(text(rail)).not.toContain('বিপজ্জনক')
    expect(withClass(html, 'num').map(text)).toEqual(['১'])

    const none = renderArticlePage(fullArticle(), context({ latest: [{ headline: 'লিংক নেই' }] }))
    expect(none).not.toContain('<aside')
    expect(none).toContain('class="wrap layout single"')
  })
})

describe('the follow line', () => {
  it('is a link on the words «Google News» from the settings, as news sites print it', () => {
    const settings = { ...defaultSiteSettings(), followUrl: FOLLOW }
    const html = renderArticlePage(fullArticle(), context({ settings }))
    const follow = withClass(html, 'follow')[0]!
    expect(text(follow)).toBe('সর্বশেষ খবর পেতে Google News ফিডটি অনুসরণ করুন')
    const link = (follow.childNodes ?? []).find((node) => node.tagName === 'a')!
    expect(text(link)).toBe('Google News')
    expect(attr(link, 'href')).toBe(FOLLOW)
    expect(attr(link, 'rel')).toBe('noopener noreferrer')
  })

  it('links the whole line when the link words are not in it, and is left out without an address', () => {
    const settings = { ...defaultSiteSettings(), followLine: 'আমাদের চ্যানেলটি অনুসরণ করুন', followUrl: 'https://example.com/follow' }
    const follow = withClass(renderArticlePage(fullArticle(), context({ settings })), 'follow')[0]!
    const link = (follow.childNodes ?? []).find((node) => node.tagName === 'a')!
    expect(text(link)).toBe('আমাদের চ্যানেলটি অনুসরণ করুন')
    expect(renderArticlePage(fullArticle(), context())).not.toContain('class="follow"')
    expect(
      renderArticlePage(fullArticle(), context({ settings: { ...defaultSiteSettings(), followLine: '', followUrl: FOLLOW } }))
    ).not.toContain('class="follow"')
  })

  it('never takes a follow address that is not http(s), from settings or a damaged file', () => {
    for (const followUrl of ['javascript:alert(1)', 'https://x.example/"><script>alert(1)</script>', 'data:text/html,hi']) {
      const settings = resolveSettings({ ...defaultSiteSettings(), followUrl })
      expect(settings.followUrl).toBe('')
      const html = renderArticlePage(fullArticle(), context({ settings: { ...defaultSiteSettings(), followUrl } }))
      expect(html).not.toContain('class="follow"')
      expect(html).not.toContain('alert(1)')
    }
  })
})

describe('a corrected story', () => {
  it('ends with every correction note, oldest first, as «সংশোধনী: …» with its update time', () => {
    const html = renderArticlePage(
      corrected([
        { version: 2, at: '2024-01-21T17:35:00+06:00', note: 'জলকপাটের সংখ্যা ৪০ নয়, ৪৪টি।' },
        { version: 3, at: '2024-01-22T10:05:00+06:00', note: 'উপজেলার নাম <b>ঠিক</b> করা হয়েছে।' }
      ]),
      context()
    )
    const notes = withClass(html, 'correction')
    expect(notes.map(text)).toEqual([
      'সংশোধনী: জলকপাটের সংখ্যা ৪০ নয়, ৪৪টি। ২১ জানুয়ারি ২০২৪, ০৫:৩৫ পিএম',
      'সংশোধনী: উপজেলার নাম <b>ঠিক</b> করা হয়েছে। ২২ জানুয়ারি ২০২৪, ১০:০৫ এএম'
    ])
    expect(html).toContain('<time datetime="2024-01-22T10:05:00+06:00">')
    // At the end of the story: after the body and the tags.
    expect(html.indexOf('class="corrections"')).toBeGreaterThan(html.indexOf('class="tags"'))
    expect(all(html).filter((node) => node.tagName === 'b')).toHaveLength(0)
  })

  it('shows no correction section for a story without notes', () => {
    expect(renderArticlePage(corrected([]), context())).not.toContain('class="corrections"')
    expect(renderArticlePage(fullArticle(), context())).not.toContain('সংশোধনী')
  })
})
