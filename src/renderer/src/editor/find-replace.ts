import type { Node as PMNode } from 'prosemirror-model'
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from 'prosemirror-state'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import { findAll, isLiteralMatch, type TextMatch } from '../../../shared/bangla/fold'
import { dispatchAsOwnUndoStep } from './history-steps'

/**
 * Find and replace over the body. Matching is done per textblock on its text, where every inline leaf that is not
 * text (a line break) stands as one U+FFFC, so a text offset plus the block's start is a document position.
 * With folding on, findAll (bangla/fold.ts) matches য়/য+়, ড়, ঢ়, ৎ/ত্‍ (never ত্ alone), Bengali/Latin digits, and Latin case;
 * "match case" then also requires the Latin letters to agree in case.
 */

export interface FindQuery {
  text: string
  matchCase: boolean
  wholeWord: boolean
  foldVariants: boolean
}

export interface FindState {
  query: FindQuery
  matches: readonly TextMatch[]
  /** Index into matches of the current one, -1 when there are none. */
  current: number
  decorations: DecorationSet
}

export const findKey = new PluginKey<FindState>('find')

export const emptyQuery = (): FindQuery => ({ text: '', matchCase: false, wholeWord: false, foldVariants: true })

type FindMeta = { query: FindQuery } | { current: number }

const OBJECT = '\uFFFC'
// Letters, marks (Bengali vowel signs), digits and the joiners all belong to a word.
const WORD_CHAR = /[\p{L}\p{M}\p{N}_]|\u200C|\u200D/u

function blockText(block: PMNode): string {
  let text = ''
  block.forEach((child) => {
    text += child.isText ? (child.text ?? '') : OBJECT.repeat(child.nodeSize)
  })
  return text
}

function latinLetters(text: string): string {
  return text.replace(/[^A-Za-z]/g, '')
}

/** No letter, mark, digit or joiner touches the match on this side (checked by whole code point). */
function isWordBoundary(text: string, at: number, side: 'before' | 'after'): boolean {
  const neighbour = side === 'before' ? Array.from(text.slice(Math.max(0, at - 2), at)).pop() : Array.from(text.slice(at, at + 2))[0]
  return neighbour === undefined || !WORD_CHAR.test(neighbour)
}

/** Matches of the query in one block's text, in text offsets. */
export function matchInText(text: string, query: FindQuery): TextMatch[] {
  if (query.text === '') return []
  let found: TextMatch[]
  if (query.foldVariants) {
    found = findAll(text, query.text)
    if (query.matchCase) {
      const wanted = latinLetters(query.text)
      found = found.filter((match) => latinLetters(text.slice(match.start, match.end)) === wanted)
    }
  } else {
    const hay = query.matchCase ? text : text.toLowerCase()
    const needle = query.matchCase ? query.text : query.text.toLowerCase()
    found = []
    for (let at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + needle.length)) {
      found.push({ start: at, end: at + needle.length })
    }
  }
  if (query.wholeWord)
    found = found.filter((match) => isWordBoundary(text, match.start, 'before') && isWordBoundary(text, match.end, 'after'))
  return found
}

// Blocks are immutable and shared between document versions, so a block that did not change keeps its matches.
const cache = new WeakMap<PMNode, { key: string; matches: TextMatch[] }>()

function queryKey(query: FindQuery): string {
  return `${query.matchCase ? 1 : 0}${query.wholeWord ? 1 : 0}${query.foldVariants ? 1 : 0}${query.text}`
}

export function findMatches(doc: PMNode, query: FindQuery): TextMatch[] {
  if (query.text === '') return []
  const key = queryKey(query)
  const out: TextMatch[] = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    let hit = cache.get(node)
    if (!hit || hit.key !== key) {
      hit = { key, matches: matchInText(blockText(node), query) }
      cache.set(node, hit)
    }
    for (const match of hit.matches) out.push({ start: pos + 1 + match.start, end: pos + 1 + match.end })
    return false
  })
  return out
}

function decorate(doc: PMNode, matches: readonly TextMatch[], current: number): DecorationSet {
  if (matches.length === 0) return DecorationSet.empty
  return DecorationSet.create(
    doc,
    matches.map((match, index) =>
      Decoration.inline(match.start, match.end, { class: index === current ? 'find-match find-current' : 'find-match' })
    )
  )
}

/** The first match at or after `pos`, wrapping to the first. */
function nearest(matches: readonly TextMatch[], pos: number): number {
  if (matches.length === 0) return -1
  const index = matches.findIndex((match) => match.end > pos)
  return index < 0 ? 0 : index
}

