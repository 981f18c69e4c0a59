import type { Article, Publication } from '../shared/article/model'
import { bodyToPlainText } from '../shared/article/body'
import { cleanSlug, suggestSlug, uniqueSlug } from '../shared/article/slug'
import { isUnderCorrection, liveSummaryOf, storyUrl } from '../shared/article/publication'
import { countText } from '../shared/bangla/count'
import { toZonedIso } from '../shared/bangla/dates'
import { canonicalize } from '../shared/bangla/normalize'
import { err, isErr, ok, type Err, type Result } from '../shared/result'
import type { Settings } from '../shared/settings'
import { approvalChecklistEntries, checkMove, MOVES, type ChecklistEntry, type ProfileRef, type WorkflowAction } from '../shared/workflow'
import type { TransitionSummary } from '../shared/api'
import type { ArticleStore } from './article-store'
import type { MediaSource } from './media-store'
import type { PublishedVersionStore } from './published-versions'

const notFound = () => err('not-found', 'লেখাটি খুঁজে পাওয়া যায়নি।', 'The article was not found.')

const noteNotHere = () =>
  err(
    'bad-request',
    'সংশোধনী শুধু প্রকাশিত লেখার সংশোধন প্রকাশের সময় দেওয়া যায়; কিছুই বদলানো হয়নি।',
    'A correction note goes only with publishing a correction of a published story; nothing was changed.'
  )

const publishedTextMissing = () =>
  err(
    'storage',
    'প্রকাশিত সংস্করণটির লেখা পাওয়া যায়নি, তাই সংশোধন বাদ দেওয়া গেল না; কিছুই বদলানো হয়নি।',
    'The text of the published version could not be read, so the correction was not dropped; nothing was changed.'
  )

interface PublishingDeps {
  store: ArticleStore
  media: MediaSource
  versions: PublishedVersionStore
  settings: () => Settings
  now: () => Date
}

/**
 * Workflow moves with what they bring along: the approval checklist checked against the media store (a photo whose
 * file is missing counts as none), a published version recorded on every publish, the «আপডেট» time and correction
 * note of a published correction, the slug a story goes out under, and dropping a correction. The move itself is
 * checked by the pure rules in src/shared/workflow.ts; the record of it is written here and nowhere else.
 */
export class Publishing {
  constructor(private readonly deps: PublishingDeps) {}

  /** Which of the story's photos are really in the media store (only the lead photo counts for the checklist). */
  private async presentMedia(article: Article): Promise<Set<string>> {
    const present = new Set<string>()
    const mediaId = article.leadImage?.mediaId.trim() ?? ''
    if (mediaId !== '' && (await this.deps.media.has(mediaId))) present.add(mediaId)
    return present
  }

  async checklist(id: string): Promise<Result<{ items: ChecklistEntry[]; ready: boolean }>> {
    const article = await this.deps.store.get(id)
    if (!article) return notFound()
    const present = await this.presentMedia(article)
    const items = approvalChecklistEntries(article, (mediaId) => present.has(mediaId))
    return ok({ items, ready: items.every((item) => item.done) })
  }

  /** Live slugs of other stories: a story goes out under a slug nobody else's published page uses. */
  private async takenSlugs(exceptId: string): Promise<Set<string>> {
    const { items } = await this.deps.store.list({})
    const taken = new Set<string>()
    for (const summary of items) {
      if (summary.id === exceptId) continue
      let live = summary.live
      if (live === undefined && summary.status === 'published') {
        const article = await this.deps.store.get(summary.id)
        live = article ? liveSummaryOf(article) : null
      }
      const slug = live ? cleanSlug(live.slug) : ''
      if (slug) taken.add(slug)
    }
    return taken
  }

  /** The slug the story is published under: its own (cleaned), else one suggested from the headline; numbered if taken. */
  private publishSlug(article: Article, taken: Set<string>): string {
    const base = cleanSlug(article.slug) || suggestSlug(article.headline) || `story-${article.id.slice(0, 8)}`
    return uniqueSlug(base, (slug) => taken.has(slug))
  }

