import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import type { Lexicon } from '../../../shared/bangla/lexicon'
import { applyKey, phoneticToBengali } from '../../../shared/bangla/phonetic'
import { dispatchAsOwnUndoStep } from './history-steps'
import { choiceFor, chosenWord, committedText, moveChoice, showsList, type PhoneticChoice } from './phonetic-candidates'

/**
 * Phonetic typing (see the header of bangla/phonetic.ts). The Latin word being typed is NOT put in the document: it
 * is shown as a widget at the caret, so the document only ever holds Bengali. Under it a list of Bengali candidates
 * (phonetic-candidates.ts, PhoneticSuggestions.svelte): ↑/↓ choose, and when the word ends (space, punctuation,
 * Enter, an arrow, a click elsewhere, blur, switching the mode off) the chosen candidate is inserted as one undo step;
 * Escape inserts the rule result instead. Ctrl+Z then takes back exactly that word.
 */

export interface PendingWord extends PhoneticChoice {
  /** Where the word will be inserted. */
  pos: number
}

export interface PhoneticState {
  enabled: boolean
  /** The Latin word being typed, its candidates and where it goes; null between words. */
  pending: PendingWord | null
}

export interface PhoneticOptions {
  /** The word list for the candidates; null while it is still loading (the rule result alone is offered). */
  lexicon: () => Lexicon | null
  /** The id of the candidate list (PhoneticSuggestions), for aria-controls and aria-activedescendant. */
  listId: string
}

export const phoneticKey = new PluginKey<PhoneticState>('phonetic')

type PhoneticMeta = { enabled: boolean } | { pending: PendingWord | null }

function pendingWidget(pending: PendingWord): HTMLElement {
  const span = document.createElement('span')
  span.className = 'phonetic-pending'
  span.textContent = pending.latin
  span.setAttribute('data-preview', chosenWord(pending))
  return span
}

export function phoneticState(state: EditorState): PhoneticState {
  return phoneticKey.getState(state) ?? { enabled: false, pending: null }
}

/** The word whose candidate list is showing, if any. */
export function suggestionsShown(state: EditorState): PendingWord | null {
  const { pending } = phoneticState(state)
  return pending && showsList(pending) ? pending : null
}

export const optionId = (listId: string, index: number): string => `${listId}-${index}`

/** Inserts `text` in place of the pending word as its own undo step, and clears the word. */
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

/** Ends the word in progress (if any) with its chosen candidate; used on blur and when the mode is switched off. */
export function flushPhonetic(view: EditorView): void {
  const { pending } = phoneticState(view.state)
  if (pending) commitPending(view, chosenWord(pending))
}

/** A candidate picked with the mouse: the word ends with it. */
export function pickSuggestion(view: EditorView, index: number): void {
  const { pending } = phoneticState(view.state)
  if (!pending || !pending.candidates[index]) return
  commitPending(view, chosenWord({ ...pending, chosen: index }))
}

export function setPhonetic(view: EditorView, enabled: boolean): void {
  if (!enabled) flushPhonetic(view)
  view.dispatch(view.state.tr.setMeta(phoneticKey, { enabled } satisfies PhoneticMeta))
}

function handleKey(view: EditorView, event: KeyboardEvent, options: PhoneticOptions): boolean {
  const { enabled, pending } = phoneticState(view.state)
  if (!enabled || event.isComposing || view.composing) return false
  if (event.ctrlKey || event.metaKey || (event.altKey && event.key !== 'AltGraph')) {
    // A shortcut ends the word first (Ctrl+B after «ami» bolds what follows, not a half-typed word).
    flushPhonetic(view)
    return false
  }
  if (pending && (event.key === 'ArrowDown' || event.key === 'ArrowUp') && showsList(pending)) {
    const moved = moveChoice(pending, event.key === 'ArrowDown' ? 1 : -1)
    view.dispatch(view.state.tr.setMeta(phoneticKey, { pending: { ...moved, pos: pending.pos } } satisfies PhoneticMeta))
    return true
  }
  if (pending && event.key === 'Escape') {
    // Escape keeps the word as the rules wrote it, whatever the list offered.
    commitPending(view, phoneticToBengali(pending.latin))
    return true
  }
  const step = applyKey(pending?.latin ?? '', event.key)
  if (step.commit !== undefined) {
    commitPending(view, pending ? committedText(pending, step.commit) : step.commit)
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
  const next = step.pending === '' ? null : { ...choiceFor(step.pending, options.lexicon()), pos }
  view.dispatch(tr.setMeta(phoneticKey, { pending: next } satisfies PhoneticMeta))
  return true
}

export function phoneticPlugin(options: PhoneticOptions): Plugin<PhoneticState> {
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
      return tr.insertText(chosenWord(pending), pending.pos)
    },
    props: {
      handleKeyDown: (view, event) => handleKey(view, event, options),
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
          Decoration.widget(pending.pos, () => pendingWidget(pending), {
            side: -1,
            key: `phonetic:${pending.latin}:${pending.chosen}`
          })
        ])
      },
      attributes: (state): Record<string, string> => {
        const { enabled } = phoneticState(state)
        if (!enabled) return {}
        const shown = suggestionsShown(state)
        return shown
          ? {
              'data-phonetic': 'on',
              'aria-autocomplete': 'list',
              'aria-controls': options.listId,
              'aria-activedescendant': optionId(options.listId, shown.chosen)
            }
          : { 'data-phonetic': 'on', 'aria-autocomplete': 'list' }
      }
    }
  })
}
