import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import { applyKey, phoneticToBengali } from '../../../shared/bangla/phonetic'
import { dispatchAsOwnUndoStep } from './history-steps'

/**
 * Phonetic typing (see the header of bangla/phonetic.ts). The Latin word being typed is NOT put in the document: it
 * is shown as a widget at the caret, so the document only ever holds Bengali. When the word ends (space, punctuation,
 * Enter, an arrow, a click elsewhere, blur, switching the mode off) its Bengali is inserted as one undo step; Ctrl+Z
 * then takes back exactly that word.
 */

export interface PhoneticState {
  enabled: boolean
  /** The Latin word being typed and where it will be inserted; null between words. */
  pending: { latin: string; pos: number } | null
}

export const phoneticKey = new PluginKey<PhoneticState>('phonetic')

type PhoneticMeta = { enabled: boolean } | { pending: PhoneticState['pending'] }

function pendingWidget(latin: string): HTMLElement {
  const span = document.createElement('span')
  span.className = 'phonetic-pending'
  span.textContent = latin
  span.setAttribute('data-preview', phoneticToBengali(latin))
  return span
}

export function phoneticState(state: EditorState): PhoneticState {
  return phoneticKey.getState(state) ?? { enabled: false, pending: null }
}

/** Inserts the pending word's Bengali (plus `suffix`) at its place as its own undo step, and clears it. */
function commitPending(view: EditorView, text: string): void {
  const { pending } = phoneticState(view.state)
  if (!pending) return
  const tr = view.state.tr.setMeta(phoneticKey, { pending: null } satisfies PhoneticMeta)
  if (text !== '') {
    const { selection } = view.state
    // The caret normally still sits where the word began; if so, typing marks (Ctrl+B before the word) apply.
    if (selection.empty && selection.from === pending.pos) tr.insertText(text)
    else tr.insertText(text, pending.pos)
  }
  dispatchAsOwnUndoStep(view, tr.scrollIntoView())
}

/** Ends the word in progress (if any) with its Bengali; used on blur and when the mode is switched off. */
export function flushPhonetic(view: EditorView): void {
  const { pending } = phoneticState(view.state)
  if (pending) commitPending(view, phoneticToBengali(pending.latin))
}

export function setPhonetic(view: EditorView, enabled: boolean): void {
  if (!enabled) flushPhonetic(view)
  view.dispatch(view.state.tr.setMeta(phoneticKey, { enabled } satisfies PhoneticMeta))
}

function handleKey(view: EditorView, event: KeyboardEvent): boolean {
  const { enabled, pending } = phoneticState(view.state)
  if (!enabled || event.isComposing || view.composing) return false
  if (event.ctrlKey || event.metaKey || (event.altKey && event.key !== 'AltGraph')) {
    // A shortcut ends the word first (Ctrl+B after «ami» bolds what follows, not a half-typed word).
    flushPhonetic(view)
    return false
  }
  const step = applyKey(pending?.latin ?? '', event.key)
  if (step.commit !== undefined) {
    commitPending(view, step.commit)
    return !step.passKey
  }
  if (step.passKey) return false
  let tr = view.state.tr
  let pos = pending?.pos
  if (pos === undefined) {
    // A new word typed over a selection replaces it, as ordinary typing would.
    if (!tr.selection.empty) tr = tr.deleteSelection()
    pos = tr.selection.from
  }
  view.dispatch(tr.setMeta(phoneticKey, { pending: step.pending === '' ? null : { latin: step.pending, pos } } satisfies PhoneticMeta))
  return true
}

export function phoneticPlugin(): Plugin<PhoneticState> {
  return new Plugin<PhoneticState>({
    key: phoneticKey,
    state: {
      init: () => ({ enabled: false, pending: null }),
      apply(tr: Transaction, value: PhoneticState): PhoneticState {
        const meta = tr.getMeta(phoneticKey) as PhoneticMeta | undefined
        let next = value
        if (meta && 'enabled' in meta) next = { enabled: meta.enabled, pending: meta.enabled ? value.pending : null }
        else if (meta && 'pending' in meta) next = { ...value, pending: meta.pending }
        if (next.pending && tr.docChanged && !(meta && 'pending' in meta)) {
          next = { ...next, pending: { ...next.pending, pos: tr.mapping.map(next.pending.pos, -1) } }
        }
        return next
      }
    },
    // A click or an arrow that moves the caret away ends the word where it was typed.
    appendTransaction(_trs, _old, state) {
      const { pending } = phoneticState(state)
      if (!pending) return null
      const { selection } = state
      if (selection.empty && selection.from === pending.pos) return null
      const tr = state.tr.setMeta(phoneticKey, { pending: null } satisfies PhoneticMeta)
      return tr.insertText(phoneticToBengali(pending.latin), pending.pos)
    },
    props: {
      handleKeyDown: handleKey,
      handleDOMEvents: {
        blur: (view) => {
          flushPhonetic(view)
          return false
        }
      },
      decorations(state) {
        const { pending } = phoneticState(state)
        if (!pending) return null
        return DecorationSet.create(state.doc, [
          Decoration.widget(pending.pos, () => pendingWidget(pending.latin), { side: -1, key: `phonetic:${pending.latin}` })
        ])
      },
      attributes: (state): Record<string, string> => (phoneticState(state).enabled ? { 'data-phonetic': 'on' } : {})
    }
  })
}
