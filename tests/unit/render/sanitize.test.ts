import { describe, expect, it } from 'vitest'
import * as v from 'valibot'
import { sanitizeBody } from '../../../src/shared/article/sanitize'
import { bodyDocSchema } from '../../../src/shared/article/body'
import { fullArticle, hostileArticle } from '../../fixtures/articles/samples'

const doc = (...content: unknown[]) => ({ type: 'doc', content })
const para = (...content: unknown[]) => ({ type: 'paragraph', content })
const t = (text: string, marks?: unknown[]) => (marks ? { type: 'text', text, marks } : { type: 'text', text })

function expectFixedPoint(input: unknown): void {
  const once = sanitizeBody(input)
  expect(sanitizeBody(once)).toEqual(once)
  expect(sanitizeBody(JSON.parse(JSON.stringify(once)))).toEqual(once)
  expect(v.safeParse(bodyDocSchema, once).success).toBe(true)
}

describe('sanitizeBody', () => {
  it('keeps a body that is already in the vocabulary unchanged', () => {
    const body = fullArticle().body
    expect(sanitizeBody(body)).toEqual(body)
  })

  it('turns anything that is not a document into one empty paragraph', () => {
    for (const input of [
      null,
      undefined,
      42,
      'text',
      [],
      {},
      { type: 'doc' },
      { type: 'doc', content: [] },
      { type: 'doc', content: 'x' }
    ]) {
      expect(sanitizeBody(input)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
    }
  })

  it('unwraps unknown nodes to their text and drops unknown atoms', () => {
    const out = sanitizeBody(
      doc(
        { type: 'script', content: [t('alert(1)')] },
        { type: 'horizontal_rule' },
        { type: 'iframe', attrs: { src: 'x' } },
        para(t('ক'), { type: 'emoji', text: '🙂' })
      )
    )
    expect(out).toEqual(doc(para(t('alert(1)')), para(t('ক🙂'))))
  })

  it('wraps loose inline content in a paragraph and unwraps unknown containers holding blocks', () => {
    const out = sanitizeBody(doc(t('আলগা লেখা'), { type: 'div', content: [{ type: 'section', content: [para(t('ভেতরে'))] }, t('শেষে')] }))
    expect(out).toEqual(doc(para(t('আলগা লেখা')), para(t('ভেতরে')), para(t('শেষে'))))
  })

  it('drops unknown marks, keeps bold/italic once each, reads strong/em aliases', () => {
    const out = sanitizeBody(
      doc(para(t('ক', [{ type: 'underline' }, { type: 'strong' }, { type: 'bold' }, { type: 'em' }, { type: 'code' }])))
    )
    expect(out.content[0]?.content?.[0]?.marks).toEqual([{ type: 'bold' }, { type: 'italic' }])
  })

  it('keeps links only with a safe href, trimmed, and drops their other attrs', () => {
    const out = sanitizeBody(
      doc(
        para(
          t('ভালো', [{ type: 'link', attrs: { href: '  https://example.com/a  ', title: 'x', onclick: 'y' } }]),
          t('খারাপ', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
          t('ফাঁকা', [{ type: 'link', attrs: {} }]),
          t('মেইল', [{ type: 'link', attrs: { href: 'mailto:desk@example.com' } }])
        )
      )
    )
    expect(out.content[0]?.content).toEqual([
      t('ভালো', [{ type: 'link', attrs: { href: 'https://example.com/a' } }]),
      t('খারাপফাঁকা'),
      t('মেইল', [{ type: 'link', attrs: { href: 'mailto:desk@example.com' } }])
    ])
  })

  it('clamps heading levels to 2 or 3', () => {
    const levels = [1, 2, 3, 4, 6, '3', 'x', undefined].map(
      (level) => sanitizeBody(doc({ type: 'heading', attrs: { level }, content: [t('শিরোনাম')] })).content[0]?.attrs?.level
    )
    expect(levels).toEqual([2, 2, 3, 3, 3, 3, 2, 2])
  })

  it('coerces image attrs to strings, keeps only content-address media ids, and drops the rest', () => {
    const out = sanitizeBody(
      doc({ type: 'image', attrs: { mediaId: 7, caption: null, credit: { x: 1 }, alt: 'বিকল্প', src: 'javascript:x', onerror: 'y' } })
    )
    expect(out.content[0]).toEqual({ type: 'image', attrs: { mediaId: '', caption: '', credit: '', alt: 'বিকল্প' } })
    const path = sanitizeBody(doc({ type: 'image', attrs: { mediaId: '../../etc/passwd', caption: 'ক', credit: '', alt: '' } }))
    expect(path.content[0]).toMatchObject({ attrs: { mediaId: '', caption: 'ক' } })
    const good = `${'a'.repeat(64)}.jpg`
    expect(sanitizeBody(doc({ type: 'image', attrs: { mediaId: good } })).content[0]).toMatchObject({ attrs: { mediaId: good } })
  })

  it('lifts an image out of a paragraph, splitting the paragraph around it', () => {
    const img = { type: 'image', attrs: { mediaId: `${'b'.repeat(64)}.png`, caption: '', credit: '', alt: '' } }
    expect(sanitizeBody(doc(para(t('আগে'), img, t('পরে'))))).toEqual(doc(para(t('আগে')), img, para(t('পরে'))))
  })

  it('repairs lists: loose children become items, items start with a paragraph, empty lists go', () => {
    const out = sanitizeBody(
      doc(
        {
          type: 'bullet_list',
          content: [
            t('আলগা'),
            { type: 'list_item', content: [{ type: 'heading', attrs: { level: 2 }, content: [t('শিরোনাম')] }] },
            { type: 'list_item' }
          ]
        },
        { type: 'ordered_list', attrs: { order: 'x' }, content: [] },
        { type: 'orderedList', attrs: { order: 3 }, content: [{ type: 'listItem', content: [para(t('তিন'))] }] }
      )
    )
    expect(out).toEqual(
      doc(
        {
          type: 'bullet_list',
          content: [
            { type: 'list_item', content: [para(t('আলগা'))] },
            { type: 'list_item', content: [para(t('শিরোনাম'))] },
            { type: 'list_item', content: [{ type: 'paragraph' }] }
          ]
        },
        { type: 'ordered_list', attrs: { order: 3 }, content: [{ type: 'list_item', content: [para(t('তিন'))] }] }
      )
    )
  })

  it('merges neighbouring text with the same marks and drops empty text', () => {
    expect(sanitizeBody(doc(para(t('ক'), t(''), t('খ'), t('গ', [{ type: 'bold' }]), t('ঘ', [{ type: 'bold' }]))))).toEqual(
      doc(para(t('কখ'), t('গঘ', [{ type: 'bold' }])))
    )
  })

  it('limits nesting: deep quotes give their content to the parent, and absurd depth cannot overflow the stack', () => {
    let deep: unknown = para(t('গভীরে'))
    for (let i = 0; i < 40; i++) deep = { type: 'blockquote', content: [deep] }
    const out = sanitizeBody(doc(deep))
    expect(JSON.stringify(out)).toContain('গভীরে')
    expectFixedPoint(doc(deep))

    let absurd: unknown = t('x')
    for (let i = 0; i < 100_000; i++) absurd = { type: 'span', content: [absurd] }
    expect(() => sanitizeBody(doc(absurd))).not.toThrow()
    const cyclic: { type: string; content: unknown[] } = { type: 'div', content: [] }
    cyclic.content.push(cyclic)
    expect(sanitizeBody(doc(cyclic))).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })

  it('is idempotent on ordinary, hostile and messy input', () => {
    expectFixedPoint(fullArticle().body)
    expectFixedPoint(hostileArticle().body)
    expectFixedPoint(
      doc(
        t('a'),
        { type: 'bullet_list', content: [para(t('b')), { type: 'image', attrs: {} }, { type: 'blockquote', content: [] }] },
        { type: 'x', content: [para(), t('c')] }
      )
    )
  })

  it('is a fixed point on random junk', () => {
    let seed = 42
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648
    const types = [
      'doc',
      'paragraph',
      'heading',
      'blockquote',
      'bullet_list',
      'ordered_list',
      'list_item',
      'image',
      'hard_break',
      'text',
      'div',
      'span',
      'bulletList'
    ]
    const marks = ['bold', 'italic', 'link', 'strong', 'underline']
    const junk = (depth: number): unknown => {
      const type = types[Math.floor(rand() * types.length)]
      const node: Record<string, unknown> = { type }
      if (rand() < 0.5) node.text = rand() < 0.2 ? '' : `লেখা${Math.floor(rand() * 10)}`
      if (rand() < 0.4)
        node.marks = [{ type: marks[Math.floor(rand() * marks.length)], attrs: { href: rand() < 0.5 ? 'https://e.com' : 'javascript:x' } }]
      if (rand() < 0.5) node.attrs = { level: Math.floor(rand() * 6), order: Math.floor(rand() * 4), mediaId: 'm' }
      if (depth < 6 && rand() < 0.7) node.content = Array.from({ length: Math.floor(rand() * 4) }, () => junk(depth + 1))
      return node
    }
    for (let i = 0; i < 300; i++) expectFixedPoint(doc(...Array.from({ length: 3 }, () => junk(0))))
  })
})
