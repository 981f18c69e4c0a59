import { describe, expect, it } from 'vitest'
import { htmlToBody } from '../../../src/shared/export/html-to-body'
import { renderBodyHtml } from '../../../src/shared/render/body-html'
import { sanitizeBody } from '../../../src/shared/article/sanitize'
import { fullArticle, photos } from '../../fixtures/articles/samples'

const noImages = { resolveImage: () => '' }

describe('htmlToBody', () => {
  it('keeps nothing that can run, style or track', () => {
    const html = `<p onclick="alert(1)" style="color:red" class="x">নিরাপদ <script>alert(1)</script><img src=x onerror="alert(2)"></p>
      <style>p{}</style><iframe src="https://evil.example"></iframe><object data="x"></object>
      <svg><script>alert(3)</script></svg><math><mi>x</mi></math><template><p>লুকানো</p></template>
      <form><input value="পাসওয়ার্ড"><button>চাপুন</button></form>
      <p><a href="javascript:alert(4)">এক</a> <a href=" JAVASCRIPT:alert(5)">দুই</a> <a href="data:text/html,x">তিন</a> <a href="https://ok.example/?a=1&amp;b=2" onmouseover="x">চার</a></p>`
    const body = htmlToBody(html, noImages)
    const json = JSON.stringify(body)
    for (const bad of [
      'alert',
      'onclick',
      'onerror',
      'color:red',
      'evil',
      'লুকানো',
      'পাসওয়ার্ড',
      'চাপুন',
      'javascript',
      'JAVASCRIPT',
      'data:text',
      'onmouseover'
    ]) {
      expect(json, bad).not.toContain(bad)
    }
    expect(body.content[1]?.content?.at(-1)).toEqual({
      type: 'text',
      text: 'চার',
      marks: [{ type: 'link', attrs: { href: 'https://ok.example/?a=1&b=2' } }]
    })
  })

  it('collapses HTML whitespace but keeps ZWJ/ZWNJ and no-break spaces', () => {
    const body = htmlToBody('<p>\n   র‍্যাব   সদস্য\u00a0৫ জন\n</p>\n\n<p>  </p>', noImages)
    expect(body).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'র‍্যাব সদস্য\u00a0৫ জন' }] }] })
  })

  it('maps headings, lists (with start), quotes, line breaks and marks', () => {
    const body = htmlToBody(
      '<h1>এক</h1><h4>চার</h4><ol start="3"><li>ক</li><li><p>খ</p><ul><li>গ</li></ul></li></ol><blockquote>উদ্ধৃতি</blockquote><p>ক<br>খ <b><i>গ</i></b></p>',
      noImages
    )
    expect(body.content).toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'এক' }] },
      { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'চার' }] },
      {
        type: 'ordered_list',
        attrs: { order: 3 },
        content: [
          { type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ক' }] }] },
          {
            type: 'list_item',
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: 'খ' }] },
              {
                type: 'bullet_list',
                content: [{ type: 'list_item', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'গ' }] }] }]
              }
            ]
          }
        ]
      },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'উদ্ধৃতি' }] }] },
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'ক' },
          { type: 'hard_break' },
          { type: 'text', text: 'খ ' },
          { type: 'text', text: 'গ', marks: [{ type: 'bold' }, { type: 'italic' }] }
        ]
      }
    ])
  })

  it('reads back what the renderer writes', () => {
    const body = fullArticle().body
    const ids = new Map(Object.values(photos).map((p) => [`https://cdn.example/${p.id}`, p.id]))
    const html = renderBodyHtml(body, (id) => ({ src: `https://cdn.example/${id}` }))
    expect(htmlToBody(html, { resolveImage: ({ src }) => ids.get(src) ?? '' })).toEqual(sanitizeBody(body))
  })

  it('never throws and never recurses without bound', () => {
    expect(htmlToBody('<div>'.repeat(50_000) + 'গভীর', noImages).content.length).toBeGreaterThan(0)
    expect(htmlToBody(undefined as unknown as string, noImages)).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
    expect(
      htmlToBody('<p>x</p><img src="a.jpg" alt="ক">', {
        resolveImage: () => {
          throw new Error('boom')
        }
      }).type
    ).toBe('doc')
  })
})
