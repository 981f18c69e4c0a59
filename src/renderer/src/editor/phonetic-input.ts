import type { Lexicon } from '../../../shared/bangla/lexicon'
import { applyKey, phoneticToBengali } from '../../../shared/bangla/phonetic'
import { choiceFor, chosenWord, committedText, moveChoice, showsList, type PhoneticChoice } from './phonetic-candidates'

/**
 * Phonetic typing in a plain text box (the headline). Unlike the body, the Latin word being typed sits in the box
 * itself (a text box cannot show a widget); when the word ends it is replaced by the chosen Bengali candidate (the
 * list under the box: ↑/↓ choose, Escape keeps the rule result). Edits go through execCommand('insertText') where the
 * browser supports it, so the box's own Ctrl+Z still works.
 */
type TextBox = HTMLInputElement | HTMLTextAreaElement

/** The word being typed, where it starts in the box, and its candidates. */
export interface InputPending extends PhoneticChoice {
  start: number
}

export interface InputPhonetic {
  keydown(event: KeyboardEvent, box: TextBox): void
  /** Ends the word in progress (blur, mode switched off). */
  flush(box: TextBox): void
  /** Ends the word with the candidate at `index` (a click on the list). */
  pick(index: number, box: TextBox): void
}

export interface InputPhoneticOptions {
  lexicon: () => Lexicon | null
  /** The word in progress changed (null: none); the list follows it. */
  onPending: (pending: InputPending | null) => void
}

function replaceRange(box: TextBox, from: number, to: number, text: string): void {
  box.setSelectionRange(from, to)
  const done = document.activeElement === box && document.execCommand(text === '' ? 'delete' : 'insertText', false, text)
  if (!done) {
    box.setRangeText(text, from, to, 'end')
    box.dispatchEvent(new Event('input', { bubbles: true }))
  }
}

export function createInputPhonetic(options: InputPhoneticOptions): InputPhonetic {
  let pending: InputPending | null = null

  function setPending(next: InputPending | null): void {
    pending = next
    options.onPending(next && showsList(next) ? next : null)
  }

  /** The pending word is still where we left it, with the caret right after it. */
  function inPlace(box: TextBox): boolean {
    if (!pending) return false
    const end = pending.start + pending.latin.length
    return box.value.slice(pending.start, end) === pending.latin && box.selectionStart === end && box.selectionEnd === end
  }

  /** Replaces the pending Latin with `text`, if it is still in the box. */
  function end(box: TextBox, text: string): void {
    if (pending && box.value.slice(pending.start, pending.start + pending.latin.length) === pending.latin) {
      replaceRange(box, pending.start, pending.start + pending.latin.length, text)
    }
    setPending(null)
  }

  function flush(box: TextBox): void {
    if (pending) end(box, chosenWord(pending))
  }

  function pick(index: number, box: TextBox): void {
    if (pending?.candidates[index]) end(box, chosenWord({ ...pending, chosen: index }))
  }

  function keydown(event: KeyboardEvent, box: TextBox): void {
    if (event.isComposing) return
    if (event.ctrlKey || event.metaKey || (event.altKey && event.key !== 'AltGraph')) {
      flush(box)
      return
    }
    if (pending && !inPlace(box)) flush(box) // the caret moved: the old word ends where it was
    if (pending && (event.key === 'ArrowDown' || event.key === 'ArrowUp') && showsList(pending)) {
      event.preventDefault()
      setPending({ ...moveChoice(pending, event.key === 'ArrowDown' ? 1 : -1), start: pending.start })
      return
    }
    if (pending && event.key === 'Escape') {
      event.preventDefault()
      end(box, phoneticToBengali(pending.latin))
      return
    }
    const step = applyKey(pending?.latin ?? '', event.key)
    if (step.commit !== undefined) {
      const from = pending?.start ?? box.selectionStart ?? 0
      const text = pending ? committedText(pending, step.commit) : step.commit
      replaceRange(box, from, from + (pending?.latin.length ?? 0), text)
      setPending(null)
      if (!step.passKey) event.preventDefault()
      return
    }
    if (step.passKey) return
    event.preventDefault()
    const start = pending?.start ?? box.selectionStart ?? 0
    const until = pending ? pending.start + pending.latin.length : (box.selectionEnd ?? start)
    replaceRange(box, start, until, step.pending)
    setPending(step.pending === '' ? null : { ...choiceFor(step.pending, options.lexicon()), start })
  }

  return { keydown, flush, pick }
}

let measuring: CanvasRenderingContext2D | null = null

/** Where the list goes: under the box, at the x where the word starts (measured with the box's own font). */
export function wordAnchor(box: TextBox, start: number): { left: number; top: number } {
  const rect = box.getBoundingClientRect()
  const style = getComputedStyle(box)
  measuring ??= document.createElement('canvas').getContext('2d')
  let offset = 0
  if (measuring) {
    measuring.font = style.font
    offset = measuring.measureText(box.value.slice(0, start)).width
  }
  const left = rect.left + parseFloat(style.borderLeftWidth) + parseFloat(style.paddingLeft) + offset - box.scrollLeft
  return { left: Math.min(Math.max(rect.left, left), rect.right - 40), top: rect.bottom }
}
