import { lift, setBlockType, toggleMark, wrapIn } from 'prosemirror-commands'
import type { MarkType, NodeType } from 'prosemirror-model'
import { liftListItem, wrapInList } from 'prosemirror-schema-list'
import type { Command, EditorState } from 'prosemirror-state'
import { bodySchema } from './schema'

/** The toolbar's and the keymap's formatting commands, and the questions the toolbar asks to show what is on. */

const { bold, italic, link } = bodySchema.marks
const { paragraph, heading, blockquote, bullet_list: bulletList, ordered_list: orderedList, list_item: listItem } = bodySchema.nodes

export const toggleBold: Command = toggleMark(bold)
export const toggleItalic: Command = toggleMark(italic)

export function isMarkActive(state: EditorState, type: MarkType): boolean {
  const { from, to, empty, $from } = state.selection
  if (empty) return Boolean(type.isInSet(state.storedMarks ?? $from.marks()))
  return state.doc.rangeHasMark(from, to, type)
}

export function isHeadingActive(state: EditorState, level: 2 | 3): boolean {
  const { $from, to } = state.selection
  return $from.parent.type === heading && $from.parent.attrs.level === level && to <= $from.end()
}

/** A subheading toggles back to a plain paragraph, as Word's style menu does. */
export function toggleHeading(level: 2 | 3): Command {
  return (state, dispatch) =>
    isHeadingActive(state, level) ? setBlockType(paragraph)(state, dispatch) : setBlockType(heading, { level })(state, dispatch)
}

function isInside(state: EditorState, type: NodeType): boolean {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) if ($from.node(depth).type === type) return true
  return false
}

export const isQuoteActive = (state: EditorState): boolean => isInside(state, blockquote)

export const toggleQuote: Command = (state, dispatch) =>
  isQuoteActive(state) ? lift(state, dispatch) : wrapIn(blockquote)(state, dispatch)

/** The innermost list around the selection, if any. */
function innermostList(state: EditorState): NodeType | null {
  const { $from } = state.selection
  for (let depth = $from.depth; depth > 0; depth--) {
    const type = $from.node(depth).type
    if (type === bulletList || type === orderedList) return type
  }
  return null
}

export const isListActive = (state: EditorState, type: NodeType): boolean => innermostList(state) === type

/** Same list type again lifts the items out; the other type converts the list in place. */
export function toggleList(type: NodeType): Command {
  return (state, dispatch) => {
    const current = innermostList(state)
    if (current === type) return liftListItem(listItem)(state, dispatch)
    if (current) {
      const { $from } = state.selection
      for (let depth = $from.depth; depth > 0; depth--) {
        if ($from.node(depth).type === current) {
          if (dispatch) dispatch(state.tr.setNodeMarkup($from.before(depth), type, type === orderedList ? { order: 1 } : null))
          return true
        }
      }
    }
    return wrapInList(type)(state, dispatch)
  }
}

export const toggleBulletList = toggleList(bulletList)
export const toggleOrderedList = toggleList(orderedList)

export interface LinkAtSelection {
  href: string
  from: number
  to: number
}

/** The link the caret sits in or touches (the whole linked run), or null. */
export function linkAtSelection(state: EditorState): LinkAtSelection | null {
  const { $from } = state.selection
  const start = $from.start()
  const runs: LinkAtSelection[] = []
  $from.parent.forEach((child, offset) => {
    const mark = link.isInSet(child.marks)
    if (!mark) return
    const from = start + offset
    const to = from + child.nodeSize
    const last = runs[runs.length - 1]
    if (last && last.to === from && last.href === mark.attrs.href) last.to = to
    else runs.push({ href: mark.attrs.href as string, from, to })
  })
  const pos = $from.pos
  return runs.find((run) => run.from < pos && pos < run.to) ?? runs.find((run) => run.from <= pos && pos <= run.to) ?? null
}

/** Sets (or, with an empty href, removes) the link on the selection; an empty selection inserts the address itself. */
export function applyLink(href: string): Command {
  return (state, dispatch) => {
    const existing = linkAtSelection(state)
    const { from, to, empty } = state.selection
    if (!dispatch) return true
    const tr = state.tr
    if (href === '') {
      if (existing) tr.removeMark(existing.from, existing.to, link)
      else tr.removeMark(from, to, link)
    } else if (empty && existing) {
      tr.removeMark(existing.from, existing.to, link).addMark(existing.from, existing.to, link.create({ href }))
    } else if (empty) {
      const marks = link.create({ href }).addToSet(state.storedMarks ?? state.selection.$from.marks())
      tr.replaceSelectionWith(bodySchema.text(href, marks), false)
    } else {
      tr.addMark(from, to, link.create({ href }))
    }
    dispatch(tr.scrollIntoView())
    return true
  }
}
