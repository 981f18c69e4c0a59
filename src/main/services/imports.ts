import { emptyContent, type Article } from '../../shared/article/model'
import { canonicalizePatch } from '../../shared/article/canonical'
import { importBartaJson, importNinjs, parseUntrustedJson, type ImportWarning, type MediaBlob } from '../../shared/export'
import { err, ok, type Result } from '../../shared/result'
import type { ArticleStore } from './library-store'
import type { MediaStore } from './media-store'

export interface ImportOutcome {
  id: string
  headline: string
  format: 'barta' | 'ninjs'
  /** The package's id was already in the library, so the story was added beside it under a new id. */
  renamed: boolean
  warnings: ImportWarning[]
}

/**
 * Reads a Barta JSON package or an IPTC ninjs item into the library. Everything is checked before anything is written:
 * a file that fails any check adds nothing — no article, no photo.
 */
export class Importer {
  constructor(
    private readonly store: ArticleStore,
    private readonly media: MediaStore
  ) {}

  async importText(text: string, options: { sidecars?: Record<string, Uint8Array> } = {}): Promise<Result<ImportOutcome>> {
    const parsed = parseUntrustedJson(text)
    if (!parsed.ok) return parsed
    const format = (parsed.value as { format?: unknown } | null)?.format
    if (format === 'barta.article') return this.fromBarta(text)
    if (typeof parsed.value === 'object' && parsed.value !== null && ('headlines' in parsed.value || 'uri' in parsed.value || 'bodies' in parsed.value)) {
      return this.fromNinjs(text, options.sidecars ?? {})
    }
    return err(
      'bad-request',
      'ফাইলটি বার্তা JSON বা IPTC ninjs নয়; কিছুই আমদানি করা হয়নি।',
      'The file is neither Barta JSON nor IPTC ninjs; nothing was imported.'
    )
  }

  private async fromBarta(text: string): Promise<Result<ImportOutcome>> {
    const pkg = importBartaJson(text)
    if (!pkg.ok) return pkg
    await this.storeMedia(pkg.value.media)
    const content = canonicalizePatch(pkg.value.article)
    const article = await this.store.adopt({ ...pkg.value.article, ...content } as Article)
    const warnings: ImportWarning[] = pkg.value.missingMedia.map((mediaId) => ({
      code: 'photo-unreadable',
      message: { bn: 'প্যাকেজে একটি ছবি ছিল না; ক্যাপশন ও সূত্র রাখা হয়েছে।', en: 'A photo was missing from the package; its caption and credit were kept.' },
      detail: mediaId
    }))
    return ok({ id: article.id, headline: article.headline, format: 'barta', renamed: article.id !== pkg.value.article.id, warnings })
  }

  private async fromNinjs(text: string, sidecars: Record<string, Uint8Array>): Promise<Result<ImportOutcome>> {
    const item = importNinjs(text, { readSidecar: (name) => sidecars[name] })
    if (!item.ok) return item
    await this.storeMedia(item.value.media)
    const created = await this.store.create(canonicalizePatch({ ...emptyContent(), ...item.value.content }))
    return ok({ id: created.id, headline: created.headline, format: 'ninjs', renamed: false, warnings: item.value.warnings })
  }

  /** Photos were verified by the importer (type by bytes, id by hash); the media store checks them once more. */
  private async storeMedia(media: Record<string, MediaBlob>): Promise<void> {
    for (const blob of Object.values(media)) await this.media.put(blob.bytes)
  }
}
