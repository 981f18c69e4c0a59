import type { Article, ArticleSummary } from './model'
import { bodyToPlainText } from './body'
import { countText } from '../bangla/count'
import { liveSummaryOf } from './publication'

/** The library's line for a story: what the index stores and the list shows. */
export function summarize(article: Article, trashedAt: string | null): ArticleSummary {
  return {
    id: article.id,
    headline: article.headline,
    byline: article.byline,
    section: article.section,
    status: article.status,
    createdAt: article.createdAt,
    modifiedAt: article.modifiedAt,
    revision: article.revision,
    wordCount: countText(bodyToPlainText(article.body)).words,
    trashedAt,
    ownerId: article.owner?.id ?? null,
    live: liveSummaryOf(article)
  }
}
