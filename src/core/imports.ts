import { emptyContent, type Article } from '../shared/article/model'
import { canonicalizePatch } from '../shared/article/canonical'
import type { ImportResult, ImportWarningInfo } from '../shared/api'
import { importBartaJson, importNinjs, parseUntrustedJson, type BartaImport, type ImportWarning, type MediaBlob } from '../shared/export'
import type { Profile } from '../shared/profiles'
import { refOf } from '../shared/profiles'
import { err, isErr, ok, type Result } from '../shared/result'
import type { ArticleStore } from './article-store'
import { contentOf } from './revisions'
import type { MediaSource } from './media-store'
import { claimOf, withArrival, type Arrival } from './sender-claims'

/** States a package may bring with it; later ones are decided on this desk (see incomingArticle). */
const TRUSTED_IMPORT_STATES = new Set<Article['status']>(['draft', 'submitted', 'returned'])

/** A package may not take over a story in another person's name. */
function ownerClash(existing: Article, incoming: Article) {
  if (!existing.owner || !incoming.owner || existing.owner.id === incoming.owner.id) return null
  return err(
    'forbidden',
    `প্যাকেজটি এই লেখার মালিক হিসেবে অন্য একজনের (${incoming.owner.name}) পরিচয় দাবি করছে; কিছুই বদলানো হয়নি।`,
    `The package claims another profile (${incoming.owner.name}) as the owner of this story; nothing was changed.`,
    { existingOwner: existing.owner.id, incomingOwner: incoming.owner.id }
  )
}

/**
 * Reads a Barta JSON package (a story sent between machines) or an IPTC ninjs item into the library. Everything is
 * checked before anything is written: a file that fails any check adds nothing. A package for a story the library
 * already holds with other text is never applied silently: the caller gets both versions and decides.
 *
 * A package's text may be taken; its account of the past may not. Its `workflow` is kept apart as the sender's claim
 * and its notes are added (src/core/sender-claims.ts), whatever the desk decides; the story's state, owner and own
 * record stay what this library made them. Locked text (approved or published) is never replaced by a package.
 */
export class Importer {
  constructor(
    private readonly store: ArticleStore,
    private readonly media: MediaSource,
    private readonly importer: () => Profile,
    private readonly now: () => Date = () => new Date()
  ) {}

  private arrival(pkg: BartaImport): Arrival {
    return { pkg, receivedBy: refOf(this.importer()), receivedAt: this.now().toISOString() }
  }

  /** Adds the package's notes and history claim to a story here, leaving its text, state and record as they are. */
  private async recordArrival(id: string, pkg: BartaImport): Promise<Article | undefined> {
    const arrival = this.arrival(pkg)
    const updated = await this.store.updateMeta(id, (current) => withArrival(current, arrival).article)
    return updated && !isErr(updated) ? updated : undefined
  }

  async importText(text: string, options: { sidecars?: Record<string, Uint8Array> } = {}): Promise<Result<ImportResult>> {
    const parsed = parseUntrustedJson(text)
    if (!parsed.ok) return parsed
    const format = (parsed.value as { format?: unknown } | null)?.format
    if (format === 'barta.article') return this.fromBarta(text)
    if (
      typeof parsed.value === 'object' &&
      parsed.value !== null &&
      ('headlines' in parsed.value || 'uri' in parsed.value || 'bodies' in parsed.value)
    ) {
      return this.fromNinjs(text, options.sidecars ?? {})
    }
    return err(
      'bad-request',
      'ফাইলটি বার্তা JSON বা IPTC ninjs নয়; কিছুই আমদানি করা হয়নি।',
      'The file is neither Barta JSON nor IPTC ninjs; nothing was imported.'
    )
  }

  /** The desk's answer to a package that met an existing story: take it, keep ours, or keep both side by side. */
  async resolvePackage(text: string, choice: 'take' | 'keep' | 'both'): Promise<Result<ImportResult>> {
    const pkg = this.readPackage(text)
    if (!pkg.ok) return pkg
    const existing = await this.store.get(pkg.value.article.id)
    if (!existing || choice === 'both') return this.add(pkg.value)
    const clash = ownerClash(existing, pkg.value.article)
    if (clash) return clash
    if (choice === 'keep') return ok(this.imported((await this.recordArrival(existing.id, pkg.value)) ?? existing, pkg.value, false))
    await this.storeMedia(pkg.value.media)
    // Only the text is taken; the current text is kept as a revision first, so nothing is lost either way.
    const arrival = this.arrival(pkg.value)
    const replaced = await this.store.replaceContent(
      existing.id,
      (current) => ({ ...withArrival(current, arrival).article, ...contentOf(pkg.value.article) }),
      'import'
    )
    if (!replaced) return err('not-found', 'লেখাটি খুঁজে পাওয়া যায়নি।', 'The article was not found.')
    if (isErr(replaced)) return replaced
    return ok(this.imported(replaced, pkg.value, false))
  }

  private readPackage(text: string): Result<BartaImport> {
    const pkg = importBartaJson(text)
    if (!pkg.ok) return pkg
    return ok({ ...pkg.value, article: { ...pkg.value.article, ...canonicalizePatch(pkg.value.article) } as Article })
  }

