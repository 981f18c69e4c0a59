import { describe, expect, it } from 'vitest'
import { parse } from 'parse5'
import { renderArticlePage, renderPreviewDocument } from '../../../src/shared/render'
import type { RenderContext } from '../../../src/shared/render'
import { defaultSiteSettings } from '../../../src/shared/render/settings'
import type { Article } from '../../../src/shared/article/model'
import {
  dataUriResolver,
  fullArticle,
  hostileArticle,
  latestTen,
  minimalArticle,
  photos,
  HOSTILE_ATTR
} from '../../fixtures/articles/samples'

function context(overrides: Partial<RenderContext> = {}): RenderContext {
  return { settings: defaultSiteSettings(), latest: latestTen, resolveMedia: dataUriResolver(), fontCss: '', ...overrides }
}

interface El {
  nodeName: string
  tagName?: string
  attrs?: Array<{ name: string; value: string }>
  childNodes?: El[]
  value?: string
}

/** The page as a browser would parse it. */
function elements(html: string): El[] {
  const out: El[] = []
  const walk = (node: El): void => {
    if (node.tagName) out.push(node)
    for (const child of node.childNodes ?? []) walk(child)
    const content = (node as { content?: El }).content
    if (content) walk(content)
  }
  walk(parse(html) as unknown as El)
  return out
}
const attrOf = (el: El, name: string) => el.attrs?.find((a) => a.name === name)?.value
const textOf = (el: El): string => (el.nodeName === '#text' ? (el.value ?? '') : (el.childNodes ?? []).map(textOf).join(''))
const byClass = (html: string, cls: string) => elements(html).filter((el) => (attrOf(el, 'class') ?? '').split(' ').includes(cls))

