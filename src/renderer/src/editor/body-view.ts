import { history } from 'prosemirror-history'
import { EditorState, Plugin, type Transaction } from 'prosemirror-state'
import { EditorView } from 'prosemirror-view'
import type { BodyDoc } from '../../../shared/article/body'
import { bijoyPastePlugin } from './bijoy-paste'
import { docFromBody } from './body-doc'
import { findPlugin } from './find-replace'
import { imageNodeView } from './image-view.svelte'
import { deskKeymaps, type DeskKeyActions } from './keymap'
import { cleanPastedHtml, parsePlainText } from './paste'
import type { PastedImages } from './pasted-images'
import { flushPhonetic, phoneticPlugin } from './phonetic-plugin'
import { photoPlugin } from './photo-insert'
import { placeholderPlugin } from './placeholder-plugin'
import { spellcheckPlugin, type SpellcheckOptions } from './spellcheck-plugin'
import { tablePlugins } from './table-commands'
import { normalizePastedTables } from './table-paste'

/** What BodyEditor.svelte hands the editor: its state lives there, the ProseMirror wiring here. */
export interface BodyViewOptions {
  body: BodyDoc
  /** Read on every transaction and redraw, so locking takes effect at once. */
  isReadonly: () => boolean
  /** The id of the visible «মূল লেখা» label that names the textbox. */
  labelId: string
  suggestionListId: string
  lexicon: SpellcheckOptions['lexicon']
  spellcheckEnabled: boolean
  onSpellMenu: SpellcheckOptions['onMenu']
  pasted: PastedImages
  keys: DeskKeyActions
  addPhotos: (view: EditorView, files: File[], at?: number) => void
  onBijoyPasted: () => void
  placeholder: () => string
  onBlur: () => void
  dispatchTransaction: (this: EditorView, tr: Transaction) => void
}

/** The body editor on our schema, with the desk's plugins in the order their key handling needs. */
export function createBodyView(mountPoint: HTMLElement, options: BodyViewOptions): EditorView {
  const state = EditorState.create({
    doc: docFromBody(options.body),
    plugins: [
      // Locked, typing is off (`editable`) and the controls are disabled; this also stops what arrives late — a photo
      // whose upload ends after the story was approved — so the editor never shows text that will not be saved.
      new Plugin({ filterTransaction: (tr) => !(options.isReadonly() && tr.docChanged) }),
      photoPlugin(options.addPhotos),
      phoneticPlugin({ lexicon: options.lexicon, listId: options.suggestionListId }),
      spellcheckPlugin({ lexicon: options.lexicon, enabled: options.spellcheckEnabled, onMenu: options.onSpellMenu }),
      bijoyPastePlugin(options.onBijoyPasted),
      options.pasted.plugin,
      ...tablePlugins(),
      ...deskKeymaps(options.keys),
      history(),
      findPlugin(),
      placeholderPlugin(options.placeholder)
    ]
  })
  return new EditorView(mountPoint, {
    state,
    // The contenteditable is the field: a multi-line textbox named by the visible «মূল লেখা» label.
    // Locked, it is still one Tab stop: read, selected and scrolled from the keyboard, announced as read-only.
    attributes: () => ({
      role: 'textbox',
      'aria-multiline': 'true',
      'aria-labelledby': options.labelId,
      'aria-readonly': options.isReadonly() ? 'true' : 'false',
      tabindex: '0',
      lang: 'bn',
      class: 'body-text'
    }),
    transformPastedHTML: (html) => options.pasted.markImages(cleanPastedHtml(html)),
    transformPasted: (slice, editor) => normalizePastedTables(slice, editor.state),
    clipboardTextParser: parsePlainText,
    nodeViews: { image: imageNodeView({ onBlur: options.onBlur }) },
    editable: () => !options.isReadonly(),
    handleDOMEvents: {
      blur: (editor) => {
        flushPhonetic(editor)
        options.onBlur()
        return false
      }
    },
    dispatchTransaction: options.dispatchTransaction
  })
}
