import { canonicalize } from '../bangla/normalize'
import type { ArticlePatch, LeadImage } from './model'
import type { BodyDoc, BodyNode } from './body'

/**
 * Brings every piece of user text in a patch to the one stored form (see bangla/normalize.ts) before it reaches the
 * disk, so typing, pasting and importing all store the same bytes for the same words.
 */
function canonicalNode(node: BodyNode): BodyNode {
  const next: BodyNode = { ...node }
  if (typeof node.text === 'string') next.text = canonicalize(node.text)
  if (node.content) next.content = node.content.map(canonicalNode)
  return next
}

function canonicalImage(image: LeadImage): LeadImage {
  return { ...image, caption: canonicalize(image.caption), credit: canonicalize(image.credit), alt: canonicalize(image.alt) }
}

const TEXT_FIELDS = ['headline', 'subheadline', 'byline', 'dateline', 'section', 'summary', 'slug', 'ednote'] as const

export function canonicalizePatch(patch: ArticlePatch): ArticlePatch {
  const next: ArticlePatch = { ...patch }
  for (const field of TEXT_FIELDS) {
    const value = patch[field]
    if (typeof value === 'string') next[field] = canonicalize(value)
  }
  if (patch.tags) next.tags = patch.tags.map(canonicalize)
  if (patch.leadImage) next.leadImage = canonicalImage(patch.leadImage)
  if (patch.body) next.body = { ...patch.body, content: patch.body.content.map(canonicalNode) } satisfies BodyDoc
  return next
}
