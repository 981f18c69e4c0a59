import type { Node as PMNode } from 'prosemirror-model'
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state'
import { insertPoint } from 'prosemirror-transform'
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view'
import type { MediaInfo } from '../../../shared/api'
import type { Err, Result } from '../../../shared/result'
import { filesOf } from '../components/photos/upload'
import { t } from '../i18n/index.svelte'
import { bodySchema } from './schema'

/**
 * Photos into the body: from the toolbar's file picker, or photo files dropped on or pasted into the text. While a
 * file is on its way to the media store a marker holds its place (mapped through every edit made meanwhile, as in
 * ProseMirror's upload example); when the store accepts it, an image node is put there. Pastes that carry text —
 * HTML from a web page, Word — are left to the paste rules, which never take a foreign <img>: only real files count.
 */

interface PendingUpload {
  add?: { id: object; pos: number }
  remove?: object
}

const uploadsKey = new PluginKey<DecorationSet>('photo-uploads')

function uploadMarker(): HTMLElement {
  const marker = document.createElement('span')
  marker.setAttribute('data-photo-uploading', '')
  marker.textContent = t('photoUploading')
  return marker
}

/** Where the marker `id` stands now, or null when the text around it was deleted. */
function pendingPosition(state: EditorState, id: object): number | null {
  const found = uploadsKey.getState(state)?.find(undefined, undefined, (spec) => spec.id === id)
  return found?.[0]?.from ?? null
}

/** Photo files in a paste, when the paste is only files (a screenshot, a file copied in the file manager). */
function pastedPhotoFiles(event: ClipboardEvent): File[] {
  const data = event.clipboardData
  if (!data || data.getData('text/plain') !== '') return []
  return filesOf(data)
}

export function photoPlugin(insertFiles: (view: EditorView, files: File[], at?: number) => void): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: uploadsKey,
    state: {
      init: () => DecorationSet.empty,
      apply(tr, set) {
        let next = set.map(tr.mapping, tr.doc)
        const pending = tr.getMeta(uploadsKey) as PendingUpload | undefined
        if (pending?.add) next = next.add(tr.doc, [Decoration.widget(pending.add.pos, uploadMarker, { id: pending.add.id })])
        if (pending?.remove) next = next.remove(next.find(undefined, undefined, (spec) => spec.id === pending.remove))
        return next
      }
    },
    props: {
      decorations: (state) => uploadsKey.getState(state),
      handlePaste(view, event) {
        const files = pastedPhotoFiles(event)
        if (files.length === 0) return false
        insertFiles(view, files)
        return true
      },
      handleDrop(view, event, _slice, moved) {
        // A photo dragged within the text is moved by ProseMirror itself.
        if (moved) return false
        const files = filesOf(event.dataTransfer)
        if (files.length === 0) return false
        insertFiles(view, files, view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos)
        return true
      }
    }
  })
}

/**
 * Puts `image` at `pos`, or as near as the schema allows: before or after the block the position is in, else by
 * splitting the paragraph there. Returns where the image now starts, or null if it fits nowhere.
 */
export function placeImage(tr: Transaction, pos: number, image: PMNode): number | null {
  const at = insertPoint(tr.doc, pos, image.type)
  if (at !== null) {
    tr.insert(at, image)
    return at
  }
  const $pos = tr.doc.resolve(pos)
  if (!$pos.parent.isTextblock) return null
  tr.split(pos)
  const between = tr.doc.resolve(pos + 1)
  if (!between.parent.canReplaceWith(between.index(), between.index(), image.type)) return null
  tr.insert(pos + 1, image)
  return pos + 1
}

export interface InsertPhotoOptions {
  upload: (file: File) => Promise<Result<MediaInfo>>
  onError: (failure: Err) => void
  /** The photo was placed; `pos` is where its node starts. */
  onInserted: (pos: number) => void
}

/** Uploads the files one by one, each to the marker left at `at` (default: the caret, or the end of the selection). */
export async function insertPhotos(view: EditorView, files: File[], options: InsertPhotoOptions, at?: number): Promise<void> {
  let next = at
  for (const file of files) {
    const id = {}
    const { selection } = view.state
    view.dispatch(view.state.tr.setMeta(uploadsKey, { add: { id, pos: next ?? selection.to } } satisfies PendingUpload))
    const result = await options.upload(file)
    if (view.isDestroyed) return
    // The text around the marker may have been deleted meanwhile: then the photo goes to the caret instead.
    const pos = pendingPosition(view.state, id) ?? view.state.selection.to
    const tr = view.state.tr.setMeta(uploadsKey, { remove: id } satisfies PendingUpload)
    if (!result.ok) {
      view.dispatch(tr)
      options.onError(result)
      continue
    }
    const image = bodySchema.nodes.image.create({ mediaId: result.value.mediaId })
    const placed = placeImage(tr, pos, image)
    if (placed !== null && placed + image.nodeSize === tr.doc.content.size) {
      // A photo that ends the story gets an empty paragraph after it, so the writing can go on below the picture.
      tr.insert(placed + image.nodeSize, bodySchema.nodes.paragraph.create())
    }
    view.dispatch(tr.scrollIntoView())
    if (placed === null) continue
    next = placed + image.nodeSize
    options.onInserted(placed)
  }
}
