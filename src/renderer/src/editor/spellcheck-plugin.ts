import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import type { Lexicon } from '../../../shared/bangla/lexicon'
import { canonicalize } from '../../../shared/bangla/normalize'
import { findMisspellings, isKnownWord } from '../../../shared/bangla/spellcheck'
import { dispatchAsOwnUndoStep } from './history-steps'
import { QUIET_MS, quietIn, requestIdle } from './spellcheck-idle'
import { addRange, changedRanges, mapRanges, removeRange, textBlocksIn, type Range } from './spellcheck-ranges'
import { sameWindow, visibleWindow } from './spellcheck-window'

/**
 * Bengali spell check in the body (bangla/spellcheck.ts): unknown words get a wavy underline (a decoration; the
 * document is never touched). Checking is paragraph by paragraph and incremental: an edit only marks the paragraphs it
 * touched as waiting ("dirty") and drops the underlines it typed into; once typing has paused, idle callbacks check a
 * few waiting paragraphs at a time. Nothing of it runs while a key is handled. The word the caret is in is left alone
 * until the caret leaves it (no red line under a word still being typed).
 */

export interface Misspelled extends Range {
  word: string
}

export interface SpellcheckState {
  enabled: boolean
  /** Every underline, drawn or not. */
  decorations: DecorationSet
  /** The stretch on and near the screen (spellcheck-window.ts); null until measured: then all are drawn. */
  drawnWindow: Range | null
  /** The underlines drawn: those in drawnWindow. */
  drawn: DecorationSet
  /** Stretches waiting to be checked, in current positions. */
  dirty: Range[]
  /** Words the writer chose to ignore in this story (this session). */
  ignored: ReadonlySet<string>
  /** The unknown word the caret was in when its paragraph was checked: checked again once the caret leaves it. */
  atCaret: Range | null
}

export interface SpellcheckOptions {
  /** The word list; null while it loads (nothing is flagged until it is there). */
  lexicon: () => Lexicon | null
  /** Initially on? (the desk's toggle, remembered on this machine) */
  enabled: boolean
  /** A right-click (or the menu key, Shift+F10) on an underlined word: open its menu at these viewport coordinates. */
  onMenu: (target: Misspelled, at: { x: number; y: number }) => void
}

type SpellMeta =
  | { enabled: boolean }
  | { done: Range[]; blocks: Range[]; found: Misspelled[]; atCaret: Range | null }
  | { recheck: 'all' }
  | { forget: 'known' }
  | { ignore: string }
  | { window: Range | null }

export const spellcheckKey = new PluginKey<SpellcheckState>('spellcheck')

/** Spend at most this much of an idle period per slice; at least one paragraph is checked per slice. */
const SLICE_MS = 4
/** Quiet time after a scroll before the drawn underlines follow the screen. */
const SCROLL_SETTLE_MS = 120
const SPELL_CLASS = 'spell-error'

export function spellcheckState(state: EditorState): SpellcheckState {
  return (
    spellcheckKey.getState(state) ?? {
      enabled: false,
      decorations: DecorationSet.empty,
      drawnWindow: null,
      drawn: DecorationSet.empty,
      dirty: [],
      ignored: new Set(),
      atCaret: null
    }
  )
}

/** The state with `decorations` and the drawn subset of them (within the window) in step. */
function withDecorations(
  value: SpellcheckState,
  decorations: DecorationSet,
  tr: Transaction,
  drawnWindow = value.drawnWindow
): SpellcheckState {
  const drawn = drawnWindow === null ? decorations : DecorationSet.create(tr.doc, decorations.find(drawnWindow.from, drawnWindow.to))
  return { ...value, decorations, drawnWindow, drawn }
}

function underline(item: Misspelled): Decoration {
  return Decoration.inline(item.from, item.to, { class: SPELL_CLASS }, { word: item.word })
}

const wordOf = (decoration: Decoration): string => (decoration.spec as { word: string }).word

const wholeDoc = (state: EditorState | { doc: EditorState['doc'] }): Range => ({ from: 0, to: state.doc.content.size })

