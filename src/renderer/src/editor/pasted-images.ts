import type { Node as PMNode } from 'prosemirror-model'
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import type { EditorView } from 'prosemirror-view'

/**
 * Pictures in a paste that the body cannot keep: an <img> from a web page, Word or Google Docs points at another site
 * (or at a file on the sender's disk). The desk works offline and must not hot-link, so the picture is not taken —
 * but never silently: each one is remembered with a name (its alt text, else its file name, else its address) and the
 * place where it stood, and the desk shows a notice that names it and offers to add it as a photo there.
 *
 * How the place is found: before ProseMirror parses the pasted HTML, each <img> is replaced by a marker of
 * private-use characters carrying its number; after the paste transaction, the markers are found in the new document,
 * removed in the same step (appendTransaction, so undo takes the paste back whole) and their positions kept, mapped
 * through every later edit. A marker the parser dropped (a picture between table rows) falls back to the caret. A
 * paste that another plugin carried out is settled right after the event (startPaste).
 */

export interface LostImage {
  id: number
  /** What the notice calls it. */
  name: string
  /** Where a photo added for it goes; mapped through later edits. */
  pos: number
}

type Meta = { add: LostImage[] } | { remove: number } | { clear: true }

export const pastedImagesKey = new PluginKey<LostImage[]>('pasted-images')

const OPEN = '\uE000'
const CLOSE = '\uE001'
const MARKER = /\uE000(\d+)\uE001/g
const NAME_MAX = 80

/** «নদীর ছবি» from alt; else «bonna.jpg» from the address; else the address itself, shortened. */
export function imageName(alt: string, src: string, embeddedName: string): string {
  const clip = (text: string) => (text.length > NAME_MAX ? `${text.slice(0, NAME_MAX - 1)}…` : text)
  const described = alt.replace(/\s+/g, ' ').trim()
  if (described) return clip(described)
  const address = src.trim()
  if (/^data:/i.test(address) || address === '') return embeddedName
  try {
    const url = new URL(address)
    const file = decodeURIComponent(url.pathname.split('/').filter(Boolean).pop() ?? '')
    return clip(file || url.host || address)
  } catch {
    return clip(address.split(/[\\/]/).filter(Boolean).pop() ?? address)
  }
}

function findMarkers(doc: PMNode): Map<number, { from: number; to: number }> {
  const found = new Map<number, { from: number; to: number }>()
  doc.descendants((node, pos) => {
    if (!node.isText) return true
    const text = node.text ?? ''
    if (!text.includes(OPEN)) return false
    for (const match of text.matchAll(MARKER)) {
      const from = pos + (match.index ?? 0)
      found.set(Number(match[1]), { from, to: from + match[0].length })
    }
    return false
  })
  return found
}

/**
 * The range to delete for a marker so that the text reads as if the picture had never been there: HTML collapses the
 * spaces at a paragraph's edges and doubled spaces, and the marker kept ProseMirror from seeing them as such.
 */
function collapsedSpace(doc: PMNode, from: number, to: number): [number, number] {
  const $from = doc.resolve(from)
  const parent = $from.parent
  const start = $from.start()
  const before = parent.textBetween(0, from - start, undefined, '\uFFFC')
  const after = parent.textBetween(to - start, parent.content.size, undefined, '\uFFFC')
  const spacesBefore = / +$/.exec(before)?.[0].length ?? 0
  const spacesAfter = /^ +/.exec(after)?.[0].length ?? 0
  if (after === '') return [from - spacesBefore, to]
  if (before === '') return [from, to + spacesAfter]
  if (spacesBefore > 0 && spacesAfter > 0) return [from, to + spacesAfter]
  return [from, to]
}

export interface PastedImages {
  plugin: Plugin<LostImage[]>
  /** For transformPastedHTML: the HTML with every foreign <img> replaced by its marker. */
  markImages(html: string): string
}

