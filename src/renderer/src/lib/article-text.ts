import type { ArticleContent } from '../../../shared/article/model'
import { bodyToPlainText } from '../../../shared/article/body'

/** The words a reader sees, as one text for comparing two versions: headline, subheadline, summary, then the body. */
export function comparableText(content: Pick<ArticleContent, 'headline' | 'subheadline' | 'summary' | 'body'>): string {
  return [content.headline, content.subheadline, content.summary, bodyToPlainText(content.body)]
    .filter((part) => part.trim() !== '')
    .join('\n')
}
