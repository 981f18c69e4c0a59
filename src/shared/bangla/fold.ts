// Search folding: the key that find, find-and-replace and the library search
// compare. It is never stored. A folding rule may only make two spellings
// equal when they are THE SAME WORD for a reader — an encoding difference, not
// a spelling difference. Each rule is listed here and tested with a pair it
// must join and a near-miss it must keep apart (tests/unit/bangla/fold.test.ts).
//
// | rule             | treated as equal                                  | why it never changes meaning                        |
// |------------------|---------------------------------------------------|-----------------------------------------------------|
// | nukta-letters    | য় ড় ঢ় (U+09DF/DC/DD) and য+় ড+় ঢ+়            | Unicode canonical equivalents (NFC decomposes them) |
// | two-part-vowels  | ো and ে+া, ৌ and ে+ৗ                              | Unicode canonical equivalents                       |
// | mark-order       | nukta and hasant typed in either order            | Unicode canonical ordering                          |
// | khanda-ta        | ৎ and ত+্+ZWJ — and ONLY with the ZWJ             | ত্‍ is the pre-Unicode-4.1 encoding of ৎ; ত্ alone  |
// |                  |                                                   | is a half form: সত্য is not সৎ + য                  |
// | invisible        | ZWJ, ZWNJ, ZWSP, soft hyphen, bidi and other      | they choose a glyph shape (র‍্যাব/র্যাব, ক্‌ষ/ক্ষ) or a |
// |                  | format characters are ignored                     | break opportunity, never a different letter         |
// | digits           | ০–৯ and 0–9                                       | the same numbers in two scripts                     |
// | latin-case       | A–Z and a–z; other letters by Unicode lower case  | case is not spelling                                |
// |                  | (accents stay: café is not cafe)                  |                                                     |
// | quotes           | ‘ ’ ‛ ′ and ', “ ” ‟ ″ and "                       | typographic forms of the same mark                  |
// | spaces           | tab, NBSP, thin and other horizontal spaces        | width only                                          |
// | line-breaks      | CR LF, CR, VT, FF, NEL, U+2028/9 and LF            | the same break                                      |
//
// Nothing else is folded: য and য়, ন and ণ, শ ষ স, ি and ী, ং and ঙ stay apart,
// because each is a different spelling.
//
// `foldWithMap` also records, for every folded code unit, where it came from,
// so `findAll` reports matches in the original string's offsets; a match that
// would cover only part of one original character is skipped.
// `isLiteralMatch` tells a match the reader typed (same text after the canonical
// stored form, and Latin case unless asked) from one that folding alone made:
// replace-all only touches the first kind.
import { isSpaceUnit } from './count-graphemes'
import { canonicalize } from './normalize'

/** The rules in the table above, by id (the tests check that each has a pair and a near-miss). */
export const FOLD_RULES = [
  'nukta-letters',
  'two-part-vowels',
  'mark-order',
  'khanda-ta',
  'invisible',
  'digits',
  'latin-case',
  'quotes',
  'spaces',
  'line-breaks'
] as const
export type FoldRule = (typeof FOLD_RULES)[number]

/** A folded key plus, for each folded code unit, its source offset. */
export interface FoldResult {
  folded: string
  /** map[i] = offset in the original of the character that produced folded[i]; map[folded.length] = original length. */
  map: number[]
}

/** A match in original-string offsets, end exclusive. */
export interface TextMatch {
  start: number
  end: number
}

const NUKTA = 0x09bc
const VIRAMA = 0x09cd
const TA = 0x09a4
const ZWJ = 0x200d

// Bengali characters that fold to two code units (their canonical decompositions).
const BENGALI_EXPANSIONS: ReadonlyMap<number, readonly [number, number]> = new Map([
  [0x09dc, [0x09a1, NUKTA]], // ড়
  [0x09dd, [0x09a2, NUKTA]], // ঢ়
  [0x09df, [0x09af, NUKTA]], // য়
  [0x09cb, [0x09c7, 0x09be]], // ো
  [0x09cc, [0x09c7, 0x09d7]] // ৌ
])

/** Canonical combining classes of the Bengali marks that have one. */
function bengaliCcc(code: number): number {
  if (code === NUKTA) return 7
  if (code === VIRAMA) return 9
  if (code === 0x09fe) return 230
  return 0
}

/** Marks that canonical ordering may move: Bengali ones and the common combining blocks. */
function isReorderable(code: number): boolean {
  return (
    bengaliCcc(code) !== 0 ||
    (code >= 0x0300 && code <= 0x036f) ||
    (code >= 0x1ab0 && code <= 0x1aff) ||
    (code >= 0x1dc0 && code <= 0x1dff) ||
    (code >= 0x20d0 && code <= 0x20ff) ||
    (code >= 0xfe20 && code <= 0xfe2f)
  )
}