function applyMeta(value: SpellcheckState, meta: SpellMeta, tr: Transaction, lexicon: Lexicon | null): SpellcheckState {
  if ('enabled' in meta) {
    const cleared = withDecorations(value, DecorationSet.empty, tr)
    return meta.enabled
      ? { ...cleared, enabled: true, dirty: [wholeDoc(tr)], atCaret: null }
      : { ...cleared, enabled: false, dirty: [], atCaret: null }
  }
  if ('window' in meta) return withDecorations(value, value.decorations, tr, meta.window)
  if (!value.enabled) return value
  if ('recheck' in meta) return { ...value, dirty: [wholeDoc(tr)] }
  if ('done' in meta) {
    let decorations = value.decorations
    let dirty = value.dirty
    for (const block of meta.blocks) decorations = decorations.remove(decorations.find(block.from, block.to))
    for (const range of meta.done) dirty = removeRange(dirty, range)
    const fresh = meta.found.filter((item) => !value.ignored.has(item.word)).map(underline)
    return { ...withDecorations(value, decorations.add(tr.doc, fresh), tr), dirty, atCaret: meta.atCaret ?? value.atCaret }
  }
  const ignored = 'ignore' in meta ? new Set([...value.ignored, canonicalize(meta.ignore)]) : value.ignored
  // A word added to the dictionary (or ignored) loses its underline at once, with its inflected forms.
  const stale = value.decorations.find(undefined, undefined, (spec: { word?: string }) => {
    const word = spec.word ?? ''
    return ignored.has(word) || (lexicon !== null && isKnownWord(word, lexicon))
  })
  return { ...withDecorations(value, value.decorations.remove(stale), tr), ignored }
}

function applyEdit(value: SpellcheckState, tr: Transaction, old: EditorState, state: EditorState): SpellcheckState {
  let { decorations, drawn, drawnWindow, dirty, atCaret } = value
  if (tr.docChanged) {
    decorations = decorations.map(tr.mapping, tr.doc)
    drawn = drawn.map(tr.mapping, tr.doc)
    dirty = mapRanges(dirty, tr.mapping)
    for (const changed of changedRanges(tr.mapping)) {
      // The word being edited loses its underline until its paragraph is checked again.
      decorations = decorations.remove(decorations.find(changed.from, changed.to))
      drawn = drawn.remove(drawn.find(changed.from, changed.to))
      dirty = addRange(dirty, changed)
    }
    if (drawnWindow) drawnWindow = { from: tr.mapping.map(drawnWindow.from, -1), to: tr.mapping.map(drawnWindow.to, 1) }
    if (atCaret) atCaret = { from: tr.mapping.map(atCaret.from, -1), to: tr.mapping.map(atCaret.to, 1) }
  }
  if (atCaret && (tr.docChanged || !old.selection.eq(state.selection))) {
    const head = state.selection.head
    if (head < atCaret.from || head > atCaret.to) {
      dirty = addRange(dirty, atCaret)
      atCaret = null
    }
  }
  return decorations === value.decorations && dirty === value.dirty && atCaret === value.atCaret
    ? value
    : { ...value, decorations, drawn, drawnWindow, dirty, atCaret }
}

/** Checks waiting paragraphs for about `budgetMs` (at least one), and reports what it found as one meta transaction. */
function checkSlice(view: EditorView, lexicon: Lexicon, budgetMs: number): void {
  const { dirty, enabled, drawnWindow } = spellcheckState(view.state)
  if (!enabled || dirty.length === 0) return
  const stop = performance.now() + budgetMs
  const head = view.hasFocus() ? view.state.selection.head : -1
  const done: Range[] = []
  const blocks: Range[] = []
  const found: Misspelled[] = []
  let atCaret: Range | null = null
  let timeUp = false
  // What is on screen first: the waiting stretches' parts in the drawn window, then the rest.
  const onScreen = drawnWindow
    ? dirty
        .map((range) => ({ from: Math.max(range.from, drawnWindow.from), to: Math.min(range.to, drawnWindow.to) }))
        .filter((range) => range.from < range.to)
    : []
  const seen = new Set<number>()
  for (const range of [...onScreen, ...dirty]) {
    const waiting = textBlocksIn(view.state.doc, range).filter((block) => !seen.has(block.start))
    let checkedAll = true
    for (const [index, block] of waiting.entries()) {
      seen.add(block.start)
      for (const miss of findMisspellings(block.text, lexicon)) {
        const item = { from: block.start + miss.start, to: block.start + miss.end, word: canonicalize(miss.word) }
        if (head >= item.from && head <= item.to) atCaret = { from: item.from, to: item.to }
        else found.push(item)
      }
      blocks.push({ from: block.start, to: block.end })
      done.push({ from: block.start - 1, to: block.end + 1 })
      if (performance.now() >= stop) {
        timeUp = true
        checkedAll = index === waiting.length - 1
        break
      }
    }
    // A range whose blocks are all checked (or that holds none: between blocks, a photo) is done as a whole.
    if (checkedAll) done.push(range)
    if (timeUp) break
  }
  const meta: SpellMeta = { done, blocks, found, atCaret }
  view.dispatch(view.state.tr.setMeta(spellcheckKey, meta).setMeta('addToHistory', false))
}

