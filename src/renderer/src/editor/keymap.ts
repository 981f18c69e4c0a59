import { baseKeymap, chainCommands, exitCode, setBlockType } from 'prosemirror-commands'
import { redo, undo } from 'prosemirror-history'
import { keymap } from 'prosemirror-keymap'
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list'
import type { Command, Plugin } from 'prosemirror-state'
import { bodySchema } from './schema'
import { toggleBold, toggleBulletList, toggleHeading, toggleItalic, toggleOrderedList, toggleQuote } from './commands'

/** What the keymap asks the desk to do: things that open a panel or reach beyond the document. */
export interface DeskKeyActions {
  openLink(): void
  openFind(): void
  openReplace(): void
  openShortcuts(): void
  saveRevision(): void
  togglePhonetic(): void
}

/**
 * The shortcuts listed in the help sheet (shortcuts.ts), as Word and Google Docs have them. Ctrl+N, Ctrl+P and
 * Ctrl+E are deliberately absent: the app shell owns them. `Mod` is Ctrl here and Cmd on a Mac.
 */
export function deskKeymaps(actions: DeskKeyActions): Plugin[] {
  const run =
    (action: () => void): Command =>
    () => {
      action()
      return true
    }
  const { hard_break: hardBreak, list_item: listItem, paragraph } = bodySchema.nodes
  const insertHardBreak: Command = chainCommands(exitCode, (state, dispatch) => {
    dispatch?.(state.tr.replaceSelectionWith(hardBreak.create()).scrollIntoView())
    return true
  })

  const desk = keymap({
    'Mod-z': undo,
    'Mod-Shift-z': redo,
    'Mod-y': redo,
    'Mod-b': toggleBold,
    'Mod-i': toggleItalic,
    'Mod-k': run(actions.openLink),
    'Mod-Alt-2': toggleHeading(2),
    'Mod-Alt-3': toggleHeading(3),
    'Mod-Alt-0': setBlockType(paragraph),
    'Mod-Shift-9': toggleQuote,
    'Mod-Shift-8': toggleBulletList,
    'Mod-Shift-7': toggleOrderedList,
    'Mod-f': run(actions.openFind),
    'Mod-h': run(actions.openReplace),
    'Mod-s': run(actions.saveRevision),
    'Mod-m': run(actions.togglePhonetic),
    'Mod-/': run(actions.openShortcuts),
    'Shift-Enter': insertHardBreak,
    Enter: splitListItem(listItem),
    Tab: sinkListItem(listItem),
    'Shift-Tab': liftListItem(listItem)
  })
  return [desk, keymap(baseKeymap)]
}
