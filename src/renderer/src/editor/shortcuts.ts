import type { MessageKey } from '../i18n/index.svelte'

/** The help sheet's list: what each shortcut does (a catalog key) and the keys, as printed on the keyboard. */
export interface ShortcutEntry {
  action: MessageKey
  keys: string
}

export const SHORTCUTS: readonly ShortcutEntry[] = [
  { action: 'deskBold', keys: 'Ctrl+B' },
  { action: 'deskItalic', keys: 'Ctrl+I' },
  { action: 'deskLink', keys: 'Ctrl+K' },
  { action: 'deskSubheading', keys: 'Ctrl+Alt+2' },
  { action: 'deskMinorSubheading', keys: 'Ctrl+Alt+3' },
  { action: 'deskPlainParagraph', keys: 'Ctrl+Alt+0' },
  { action: 'deskQuote', keys: 'Ctrl+Shift+9' },
  { action: 'deskBulletList', keys: 'Ctrl+Shift+8' },
  { action: 'deskOrderedList', keys: 'Ctrl+Shift+7' },
  { action: 'deskLineBreak', keys: 'Shift+Enter' },
  { action: 'deskUndo', keys: 'Ctrl+Z' },
  { action: 'deskRedo', keys: 'Ctrl+Shift+Z · Ctrl+Y' },
  { action: 'deskFind', keys: 'Ctrl+F' },
  { action: 'deskReplace', keys: 'Ctrl+H' },
  { action: 'deskPhonetic', keys: 'Ctrl+M' },
  { action: 'deskSaveRevision', keys: 'Ctrl+S' },
  { action: 'deskShortcuts', keys: 'Ctrl+/' }
]
