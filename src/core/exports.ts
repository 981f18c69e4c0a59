import type { Article } from '../shared/article/model'
import { bodyWithDigits } from '../shared/article/digits'
import { renderArticlePage } from '../shared/render'
import { cleanSlug, suggestSlug } from '../shared/article/slug'
import { exportBartaJson, exportNinjs, mediaIdsOf, toDataUri, type MediaBlob } from '../shared/export'
import { err, ok, type Err, type Result } from '../shared/result'
import type { Settings } from '../shared/settings'
import type { Profile } from '../shared/profiles'
import { DRAFT_MARK, isPublishable, roleName } from '../shared/workflow'
import type { FontAssets } from './font-assets'
import type { ArticleStore } from './article-store'
import type { MediaSource } from './media-store'
import type { PublishedPages } from './published-pages'

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
  media: MediaSource
  /** What readers see: the published version while a correction is worked on, the rail, the story's address. */
  pages: PublishedPages
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
 *
 * The page formats (HTML, folder, PDF) and ninjs are what readers and partners get, so while a published story is being
 * corrected they carry the published version, not the working copy; the Barta JSON package moves the working story
 * between desks and carries the working copy.
 */
export class Exporter {
  constructor(private readonly deps: ExportDeps) {}

  async export(id: string, format: ExportFormat): Promise<Result<ExportBundle>> {
    const working = await this.deps.store.get(id)
    if (!working) return err('not-found', 'লেখাটি খুঁজে পাওয়া যায়নি।', 'The article was not found.')
    const article = format === 'json' ? working : await this.deps.pages.readerArticle(working)
    if (!article) {
      return err(
        'storage',
        'প্রকাশিত সংস্করণটির লেখা পাওয়া যায়নি, তাই রপ্তানি করা গেল না।',
        'The text of the published version could not be read, so nothing was exported.'
      )
    }
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
      calendar: settings.calendar,
      latest: await this.deps.pages.latest(article.id, settings.site.siteUrl),
      ...(isPublishable(article.status) ? { canonicalUrl: this.deps.pages.canonicalUrl(article, settings.site.siteUrl) } : {}),
      resolveMedia: (mediaId) => {
        const blob = media[mediaId]
        if (!blob) return undefined
        return { src: mode === 'embedded' ? toDataUri(blob.type, blob.bytes) : `assets/images/${mediaId}`, type: blob.type }
      },
      fontCss: mode === 'embedded' ? await this.deps.fonts.embeddedCss() : this.deps.fonts.linkedCss('assets/fonts')
    })
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

/**
 * A safe file name from the slug: the story's own (cleaned), else one suggested from its headline, else the id. Two
 * stories may share a stem; a batch archive numbers the second (src/shared/article/slug.ts uniqueFileName).
 */
export function fileStem(article: Pick<Article, 'slug' | 'id' | 'headline'>): string {
  return cleanSlug(article.slug) || suggestSlug(article.headline) || `barta-${article.id}`
}
