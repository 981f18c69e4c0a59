import { closeHistory } from 'prosemirror-history'
import type { Transaction } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'

/**
 * Dispatches `tr` as an undo step of its own: closed against the typing before it (closeHistory on it) and after it
 * (an empty closing transaction resets the history's grouping clock), so one Ctrl+Z takes back exactly this change.
 * Used for a phonetic word, a Bijoy paste conversion and replace-all.
 */
export function dispatchAsOwnUndoStep(view: EditorView, tr: Transaction): void {
  view.dispatch(closeHistory(tr))
  view.dispatch(closeHistory(view.state.tr))
}
