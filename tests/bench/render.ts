/**
 * Timing for the published-page renderer and the exporters on a long story: a generated 10,000-word article with
 * five photos (~500 KB each). Figures are medians; the render budget is 100 ms (one page in preview must feel instant).
 * Whole run stays under ~20 s.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Article } from '../../src/shared/article/model'
import type { BodyNode } from '../../src/shared/article/body'
import { countText } from '../../src/shared/bangla/count'
import { bodyToPlainText } from '../../src/shared/article/body'
import { renderArticlePage, type RenderContext } from '../../src/shared/render'
import { defaultSiteSettings } from '../../src/shared/render/settings'
import { exportBartaJson, importBartaJson } from '../../src/shared/export/barta-json'
import { exportNinjs, importNinjs } from '../../src/shared/export/ninjs'
import { mediaIdFor, toDataUri, type MediaBlob } from '../../src/shared/export/media'

const RENDER_BUDGET_MS = 100
const WORDS = [
  'ঢাকা',
  'নদী',
  'সরকার',
  'মানুষ',
  'বৃষ্টি',
  'বাজার',
  'দাম',
  'কৃষক',
  'ধান',
  'সড়ক',
  'উন্নয়ন',
  'প্রকল্প',
  'জেলা',
  'উপজেলা',
  'প্রশাসন',
  'জানিয়েছে',
  'বলেন',
  'হয়েছে',
  'আজ',
  'গতকাল',
  '২০২৪',
  '১২',
  'হাজার',
  'টাকা',
  'স্কুল',
  'শিক্ষার্থী',
  'হাসপাতাল',
  'চিকিৎসা',
  'র‍্যাব',
  'সংবাদ'
]

function fivePhotos(): Record<string, MediaBlob> {
  const lead = new Uint8Array(readFileSync(join(process.cwd(), 'tests', 'fixtures', 'articles', 'lead.jpg')))
  const media: Record<string, MediaBlob> = {}
  for (let i = 0; i < 5; i++) {
    // A real JPEG header padded past its end marker to a news-photo size; each copy differs so each id does.
    const bytes = new Uint8Array(500_000)
    bytes.set(lead)
    bytes[bytes.length - 1] = i
    media[mediaIdFor('image/jpeg', bytes)] = { type: 'image/jpeg', bytes }
  }
  return media
}

function sentence(seed: number, words: number): string {
  const out: string[] = []
  for (let i = 0; i < words; i++) out.push(WORDS[(seed * 7 + i * 13) % WORDS.length] ?? 'খবর')
  return `${out.join(' ')}।`
}

function longArticle(mediaIds: string[]): Article {
  const content: BodyNode[] = []
  let words = 0
  let i = 0
  while (words < 10_000) {
    if (i % 25 === 24) content.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: sentence(i, 5) }] })
    if (i % 40 === 10)
      content.push({ type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(i + 1, 20) }] }] })
    if (i % 50 === 30) {
      content.push({
        type: 'bullet_list',
        content: [1, 2, 3].map((k) => ({
          type: 'list_item',
          content: [{ type: 'paragraph', content: [{ type: 'text', text: sentence(i + k, 8) }] }]
        }))
      })
    }
    if (i % 45 === 20 && mediaIds[1 + ((i / 45) | 0)]) {
      content.push({
        type: 'image',
        attrs: { mediaId: mediaIds[1 + ((i / 45) | 0)] ?? '', caption: sentence(i, 9), credit: 'সংগৃহীত', alt: sentence(i, 4) }
      })
    }
    content.push({
      type: 'paragraph',
      content: [
        { type: 'text', text: `${sentence(i, 18)} ` },
        { type: 'text', text: sentence(i + 2, 3), marks: [{ type: 'bold' }] },
        { type: 'text', text: ` ${sentence(i + 3, 14)} ` },
        { type: 'text', text: 'বিস্তারিত', marks: [{ type: 'link', attrs: { href: `https://example.com/news/${i}` } }] }
      ]
    })
    words += 18 + 3 + 14 + 1
    i++
  }
  return {
    id: 'bench-long-story',
    status: 'published',
    owner: null,
    workflow: [],
    notes: [],
    createdAt: '2024-01-21T10:00:00+06:00',
    modifiedAt: '2024-01-21T18:00:00+06:00',
    revision: 12,
    headline: 'দীর্ঘ প্রতিবেদন: উপকূলের মানুষের জীবন ও জীবিকা',
    subheadline: sentence(1, 15),
    byline: 'বিশেষ প্রতিনিধি',
    dateline: 'খুলনা',
    section: 'বিশেষ প্রতিবেদন',
    tags: ['উপকূল', 'জলবায়ু', 'জীবিকা'],
    summary: sentence(2, 30),
    edition: 'online',
    publishedAt: '2024-01-21T14:27:00+06:00',
    contentUpdatedAt: '2024-01-21T17:00:00+06:00',
    slug: 'long-story',
    ednote: 'বেঞ্চমার্ক',
    leadImage: { mediaId: mediaIds[0] ?? '', caption: sentence(3, 12), credit: 'সংগৃহীত', alt: sentence(4, 5) },
    body: { type: 'doc', content }
  }
}

function median(label: string, runs: number, fn: () => unknown, budget?: number): string {
  fn() // warm caches and the JIT so the figure is the steady state
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    fn()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  const mid = times[Math.floor(times.length / 2)] ?? 0
  const verdict = budget === undefined ? '' : mid <= budget ? ` (budget ${budget} ms: within)` : ` (budget ${budget} ms: OVER)`
  return `${label}: median ${mid.toFixed(1)} ms over ${runs} runs, min ${(times[0] ?? 0).toFixed(1)} ms${verdict}`
}

export async function bench(): Promise<string[]> {
  const media = fivePhotos()
  const ids = Object.keys(media)
  const article = longArticle(ids)
  const words = countText(bodyToPlainText(article.body)).words
  const latest = Array.from({ length: 10 }, (_, i) => ({ headline: sentence(i, 8), href: `https://example.com/news/${i}` }))
  const base = { settings: defaultSiteSettings(), latest, fontCss: '' }
  const appUrls: RenderContext = { ...base, resolveMedia: (id) => ({ src: `barta-media://media/${id}`, width: 960, height: 540 }) }
  const dataUris = new Map(ids.map((id) => [id, toDataUri('image/jpeg', media[id]?.bytes ?? new Uint8Array())]))
  const standalone: RenderContext = { ...base, resolveMedia: (id) => ({ src: dataUris.get(id) ?? '', width: 960, height: 540 }) }
  const lines = [`article: ${words.toLocaleString('en-US')} words, ${article.body.content.length} blocks, 5 photos of 500 KB`]

  lines.push(median('renderArticlePage (preview, app URLs)', 21, () => renderArticlePage(article, appUrls), RENDER_BUDGET_MS))
  lines.push(median('renderArticlePage (export, data: URIs prepared)', 21, () => renderArticlePage(article, standalone), RENDER_BUDGET_MS))
  const ninjsOptions = { media: (id: string) => media[id] }
  lines.push(median('ninjs export (photos embedded)', 9, () => exportNinjs(article, ninjsOptions)))
  const ninjs = exportNinjs(article, ninjsOptions)
  if (ninjs.ok) lines.push(median(`ninjs import (${(ninjs.value.length / 1e6).toFixed(1)} MB)`, 9, () => importNinjs(ninjs.value)))
  const pkg = { article, media, exportedAt: '2024-01-21T18:00:00+06:00' }
  lines.push(median('Barta JSON export', 9, () => exportBartaJson(pkg)))
  const json = exportBartaJson(pkg)
  if (json.ok) {
    lines.push(median(`Barta JSON import (${(json.value.length / 1e6).toFixed(1)} MB)`, 9, () => importBartaJson(json.value)))
    lines.push(
      median('Barta JSON export + import', 9, () => {
        const r = exportBartaJson(pkg)
        if (r.ok) importBartaJson(r.value)
      })
    )
  }

  const small = Array.from({ length: 100 }, (_, i) => {
    const a: Article = {
      ...longArticle([]),
      id: `small-story-${String(i).padStart(3, '0')}`,
      leadImage: null,
      body: { type: 'doc', content: [] }
    }
    a.body = {
      type: 'doc',
      content: Array.from({ length: 6 }, (_, k) => ({ type: 'paragraph', content: [{ type: 'text', text: sentence(i + k, 30) }] }))
    }
    return a
  })
  const smallBarta = small.map((a) => {
    const r = exportBartaJson({ article: a, media: {}, exportedAt: '2024-01-21T18:00:00+06:00' })
    return r.ok ? r.value : ''
  })
  const smallNinjs = small.map((a) => {
    const r = exportNinjs(a, { media: () => undefined })
    return r.ok ? r.value : ''
  })
  lines.push(median('import of 100 small stories (Barta JSON)', 9, () => smallBarta.forEach((text) => importBartaJson(text))))
  lines.push(median('import of 100 small stories (ninjs)', 9, () => smallNinjs.forEach((text) => importNinjs(text))))
  return lines
}
