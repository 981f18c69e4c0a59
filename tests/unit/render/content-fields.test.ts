import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import {
  CONTENT_KEYS,
  TEXT_KEYS,
  articleContentSchema,
  articleSchema,
  emptyContent,
  readContentLeniently,
  type Article
} from '../../../src/shared/article/model'
import { renderArticlePage } from '../../../src/shared/render'
import { defaultSiteSettings } from '../../../src/shared/render/settings'
import { minimalArticle } from '../../fixtures/articles/samples'

/**
 * The article's fields are listed once (model.ts); the schema, the empty story, the content keys and the page's
 * lenient reading all come from that list. These tests hold the derived pieces to it and to each other.
 */
describe('the one list of article fields', () => {
  it('gives the schema, the empty story and the content keys the same fields in the same (on-disk) order', () => {
    const order = [
      'headline',
      'subheadline',
      'byline',
      'dateline',
      'section',
      'tags',
      'summary',
      'edition',
      'publishedAt',
      'contentUpdatedAt',
      'slug',
      'ednote',
      'leadImage',
      'body'
    ]
    expect(CONTENT_KEYS).toEqual(order)
    expect(Object.keys(articleContentSchema.entries)).toEqual(order)
    expect(Object.keys(emptyContent())).toEqual(order)
    expect(Object.keys(articleSchema.entries).slice(0, order.length)).toEqual(order)
    expect(TEXT_KEYS).toEqual(['headline', 'subheadline', 'byline', 'dateline', 'section', 'summary', 'slug', 'ednote'])
    // The empty story is valid content, and a fresh copy each time.
    expect(v.is(articleContentSchema, emptyContent())).toBe(true)
    const one = emptyContent()
    one.tags.push('ট্যাগ')
    expect(emptyContent().tags).toEqual([])
  })

  it('reads an old or damaged article field by field: wrong kinds read as empty, text trimmed, never a throw', () => {
    const damaged = {
      headline: '  শিরোনাম  ',
      byline: 42,
      tags: [' শীত ', '', 7, 'আবহাওয়া'],
      edition: 'weekly',
      publishedAt: 5,
      contentUpdatedAt: '2024-01-21T14:27:00+06:00',
      leadImage: { mediaId: 9, caption: ' কুয়াশা ', credit: null },
      body: 'not a body'
    }
    const content = readContentLeniently(damaged)
    expect(content).toMatchObject({
      headline: 'শিরোনাম',
      byline: '',
      subheadline: '',
      tags: ['শীত', 'আবহাওয়া'],
      edition: 'online',
      publishedAt: null,
      contentUpdatedAt: '2024-01-21T14:27:00+06:00',
      leadImage: { mediaId: '', caption: 'কুয়াশা', credit: '', alt: '' }
    })
    expect(content.body).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
    expect(readContentLeniently({ edition: 'print' }).edition).toBe('print')
    expect(readContentLeniently(null)).toEqual({ ...emptyContent(), body: content.body })
  })

  it('renders the page from that reading: padded text shows trimmed, a tag list of other things shows only text', () => {
    const article = { ...minimalArticle(), headline: '  নদীভাঙনে ঘরহারা ৫০ পরিবার \n', tags: [' নদী ', 3, ''] } as unknown as Article
    const html = renderArticlePage(article, { settings: defaultSiteSettings(), latest: [], resolveMedia: () => undefined, fontCss: '' })
    expect(html).toContain('<h1>নদীভাঙনে ঘরহারা ৫০ পরিবার</h1>')
    expect(html).toContain('<title>নদীভাঙনে ঘরহারা ৫০ পরিবার | ')
    expect(html).not.toContain('  নদীভাঙনে')
    expect(html.match(/property="article:tag" content="[^"]*"/g)).toEqual(['property="article:tag" content="নদী"'])
  })
})
