import type { MessageKey } from '../i18n/message-key'

/**
 * Every keyboard shortcut, once: the body editor's keymap, the window-level handlers and the help sheet all read this
 * table. Keys are written as ProseMirror names them (`Mod` is Ctrl, Cmd on a Mac); the help sheet prints them as on
 * the keyboard («Ctrl+Shift+Z»). Scopes say who acts on a shortcut:
 *   body — only the body editor (its keymap);
 *   desk — the body editor's keymap and, from the other fields of the open story, the desk's window handler;
 *   app  — the app shell's window handler (the masthead and the article actions); the editor lets these pass.
 */
export type ShortcutScope = 'body' | 'desk' | 'app'

export interface Shortcut {
  id: string
  /** One key, or several that do the same, separated by spaces. */
  keys: string
  scope: ShortcutScope
  /** What it does: a catalog key, shown in the help sheet and in button tooltips. */
  label: MessageKey
}

export const SHORTCUTS = [
  { id: 'bold', keys: 'Mod-b', scope: 'body', label: 'deskBold' },
  { id: 'italic', keys: 'Mod-i', scope: 'body', label: 'deskItalic' },
  { id: 'link', keys: 'Mod-k', scope: 'body', label: 'deskLink' },
  { id: 'subheading', keys: 'Mod-Alt-2', scope: 'body', label: 'deskSubheading' },
  { id: 'minorSubheading', keys: 'Mod-Alt-3', scope: 'body', label: 'deskMinorSubheading' },
  { id: 'plainParagraph', keys: 'Mod-Alt-0', scope: 'body', label: 'deskPlainParagraph' },
  { id: 'quote', keys: 'Mod-Shift-9', scope: 'body', label: 'deskQuote' },
  { id: 'bulletList', keys: 'Mod-Shift-8', scope: 'body', label: 'deskBulletList' },
  { id: 'orderedList', keys: 'Mod-Shift-7', scope: 'body', label: 'deskOrderedList' },
  { id: 'lineBreak', keys: 'Shift-Enter', scope: 'body', label: 'deskLineBreak' },
  { id: 'undo', keys: 'Mod-z', scope: 'body', label: 'deskUndo' },
  { id: 'redo', keys: 'Mod-Shift-z Mod-y', scope: 'body', label: 'deskRedo' },
  { id: 'find', keys: 'Mod-f', scope: 'desk', label: 'deskFind' },
  { id: 'replace', keys: 'Mod-h', scope: 'desk', label: 'deskReplace' },
  { id: 'phonetic', keys: 'Mod-m', scope: 'desk', label: 'deskPhonetic' },
  { id: 'saveRevision', keys: 'Mod-s', scope: 'desk', label: 'deskSaveRevision' },
  { id: 'shortcuts', keys: 'Mod-/', scope: 'desk', label: 'deskShortcuts' },
  { id: 'newArticle', keys: 'Mod-n', scope: 'app', label: 'newArticle' },
  { id: 'preview', keys: 'Mod-p', scope: 'app', label: 'preview' },
  { id: 'export', keys: 'Mod-e', scope: 'app', label: 'exportButton' }
] as const satisfies readonly Shortcut[]

export type ShortcutId = (typeof SHORTCUTS)[number]['id']
export type ScopedShortcutId<S extends ShortcutScope> = Extract<(typeof SHORTCUTS)[number], { scope: S }>['id']

/** The help sheet is the writing desk's: the shell's own shortcuts are shown on its buttons instead. */
export const HELP_SHEET: readonly Shortcut[] = SHORTCUTS.filter((shortcut) => shortcut.scope !== 'app')

/** «Mod-Shift-z» → «Ctrl+Shift+Z». */
function printKey(spec: string): string {
  return spec
    .split(/-(?!$)/)
    .map((part) => (part === 'Mod' ? 'Ctrl' : part.length === 1 ? part.toUpperCase() : part))
    .join('+')
}

/** The keys as printed on the keyboard, alternatives separated by «·». */
export function printedKeys(shortcut: Shortcut): string {
  return keysOf(shortcut).map(printKey).join(' · ')
}

export function keysOf(shortcut: Shortcut): string[] {
  return shortcut.keys.split(' ')
}

/** The printed keys of the shortcut with this label (a toolbar button's or a masthead button's), if there is one. */
export function keysForLabel(label: MessageKey): string | undefined {
  const shortcut = SHORTCUTS.find((entry) => entry.label === label)
  return shortcut ? printedKeys(shortcut) : undefined
}

export function keysFor(id: ShortcutId): string {
  return printedKeys(SHORTCUTS.find((entry) => entry.id === id)!)
}

/**
 * The key an event stands for: the character for letters, digits and «/», else the physical key — with a Bengali
 * keyboard layout `event.key` is a Bengali letter, while `event.code` still names the key.
 */
function eventKey(event: KeyboardEvent): string {
  if (/^[a-z0-9/]$/i.test(event.key)) return event.key.toLowerCase()
  if (event.code === 'Slash') return '/'
  return event.code.replace(/^(Key|Digit)/, '').toLowerCase()
}

function matches(event: KeyboardEvent, spec: string): boolean {
  const parts = spec.split(/-(?!$)/)
  const key = parts.pop()!.toLowerCase()
  const mod = parts.includes('Mod')
  if (mod !== (event.ctrlKey || event.metaKey) || parts.includes('Alt') !== event.altKey) return false
  // Shift is part of a letter shortcut; a punctuation key may need it on some layouts (Ctrl+/ is Ctrl+Shift+7 in German).
  if (/^[a-z0-9]$/.test(key) && parts.includes('Shift') !== event.shiftKey) return false
  return eventKey(event) === key
}

/** The shortcut of this scope that a window-level key press stands for, if any. */
export function shortcutOf(event: KeyboardEvent, scope: ShortcutScope): ShortcutId | undefined {
  return SHORTCUTS.find((shortcut) => shortcut.scope === scope && keysOf(shortcut).some((spec) => matches(event, spec)))?.id
}

/** Runs the action a window-level key press stands for in this scope, if it has one; the press is then taken. */
export function runShortcut<S extends ShortcutScope>(
  event: KeyboardEvent,
  scope: S,
  actions: Partial<Record<ScopedShortcutId<S>, () => void>>
): void {
  if (event.defaultPrevented) return
  const id = shortcutOf(event, scope)
  const table: Partial<Record<ShortcutId, () => void>> = actions
  const action = id === undefined ? undefined : table[id]
  if (!action) return
  event.preventDefault()
  action()
}
