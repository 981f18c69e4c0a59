import { describe, expect, it } from 'vitest'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { CORPUS, expectCleanBody, expectNoPollution, expectSafePage } from './harness'

/** The hostile tests are only as good as their checks: each check must fail on the thing it is there to catch. */
describe('the hostile checks bite', () => {
  it('expectCleanBody rejects foreign nodes, attributes, marks and links', () => {
    const bad: unknown[] = [
      { type: 'doc', content: [{ type: 'script', content: [] }] },
      { type: 'doc', content: [{ type: 'paragraph', attrs: { onclick: 'x()' } }] },
      {
        type: 'doc',
        content: [
          {
            type: 'paragraph',
            content: [{ type: 'text', text: 'লিংক', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }]
          }
        ]
      },
      { type: 'doc', content: [{ type: 'heading', attrs: { level: 1 } }] },
      { type: 'doc', content: [{ type: 'image', attrs: { mediaId: '', caption: '', credit: '', alt: '', src: 'x' } }] }
    ]
    for (const body of bad) expect(() => expectCleanBody(body), JSON.stringify(body)).toThrow()
    expect(() =>
      expectCleanBody({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '<script> লেখা হিসেবে ঠিক আছে' }] }] })
    ).not.toThrow()
  })

  it('expectSafePage rejects scripts, handlers, frames and unsafe URLs', () => {
    for (const html of [
      '<p>ঠিক</p><script>alert(1)</script>',
      '<p onclick="x()">ঠিক</p>',
      '<iframe src="https://example.com"></iframe>',
      '<a href="javascript:alert(1)">লিংক</a>',
      '<a href=" java&#x09;script:alert(1)">লিংক</a>',
      '<img src="data:image/svg+xml;base64,PHN2Zz4=">',
      '<meta http-equiv="refresh" content="0;url=https://evil.example">',
      '<script type="application/ld+json">{"headline":"</script><script>alert(1)</script>"}</script>'
    ]) {
      expect(() => expectSafePage(`<!doctype html><html><head></head><body>${html}</body></html>`), html).toThrow()
    }
    expect(() =>
      expectSafePage(
        '<!doctype html><html><head><script type="application/ld+json">{"a":"\\u003c/script\\u003e"}</script></head><body><a href="https://barta.example/">ঠিক</a></body></html>'
      )
    ).not.toThrow()
  })

  it('expectNoPollution notices a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>
    proto.polluted = 'হ্যাঁ'
    try {
      expect(() => expectNoPollution()).toThrow()
    } finally {
      delete proto.polluted
    }
    expect(() => expectNoPollution()).not.toThrow()
  })

  it('the corpus has at least 50 files and a README naming every class folder', async () => {
    const folders = (await readdir(CORPUS, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name)
    let files = 0
    for (const folder of folders) files += (await readdir(join(CORPUS, folder))).length
    expect(files).toBeGreaterThanOrEqual(50)
    const readme = await readFile(join(CORPUS, 'README.md'), 'utf8')
    for (const folder of folders) expect(readme, folder).toContain(`${folder}/`)
  })
})
