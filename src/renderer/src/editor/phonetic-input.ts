import { applyKey, phoneticToBengali } from '../../../shared/bangla/phonetic'

/**
 * Phonetic typing in a plain text box (the headline). Unlike the body, the Latin word being typed sits in the box
 * itself (a text box cannot show a widget); when the word ends it is replaced by its Bengali. Edits go through
 * execCommand('insertText') where the browser supports it, so the box's own Ctrl+Z still works.
 */
type TextBox = HTMLInputElement | HTMLTextAreaElement

export interface InputPhonetic {
  keydown(event: KeyboardEvent, box: TextBox): void
  /** Ends the word in progress (blur, mode switched off). */
  flush(box: TextBox): void
}

function replaceRange(box: TextBox, from: number, to: number, text: string): void {
  box.setSelectionRange(from, to)
  const done = document.activeElement === box && document.execCommand(text === '' ? 'delete' : 'insertText', false, text)
  if (!done) {
    box.setRangeText(text, from, to, 'end')
    box.dispatchEvent(new Event('input', { bubbles: true }))
  }
}

export function createInputPhonetic(): InputPhonetic {
  let pending: { start: number; latin: string } | null = null

  /** The pending word is still where we left it, with the caret right after it. */
  function inPlace(box: TextBox): boolean {
    if (!pending) return false
    const end = pending.start + pending.latin.length
    return box.value.slice(pending.start, end) === pending.latin && box.selectionStart === end && box.selectionEnd === end
  }

  function flush(box: TextBox): void {
    if (pending && box.value.slice(pending.start, pending.start + pending.latin.length) === pending.latin) {
      replaceRange(box, pending.start, pending.start + pending.latin.length, phoneticToBengali(pending.latin))
    }
    pending = null
  }

  function keydown(event: KeyboardEvent, box: TextBox): void {
    if (event.isComposing) return
    if (event.ctrlKey || event.metaKey || (event.altKey && event.key !== 'AltGraph')) {
      flush(box)
      return
    }
    if (pending && !inPlace(box)) flush(box) // the caret moved: the old word ends where it was
    const step = applyKey(pending?.latin ?? '', event.key)
    if (step.commit !== undefined) {
      const from = pending?.start ?? box.selectionStart ?? 0
      replaceRange(box, from, from + (pending?.latin.length ?? 0), step.commit)
      pending = null
      if (!step.passKey) event.preventDefault()
      return
    }
    if (step.passKey) return
    event.preventDefault()
    const start = pending?.start ?? box.selectionStart ?? 0
    const end = pending ? pending.start + pending.latin.length : (box.selectionEnd ?? start)
    replaceRange(box, start, end, step.pending)
    pending = step.pending === '' ? null : { start, latin: step.pending }
  }

  return { keydown, flush }
}
