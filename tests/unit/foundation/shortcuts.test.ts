import { describe, expect, it } from 'vitest'
import { HELP_SHEET, SHORTCUTS, keysFor, keysForLabel, keysOf, printedKeys, shortcutOf } from '../../../src/renderer/src/lib/shortcuts'

/** A window-level key press as the handlers see it (only the fields they read). */
function press(key: string, options: { code?: string; ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) {
  return {
    key,
    code: options.code ?? (/^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : ''),
    ctrlKey: options.ctrl ?? true,
    metaKey: options.meta ?? false,
    shiftKey: options.shift ?? false,
    altKey: options.alt ?? false
  } as KeyboardEvent
}

describe('the shortcut table', () => {
  it('prints the help sheet as the keyboard shows it, in the desk’s order', () => {
    expect(HELP_SHEET.map((shortcut) => [shortcut.label, printedKeys(shortcut)])).toEqual([
      ['deskBold', 'Ctrl+B'],
      ['deskItalic', 'Ctrl+I'],
      ['deskLink', 'Ctrl+K'],
      ['deskSubheading', 'Ctrl+Alt+2'],
      ['deskMinorSubheading', 'Ctrl+Alt+3'],
      ['deskPlainParagraph', 'Ctrl+Alt+0'],
      ['deskQuote', 'Ctrl+Shift+9'],
      ['deskBulletList', 'Ctrl+Shift+8'],
      ['deskOrderedList', 'Ctrl+Shift+7'],
      ['deskLineBreak', 'Shift+Enter'],
      ['deskUndo', 'Ctrl+Z'],
      ['deskRedo', 'Ctrl+Shift+Z · Ctrl+Y'],
      ['deskFind', 'Ctrl+F'],
      ['deskReplace', 'Ctrl+H'],
      ['deskPhonetic', 'Ctrl+M'],
      ['deskSaveRevision', 'Ctrl+S'],
      ['deskShortcuts', 'Ctrl+/']
    ])
    expect(keysFor('newArticle')).toBe('Ctrl+N')
    expect(keysForLabel('deskBold')).toBe('Ctrl+B')
    expect(keysForLabel('deskInsertPhoto')).toBeUndefined()
  })

  it('binds no key twice: a press means one thing wherever it lands', () => {
    const keys = SHORTCUTS.flatMap((shortcut) => keysOf(shortcut))
    expect(new Set(keys).size).toBe(keys.length)
    expect(new Set(SHORTCUTS.map((shortcut) => shortcut.id)).size).toBe(SHORTCUTS.length)
  })

  it('matches window-level presses by scope, with Ctrl or Cmd, and by the physical key on a Bengali layout', () => {
    expect(shortcutOf(press('n'), 'app')).toBe('newArticle')
    expect(shortcutOf(press('N', { meta: true, ctrl: false }), 'app')).toBe('newArticle')
    expect(shortcutOf(press('n'), 'desk')).toBeUndefined()
    expect(shortcutOf(press('n', { shift: true }), 'app')).toBeUndefined()
    expect(shortcutOf(press('n', { alt: true }), 'app')).toBeUndefined()
    expect(shortcutOf(press('n', { ctrl: false }), 'app')).toBeUndefined()
    expect(shortcutOf(press('s'), 'desk')).toBe('saveRevision')
    // A Bengali keyboard layout: event.key is a Bengali letter, event.code still names the key.
    expect(shortcutOf(press('ম', { code: 'KeyM' }), 'desk')).toBe('phonetic')
    // «/» needs Shift on some layouts; on others it is a key of its own.
    expect(shortcutOf(press('/', { code: 'Slash' }), 'desk')).toBe('shortcuts')
    expect(shortcutOf(press('7', { code: 'Digit7', shift: true }), 'desk')).toBeUndefined()
    expect(shortcutOf(press('?', { code: 'Slash', shift: true }), 'desk')).toBe('shortcuts')
  })
})
