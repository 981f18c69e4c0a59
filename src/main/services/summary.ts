import type { Article, ArticleSummary } from '../../shared/article/model'
import { bodyToPlainText } from '../../shared/article/body'

/** Words are counted the way a word processor does: runs of non-space characters. */
export function countWords(text: string): number {
  const matches = text.match(/\S+/gu)
  return matches ? matches.length : 0
}

export function summarize(article: Article, trashedAt: string | null): ArticleSummary {
  return {
    id: article.id,
    headline: article.headline,
    byline: article.byline,
    section: article.section,
    status: article.status,
    modifiedAt: article.modifiedAt,
    revision: article.revision,
    wordCount: countWords(bodyToPlainText(article.body)),
    trashedAt
  }
}
