import { Plugin } from 'prosemirror-state'
import { Decoration, DecorationSet } from 'prosemirror-view'

/** Shows a hint in an empty body (CSS draws data-placeholder); the text is asked for each time, so it follows the UI language. */
export function placeholderPlugin(text: () => string): Plugin {
  return new Plugin({
    props: {
      decorations(state) {
        const { doc } = state
        const first = doc.firstChild
        if (doc.childCount !== 1 || !first?.isTextblock || first.content.size > 0) return null
        return DecorationSet.create(doc, [Decoration.node(0, first.nodeSize, { class: 'is-empty', 'data-placeholder': text() })])
      }
    }
  })
}
