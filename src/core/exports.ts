import type { Article } from '../shared/article/model'
import { bodyWithDigits } from '../shared/article/digits'
import { renderArticlePage } from '../shared/render'
import type { LatestStory } from '../shared/render/context'
import { exportBartaJson, exportNinjs, mediaIdsOf, toDataUri, type MediaBlob } from '../shared/export'
import { err, ok, type Err, type Result } from '../shared/result'
import type { Settings } from '../shared/settings'
import type { Profile } from '../shared/profiles'
import { DRAFT_MARK, isPublishable, roleName } from '../shared/workflow'
import type { FontAssets } from './font-assets'
import type { ArticleStore } from './library-store'
import type { MediaStore } from './media-store'

import type { ExportFormat } from '../shared/api'

export interface ExportFile {
  /** Relative path inside the export: a single file name, or assets/… for the folder export. */
  path: string
  contentType: string
  data: Uint8Array
}

export interface ExportBundle {
  /** A file name (or folder name) suggested from the slug or the id. */
  name: string
  files: ExportFile[]
}

/** Turns the published HTML into a PDF; the desktop app uses Electron's printToPDF, the host and CLI Chromium. */
export type PdfRenderer = (html: string) => Promise<Uint8Array>

interface ExportDeps {
  store: ArticleStore
  media: MediaStore
  fonts: FontAssets
  settings: () => Settings
  /** Who is exporting: recorded in a Barta package as its sender. */
  sender?: () => Profile
  pdf?: PdfRenderer
  now?: () => Date
}

const encoder = new TextEncoder()

/**
 * Every export of one story, from the same pieces as the preview: the one page renderer (src/shared/render), the Barta
 * JSON package and IPTC ninjs (src/shared/export). Files are returned, not written: the UI downloads them, the CLI
 * writes them where it was told.
 */
export class Exporter {
  constructor(private readonly deps: ExportDeps) {}

  async export(id: string, format: ExportFormat): Promise<Result<ExportBundle>> {
    const article = await this.deps.store.get(id)
    if (!article) return err('not-found', 'লেখাটি খুঁজে পাওয়া যায়নি।', 'The article was not found.')
    const settings = this.deps.settings()
    const prepared: Article = { ...article, body: bodyWithDigits(article.body, settings.export.bodyDigits) }
    const name = fileStem(article)
    const media = await this.mediaOf(article)

    switch (format) {
      case 'html': {
        const html = await this.page(prepared, media, 'embedded')
        return ok({
          name: `${name}.html`,
          files: [{ path: `${name}.html`, contentType: 'text/html; charset=utf-8', data: encoder.encode(html) }]
        })
      }
      case 'html-folder': {
        const html = await this.page(prepared, media, 'linked')
        const fonts = await this.deps.fonts.files()
        return ok({
          name,
          files: [
            { path: 'index.html', contentType: 'text/html; charset=utf-8', data: encoder.encode(html) },
            ...Object.entries(media).map(([mediaId, blob]) => ({
              path: `assets/images/${mediaId}`,
              contentType: blob.type,
              data: blob.bytes
            })),
            ...fonts.map((font) => ({ path: `assets/fonts/${font.name}`, contentType: 'font/woff2', data: new Uint8Array(font.data) }))
          ]
        })
      }
      case 'json': {
        const sender = this.deps.sender?.()
        const text = exportBartaJson({
          article,
          media,
          exportedAt: (this.deps.now?.() ?? new Date()).toISOString(),
          ...(sender ? { exportedBy: `${sender.name} (${roleName(sender.role).bn})` } : {})
        })
        if (!text.ok) return text
        return ok({
          name: `${name}.barta.json`,
          files: [{ path: `${name}.barta.json`, contentType: 'application/json', data: encoder.encode(text.value) }]
        })
      }
      case 'ninjs': {
        const text = exportNinjs(prepared, {
          media: (mediaId) => media[mediaId],
          siteName: settings.site.siteName,
          timeZone: settings.site.timeZone
        })
        if (!text.ok) return text
        return ok({
          name: `${name}.ninjs.json`,
          files: [{ path: `${name}.ninjs.json`, contentType: 'application/json', data: encoder.encode(text.value) }]
        })
      }
      case 'pdf': {
        if (!this.deps.pdf) return err('internal', 'এখানে PDF তৈরি করা যাচ্ছে না।', 'PDF export is not available here.')
        const html = await this.page(prepared, media, 'embedded')
        let pdf: Uint8Array
        try {
          pdf = await this.deps.pdf(html)
        } catch (error) {
          return pdfFailure(error)
        }
        return ok({ name: `${name}.pdf`, files: [{ path: `${name}.pdf`, contentType: 'application/pdf', data: pdf }] })
      }
    }
  }

