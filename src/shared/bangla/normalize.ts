// Canonical stored form and search-folding for Bengali text.
//
// CANONICAL STORED FORM — what `canonicalize` returns and what Barta saves:
//   1. Unpaired surrogates become U+FFFD (they cannot be encoded as UTF-8).
//   2. Line endings become '\n': CRLF, CR, VT, FF, NEL, U+2028 and U+2029
//      (Word pastes manual line breaks as VT).
//   3. Other control characters (C0/C1, DEL) and the BOM U+FEFF are removed;
//      '\n' and '\t' stay.
//   4. Unicode NFC, accepted as ICU produces it. Note that য় ড় ঢ় are
//      composition exclusions, so NFC stores them as base + nukta
//      (য+়, ড+়, ঢ+়); we do not fight that, every tool agrees on it.
//   5. ত + ্ + ZWJ (the pre-Unicode-4.1 spelling of khanda ta) becomes ৎ
//      U+09CE, the spelling Unicode recommends; no normalization form does it.
// Everything else is kept exactly: ZWJ/ZWNJ (র‍্যাব needs its ZWJ), NBSP and
// other spaces (an editor may put NBSP between a number and its unit on
// purpose), soft hyphens, bidi marks, repeated spaces. canonicalize is
// idempotent and never throws.
//
// SEARCH FOLDING — `foldForSearch` builds a key used only for matching, never
// stored. It treats as equal: precomposed and nukta spellings (য়/য+়, ড়/ড+়,
// ঢ়/ঢ+়), ো/ে+া and ৌ/ে+ৗ, ৎ/ত্‍/ত্ (all fold to ত+্), Bengali and Latin digits,
// Latin case, curly and straight quotes, and all horizontal spaces. It DROPS
// ZWJ, ZWNJ and other invisible format characters so that a joiner typed (or
// not typed) by one reporter does not hide a match. Line breaks stay '\n'.
// `foldWithMap` also records, for every folded code unit, where it came from,
// so `findAll` can report matches in the original string's offsets; a match
// that would cover only part of one original character (the ত of ৎ) is skipped.

const KHANDA_TA_SEQUENCE = /\u09A4\u09CD\u200D/g

// Steps 1–3 in one pass; returns `s` itself when nothing needs changing.
function cleanUnits(s: string): string {
  let out = ''
  let last = 0 // start of the run not yet copied to `out`
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x2028) || c === 0x0a || c === 0x09) continue
    let rep: string
    if (c === 0x0d)
      rep = s.charCodeAt(i + 1) === 0x0a ? '' : '\n' // CRLF: keep the LF
    else if (c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029) rep = '\n'
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfeff) rep = ''
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++ // a valid pair
        continue
      }
      rep = '\uFFFD'
    } else if (c >= 0xdc00 && c <= 0xdfff)
      rep = '\uFFFD' // paired ones were skipped above
    else continue
    out += s.slice(last, i) + rep
    last = i + 1
  }
  return last === 0 ? s : out + s.slice(last)
}

function asText(input: unknown): string {
  return typeof input === 'string' ? input : ''
}

/** The canonical stored form described at the top of this file. */
export function canonicalize(text: string): string {
  let s = asText(text)
  if (s === '') return s
  // Controls go before NFC: removing one could bring two combining marks
  // together that NFC must then reorder, which would break idempotence.
  s = cleanUnits(s).normalize('NFC')
  // ৎ has combining class 0 and composes with nothing, so the result is
  // still NFC and a second pass changes nothing.
  if (s.includes('\u09A4\u09CD\u200D')) s = s.replace(KHANDA_TA_SEQUENCE, '\u09CE')
  return s
}

// ---------------------------------------------------------------- folding

/** A folded key plus, for each folded code unit, its source offset. */
export interface FoldResult {
  folded: string
  /** map[i] = offset in the original of the character that produced folded[i];
   *  map[folded.length] = original length (sentinel). */
  map: number[]
}

/** A match in original-string offsets, end exclusive. */
export interface TextMatch {
  start: number
  end: number
}

const NUKTA = 0x09bc
const VIRAMA = 0x09cd

// Bengali characters that fold to two code units (NFD-like, plus ৎ → ত্).
const BENGALI_EXPANSIONS: ReadonlyMap<number, readonly [number, number]> = new Map([
  [0x09dc, [0x09a1, NUKTA]], // ড়
  [0x09dd, [0x09a2, NUKTA]], // ঢ়
  [0x09df, [0x09af, NUKTA]], // য়
  [0x09cb, [0x09c7, 0x09be]], // ো
  [0x09cc, [0x09c7, 0x09d7]], // ৌ
  [0x09ce, [0x09a4, VIRAMA]] // ৎ
])

/** Canonical combining classes of the Bengali marks that have one. */
function bengaliCcc(c: number): number {
  if (c === NUKTA) return 7
  if (c === VIRAMA) return 9
  if (c === 0x09fe) return 230
  return 0
}

/** Marks that canonical ordering may move: Bengali ones and the common combining blocks. */
function isReorderable(c: number): boolean {
  return (
    bengaliCcc(c) !== 0 ||
    (c >= 0x0300 && c <= 0x036f) ||
    (c >= 0x1ab0 && c <= 0x1aff) ||
    (c >= 0x1dc0 && c <= 0x1dff) ||
    (c >= 0x20d0 && c <= 0x20ff) ||
    (c >= 0xfe20 && c <= 0xfe2f)
  )
}