/** Must mark `later` move before mark `earlier`? (ccc(earlier) > ccc(later) > 0). */
function outranks(earlier: number, later: number): boolean {
  const cccA = bengaliCcc(earlier)
  const cccB = bengaliCcc(later)
  if (cccA !== 0 && cccB !== 0) return cccA > cccB
  // Outside Bengali, let the platform's NFD say whether the pair reorders.
  const pair = String.fromCharCode(0x61, earlier, later)
  return pair.normalize('NFD') !== pair
}

/** Invisible characters that must not decide whether text matches. */
function isInvisible(code: number): boolean {
  return (
    code < 0x09 ||
    (code >= 0x0e && code <= 0x1f) ||
    (code >= 0x7f && code <= 0x9f && code !== 0x85) ||
    code === 0xad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x202a && code <= 0x202e) ||
    (code >= 0x2060 && code <= 0x206f) ||
    code === 0xfeff
  )
}

/** Folds of characters outside ASCII and the Bengali block (rare in our text). */
function foldOther(char: string, code: number): string {
  if (code === 0x2018 || code === 0x2019 || code === 0x201b || code === 0x2032) return "'"
  if (code === 0x201c || code === 0x201d || code === 0x201f || code === 0x2033) return '"'
  if ((code >= 0x2010 && code <= 0x2027) || code === 0x0964 || code === 0x0965) return char
  return char.normalize('NFD').toLowerCase()
}

/** The folded text of one source position: '' to drop, or how many extra source units it consumed. */
interface Step {
  text: string
  /** Source units consumed beyond the first (a surrogate pair, CR LF, ত্‍). */
  extra: number
}
const STEP: Step = { text: '', extra: 0 }

// Folds the character at `at`, or returns null when it folds to itself.
function foldAt(text: string, at: number, code: number): Step | null {
  STEP.extra = 0
  if (code < 0x80) {
    if (code >= 0x41 && code <= 0x5a) STEP.text = String.fromCharCode(code + 32)
    else if (code === 0x0d) {
      if (text.charCodeAt(at + 1) === 0x0a) {
        STEP.text = '\n'
        STEP.extra = 1
      } else STEP.text = '\n'
    } else if (code === 0x0b || code === 0x0c) STEP.text = '\n'
    else if (code === 0x09) STEP.text = ' '
    else if (code !== 0x0a && isInvisible(code)) STEP.text = ''
    else return null
    return STEP
  }
  if (code >= 0x0980 && code <= 0x09ff) {
    if (code >= 0x09e6 && code <= 0x09ef) STEP.text = String.fromCharCode(code - 0x09e6 + 0x30)
    else if (code === TA && text.charCodeAt(at + 1) === VIRAMA && text.charCodeAt(at + 2) === ZWJ) {
      STEP.text = '\u09CE' // khanda-ta: only the sequence with the joiner
      STEP.extra = 2
    } else {
      const pair = BENGALI_EXPANSIONS.get(code)
      if (!pair) return null
      STEP.text = String.fromCharCode(pair[0], pair[1])
    }
    return STEP
  }
  if (code === 0x85 || code === 0x2028 || code === 0x2029) STEP.text = '\n'
  else if (isSpaceUnit(code)) STEP.text = ' '
  else if (isInvisible(code)) STEP.text = ''
  else if (code >= 0xd800 && code <= 0xdfff) {
    const next = text.charCodeAt(at + 1)
    if (code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
      STEP.text = foldOther(text.slice(at, at + 2), 0)
      STEP.extra = 1
    } else STEP.text = '\uFFFD'
  } else {
    const char = text.charAt(at)
    const folded = foldOther(char, code)
    if (folded === char) return null
    STEP.text = folded
  }
  return STEP
}

// Fast path for the key alone: copies unchanged runs by slice. Returns null when
// two marks end up out of canonical order, which the careful path then settles.
function foldFast(text: string): string | null {
  let out = ''
  let last = 0 // start of the run not yet copied
  let prev = 0 // last code unit written
  const length = text.length
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    const step = foldAt(text, i, code)
    if (step === null) {
      if (isReorderable(code) && isReorderable(prev) && outranks(prev, code)) return null
      prev = code
      continue
    }
    out += text.slice(last, i)
    for (let k = 0; k < step.text.length; k++) {
      const unit = step.text.charCodeAt(k)
      if (isReorderable(unit) && isReorderable(prev) && outranks(prev, unit)) return null
      prev = unit
    }
    out += step.text
    i += step.extra
    last = i + 1
  }
  return last === 0 ? text : out + text.slice(last)
}

