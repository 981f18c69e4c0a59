import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { renderArticlePage, type RenderContext } from '../../../src/shared/render'
import { defaultSiteSettings } from '../../../src/shared/render/settings'
import type { Article } from '../../../src/shared/article/model'
import { withTempDir } from '../helpers/tmp'
import { dataUriResolver, fullArticle, hostileArticle, latestTen, minimalArticle, photos } from '../../fixtures/articles/samples'
import { cell, row, table, tableArticle } from '../tables/fixtures'

const VNU = join(process.cwd(), 'node_modules', 'vnu-jar', 'build', 'dist', 'vnu.jar')
const FONT_CSS = ['noto-serif-bengali-bengali-400', 'noto-serif-bengali-bengali-700', 'noto-sans-bengali-bengali-400']
  .map((file) => {
    const family = file.startsWith('noto-serif') ? 'Noto Serif Bengali' : 'Noto Sans Bengali'
    const weight = file.endsWith('700') ? 700 : 400
    return `@font-face{font-family:'${family}';font-weight:${weight};font-display:swap;src:url(file:///fonts/${file}-normal.woff2) format('woff2')}`
  })
  .join('\n')

function ctx(overrides: Partial<RenderContext> = {}): RenderContext {
  return { settings: defaultSiteSettings(), latest: latestTen, resolveMedia: dataUriResolver(), fontCss: FONT_CSS, ...overrides }
}

/** Pages that between them use every branch of the renderer. */
function pages(): Array<[string, string]> {
  const empty: Article = { ...minimalArticle(), headline: '', body: { type: 'doc', content: [] } }
  const withHttp = ctx({
    canonicalUrl: 'https://dainikbarta.example/সারাদেশ/2024/01/21/tista',
    latest: [
      ...latestTen.slice(0, 8),
      { headline: 'ফাঁকা অক্ষরের লিংক', href: 'https://example.com/a b' },
      { headline: 'সাইটের ভেতরের লিংক', href: '/news/42' }
    ],
    now: new Date('2024-01-21T12:00:00Z'),
    settings: { ...defaultSiteSettings(), siteUrl: 'https://dainikbarta.example', logo: photos.chart.id },
    resolveMedia: (id) => ({ src: `https://cdn.dainikbarta.example/media/${id}`, width: 960, height: 540 })
  })
  const missingPhotos: Article = {
    ...fullArticle(),
    leadImage: { mediaId: 'f'.repeat(64) + '.jpg', caption: 'ছবি নেই, শুধু ক্যাপশন', credit: 'সংগৃহীত', alt: '' }
  }
  return [
    ['full-data-uri.html', renderArticlePage(fullArticle(), ctx())],
    ['full-http-canonical.html', renderArticlePage(fullArticle(), withHttp)],
    ['minimal.html', renderArticlePage(minimalArticle(), ctx({ latest: [] }))],
    ['empty.html', renderArticlePage(empty, ctx({ latest: [{ headline: 'লিংক ছাড়া খবর' }] }))],
    ['hostile.html', renderArticlePage(hostileArticle(), ctx({ fontCss: '</style><script>alert(1)</script>' }))],
    ['tables.html', renderArticlePage(tableArticle(), ctx())],
    [
      'hostile-tables.html',
      renderArticlePage(
        {
          ...minimalArticle(),
          body: {
            type: 'doc',
            content: [
              table(row(cell('ক', { colspan: 1e9 }), cell('খ')), row(cell('গ', { rowspan: 50 })), row(), row(cell('<script>ঘ</script>'))),
              table(row(cell('এক', { colspan: 3 })), row(cell('দুই', { colspan: 3 })))
            ]
          }
        },
        ctx()
      )
    ],
    ['missing-photos.html', renderArticlePage(missingPhotos, ctx({ resolveMedia: () => undefined }))],
    // A corrected story with two correction notes, the follow line as a link, and a rail of published stories.
    [
      'corrected-follow-link.html',
      renderArticlePage(
        {
          ...fullArticle(),
          publication: {
            version: 3,
            at: '2024-01-22T04:00:00.000Z',
            by: null,
            headline: fullArticle().headline,
            slug: 'tista-flood-lalmonirhat',
            publishedAt: '2024-01-21T14:27:00+06:00',
            contentUpdatedAt: '2024-01-22T10:00:00+06:00',
            corrections: [
              { version: 2, at: '2024-01-21T17:35:00+06:00', note: 'জলকপাটের সংখ্যা ৪০ নয়, ৪৪টি।' },
              { version: 3, at: '2024-01-22T10:00:00+06:00', note: 'উপজেলার নাম <ঠিক> করা হয়েছে & "পাটগ্রাম" যোগ হয়েছে।' }
            ]
          }
        },
        ctx({
          settings: {
            ...defaultSiteSettings(),
            siteUrl: 'https://dainikbarta.example',
            followUrl: 'https://news.google.com/publications/ABC?hl=bn&gl=BD'
          }
        })
      )
    ],
    [
      'print-edition.html',
      renderArticlePage(
        { ...fullArticle(), edition: 'print', contentUpdatedAt: null },
        ctx({ settings: { ...defaultSiteSettings(), showRail: false, followLine: '' } })
      )
    ]
  ]
}

describe('published HTML passes the W3C Nu checker', () => {
  it.skipIf(!existsSync(VNU))(
    'has zero errors across all sample pages (one vnu run)',
    async () => {
      await withTempDir(async (dir) => {
        const files: string[] = []
        for (const [name, html] of pages()) {
          const file = join(dir, name)
          await writeFile(file, html, 'utf8')
          files.push(file)
        }
        const run = spawnSync('java', ['-jar', VNU, '--errors-only', '--format', 'json', ...files], {
          encoding: 'utf8',
          maxBuffer: 64 * 1024 * 1024
        })
        expect(run.error).toBeUndefined()
        // vnu writes its JSON report to stderr.
        const report = JSON.parse(run.stderr || '{"messages":[]}') as {
          messages: Array<{ type: string; url?: string; message: string; extract?: string }>
        }
        const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error')
        expect(errors.map((m) => `${m.url?.split('/').pop()}: ${m.message} «${m.extract ?? ''}»`)).toEqual([])
        expect(run.status).toBe(0)
      })
    },
    180_000
  )
})
