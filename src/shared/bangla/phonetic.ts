// Phonetic typing, compatible with Avro Phonetic: Latin keystrokes become Bengali.
//
//   phoneticToBengali('ami banglay gan gai')  →  'আমি বাংলায় গান গাই'
//   phoneticToBengali('tarpor barbar korbo')  →  'তারপর বারবার করব'   (r before a consonant is র; reph only from rr)
//   phoneticToBengali('dhorrmo kx vladimir')  →  'ধর্ম ক্ষ ভ্লাদিমির'
//
// The rules are Avro's published rule set (phonetic-rules.ts), applied the way Avro applies them: at each position
// the longest matching pattern, then its first rule whose conditions hold. It passes the public Avro test suites
// (tests/unit/bangla/phonetic-avro.test.ts). Where Avro's result for a word is not the word (mamla → মাম্লা for
// মামলা, utsob → উতসব for উৎসব), Avro users rely on its dictionary suggestions, and so does Barta:
// phonetic-suggest.ts ranks the dictionary word first, and the rule result stays in the list.
//
// HOUSE DIFFERENCES (each where Avro's own result is not a word or number):
//   1. '.' between two digits stays '.': 3.5 → ৩.৫ (Avro writes ৩।৫, a number broken by a dari).
// Output is Barta's canonical stored form (normalize.ts): NFC, so য় ড় ঢ় are base + nukta — the same text.
//
// API for the editor (the UI comes later):
//   phoneticToBengali(latin)          the rule result for any text
//   applyKey(pending, key)            the pure reducer for one keydown (see PhoneticStep); createPhoneticSession()
//                                     keeps `pending` inside
//   isPhoneticChar(ch)                which keys extend the Latin word being typed
//   suggestWords(latin, lexicon)      phonetic-suggest.ts: the ranked candidates for the word being typed

import { CASE_SENSITIVE, CONSONANTS, PATTERNS, VOWELS, type Condition, type Pattern } from './phonetic-rules'

// Patterns by first character, longest first (the published list's order within each letter).
const BY_FIRST: ReadonlyMap<string, readonly Pattern[]> = (() => {
  const map = new Map<string, Pattern[]>()
  for (const pattern of PATTERNS) {
    const first = pattern.find.charAt(0)
    const list = map.get(first) ?? []
    list.push(pattern)
    map.set(first, list)
  }
  for (const list of map.values()) list.sort((a, b) => b.find.length - a.find.length)
  return map
})()

const isVowel = (char: string): boolean => char !== '' && VOWELS.includes(char.toLowerCase())
const isConsonant = (char: string): boolean => char !== '' && CONSONANTS.includes(char.toLowerCase())

/** Avro's case rule: letters whose upper case is another letter keep it; the rest are read in lower case. */
function readCase(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i)
    const code = text.charCodeAt(i)
    out += code >= 65 && code <= 90 && !CASE_SENSITIVE.includes(char.toLowerCase()) ? char.toLowerCase() : char
  }
  return out
}

function holds(condition: Condition, text: string, start: number, end: number): boolean {
  const before = condition.charAt(0) === '<'
  const negative = condition.charAt(1) === '!'
  const what = condition.slice(negative ? 2 : 1)
  let result: boolean
  if (what.charAt(0) === '=') {
    const value = what.slice(1)
    const from = before ? start - value.length : end
    result = from >= 0 && text.startsWith(value, from)
  } else {
    const at = before ? start - 1 : end
    const char = at >= 0 && at < text.length ? text.charAt(at) : ''
    if (what === 'V') result = isVowel(char)
    else if (what === 'C') result = isConsonant(char)
    else result = !isVowel(char) && !isConsonant(char) // 'P': punctuation, or the edge of the text
  }
  return result !== negative
}

function avroParse(input: string): string {
  const text = readCase(input)
  let out = ''
  for (let at = 0; at < text.length;) {
    const candidates = BY_FIRST.get(text.charAt(at))
    const pattern = candidates?.find((entry) => text.startsWith(entry.find, at))
    if (pattern === undefined) {
      out += text.charAt(at)
      at++
      continue
    }
    const end = at + pattern.find.length
    let replacement = pattern.replace
    for (const rule of pattern.rules) {
      if (rule.when.every((condition) => holds(condition, text, at, end))) {
        replacement = rule.out
        break
      }
    }
    // House difference 1: a full stop between digits is a decimal point.
    if (pattern.find === '.' && isDigit(text.charCodeAt(at - 1)) && isDigit(text.charCodeAt(end))) replacement = '.'
    out += replacement
    at = end
  }
  return out
}

function isDigit(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 0x09e6 && code <= 0x09ef)
}