export function pastedImages(embeddedName: () => string): PastedImages {
  let pending: string[] = []
  let nextId = 1

  function markImages(html: string): string {
    pending = []
    if (!/<img\b/i.test(html)) return html
    const doc = new DOMParser().parseFromString(html, 'text/html')
    for (const img of Array.from(doc.body.querySelectorAll('img'))) {
      // A copy of our own body photo carries its media id and is kept by the schema.
      if (img.closest('figure[data-media-id]')) continue
      const index = pending.push(imageName(img.getAttribute('alt') ?? '', img.getAttribute('src') ?? '', embeddedName())) - 1
      img.replaceWith(doc.createTextNode(`${OPEN}${index}${CLOSE}`))
    }
    return doc.body.innerHTML
  }

  const isPaste = (tr: Transaction) => tr.getMeta('paste') === true || ['paste', 'drop'].includes(tr.getMeta('uiEvent') as string)

  /** Takes the markers out of `state` and names every pending picture, at its marker or else at the caret. */
  function settle(state: EditorState): Transaction {
    const names = pending
    pending = []
    const markers = findMarkers(state.doc)
    const tr = state.tr
    // Remove from the last marker back, so the earlier positions stay valid. A top-level paragraph that held only
    // the picture goes with it, as the picture's own line would have.
    for (const { from, to } of [...markers.values()].sort((a, b) => b.from - a.from)) {
      const $from = state.doc.resolve(from)
      const alone = $from.depth === 1 && $from.parent.content.size === to - from && state.doc.childCount > 1
      if (alone) tr.delete($from.before(), $from.after())
      else tr.delete(...collapsedSpace(state.doc, from, to))
    }
    const caret = tr.selection.to
    const lost = names.map((name, index): LostImage => {
      const at = markers.get(index)
      return { id: nextId++, name, pos: at ? tr.mapping.map(at.from) : caret }
    })
    return tr.setMeta(pastedImagesKey, { add: lost } satisfies Meta)
  }

  /**
   * A new paste or drop starts a fresh list. Once the event is handled (synchronously: a microtask later), a list
   * still pending means the paste went another way than ProseMirror's own (prosemirror-tables pasting cells into a
   * table carries no paste meta): settle it then, outside the history so undo never brings a marker back. If the
   * document did not change, nothing was inserted (a photo file took the paste) and nothing is reported.
   */
  function startPaste(view: EditorView): boolean {
    pending = []
    const before = view.state.doc
    queueMicrotask(() => {
      if (pending.length === 0 || view.isDestroyed) return
      if (view.state.doc === before) pending = []
      else view.dispatch(settle(view.state).setMeta('addToHistory', false))
    })
    return false
  }

  const plugin = new Plugin<LostImage[]>({
    key: pastedImagesKey,
    state: {
      init: () => [],
      apply(tr, list) {
        const meta = tr.getMeta(pastedImagesKey) as Meta | undefined
        let next = tr.docChanged ? list.map((image) => ({ ...image, pos: tr.mapping.map(image.pos) })) : list
        if (meta && 'add' in meta) next = [...next, ...meta.add]
        if (meta && 'remove' in meta) next = next.filter((image) => image.id !== meta.remove)
        if (meta && 'clear' in meta) next = []
        return next
      }
    },
    // The usual way: in the paste's own transaction, so one undo takes the paste back whole.
    appendTransaction: (transactions, _old, state: EditorState) =>
      pending.length > 0 && transactions.some(isPaste) ? settle(state) : null,
    props: {
      handleDOMEvents: { paste: startPaste, drop: startPaste }
    }
  })
  return { plugin, markImages }
}

export function lostImages(state: EditorState): LostImage[] {
  return pastedImagesKey.getState(state) ?? []
}

export function forgetLostImage(id: number): (state: EditorState) => Transaction {
  return (state) => state.tr.setMeta(pastedImagesKey, { remove: id } satisfies Meta)
}

export function forgetAllLostImages(state: EditorState): Transaction {
  return state.tr.setMeta(pastedImagesKey, { clear: true } satisfies Meta)
}
