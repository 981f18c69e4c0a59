import type { Article, ArticleSummary, LiveSummary } from '../shared/article/model'
import { isUnderCorrection, liveSummaryOf, storyUrl } from '../shared/article/publication'
import { RAIL_LIMIT, type LatestStory } from '../shared/render/context'
import type { ArticleStore } from './article-store'
import type { PublishedVersionStore } from './published-versions'

/**
 * What readers see, for the exports and the preview: the story as published (not a correction's working copy), the
 * «সর্বশেষ» rail of other published stories, and the story's own address. Nothing here ever reads a working copy's
 * headline into a page.
 */
export class PublishedPages {
  constructor(
    private readonly store: ArticleStore,
    private readonly versions: PublishedVersionStore
  ) {}

  /**
   * The story as readers see it. While a correction is worked on that is the published version (its text from
   * revisions/<id>/published/); otherwise the story itself. Undefined when the published text cannot be read.
   */
  async readerArticle(article: Article): Promise<Article | undefined> {
    if (!isUnderCorrection(article) || !article.publication) return article
    const version = await this.versions.read(article.id, article.publication.version)
    if (!version) return undefined
    return { ...article, ...version.content, status: 'published', revision: version.revision }
  }

  /** The published version when it differs from the story's own text (a correction is under way), else null. */
  async publishedCopy(article: Article): Promise<Article | null> {
    if (!isUnderCorrection(article)) return null
    return (await this.readerArticle(article)) ?? null
  }

  /** The story's public address (site URL + slug) when readers can see it, else ''. */
  canonicalUrl(article: Article, siteUrl: string): string {
    const live = liveSummaryOf(article)
    return live ? storyUrl(siteUrl, live) : ''
  }

  /**
   * The «সর্বশেষ» rail: the ten newest other published stories (by their publish time), each linked to its address.
   * Without a site URL there is no address to link to, so the rail is empty — never padded with unpublished stories.
   */
  async latest(exceptId: string, siteUrl: string): Promise<LatestStory[]> {
    if (siteUrl.trim() === '') return []
    const { items } = await this.store.list({})
    const live: Array<{ summary: ArticleSummary; line: LiveSummary }> = []
    for (const summary of items) {
      if (summary.id === exceptId) continue
      const line = await this.liveLine(summary)
      if (line && line.headline.trim() !== '') live.push({ summary, line })
    }
    const when = (entry: { summary: ArticleSummary; line: LiveSummary }) =>
      Date.parse(entry.line.publishedAt ?? entry.summary.modifiedAt) || 0
    return live
      .sort((a, b) => when(b) - when(a))
      .map(({ line }) => ({ headline: line.headline.trim(), href: storyUrl(siteUrl, line) }))
      .filter((story) => story.href !== '')
      .slice(0, RAIL_LIMIT)
  }

  /** Index lines written before `live` existed are read from the story (only a published story can be live then). */
  private async liveLine(summary: ArticleSummary): Promise<LiveSummary | null> {
    if (summary.live !== undefined) return summary.live
    if (summary.status !== 'published') return null
    const article = await this.store.get(summary.id)
    return article ? liveSummaryOf(article) : null
  }
}