/**
 * Convert Latin phonetic text to Bengali (Avro Phonetic rules, NFC output). Non-Latin text passes through.
 * Never throws; linear in the input length.
 */
export function phoneticToBengali(latin: string): string {
  if (typeof latin !== 'string' || latin === '') return ''
  return avroParse(latin).normalize('NFC')
}

/** True for the characters that extend the Latin word being typed (they mean something to the rules). */
export function isPhoneticChar(char: string): boolean {
  if (typeof char !== 'string' || char.length !== 1) return false
  const code = char.charCodeAt(0)
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || '`^:.,$'.includes(char)
}

// ------------------------------------------------------------ incremental

/** What the editor should do after one key in phonetic mode. */
export interface PhoneticStep {
  /** The Latin word still being typed; show it in place (may be ''). */
  pending: string
  /** Bengali for `pending`, for a live hint next to the caret. */
  preview: string
  /**
   * When set, replace the pending span with this text as one undo step.
   * For a printable key (space, comma, …) it already ends with that key;
   * for Enter, Tab, arrows… it is the Bengali word alone (see passKey).
   */
  commit?: string
  /** True: the editor must still apply the key itself (no preventDefault). */
  passKey: boolean
}

/** Keys that are pressed along with typing and must not end the word. */
const IGNORED_KEYS = new Set([
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'Meta',
  'CapsLock',
  'NumLock',
  'ScrollLock',
  'Fn',
  'FnLock',
  'Hyper',
  'Super',
  'Symbol',
  'SymbolLock',
  'Dead',
  'Process',
  'Unidentified'
])

function codePointCount(text: string): number {
  let count = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const next = text.charCodeAt(i + 1)
    if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++
    count++
    if (count > 1) break
  }
  return count
}

function idle(pending: string): PhoneticStep {
  return { pending, preview: phoneticToBengali(pending), passKey: true }
}

/**
 * Pure reducer for one keydown. `pending` is the Latin word typed so far
 * (only phonetic characters: ASCII letters, digits and ` ^ : . $ +);
 * `key` is KeyboardEvent.key.
 *   phonetic char  → appended to pending; the key is consumed
 *   Backspace      → drops the last pending character (passes if none)
 *   Escape         → commits the pending Latin as typed, unconverted
 *   other char     → commits Bengali(pending) + that char (passes if none)
 *   Enter, Tab, arrows, other named keys → commits Bengali(pending) and
 *                    passes the key on, so the editor still runs it
 *   Shift, Control, dead keys… → ignored, the word goes on
 */
export function applyKey(pending: string, key: string): PhoneticStep {
  const word = typeof pending === 'string' ? pending : ''
  const keyName = typeof key === 'string' ? key : ''
  if (keyName === '' || IGNORED_KEYS.has(keyName)) return idle(word)
  if (isPhoneticChar(keyName)) {
    const next = word + keyName
    return { pending: next, preview: phoneticToBengali(next), passKey: false }
  }
  if (keyName === 'Backspace') {
    if (word === '') return idle('')
    // pending is ASCII when fed by applyKey; still never split a surrogate pair.
    const last = word.charCodeAt(word.length - 1)
    const pair = last >= 0xdc00 && last <= 0xdfff && /[\uD800-\uDBFF]/.test(word.charAt(word.length - 2))
    const next = word.slice(0, pair ? -2 : -1)
    return { pending: next, preview: phoneticToBengali(next), passKey: false }
  }
  if (word === '') return idle('')
  if (keyName === 'Escape') return { pending: '', preview: '', commit: word, passKey: false }
  const bengali = phoneticToBengali(word)
  if (codePointCount(keyName) === 1) return { pending: '', preview: '', commit: bengali + keyName, passKey: false }
  return { pending: '', preview: '', commit: bengali, passKey: true }
}

/** applyKey with the pending word kept inside. */
export interface PhoneticSession {
  /** The Latin word being typed. */
  readonly pending: string
  /** Bengali for the pending word. */
  readonly preview: string
  /** Feed one KeyboardEvent.key; see applyKey. */
  key(key: string): PhoneticStep
  /**
   * End the word without a key (caret moved, blur, mode switched off):
   * returns the Bengali to put in place of the pending span ('' if none).
   */
  flush(): string
  /** Forget the pending word without converting it. */
  reset(): void
}

export function createPhoneticSession(): PhoneticSession {
  let pending = ''
  return {
    get pending() {
      return pending
    },
    get preview() {
      return phoneticToBengali(pending)
    },
    key(key: string): PhoneticStep {
      const step = applyKey(pending, key)
      pending = step.pending
      return step
    },
    flush(): string {
      const out = phoneticToBengali(pending)
      pending = ''
      return out
    },
    reset(): void {
      pending = ''
    }
  }
}
