import type { Article, ArticleSummary, LastMove, Submission } from './model'
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
    live: liveSummaryOf(article),
    lastMove: lastMoveOf(article),
    submitted: submissionOf(article)
  }
}

/** The story's latest move (the workflow record is in time order, newest last); the note stays with the story. */
export function lastMoveOf(article: Pick<Article, 'workflow'>): LastMove | null {
  const entry = article.workflow.at(-1)
  if (!entry) return null
  return { at: entry.at, by: { id: entry.by.id, name: entry.by.name, role: entry.by.role }, from: entry.from, to: entry.to }
}

/** The story's latest submission to the desk (a reporter's «জমা দিন», or a resubmission after a return). */
export function submissionOf(article: Pick<Article, 'workflow'>): Submission | null {
  const entry = article.workflow.findLast((move) => move.to === 'submitted')
  return entry ? { at: entry.at, by: { id: entry.by.id, name: entry.by.name, role: entry.by.role } } : null
}

/**
 * A summary from before `lastMove` and `submitted` existed, of a story that may have moved: its file must be read once
 * to fill them in.
 */
export function lacksLastMove(summary: ArticleSummary): boolean {
  return (summary.lastMove === undefined || summary.submitted === undefined) && summary.status !== 'draft'
}
