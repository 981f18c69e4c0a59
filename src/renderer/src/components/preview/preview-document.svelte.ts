import type { Article } from '../../../../shared/article/model'
import { bodyWithDigits } from '../../../../shared/article/digits'
import { mediaIdsOf } from '../../../../shared/export/barta-json'
import { renderArticlePage, type LatestStory } from '../../../../shared/render'
import { DRAFT_MARK, isPublishable } from '../../../../shared/workflow'
import { api } from '../../lib/api-client'
import { liveArticle, readLiveArticle } from '../../lib/live-article.svelte'
import { previewFontCss } from '../../lib/preview-fonts'
import { settingsState } from '../../lib/settings.svelte'

export type PreviewMode = 'desktop' | 'tablet' | 'mobile' | 'print'

/** How many times one photo is asked for again after a failed read, before the page is left without it. */
const MEDIA_ATTEMPTS = 4

/**
 * The published page of one story as the preview shows it — the same renderArticlePage as the exports — re-rendered
 * whenever the story, the settings, the mode or a photo changes.
 *
 * Why it is careful about photos: a story's photos arrive after the first render (media.get), while the editor may
 * register its live copy of the story at any moment. Every render reads the story afresh and asks for the photos it
 * names; each photo is read once at a time (one promise per id), a failed read is not remembered as "no photo" (the
 * next render asks again, up to MEDIA_ATTEMPTS), and the page is rendered again when a photo arrives — so the last
 * render always has every photo that could be read, whichever order the answers come in.
 */
export class PreviewDocument {
  html = $state('')
  mode = $state<PreviewMode>('desktop')
  /** During a correction: the version readers see now, and whether the preview shows it instead of the working copy. */
  published = $state.raw<Article | null>(null)
  readersNow = $state(false)
  private latest: LatestStory[] = []
  // Plain maps on purpose: a photo's arrival calls render() itself, so reactivity would only add work.
  /* eslint-disable svelte/prefer-svelte-reactivity */
  private readonly media = new Map<string, string>()
  private readonly reading = new Map<string, Promise<void>>()
  private readonly failures = new Map<string, number>()
  /* eslint-enable svelte/prefer-svelte-reactivity */
  private readonly fontCss = previewFontCss()
  private closed = false

  constructor(
    private readonly articleId: string,
    /** The open story as last read, shown until the editor has registered what it holds. */
    private readonly stored: () => Article | null
  ) {}

  /** The rail comes from the services: published stories only, each linked — never another story's draft. */
  async loadContext(): Promise<void> {
    const context = await api.call('page.context', { id: this.articleId })
    if (this.closed) return
    if (context.ok) {
      this.latest = context.value.latest
      this.published = context.value.published
    }
    this.render()
  }

  /** The version readers see now when that is asked for; else the story as the editor holds it — only when the editor holds this story — else the stored copy. */
  private story(): Article | null {
    if (this.readersNow && this.published) return this.published
    const live = liveArticle.id === this.articleId ? readLiveArticle() : null
    return live ?? this.stored()
  }

  render(): void {
    if (this.closed) return
    const story = this.story()
    if (!story) return
    const settings = settingsState.value
    let page = renderArticlePage(
      { ...story, body: bodyWithDigits(story.body, settings.export.bodyDigits) },
      {
        settings: settings.site,
        calendar: settings.calendar,
        latest: settings.site.showRail ? this.latest : [],
        resolveMedia: (id) => {
          const src = this.media.get(id)
          return src ? { src } : undefined
        },
        fontCss: this.fontCss,
        // The same mark the export of an unapproved story carries.
        ...(isPublishable(story.status) ? {} : { draftMark: DRAFT_MARK })
      }
    )
    // The print view applies the page's own print stylesheet on screen.
    if (this.mode === 'print') page = page.replace('@media print{', '@media all{')
    this.html = page
    for (const id of mediaIdsOf(story)) this.readPhoto(id)
  }

  private readPhoto(mediaId: string): void {
    if (this.media.has(mediaId) || this.reading.has(mediaId) || (this.failures.get(mediaId) ?? 0) >= MEDIA_ATTEMPTS) return
    const read = api.call('media.get', { mediaId }).then(
      (result) => {
        this.reading.delete(mediaId)
        if (this.closed) return
        if (result.ok) {
          this.media.set(mediaId, `data:${result.value.type};base64,${result.value.dataBase64}`)
          this.render()
          return
        }
        // Asked again a moment later (the host may have been busy): the page is never left without a photo for good
        // because one read failed.
        const failed = (this.failures.get(mediaId) ?? 0) + 1
        this.failures.set(mediaId, failed)
        setTimeout(() => this.render(), 250 * failed)
      },
      () => {
        this.reading.delete(mediaId)
        this.failures.set(mediaId, (this.failures.get(mediaId) ?? 0) + 1)
      }
    )
    this.reading.set(mediaId, read)
  }

  close(): void {
    this.closed = true
  }
}
