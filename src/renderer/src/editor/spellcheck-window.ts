import type { EditorView } from 'prosemirror-view'
import type { Range } from './spellcheck-ranges'

/**
 * The stretch of the document whose underlines are drawn: the blocks on screen and a screen's height above and below.
 * Every underline is a span in the editable text, and the browser's editing work on each keystroke grows with the
 * spans in it; a long story full of names would pay for hundreds nobody can see. The rest are known (the panel lists
 * them) and drawn when scrolled to. Found by binary search over the top-level blocks' boxes: a dozen reads, on scroll.
 */
export function visibleWindow(view: EditorView): Range | null {
  const blocks = view.dom.children
  const count = blocks.length
  if (count === 0 || typeof window === 'undefined') return null
  const screen = window.innerHeight
  const top = -screen
  const bottom = 2 * screen
  const box = (index: number): DOMRect => (blocks[index] as HTMLElement).getBoundingClientRect()
  let lo = 0
  let hi = count
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (box(mid).bottom < top) lo = mid + 1
    else hi = mid
  }
  const first = Math.min(lo, count - 1)
  hi = count
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (box(mid).top <= bottom) lo = mid + 1
    else hi = mid
  }
  const last = Math.max(first, lo - 1)
  const firstBlock = blocks[first]
  const lastBlock = blocks[last]
  if (!firstBlock || !lastBlock) return null
  try {
    const size = view.state.doc.content.size
    const from = Math.max(0, view.posAtDOM(firstBlock, 0) - 1)
    const to = Math.min(size, view.posAtDOM(lastBlock, lastBlock.childNodes.length) + 1)
    return to > from ? { from, to } : null
  } catch {
    // A block the view does not know (never expected): draw everything rather than guess.
    return null
  }
}

export const sameWindow = (a: Range | null, b: Range | null): boolean =>
  a === b || (a !== null && b !== null && a.from === b.from && a.to === b.to)
