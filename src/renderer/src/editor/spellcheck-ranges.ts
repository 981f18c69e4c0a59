import type { Node as PMNode } from 'prosemirror-model'
import type { Mapping } from 'prosemirror-transform'

/**
 * The bookkeeping of incremental spell check: which stretches of the document wait to be checked. Ranges are kept
 * sorted and disjoint, in positions of the current document, and mapped through every edit.
 */
export interface Range {
  from: number
  to: number
}

/** Adds `range` to the sorted, disjoint `ranges`, merging what touches it. */
export function addRange(ranges: readonly Range[], range: Range): Range[] {
  let { from, to } = range
  const out: Range[] = []
  let placed = false
  for (const current of ranges) {
    if (current.to < from) out.push(current)
    else if (current.from > to) {
      if (!placed) {
        out.push({ from, to })
        placed = true
      }
      out.push(current)
    } else {
      from = Math.min(from, current.from)
      to = Math.max(to, current.to)
    }
  }
  if (!placed) out.push({ from, to })
  return out
}

/** `ranges` without `range`. */
export function removeRange(ranges: readonly Range[], range: Range): Range[] {
  const out: Range[] = []
  for (const current of ranges) {
    // A point (what a deletion leaves) goes when the removed range holds it.
    const overlaps =
      current.from === current.to
        ? current.from >= range.from && current.from <= range.to
        : current.to > range.from && current.from < range.to
    if (!overlaps) {
      out.push(current)
      continue
    }
    if (current.from < range.from) out.push({ from: current.from, to: range.from })
    if (current.to > range.to) out.push({ from: range.to, to: current.to })
  }
  return out
}

/** The ranges after an edit, in the new document's positions (a range the edit deleted shrinks to a point and stays). */
export function mapRanges(ranges: readonly Range[], mapping: Mapping): Range[] {
  let out: Range[] = []
  for (const range of ranges) out = addRange(out, { from: mapping.map(range.from, -1), to: mapping.map(range.to, 1) })
  return out
}

/** What an edit changed, in the new document's positions: one range per replaced stretch of each step. */
export function changedRanges(mapping: Mapping): Range[] {
  let out: Range[] = []
  mapping.maps.forEach((stepMap, index) => {
    const after = mapping.slice(index + 1)
    stepMap.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      out = addRange(out, { from: after.map(newStart, -1), to: after.map(newEnd, 1) })
    })
  })
  return out
}

/** A paragraph, heading or list item's text block to check: its text and where its content starts. */
export interface TextBlock {
  /** Position of the block's first content position (offset 0 of `text`). */
  start: number
  /** Position just after its content. */
  end: number
  /** One character per position: a line break (or any inline leaf) is '\n', so offsets map to positions 1:1. */
  text: string
}

/** The text blocks that meet `range`, in document order. */
export function textBlocksIn(doc: PMNode, range: Range): TextBlock[] {
  const blocks: TextBlock[] = []
  const from = Math.max(0, Math.min(range.from, doc.content.size))
  const to = Math.max(from, Math.min(range.to, doc.content.size))
  doc.nodesBetween(from, to === from ? Math.min(doc.content.size, to + 1) : to, (node, pos) => {
    if (!node.isTextblock) return true
    blocks.push({ start: pos + 1, end: pos + 1 + node.content.size, text: node.textBetween(0, node.content.size, undefined, '\n') })
    return false
  })
  return blocks
}
