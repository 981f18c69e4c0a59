import type { EditorState, Transaction } from 'prosemirror-state'
import { closeHistory } from 'prosemirror-history'
import { toBengaliDigits, toLatinDigits } from '../../../shared/bangla/digits'

/**
 * Writes every digit in the selection — or in the whole body when nothing is selected — as Bengali (০–৯) or Latin
 * (0–9). Both sets are single UTF-16 units, so each text node keeps its length and marks; the change is one undo step.
 */
export function convertDigits(state: EditorState, to: 'bengali' | 'latin'): Transaction | null {
  const convert = to === 'bengali' ? toBengaliDigits : toLatinDigits
  const { from, to: end, empty } = state.selection
  const [start, stop] = empty ? [0, state.doc.content.size] : [from, end]
  // Its own undo step, never merged with the typing just before it.
  const tr = closeHistory(state.tr)
  state.doc.nodesBetween(start, stop, (node, pos) => {
    if (!node.isText || !node.text) return
    const a = Math.max(start, pos)
    const b = Math.min(stop, pos + node.text.length)
    const before = node.text.slice(a - pos, b - pos)
    const after = convert(before)
    if (after !== before) tr.replaceWith(a, b, state.schema.text(after, node.marks))
  })
  return tr.docChanged ? tr : null
}
