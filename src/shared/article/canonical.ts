import { canonicalize } from '../bangla/normalize'
import { TEXT_KEYS, type ArticlePatch, type LeadImage } from './model'
import type { BodyNode } from './body'
import { sanitizeBody } from './sanitize'

/**
 * Brings every piece of user text in a patch to the one stored form (see bangla/normalize.ts) before it reaches the
 * disk, so typing, pasting and importing all store the same bytes for the same words; the body is sanitized too.
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

export function canonicalizePatch(patch: ArticlePatch): ArticlePatch {
  const next: ArticlePatch = { ...patch }
  for (const field of TEXT_KEYS) {
    const value = patch[field]
    if (typeof value === 'string') next[field] = canonicalize(value)
  }
  if (patch.tags) next.tags = patch.tags.map(canonicalize)
  if (patch.leadImage) next.leadImage = canonicalImage(patch.leadImage)
  // The body keeps only the shared vocabulary (body-schema.ts) whichever way it arrived: editor, API call or import.
  if (patch.body) {
    const clean = sanitizeBody(patch.body)
    next.body = { ...clean, content: clean.content.map(canonicalNode) }
  }
  return next
}