  async transition(
    id: string,
    action: WorkflowAction,
    actor: ProfileRef,
    note: string | undefined,
    correctionNote: string | undefined
  ): Promise<Result<Article>> {
    const { store, versions } = this.deps
    const reason = canonicalize(note ?? '').trim()
    const correction = canonicalize(correctionNote ?? '').trim()
    const before = await store.get(id)
    if (!before) return notFound()
    if (correction !== '' && !(action === 'publish' && before.publication)) return noteNotHere()
    const present = await this.presentMedia(before)
    const taken = action === 'publish' ? await this.takenSlugs(id) : new Set<string>()
    // Dropping a correction brings back the published text, read now (a version never changes once written).
    const published = action === 'discardCorrection' && before.publication ? await versions.read(id, before.publication.version) : undefined
    if (action === 'discardCorrection' && isUnderCorrection(before) && !published) return publishedTextMissing()
    const stamp = this.deps.now()
    const timeZone = this.deps.settings().site.timeZone
    let record: Publication | undefined

    const updated = await store.updateMeta(
      id,
      (current) => {
        const move = checkMove(current, actor, action, reason, (mediaId) => present.has(mediaId))
        if (!move.ok) return move
        if (correction !== '' && !current.publication) return noteNotHere()
        let next: Article = {
          ...current,
          status: move.value,
          workflow: [...current.workflow, { at: stamp.toISOString(), by: actor, from: current.status, to: move.value, note: reason }]
        }
        if (action === 'publish') {
          next = this.publish(next, current, actor, stamp, timeZone, correction, taken)
          record = next.publication
        } else if (action === 'discardCorrection') {
          if (!published || published.version !== current.publication?.version) return publishedTextMissing()
          next = { ...next, ...published.content }
        } else if (action === 'correct' && !current.publication) {
          // A story published before versions were kept: its text now becomes version 1, so nothing readers saw is lost.
          const entry = [...current.workflow].reverse().find((step) => step.to === 'published')
          next.publication = this.publicationOf(current, 1, entry?.at ?? current.modifiedAt, entry?.by ?? null, [])
          record = next.publication
        }
        return next
      },
      'status',
      async (next, current) => {
        if (!record) return
        const article = action === 'publish' ? next : current
        await versions.record(article, {
          version: record.version,
          at: record.at,
          by: record.by,
          note: action === 'publish' ? correction : ''
        })
      }
    )
    if (!updated) return notFound()
    return isErr(updated) ? updated : ok(updated)
  }

  private publicationOf(
    article: Article,
    version: number,
    at: string,
    by: ProfileRef | null,
    corrections: Publication['corrections']
  ): Publication {
    return {
      version,
      at,
      by,
      headline: article.headline,
      slug: article.slug,
      publishedAt: article.publishedAt,
      contentUpdatedAt: article.contentUpdatedAt,
      corrections
    }
  }

  /** A publish: the slug it goes out under, and for a correction the «আপডেট» time and the note; then the new version. */
  private publish(
    next: Article,
    current: Article,
    actor: ProfileRef,
    stamp: Date,
    timeZone: string,
    correction: string,
    taken: Set<string>
  ): Article {
    const version = (current.publication?.version ?? 0) + 1
    const published: Article = { ...next, slug: this.publishSlug(next, taken) }
    const corrections = [...(current.publication?.corrections ?? [])]
    if (current.publication) {
      published.contentUpdatedAt = toZonedIso(stamp, timeZone) || stamp.toISOString()
      if (correction !== '') corrections.push({ version, at: published.contentUpdatedAt, note: correction })
    }
    published.publication = this.publicationOf(published, version, stamp.toISOString(), actor, corrections)
    return published
  }

  /** Everything a confirmation dialog for this move shows, and whether the move can be made now (and if not, why). */
  async summary(id: string, action: WorkflowAction, actor: ProfileRef): Promise<Result<TransitionSummary>> {
    const article = await this.deps.store.get(id)
    if (!article) return notFound()
    const present = await this.presentMedia(article)
    const hasMedia = (mediaId: string) => present.has(mediaId)
    // The checklist is judged, the reason is not: the dialog is where the reason will be typed.
    const check = checkMove(article, actor, action, MOVES[action].needsReason ? 'x' : '', hasMedia)
    const settings = this.deps.settings()
    const stamp = this.deps.now()
    let slug = article.slug
    let contentUpdatedAt = article.contentUpdatedAt
    if (action === 'publish') {
      slug = this.publishSlug(article, await this.takenSlugs(id))
      if (article.publication) contentUpdatedAt = toZonedIso(stamp, settings.site.timeZone) || stamp.toISOString()
    }
    const photo = article.leadImage
    const goesLive = action === 'publish' || (action === 'discardCorrection' && check.ok)
    return ok({
      id,
      action,
      from: article.status,
      to: MOVES[action].to,
      refusal: check.ok ? null : refusalOf(check),
      headline: article.headline,
      byline: article.byline,
      dateline: article.dateline,
      section: article.section,
      publishedAt: article.publishedAt,
      contentUpdatedAt,
      photo: photo
        ? { mediaId: photo.mediaId, present: hasMedia(photo.mediaId.trim()), caption: photo.caption, credit: photo.credit, alt: photo.alt }
        : null,
      wordCount: countText(bodyToPlainText(article.body)).words,
      slug,
      url: goesLive || liveSummaryOf(article) ? storyUrl(settings.site.siteUrl, { slug, headline: article.headline }) : '',
      publishedVersion: article.publication?.version ?? (article.status === 'published' ? 1 : null),
      correction: isUnderCorrection(article) || (article.status === 'published' && action === 'correct'),
      nextVersion: action === 'publish' ? (article.publication?.version ?? 0) + 1 : null,
      checklist: approvalChecklistEntries(article, hasMedia)
    })
  }
}

function refusalOf(error: Err): TransitionSummary['refusal'] {
  return { code: error.code, message: error.message }
}
