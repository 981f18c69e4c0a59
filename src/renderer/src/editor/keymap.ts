import { baseKeymap, chainCommands, exitCode, setBlockType } from 'prosemirror-commands'
import { redo, undo } from 'prosemirror-history'
import { keymap } from 'prosemirror-keymap'
import { liftListItem, sinkListItem, splitListItem } from 'prosemirror-schema-list'
import type { Command, Plugin } from 'prosemirror-state'
import { keysOf, SHORTCUTS, type ScopedShortcutId } from '../lib/shortcuts'
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
 * The body's keymap, built from the shortcut table (lib/shortcuts.ts), as Word and Google Docs have it. The shell's
 * own shortcuts (Ctrl+N, Ctrl+P, Ctrl+E) are not bound here, so they pass to the window untouched.
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

  const commands: Record<ScopedShortcutId<'body' | 'desk'>, Command> = {
    bold: toggleBold,
    italic: toggleItalic,
    link: run(actions.openLink),
    subheading: toggleHeading(2),
    minorSubheading: toggleHeading(3),
    plainParagraph: setBlockType(paragraph),
    quote: toggleQuote,
    bulletList: toggleBulletList,
    orderedList: toggleOrderedList,
    lineBreak: insertHardBreak,
    undo,
    redo,
    find: run(actions.openFind),
    replace: run(actions.openReplace),
    phonetic: run(actions.togglePhonetic),
    saveRevision: run(actions.saveRevision),
    shortcuts: run(actions.openShortcuts)
  }
  const bindings: Record<string, Command> = {}
  for (const shortcut of SHORTCUTS) {
    if (shortcut.scope === 'app') continue
    for (const key of keysOf(shortcut)) bindings[key] = commands[shortcut.id]
  }
  // Editing keys inside lists: not shortcuts of their own, so not in the help sheet.
  bindings.Enter = splitListItem(listItem)
  bindings.Tab = sinkListItem(listItem)
  bindings['Shift-Tab'] = liftListItem(listItem)
  return [keymap(bindings), keymap(baseKeymap)]
}