  private async fromBarta(text: string): Promise<Result<ImportResult>> {
    const pkg = this.readPackage(text)
    if (!pkg.ok) return pkg
    const existing = await this.store.get(pkg.value.article.id)
    if (!existing) return this.add(pkg.value)
    const incoming = pkg.value.article
    const clash = ownerClash(existing, incoming)
    if (clash) return clash
    // The same text again: nothing to decide; only what came with it (notes, the sender's history) is recorded.
    if (JSON.stringify(contentOf(existing)) === JSON.stringify(contentOf(incoming))) {
      return ok(this.imported((await this.recordArrival(existing.id, pkg.value)) ?? existing, pkg.value, false))
    }
    return ok({
      kind: 'decision',
      id: existing.id,
      existing,
      incoming,
      sentAt: pkg.value.exportedAt,
      ...(pkg.value.exportedBy ? { sentBy: pkg.value.exportedBy } : {})
    })
  }

  private async add(pkg: BartaImport): Promise<Result<ImportResult>> {
    const refused = await this.storeMedia(pkg.media)
    const article = await this.store.adopt(this.incomingArticle(pkg))
    const result = this.imported(article, pkg, article.id !== pkg.article.id)
    if (result.kind === 'imported') result.warnings.push(...refused, ...this.statusWarnings(pkg.article))
    return ok(result)
  }

  /**
   * A story new to this library as it will be held: the package's text and owner (an owner-less story is ours); an
   * empty record of its own, the package's history kept apart and its notes marked as received. Approval is an act of
   * this desk: a story that arrives approved, published or killed is filed as submitted.
   */
  private incomingArticle(pkg: BartaImport): Article {
    const status = TRUSTED_IMPORT_STATES.has(pkg.article.status) ? pkg.article.status : 'submitted'
    const fresh: Article = { ...pkg.article, status, owner: pkg.article.owner ?? refOf(this.importer()), workflow: [], notes: [] }
    return withArrival(fresh, this.arrival(pkg)).article
  }

  private statusWarnings(article: Article): ImportWarning[] {
    if (TRUSTED_IMPORT_STATES.has(article.status)) return []
    return [
      {
        code: 'not-html',
        message: {
          bn: 'প্যাকেজে লেখাটি অনুমোদিত বা প্রকাশিত বলা ছিল; এখানে সেটি «জমা» হিসেবে রাখা হয়েছে — অনুমোদন এই ডেস্কেই দিতে হবে।',
          en: 'The package said the story was approved or published; it was filed here as submitted — approval is given on this desk.'
        },
        detail: article.status
      }
    ]
  }

  private imported(article: Article, pkg: BartaImport, renamed: boolean): ImportResult {
    const warnings: ImportWarningInfo[] = pkg.missingMedia.map((mediaId) => ({
      code: 'photo-unreadable',
      message: {
        bn: 'প্যাকেজে একটি ছবি ছিল না; ক্যাপশন ও সূত্র রাখা হয়েছে।',
        en: 'A photo was missing from the package; its caption and credit were kept.'
      },
      detail: mediaId
    }))
    const claim = claimOf({ pkg, receivedBy: refOf(this.importer()), receivedAt: '' })
    if (claim && claim.workflow.length > 0) {
      warnings.push({
        code: 'history-claimed',
        message: {
          bn: 'প্যাকেজের ধাপের ইতিহাস «প্রেরকের দেওয়া ইতিহাস» হিসেবে আলাদা রাখা হয়েছে; এই লাইব্রেরির নিজের রেকর্ডে যোগ হয়নি।',
          en: 'The package’s workflow history was kept apart as the sender’s claim; it was not added to this library’s own record.'
        },
        detail: `${claim.workflow.length}`
      })
    }
    return {
      kind: 'imported',
      id: article.id,
      headline: article.headline,
      format: 'barta',
      renamed,
      sentAt: pkg.exportedAt,
      ...(pkg.exportedBy ? { sentBy: pkg.exportedBy } : {}),
      warnings
    }
  }

  private async fromNinjs(text: string, sidecars: Record<string, Uint8Array>): Promise<Result<ImportResult>> {
    const item = importNinjs(text, { readSidecar: (name) => (Object.hasOwn(sidecars, name) ? sidecars[name] : undefined) })
    if (!item.ok) return item
    const refused = await this.storeMedia(item.value.media)
    const created = await this.store.create(canonicalizePatch({ ...emptyContent(), ...item.value.content }), refOf(this.importer()))
    const warnings: ImportWarning[] = [...item.value.warnings, ...refused]
    return ok({ kind: 'imported', id: created.id, headline: created.headline, format: 'ninjs', renamed: false, warnings })
  }

  /** Photos were verified by the importer (type by bytes, id by hash); the media store checks them once more. */
  private async storeMedia(media: Record<string, MediaBlob>): Promise<ImportWarning[]> {
    const refused: ImportWarning[] = []
    for (const [mediaId, blob] of Object.entries(media)) {
      const outcome = await this.media.put(blob.bytes)
      if (outcome.kind !== 'stored') {
        refused.push({
          code: 'photo-unreadable',
          message: {
            bn: 'একটি ছবি পড়া গেল না; ক্যাপশন ও সূত্র রাখা হয়েছে।',
            en: 'A photo could not be read; its caption and credit were kept.'
          },
          detail: mediaId
        })
      }
    }
    return refused
  }
}