/** Must mark `b` move before mark `a`? (ccc(a) > ccc(b) > 0). */
function outranks(a: number, b: number): boolean {
  const ca = bengaliCcc(a)
  const cb = bengaliCcc(b)
  if (ca !== 0 && cb !== 0) return ca > cb
  // Outside Bengali, let the platform's NFD say whether the pair reorders.
  const pair = String.fromCharCode(0x61, a, b)
  return pair.normalize('NFD') !== pair
}

function isHorizontalSpace(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
  )
}

/** Invisible characters that must not decide whether text matches. */
function isDroppedInFold(c: number): boolean {
  return (
    c < 0x09 ||
    (c >= 0x0e && c <= 0x1f) ||
    (c >= 0x7f && c <= 0x9f && c !== 0x85) ||
    c === 0xad ||
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x206f) ||
    c === 0xfeff
  )
}

/** Folds of characters outside ASCII and the Bengali block (rare in our text). */
function foldOther(ch: string, c: number): string {
  if (c === 0x2018 || c === 0x2019 || c === 0x201b || c === 0x2032) return "'"
  if (c === 0x201c || c === 0x201d || c === 0x201f || c === 0x2033) return '"'
  if ((c >= 0x2010 && c <= 0x2027) || c === 0x0964 || c === 0x0965) return ch
  return ch.normalize('NFD').toLowerCase()
}

// The one folding loop; `map` is filled only when asked for.
function foldCore(text: string, map: number[] | null): string {
  const out: number[] = []
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) {
      if (c >= 0x41 && c <= 0x5a) emit(c + 32, i)
      else if (c === 0x0a) emit(c, i)
      else if (c === 0x0d) {
        if (text.charCodeAt(i + 1) !== 0x0a) emit(0x0a, i) // CRLF: the LF emits
      } else if (c === 0x0b || c === 0x0c) emit(0x0a, i)
      else if (c === 0x09) emit(0x20, i)
      else if (!isDroppedInFold(c)) emit(c, i)
      continue
    }
    if (c >= 0x0980 && c <= 0x09ff) {
      if (c >= 0x09e6 && c <= 0x09ef) {
        emit(c - 0x09e6 + 0x30, i)
        continue
      }
      const pair = BENGALI_EXPANSIONS.get(c)
      if (pair) {
        emit(pair[0], i)
        emit(pair[1], i)
      } else emit(c, i)
      continue
    }
    if (c === 0x85 || c === 0x2028 || c === 0x2029) emit(0x0a, i)
    else if (isHorizontalSpace(c)) emit(0x20, i)
    else if (isDroppedInFold(c)) continue
    else if (c >= 0xd800 && c <= 0xdfff) {
      const next = text.charCodeAt(i + 1)
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const s = foldOther(text.slice(i, i + 2), 0)
        for (let k = 0; k < s.length; k++) emit(s.charCodeAt(k), i)
        i++
      } else emit(0xfffd, i)
    } else {
      const s = foldOther(text.charAt(i), c)
      for (let k = 0; k < s.length; k++) emit(s.charCodeAt(k), i)
    }
  }
  if (map) map.push(n)

  let folded = ''
  // fromCharCode.apply has an argument-count limit; go in slices.
  for (let k = 0; k < out.length; k += 8192) {
    folded += String.fromCharCode.apply(null, out.slice(k, k + 8192))
  }
  return folded

  function emit(code: number, from: number): void {
    // Canonical reordering of marks, so that fold(x) === fold(NFC(x)).
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
}

/** The search key of a text. Only for comparing; never store it. */
export function foldForSearch(text: string): string {
  return foldCore(asText(text), null)
}

/** The search key plus a map from folded offsets back to original offsets. */
export function foldWithMap(text: string): FoldResult {
  const map: number[] = []
  const folded = foldCore(asText(text), map)
  return { folded, map }
}

// Length of the code point that starts at `at` (1, or 2 for a valid pair).
function codePointLength(text: string, at: number): number {
  const c = text.charCodeAt(at)
  const d = text.charCodeAt(at + 1)
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? 2 : 1
}

/**
 * Turn a folded range [start, end) back into original offsets, or null when
 * the range would cut through one original character (e.g. only the ত of
 * a ৎ, which folded to ত+্). `original` must be the string that was folded.
 */
export function toOriginalRange(fold: FoldResult, original: string, start: number, end: number): TextMatch | null {
  const { map } = fold
  const n = map.length - 1
  if (!(start >= 0 && end > start && end <= n)) return null
  let lo = Infinity
  let hi = -1
  for (let k = start; k < end; k++) {
    const from = map[k] ?? 0
    if (from < lo) lo = from
    const to = from + codePointLength(original, from)
    if (to > hi) hi = to
  }
  // A neighbour from inside [lo, hi) means the range splits a character or a
  // reordered mark cluster. Reordering is local, so a short window suffices.
  for (let k = Math.max(0, start - 32); k < start; k++) {
    const from = map[k] ?? -1
    if (from >= lo && from < hi) return null
  }
  for (let k = end; k < Math.min(n, end + 32); k++) {
    const from = map[k] ?? -1
    if (from >= lo && from < hi) return null
  }
  return { start: lo, end: hi }
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