export function spellcheckPlugin(options: SpellcheckOptions): Plugin<SpellcheckState> {
  return new Plugin<SpellcheckState>({
    key: spellcheckKey,
    state: {
      init: (_config, state) => ({
        enabled: options.enabled,
        decorations: DecorationSet.empty,
        drawnWindow: null,
        drawn: DecorationSet.empty,
        dirty: options.enabled ? [wholeDoc(state)] : [],
        ignored: new Set(),
        atCaret: null
      }),
      apply(tr, value, old, state) {
        const meta = tr.getMeta(spellcheckKey) as SpellMeta | undefined
        const edited = applyEdit(value, tr, old, state)
        return meta ? applyMeta(edited, meta, tr, options.lexicon()) : edited
      }
    },
    view(editorView) {
      let quietTimer: ReturnType<typeof setTimeout> | undefined
      let scrollTimer: ReturnType<typeof setTimeout> | undefined
      let cancelIdle: (() => void) | undefined
      // The underlines drawn follow the screen: measured after a scroll or a resize settles, and before each check.
      const measureWindow = () => {
        const value = spellcheckState(editorView.state)
        if (editorView.isDestroyed || !value.enabled) return
        const next = visibleWindow(editorView)
        if (sameWindow(next, value.drawnWindow)) return
        editorView.dispatch(editorView.state.tr.setMeta(spellcheckKey, { window: next } satisfies SpellMeta).setMeta('addToHistory', false))
      }
      const onScroll = () => {
        clearTimeout(scrollTimer)
        scrollTimer = setTimeout(measureWindow, SCROLL_SETTLE_MS)
      }
      document.addEventListener('scroll', onScroll, { capture: true, passive: true })
      window.addEventListener('resize', onScroll, { passive: true })
      const firstFrame = requestAnimationFrame(measureWindow)
      const stopWaiting = () => {
        clearTimeout(quietTimer)
        cancelIdle?.()
        quietTimer = undefined
        cancelIdle = undefined
      }
      const runWhenIdle = () => {
        quietTimer = undefined
        cancelIdle = requestIdle((slice) => {
          cancelIdle = undefined
          const lexicon = options.lexicon()
          if (!lexicon || editorView.isDestroyed) return
          // A key, a click or a scroll since: wait for the next pause (the check never sits between two keystrokes).
          const wait = quietIn()
          if (wait > 0) quietTimer = setTimeout(runWhenIdle, wait)
          else {
            measureWindow()
            checkSlice(editorView, lexicon, slice.budget)
          }
        }, SLICE_MS)
      }
      const plan = (view: EditorView, edited: boolean) => {
        const { enabled, dirty } = spellcheckState(view.state)
        if (!enabled || dirty.length === 0 || options.lexicon() === null) return stopWaiting()
        // An edit restarts the quiet time; otherwise carry on with the next slice.
        if (edited) stopWaiting()
        if (quietTimer === undefined && cancelIdle === undefined) {
          if (edited) quietTimer = setTimeout(runWhenIdle, QUIET_MS)
          else runWhenIdle()
        }
      }
      plan(editorView, true)
      return {
        update(view, previous) {
          plan(view, view.state.doc !== previous.doc)
          // Switched on: draw what is on screen.
          if (spellcheckState(view.state).enabled && !spellcheckState(previous).enabled) onScroll()
        },
        destroy: () => {
          stopWaiting()
          clearTimeout(scrollTimer)
          cancelAnimationFrame(firstFrame)
          document.removeEventListener('scroll', onScroll, { capture: true })
          window.removeEventListener('resize', onScroll)
        }
      }
    },
    props: {
      handleDOMEvents: {
        contextmenu: (view, event) => {
          const atPointer = view.posAtCoords({ left: event.clientX, top: event.clientY })
          const target = atPointer ? misspellingAt(view.state, atPointer.pos) : null
          if (target) {
            event.preventDefault()
            options.onMenu(target, { x: event.clientX, y: event.clientY })
            return true
          }
          // The menu key fires contextmenu too: then the word is the one at the caret.
          return event.button < 0 || (event.clientX === 0 && event.clientY === 0) ? openAtCaret(view, options, event) : false
        }
      },
      handleKeyDown: (view, event) =>
        event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey) ? openAtCaret(view, options, event) : false,
      decorations: (state) => {
        const value = spellcheckState(state)
        return value.enabled ? value.drawn : null
      },
      // The browser's own checker has no Bengali and would only add a second set of lines.
      attributes: (state): Record<string, string> => (spellcheckState(state).enabled ? { spellcheck: 'false' } : {})
    }
  })
}