  /** The published page: photos and fonts embedded (one standalone file) or linked from assets/ (the folder). */
  private async page(article: Article, media: Record<string, MediaBlob>, mode: 'embedded' | 'linked'): Promise<string> {
    const settings = this.deps.settings()
    return renderArticlePage(article, {
      // A story not yet approved leaves only as a marked preview copy.
      ...(isPublishable(article.status) ? {} : { draftMark: DRAFT_MARK }),
      settings: settings.site,
      latest: await this.latest(article.id, settings.site.siteUrl),
      resolveMedia: (mediaId) => {
        const blob = media[mediaId]
        if (!blob) return undefined
        return { src: mode === 'embedded' ? toDataUri(blob.type, blob.bytes) : `assets/images/${mediaId}`, type: blob.type }
      },
      fontCss: mode === 'embedded' ? await this.deps.fonts.embeddedCss() : this.deps.fonts.linkedCss('assets/fonts')
    })
  }

  /** The «সর্বশেষ» rail: the ten most recently edited other stories that are not in the trash. */
  private async latest(exceptId: string, siteUrl: string): Promise<LatestStory[]> {
    const { items } = await this.deps.store.list({ sort: 'modified', order: 'desc', limit: 11 })
    return items
      .filter((item) => item.id !== exceptId && item.headline.trim() !== '')
      .slice(0, 10)
      .map((item) => ({ headline: item.headline, ...(siteUrl ? { href: `${siteUrl.replace(/\/$/, '')}/${item.id}` } : {}) }))
  }

  private async mediaOf(article: Article): Promise<Record<string, MediaBlob>> {
    const entries = await Promise.all(
      mediaIdsOf(article).map(async (mediaId) => {
        const found = await this.deps.media.get(mediaId)
        return found ? ([mediaId, { type: found.type, bytes: new Uint8Array(found.data) }] as const) : undefined
      })
    )
    return Object.fromEntries(entries.filter((entry) => entry !== undefined))
  }
}

/**
 * A PDF that could not be made is an export problem, never a storage one: nothing was written. A page too heavy for
 * the browser to lay out in time (a 1 MB paragraph) says so, and what to do about it.
 */
function pdfFailure(error: unknown): Err {
  if (error instanceof Error && error.name === 'TimeoutError') {
    return err(
      'unavailable',
      'PDF তৈরি করতে বেশি সময় লেগে গেল, তাই রপ্তানি থামানো হয়েছে; কিছুই লেখা হয়নি। লেখাটি খুব বড় হলে (যেমন একটি বিশাল অনুচ্ছেদ) সেটি ভাগ করে আবার চেষ্টা করুন, অথবা HTML হিসেবে রপ্তানি করুন।',
      'Making the PDF took too long, so the export was stopped; nothing was written. If the story is very large (one huge paragraph, say), split it and try again, or export it as HTML.',
      { cause: 'pdf-timeout' }
    )
  }
  return err(
    'internal',
    'PDF তৈরি করা যায়নি; কিছুই লেখা হয়নি। আবার চেষ্টা করুন, অথবা HTML হিসেবে রপ্তানি করুন।',
    'The PDF could not be made; nothing was written. Try again, or export as HTML.',
    { cause: 'pdf-failed' }
  )
}

/** A safe file name: the slug if it is one, otherwise the id. */
export function fileStem(article: Pick<Article, 'slug' | 'id'>): string {
  const slug = article.slug
    .normalize('NFC')
    .replace(/[^\p{L}\p{M}\p{N}-]+/gu, '-')
    .replace(/-+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80)
  return slug || `barta-${article.id}`
}
