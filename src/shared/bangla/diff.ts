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
  const raw: DiffPart[] = changes.map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value.join('')
  }))
  return coalesce(raw)
}

/**
 * Readable diffs: a run of changes separated only by spaces is shown as one removed phrase and one added phrase
 * («শ্রমিক সংকট» → «দাম ভালো»), not as alternating single words — the way word processors show tracked changes.
 */
function coalesce(raw: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  let removed = ''
  let added = ''
  const flush = () => {
    if (removed) out.push({ kind: 'removed', text: removed })
    if (added) out.push({ kind: 'added', text: added })
    removed = ''
    added = ''
  }
  const push = (part: DiffPart) => {
    const last = out.at(-1)
    if (last && last.kind === part.kind) last.text += part.text
    else if (part.text !== '') out.push({ ...part })
  }
  raw.forEach((part, index) => {
    if (part.kind === 'removed') removed += part.text
    else if (part.kind === 'added') added += part.text
    else {
      const inChange = removed !== '' || added !== ''
      const nextIsChange = raw[index + 1] !== undefined && raw[index + 1]!.kind !== 'same'
      if (inChange && nextIsChange && /^[\s\p{P}]*$/u.test(part.text) && !part.text.includes('\n')) {
        removed += part.text
        added += part.text
        return
      }
      flush()
      push(part)
    }
  })
  flush()
  return out
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