describe('renderArticlePage', () => {
  it('writes the house-style publish and update lines inside <time> with a +06:00 datetime', () => {
    const html = renderArticlePage(fullArticle(), context())
    expect(html).toContain('<time datetime="2024-01-21T14:27:00+06:00">প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম</time>')
    expect(html).toContain('<time datetime="2024-01-21T17:35:00+06:00">আপডেট : ২১ জানুয়ারি ২০২৪, ০৫:৩৫ পিএম</time>')
  })

  it('follows the 24-hour setting and another time zone when asked', () => {
    const settings = { ...defaultSiteSettings(), hour12: false, timeZone: 'Asia/Kolkata' }
    const html = renderArticlePage(fullArticle(), context({ settings }))
    expect(html).toContain('<time datetime="2024-01-21T13:57:00+05:30">প্রকাশ : ২১ জানুয়ারি ২০২৪, ১৩:৫৭</time>')
  })

  it('ends the figcaption with «ছবি : সংগৃহীত» when the credit is «সংগৃহীত»', () => {
    const html = renderArticlePage(fullArticle(), context())
    const lead = byClass(html, 'lead')[0]
    expect(lead?.tagName).toBe('figure')
    const caption = elements(html).find((el) => el.tagName === 'figcaption')
    expect(textOf(caption as El)).toBe('পানিবন্দি গ্রামে নৌকায় করে নিরাপদ আশ্রয়ে যাচ্ছেন বাসিন্দারা ছবি : সংগৃহীত')
    expect(textOf(caption as El).endsWith('ছবি : সংগৃহীত')).toBe(true)
    const img = elements(html).find((el) => el.tagName === 'img')
    expect(attrOf(img as El, 'alt')).toBe('নদীর ধারে প্লাবিত গ্রাম ও নৌকা')
    expect(attrOf(img as El, 'src')?.startsWith('data:image/jpeg;base64,/9j/')).toBe(true)
  })

  it('numbers the «সর্বশেষ» rail ১ … ১০ and never shows more than ten', () => {
    const html = renderArticlePage(fullArticle(), context({ latest: [...latestTen, { headline: 'এগারো নম্বর খবর' }] }))
    const nums = byClass(html, 'num').map(textOf)
    expect(nums).toEqual(['১', '২', '৩', '৪', '৫', '৬', '৭', '৮', '৯', '১০'])
    expect(html).not.toContain('এগারো নম্বর খবর')
    const rail = elements(html).find((el) => el.tagName === 'aside')
    expect(textOf(rail as El)).toContain('সর্বশেষ')
    expect(renderArticlePage(fullArticle(), context({ settings: { ...defaultSiteSettings(), showRail: false } }))).not.toContain('<aside')
  })

  it('never shows the editorial note', () => {
    for (const article of [fullArticle(), hostileArticle()]) {
      const html = renderArticlePage(article, context())
      expect(html).not.toContain(article.ednote)
      expect(html).not.toContain('গোপন নোট')
      expect(html).not.toContain('EDNOTE')
    }
  })

  it('escapes every hostile string: no element, attribute or link is injected', () => {
    const html = renderArticlePage(hostileArticle(), context())
    const els = elements(html)
    // The only script is the JSON-LD data block; no iframe, no injected img with onerror, no event attributes.
    expect(els.filter((el) => el.tagName === 'script').map((el) => attrOf(el, 'type'))).toEqual(['application/ld+json'])
    expect(els.some((el) => el.tagName === 'iframe')).toBe(false)
    expect(els.some((el) => el.attrs?.some((a) => a.name.startsWith('on')))).toBe(false)
    expect(els.filter((el) => el.tagName === 'style')).toHaveLength(1)
    for (const a of els.filter((el) => el.tagName === 'a')) {
      expect(attrOf(a, 'href')).toMatch(/^https:\/\//)
      // Body links leave the site; the rail's links are the site's own stories.
      if (!attrOf(a, 'href')?.startsWith('https://example.com/news/')) expect(attrOf(a, 'rel')).toBe('noopener noreferrer')
    }
    // javascript: survives only as escaped text (the dateline), never in an attribute.
    expect(els.flatMap((el) => el.attrs ?? []).filter((a) => /^\s*(javascript|vbscript|data:text)/i.test(a.value))).toEqual([])
    expect(html).not.toContain('href="javascript:')
    expect(html).not.toContain('<script>alert')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).toContain('&quot; onerror=&quot;x')
    const h1 = els.find((el) => el.tagName === 'h1')
    expect(textOf(h1 as El).startsWith('<script>alert(1)</script>')).toBe(true)
    const alts = els.filter((el) => el.tagName === 'img').map((el) => attrOf(el, 'alt'))
    expect(alts).toContain(HOSTILE_ATTR)
  })

  it('keeps </script> in a headline from breaking out of the JSON-LD block, which still parses', () => {
    const html = renderArticlePage(hostileArticle(), context())
    const block = elements(html).find((el) => el.tagName === 'script')
    const json = textOf(block as El)
    expect(json).not.toMatch(/[<>]/)
    const ld = JSON.parse(json) as Record<string, unknown>
    expect(ld['@type']).toBe('NewsArticle')
    expect(String(ld.headline).startsWith('<script>alert(1)</script>')).toBe(true)
    expect(ld.description).toContain('</script><script>alert(5)</script>')
  })

  it('writes Open Graph and NewsArticle metadata', () => {
    const html = renderArticlePage(
      fullArticle(),
      context({
        canonicalUrl: 'https://dainikbarta.example/saradesh/tista-flood',
        resolveMedia: (id) =>
          id === photos.lead.id ? { src: 'https://cdn.dainikbarta.example/2024/01/lead.jpg', width: 960, height: 540 } : undefined,
        settings: { ...defaultSiteSettings(), siteUrl: 'https://dainikbarta.example' }
      })
    )
    const meta = (key: string) =>
      elements(html).find((el) => el.tagName === 'meta' && (attrOf(el, 'property') === key || attrOf(el, 'name') === key))
    expect(attrOf(meta('og:title') as El, 'content')).toBe(fullArticle().headline)
    expect(attrOf(meta('og:type') as El, 'content')).toBe('article')
    expect(attrOf(meta('og:image') as El, 'content')).toBe('https://cdn.dainikbarta.example/2024/01/lead.jpg')
    expect(attrOf(meta('og:url') as El, 'content')).toBe('https://dainikbarta.example/saradesh/tista-flood')
    expect(attrOf(meta('article:published_time') as El, 'content')).toBe('2024-01-21T14:27:00+06:00')
    expect(attrOf(meta('article:modified_time') as El, 'content')).toBe('2024-01-21T17:35:00+06:00')
    expect(attrOf(meta('description') as El, 'content')).toBe(fullArticle().summary)
    const ld = JSON.parse(textOf(elements(html).find((el) => el.tagName === 'script') as El)) as Record<string, unknown>
    expect(ld).toMatchObject({
      headline: fullArticle().headline,
      datePublished: '2024-01-21T14:27:00+06:00',
      dateModified: '2024-01-21T17:35:00+06:00',
      author: [{ '@type': 'Organization', name: 'কালবেলা ডেস্ক' }],
      image: ['https://cdn.dainikbarta.example/2024/01/lead.jpg'],
      publisher: { '@type': 'Organization', name: 'দৈনিক বার্তা', url: 'https://dainikbarta.example' }
    })
    const img = elements(html).find((el) => el.tagName === 'img')
    expect([attrOf(img as El, 'width'), attrOf(img as El, 'height')]).toEqual(['960', '540'])
  })

  it('uses the first paragraph when there is no summary, and leaves empty fields out', () => {
    const html = renderArticlePage(minimalArticle(), context({ latest: [] }))
    expect(html).toContain('<meta name="description" content="বিকেল থেকেই মেলার প্রবেশপথে দীর্ঘ সারি দেখা গেছে।">')
    expect(html).not.toContain('<figure')
    expect(html).not.toContain('<time')
    expect(html).not.toContain('class="subheadline"')
    expect(html).not.toContain('<aside')
    expect(html).not.toContain('og:image')
    expect(html).toContain('<title>বইমেলার প্রথম দিনে উপচে পড়া ভিড় | দৈনিক বার্তা</title>')
  })

  it('shows a draft without a publish date as if published "now" only when now is given', () => {
    const now = new Date('2024-02-01T04:00:00Z')
    const html = renderArticlePage(minimalArticle(), context({ now }))
    // Days 1–9 padded: the house default of the calendar settings when the context names none.
    expect(html).toContain('প্রকাশ : ০১ ফেব্রুয়ারি ২০২৪, ১০:০০ এএম')
    expect(html).toContain('class="today"')
  })

  it('renders lists, quotes, headings, links and body photos from the body vocabulary', () => {
    const html = renderArticlePage(fullArticle(), context())
    expect(html).toContain('<h2>কোন এলাকায় কত ক্ষতি</h2>')
    expect(html).toContain('<h3>ত্রাণ পেতে যা করবেন</h3>')
    expect(html).toContain('<li>পাটগ্রাম: ৩ হাজার ২০০ পরিবার</li>')
    expect(html).toMatch(/<blockquote>\n<p>“রাতেই/)
    expect(html).toContain(
      '<a href="https://example.org/bwdb/tista?date=2024-01-21&amp;point=dalia" rel="noopener noreferrer">বোর্ডের ওয়েবসাইটে</a>'
    )
    expect(html).toContain('<strong>৩২ সেন্টিমিটার</strong>')
    expect(html).toContain('<em>৪৪টি জলকপাট</em>')
    expect(html).toContain('পানিবন্দি।<br>হিসাব')
    expect(byClass(html, 'photo').map((el) => el.tagName)).toEqual(['figure', 'figure', 'figure'])
    expect(html).toContain('src="data:image/webp;base64,UklGR')
    expect(html).toContain('src="data:image/png;base64,iVBORw0KGgo')
  })

  it('is deterministic, and the preview is the export', () => {
    const ctx = context()
    const a = renderArticlePage(fullArticle(), ctx)
    expect(renderArticlePage(fullArticle(), ctx)).toBe(a)
    expect(renderPreviewDocument(fullArticle(), ctx)).toBe(a)
  })

  it('keeps caller CSS inside its <style> and bad colours out of the stylesheet', () => {
    const settings = {
      ...defaultSiteSettings(),
      colours: { accent: 'red;}</style><script>alert(1)</script>', text: '#000', background: 'url(x)' }
    }
    const html = renderArticlePage(
      fullArticle(),
      context({ settings, fontCss: "@font-face{font-family:'Noto Serif Bengali';src:url(a.woff2)}</style><script>alert(1)</script>" })
    )
    expect(elements(html).filter((el) => el.tagName === 'script')).toHaveLength(1)
    expect(html).toContain('--accent:#b5121b')
    expect(html).not.toContain('url(x)')
  })

  it('never throws: damaged articles and resolvers give a plainer page', () => {
    const junk = { headline: 42, tags: 'x', body: 'nope', leadImage: { mediaId: 'm' }, publishedAt: 'yesterday' } as unknown as Article
    const html = renderArticlePage(
      junk,
      context({
        resolveMedia: () => {
          throw new Error('disk gone')
        }
      })
    )
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="bn">')).toBe(true)
    expect(renderArticlePage(null as unknown as Article, null as unknown as RenderContext)).toContain('<html lang="bn">')
  })
})
