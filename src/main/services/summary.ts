import type { Article, ArticleSummary } from '../../shared/article/model'
import { bodyToPlainText } from '../../shared/article/body'
import { countText } from '../../shared/bangla/count'

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
    ownerId: article.owner?.id ?? null
  }
}
