import { mount, unmount } from 'svelte'
import type { Node as PMNode } from 'prosemirror-model'
import type { EditorState, Transaction } from 'prosemirror-state'
import type { EditorView, NodeView, NodeViewConstructor } from 'prosemirror-view'
import BodyPhoto, { type PhotoField, type PhotoState } from './BodyPhoto.svelte'

/**
 * The body's photo as the reporter sees it: the picture, with its caption, credit and alt text as real inputs. The
 * inputs belong to the page, not to ProseMirror (stopEvent, ignoreMutation); each change is sent back as a
 * transaction on the node's attributes, so undo and autosave see it like any other edit.
 *
 * Undo: ProseMirror's history would make every keystroke in a field its own step (attribute steps touch no text
 * range to be "adjacent" to). Keystrokes made in one field one after another, with nothing else in between, are
 * joined into the first one's step — marked the way ProseMirror marks transactions appended to another.
 */
export function imageNodeView(options: { onBlur: () => void }): NodeViewConstructor {
  return (node: PMNode, view: EditorView, getPos: () => number | undefined): NodeView => {
    let current = node
    const photo: PhotoState = $state({
      mediaId: node.attrs.mediaId as string,
      caption: node.attrs.caption as string,
      credit: node.attrs.credit as string,
      alt: node.attrs.alt as string
    })
    /** The first transaction of the edit being typed, and the state it left. */
    let typing: { first: Transaction; after: EditorState } | null = null

    function edit(field: PhotoField, value: string): void {
      const pos = getPos()
      if (pos === undefined || view.state.doc.nodeAt(pos) !== current) return
      // Set before dispatching, so update() below sees its own edit coming back, not a change from elsewhere.
      photo[field] = value
      const tr = view.state.tr.setNodeAttribute(pos, field, value)
      const joins = typing !== null && typing.after === view.state
      if (typing && joins) tr.setMeta('appendedTransaction', typing.first)
      view.dispatch(tr)
      typing = { first: joins && typing ? typing.first : tr, after: view.state }
    }

    function remove(): void {
      const pos = getPos()
      if (pos === undefined) return
      view.dispatch(view.state.tr.delete(pos, pos + current.nodeSize).scrollIntoView())
      view.focus()
    }

    const dom = document.createElement('div')
    dom.setAttribute('data-photo-block', '')
    // ProseMirror makes the block draggable (to move the photo); inside a draggable element a mouse drag in a field
    // would move the photo instead of selecting words. While a field is pressed, the block is not draggable.
    const inFields = (target: EventTarget | null) => target instanceof Element && target.closest('[data-photo-fields]') !== null
    dom.addEventListener('pointerdown', (event) => {
      if (!inFields(event.target)) return
      dom.draggable = false
      document.addEventListener('pointerup', () => (dom.draggable = true), { once: true })
    })
    const component = mount(BodyPhoto, {
      target: dom,
      props: {
        photo,
        onEdit: edit,
        onStartField: () => (typing = null),
        onBlur: () => {
          typing = null
          options.onBlur()
        },
        onRemove: remove
      }
    })

    return {
      dom,
      update(next) {
        if (next.type !== current.type || next.attrs.mediaId !== current.attrs.mediaId) return false
        current = next
        for (const field of ['caption', 'credit', 'alt'] as const) {
          const value = next.attrs[field] as string
          if (photo[field] === value) continue
          // Changed from outside the field (undo, find and replace): what follows is a new edit.
          photo[field] = value
          typing = null
        }
        return true
      },
      selectNode() {
        dom.classList.add('ProseMirror-selectednode')
      },
      deselectNode() {
        dom.classList.remove('ProseMirror-selectednode')
        if (dom.classList.length === 0) dom.removeAttribute('class')
      },
      // Typing, clicks and pastes in the fields are the fields' own; the picture itself stays ProseMirror's (drag).
      stopEvent: (event) => inFields(event.target),
      ignoreMutation: () => true,
      destroy() {
        void unmount(component)
      }
    }
  }
}