// The careful path: emits code units one by one, reorders marks canonically
// (so fold(x) === fold(NFC(x))) and, when asked, records where each came from.
function foldCareful(text: string, map: number[] | null): string {
  const out: number[] = []
  const length = text.length
  const emit = (code: number, from: number): void => {
    let at = out.length
    if (isReorderable(code)) {
      while (at > 0 && isReorderable(out[at - 1] ?? 0) && outranks(out[at - 1] ?? 0, code)) at--
    }
    if (at === out.length) {
      out.push(code)
      map?.push(from)
    } else {
      out.splice(at, 0, code)
      map?.splice(at, 0, from)
    }
  }
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    const step = foldAt(text, i, code)
    if (step === null) emit(code, i)
    else {
      for (let k = 0; k < step.text.length; k++) emit(step.text.charCodeAt(k), i)
      i += step.extra
    }
  }
  if (map) map.push(length)
  let folded = ''
  // fromCharCode.apply has an argument-count limit; go in slices.
  for (let k = 0; k < out.length; k += 8192) folded += String.fromCharCode.apply(null, out.slice(k, k + 8192))
  return folded
}

function asText(input: unknown): string {
  return typeof input === 'string' ? input : ''
}

/** The search key of a text. Only for comparing; never store it. */
export function foldForSearch(text: string): string {
  const plain = asText(text)
  return foldFast(plain) ?? foldCareful(plain, null)
}

/** The search key plus a map from folded offsets back to original offsets. */
export function foldWithMap(text: string): FoldResult {
  const map: number[] = []
  const folded = foldCareful(asText(text), map)
  return { folded, map }
}

/**
 * Turn a folded range [start, end) back into original offsets, or null when the
 * range would cut through one original character (e.g. only the ত of a য় split
 * into য + nukta, or half of a ত্‍). `original` must be the string that was folded.
 */
export function toOriginalRange(fold: FoldResult, original: string, start: number, end: number): TextMatch | null {
  const { map } = fold
  const last = map.length - 1
  if (!(start >= 0 && end > start && end <= last)) return null
  let lo = Infinity
  let hi = -1
  for (let k = start; k < end; k++) {
    const from = map[k] ?? 0
    if (from < lo) lo = from
    const to = from + sourceLength(original, from)
    if (to > hi) hi = to
  }
  // A neighbour from inside [lo, hi) means the range splits a character or a
  // reordered mark cluster. Reordering is local, so a short window suffices.
  for (let k = Math.max(0, start - 32); k < start; k++) {
    const from = map[k] ?? -1
    if (from >= lo && from < hi) return null
  }
  for (let k = end; k < Math.min(last, end + 32); k++) {
    const from = map[k] ?? -1
    if (from >= lo && from < hi) return null
  }
  return { start: lo, end: hi }
}

// Source units of the folding step that starts at `at`: 2 for a surrogate pair
// or CR LF, 3 for ত্‍, else 1.
function sourceLength(text: string, at: number): number {
  const code = text.charCodeAt(at)
  const next = text.charCodeAt(at + 1)
  if (code >= 0xd800 && code <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) return 2
  if (code === 0x0d && next === 0x0a) return 2
  if (code === TA && next === VIRAMA && text.charCodeAt(at + 2) === ZWJ) return 3
  return 1
}

/**
 * Every non-overlapping match of `needle` in `haystack` under search folding,
 * left to right, in haystack offsets. An empty (or all-invisible) needle
 * matches nothing.
 */
export function findAll(haystack: string, needle: string): TextMatch[] {
  const key = foldForSearch(needle)
  if (key === '') return []
  const hay = asText(haystack)
  const fold = foldWithMap(hay)
  const matches: TextMatch[] = []
  let from = 0
  for (;;) {
    const at = fold.folded.indexOf(key, from)
    if (at < 0) break
    const range = toOriginalRange(fold, hay, at, at + key.length)
    if (range) {
      matches.push(range)
      from = at + key.length
    } else from = at + 1
  }
  return matches
}

/**
 * Whether `found` is the text the reader asked for — the same after the
 * canonical stored form (NFC, ত্‍ → ৎ), and, unless `matchCase`, after Latin
 * case — rather than a match that a folding rule alone made (other digits,
 * another joiner, a curly quote, another space). Replace-all touches only these.
 */
export function isLiteralMatch(found: string, query: string, matchCase = false): boolean {
  const foundText = canonicalize(asText(found))
  const queryText = canonicalize(asText(query))
  if (foundText === queryText) return true
  if (matchCase) return false
  return lowerLatin(foundText) === lowerLatin(queryText)
}

function lowerLatin(text: string): string {
  return text.replace(/[A-Z]+/g, (run) => run.toLowerCase())
}
