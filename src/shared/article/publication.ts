import type { Article, ArticleContent, LiveSummary } from './model'
import type { ProfileRef } from '../workflow'
import { cleanSlug, effectiveSlug } from './slug'

/**
 * What readers see of a story. A story is live while it is published or while a correction of it is worked on; a
 * killed story is not. Pages, the «সর্বশেষ» rail and story links are built only from live versions, never from a
 * working copy — a draft headline must never reach a page.
 */

/** True while a published story's correction is being worked on: the published version stays what readers see. */
export function isUnderCorrection(article: Pick<Article, 'status' | 'publication'>): boolean {
  return article.publication !== undefined && article.status !== 'published' && article.status !== 'killed'
}

/** The live version's line, or null when readers see nothing of this story. */
export function liveSummaryOf(article: Pick<Article, 'status' | 'publication' | 'headline' | 'slug' | 'publishedAt'>): LiveSummary | null {
  if (article.status === 'killed') return null
  const publication = article.publication
  if (publication) {
    return { headline: publication.headline, slug: publication.slug, publishedAt: publication.publishedAt, version: publication.version }
  }
  // Stories published before versions were kept: the story's own text is the published one (it is locked).
  if (article.status === 'published') {
    return { headline: article.headline, slug: article.slug, publishedAt: article.publishedAt, version: 1 }
  }
  return null
}

/**
 * A story's public address: the site URL setting + the story's slug (`https://example.com/tista-flood`). '' when
 * there is no site URL or no slug to put after it.
 */
export function storyUrl(siteUrl: string, story: { slug: string; headline: string }): string {
  const slug = effectiveSlug(story)
  if (siteUrl.trim() === '' || slug === '') return ''
  try {
    const base = new URL(siteUrl.trim())
    if (base.protocol !== 'http:' && base.protocol !== 'https:') return ''
    const path = base.pathname.endsWith('/') ? base.pathname : `${base.pathname}/`
    return new URL(`${path}${encodeURIComponent(cleanSlug(slug) || slug)}`, base.origin).href
  } catch {
    return ''
  }
}

/** One version readers were shown, as the contract lists it (newest first); compare two with the word diff. */
export interface PublishedVersionInfo {
  /** 1 for the first publication, 2 for the first published correction … */
  version: number
  /** When this library published it, and who did. */
  at: string
  by: ProfileRef | null
  /** The correction note published with it ('' for the first publication or a correction without a note). */
  note: string
  /** The story's revision at that moment. */
  revision: number
  headline: string
  wordCount: number
}

export interface PublishedVersion extends Omit<PublishedVersionInfo, 'headline' | 'wordCount'> {
  content: ArticleContent
}
