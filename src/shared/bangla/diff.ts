import { diffArrays } from 'diff'

/**
 * Word-level diff for revisions and imported stories. Text is cut into words, spaces and punctuation with
 * Intl.Segmenter — one paragraph at a time, since segmenting a whole article at once is super-linear — so a change never
 * splits a grapheme cluster (ক্ষু, স্ত্রী, র‍্যা stay whole). The comparison itself is jsdiff's array diff.
 */
export interface DiffPart {
  kind: 'same' | 'added' | 'removed'
  text: string
}

const segmenter = new Intl.Segmenter('bn', { granularity: 'word' })

function tokens(text: string): string[] {
  const out: string[] = []
  const paragraphs = text.split('\n')
  paragraphs.forEach((paragraph, index) => {
    for (const { segment } of segmenter.segment(paragraph)) out.push(segment)
    if (index < paragraphs.length - 1) out.push('\n')
  })
  return out
}

export function diffWords(before: string, after: string): DiffPart[] {
  const changes = diffArrays(tokens(before), tokens(after)) ?? []
  const parts: DiffPart[] = []
  for (const change of changes) {
    const kind = change.added ? 'added' : change.removed ? 'removed' : 'same'
    const text = change.value.join('')
    const last = parts.at(-1)
    if (last && last.kind === kind) last.text += text
    else if (text !== '') parts.push({ kind, text })
  }
  return parts
}

/** Counts for a one-line summary: «১২টি শব্দ যোগ, ৩টি বাদ». */
export function diffStats(parts: DiffPart[]): { added: number; removed: number } {
  let added = 0
  let removed = 0
  for (const part of parts) {
    if (part.kind === 'same') continue
    const words = [...segmenter.segment(part.text)].filter((segment) => segment.isWordLike).length
    if (part.kind === 'added') added += words
    else removed += words
  }
  return { added, removed }
}