function openAtCaret(view: EditorView, options: SpellcheckOptions, event: Event): boolean {
  const target = misspellingAt(view.state, view.state.selection.head)
  if (!target) return false
  event.preventDefault()
  const coords = view.coordsAtPos(target.from)
  options.onMenu(target, { x: coords.left, y: coords.bottom + 2 })
  return true
}

// ------------------------------------------------------------------ commands the desk's UI calls

export function setSpellcheck(view: EditorView, enabled: boolean): void {
  if (spellcheckState(view.state).enabled !== enabled) view.dispatch(view.state.tr.setMeta(spellcheckKey, { enabled } satisfies SpellMeta))
}

/** The word list became ready or changed: check everything again (ready), or drop what is now known (a word added). */
export function refreshSpellcheck(view: EditorView, what: 'all' | 'known'): void {
  const meta: SpellMeta = what === 'all' ? { recheck: 'all' } : { forget: 'known' }
  view.dispatch(view.state.tr.setMeta(spellcheckKey, meta).setMeta('addToHistory', false))
}

export function ignoreWord(view: EditorView, word: string): void {
  view.dispatch(view.state.tr.setMeta(spellcheckKey, { ignore: word } satisfies SpellMeta).setMeta('addToHistory', false))
}

/** The underlined word at `pos` (the caret, or where the mouse was right-clicked), if any. */
export function misspellingAt(state: EditorState, pos: number): Misspelled | null {
  const value = spellcheckState(state)
  if (!value.enabled) return null
  const found = value.decorations.find(pos, pos).find((decoration) => decoration.from <= pos && pos <= decoration.to)
  return found ? { from: found.from, to: found.to, word: wordOf(found) } : null
}

export interface UnknownWord {
  word: string
  /** Where each occurrence is underlined, in document order. */
  places: Range[]
}

/** The underlined words, each once with its places, in order of first appearance (the panel's list). */
export function unknownWords(state: EditorState): UnknownWord[] {
  const value = spellcheckState(state)
  if (!value.enabled) return []
  const byWord = new Map<string, UnknownWord>()
  const all = value.decorations.find().sort((a, b) => a.from - b.from)
  for (const decoration of all) {
    const word = wordOf(decoration)
    const entry = byWord.get(word) ?? { word, places: [] }
    entry.places.push({ from: decoration.from, to: decoration.to })
    byWord.set(word, entry)
  }
  return [...byWord.values()]
}

/** Replaces the underlined words at `places` (one or all of a word's) with `replacement`, as one undo step. */
export function replaceMisspelled(view: EditorView, places: readonly Range[], replacement: string): void {
  const tr = view.state.tr
  for (const place of [...places].sort((a, b) => b.from - a.from)) {
    if (view.state.doc.textBetween(place.from, place.to) !== '') tr.insertText(replacement, place.from, place.to)
  }
  if (tr.docChanged) dispatchAsOwnUndoStep(view, tr.scrollIntoView())
}
