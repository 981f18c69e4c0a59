import { randomUUID } from 'node:crypto'
import { emptyContent, type Article, type ArticlePatch } from '../shared/article/model'
import type { ProfileRef } from '../shared/workflow'
import type { CopyOptions } from './article-store'
import { contentOf } from './revisions'

/**
 * How a stored article becomes the next one, whatever store keeps it (the library on disk, the newsroom's PostgreSQL):
 * one place for the rules, so two stores given the same calls answer the same articles.
 */

/** A new draft with this content: revision 1, no workflow yet, stamped now. */
export function newDraft(content: ArticlePatch, owner: ProfileRef | null, at: Date): Article {
  const stamp = at.toISOString()
  return {
    ...emptyContent(),
    ...structuredClone(content),
    id: randomUUID(),
    status: 'draft',
    owner,
    workflow: [],
    notes: [],
    createdAt: stamp,
    modifiedAt: stamp,
    revision: 1
  }
}

/** The stored article with new content on top: the next revision, stamped now. */
export function withContent(current: Article, content: ArticlePatch, at: Date): Article {
  return { ...current, ...structuredClone(content), revision: current.revision + 1, modifiedAt: at.toISOString() }
}

/**
 * The same JSON value, whatever order its objects' keys come in (PostgreSQL's jsonb hands keys back in its own order,
 * so "the same text" must not depend on it).
 */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a, sortedKeys) === JSON.stringify(b, sortedKeys)
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
  const record = value as Record<string, unknown>
  return Object.fromEntries(
    Object.keys(record)
      .sort()
      .map((key) => [key, record[key]])
  )
}

/** An editor re-sending the text it was given (an autosave after opening a locked story) changes nothing. */
export function patchChangesNothing(current: Article, patch: ArticlePatch): boolean {
  return Object.entries(patch).every(([field, value]) => sameJson(value, current[field as keyof ArticlePatch]))
}

/** A story from elsewhere arrives exactly as it was; one whose id is taken becomes a new story beside it. */
export function adoptedArticle(incoming: Article, idTaken: boolean, at: Date): Article {
  return idTaken ? { ...structuredClone(incoming), id: randomUUID(), modifiedAt: at.toISOString(), revision: 1 } : structuredClone(incoming)
}

export function textDiffers(a: Article, b: Article): boolean {
  return !sameJson(contentOf(a), contentOf(b))
}

/** After a change of what is not the text: a new revision only when the text changed after all. */
export function afterMetaChange(current: Article, changed: Article, at: Date): Article {
  return {
    ...changed,
    id: current.id,
    revision: textDiffers(changed, current) ? current.revision + 1 : current.revision,
    modifiedAt: at.toISOString()
  }
}

/** Another version (an imported package) in place of the current one: same id and creation time, the next revision. */
export function replacedArticle(current: Article, incoming: Article, at: Date): Article {
  return {
    ...structuredClone(incoming),
    id: current.id,
    createdAt: current.createdAt,
    revision: current.revision + 1,
    modifiedAt: at.toISOString()
  }
}

/** 'both' of a conflict: mine, on top of the stored text, filed as a new story with the copy's headline mark. */
export function conflictCopy(current: Article, mine: ArticlePatch, copy: CopyOptions, at: Date): Article {
  const content = { ...contentOf(current), ...mine }
  return newDraft({ ...content, headline: `${content.headline} ${copy.headlineSuffix}`.trim() }, copy.owner, at)
}