export function findPlugin(): Plugin<FindState> {
  return new Plugin<FindState>({
    key: findKey,
    state: {
      init: () => ({ query: emptyQuery(), matches: [], current: -1, decorations: DecorationSet.empty }),
      apply(tr: Transaction, value: FindState, _old: EditorState, state: EditorState): FindState {
        const meta = tr.getMeta(findKey) as FindMeta | undefined
        if (meta && 'query' in meta) {
          const matches = findMatches(state.doc, meta.query)
          const current = nearest(matches, state.selection.from)
          return { query: meta.query, matches, current, decorations: decorate(state.doc, matches, current) }
        }
        if (meta && 'current' in meta) {
          return { ...value, current: meta.current, decorations: decorate(state.doc, value.matches, meta.current) }
        }
        if (!tr.docChanged || value.query.text === '') return value
        const matches = findMatches(state.doc, value.query)
        const current = Math.min(value.current < 0 ? 0 : value.current, matches.length - 1)
        return { ...value, matches, current, decorations: decorate(state.doc, matches, current) }
      }
    },
    props: {
      decorations: (state) => findKey.getState(state)?.decorations
    }
  })
}

export function findState(state: EditorState): FindState | undefined {
  return findKey.getState(state)
}

export function setFindQuery(view: EditorView, query: FindQuery): void {
  view.dispatch(view.state.tr.setMeta(findKey, { query } satisfies FindMeta))
  revealCurrent(view)
}

/** Moves the current match forward (+1) or back (-1), wrapping, and scrolls it into view. */
export function stepMatch(view: EditorView, direction: 1 | -1): void {
  const found = findState(view.state)
  if (!found || found.matches.length === 0) return
  const count = found.matches.length
  const current = (found.current + direction + count) % count
  view.dispatch(view.state.tr.setMeta(findKey, { current } satisfies FindMeta))
  revealCurrent(view)
}

/** Selects the current match (so the editor resumes there) and scrolls to it, without taking focus from the panel. */
function revealCurrent(view: EditorView): void {
  const found = findState(view.state)
  const match = found?.matches[found.current]
  if (!match) return
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, match.start, match.end)).scrollIntoView())
  scrollToCurrentMark(view)
}

/**
 * ProseMirror scrolls to the selection only while the editor holds the DOM selection — and with the find panel
 * focused it does not, so «পরেরটি» used to move the mark off screen unseen. The marked match is brought to the middle
 * of the editor's scrolling column (only that one: the panes around it do not move) when it is not wholly in view.
 */
function scrollToCurrentMark(view: EditorView): void {
  const mark = view.dom.querySelector<HTMLElement>('.find-current')
  const scroller = mark ? scrollingAncestor(mark) : null
  if (!mark || !scroller) return
  const box = mark.getBoundingClientRect()
  const frame = scroller.getBoundingClientRect()
  const margin = 24
  if (box.top >= frame.top + margin && box.bottom <= frame.bottom - margin) return
  scroller.scrollTop += box.top - frame.top - (frame.height - box.height) / 2
}

function scrollingAncestor(element: HTMLElement): HTMLElement | null {
  for (let parent = element.parentElement; parent; parent = parent.parentElement) {
    const overflow = getComputedStyle(parent).overflowY
    if ((overflow === 'auto' || overflow === 'scroll') && parent.scrollHeight > parent.clientHeight) return parent
  }
  return null
}

/** Replaces the current match and moves on to the next one. */
export function replaceCurrent(view: EditorView, replacement: string): void {
  const found = findState(view.state)
  const match = found?.matches[found.current]
  if (!found || !match) return
  const tr = view.state.tr
  if (replacement === '') tr.delete(match.start, match.end)
  else tr.insertText(replacement, match.start, match.end)
  dispatchAsOwnUndoStep(view, tr)
  const after = findState(view.state)
  if (after && after.matches.length > 0) {
    const next = nearest(after.matches, match.start + replacement.length)
    view.dispatch(view.state.tr.setMeta(findKey, { current: next } satisfies FindMeta))
    revealCurrent(view)
  }
}

/**
 * The matches replace-all may touch: those whose text is what was asked for (bangla/fold.ts isLiteralMatch), never
 * one that folding alone made (২০২৪ for 2024, র‍্যাব for র্যাব) — those stay highlighted for the editor to judge.
 */
export function replaceableMatches(doc: PMNode, matches: readonly TextMatch[], query: FindQuery): TextMatch[] {
  if (!query.foldVariants) return [...matches]
  return matches.filter((match) => isLiteralMatch(doc.textBetween(match.start, match.end, '', OBJECT), query.text, query.matchCase))
}

/** Replaces every literal match in one transaction: one Ctrl+Z brings all of them back. Returns how many were replaced. */
export function replaceAll(view: EditorView, replacement: string): number {
  const found = findState(view.state)
  if (!found || found.matches.length === 0) return 0
  const targets = replaceableMatches(view.state.doc, found.matches, found.query)
  if (targets.length === 0) return 0
  const tr = view.state.tr
  // Back to front, so earlier positions stay valid.
  for (let i = targets.length - 1; i >= 0; i--) {
    const match = targets[i]
    if (!match) continue
    if (replacement === '') tr.delete(match.start, match.end)
    else tr.insertText(replacement, match.start, match.end)
  }
  dispatchAsOwnUndoStep(view, tr.scrollIntoView())
  return targets.length
}

/** Clears highlights when the panel closes (not when the whole editor is going away). */
export function clearFind(view: EditorView): void {
  if (view.isDestroyed) return
  view.dispatch(view.state.tr.setMeta(findKey, { query: emptyQuery() } satisfies FindMeta))
}
