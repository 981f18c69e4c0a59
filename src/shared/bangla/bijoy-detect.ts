// Detection of Bijoy (SutonnyMJ) text in a paste: per-word evidence for Bijoy and for English, and the scores that
// bijoy.ts uses to decide what to convert. Linear in the input; reads at most the first 20,000 characters.
import { ENGLISH_ENDINGS, ENGLISH_PAIRS, EVIDENCE, STOPWORDS, glyphOf } from './bijoy-table'

// Scores gathered over the words of a text: `words` (two or more letters), summed per-word `bijoy` and
// `english` evidence (0–1 each), `strong` (words with conclusive Bijoy evidence), `bengali` (U+0980–U+09FF,
// already Unicode) out of `letters`, `code` ({ } < > = ;) out of `chars`.
export type Analysis = Record<'words' | 'bijoy' | 'english' | 'strong' | 'bengali' | 'letters' | 'code' | 'chars', number>

const ANALYSIS_LIMIT = 20_000 // detection reads the head of huge pastes only

export const URLISH = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i
const PUNCT = ' .,;:!?"\'()[]{}<>|-\u2018\u2019\u201C\u201D'

/** The word without surrounding punctuation (a loop, not a regex: stays linear on any input). */
export function trimPunct(w: string): string {
  let a = 0
  let b = w.length
  while (a < b && PUNCT.includes(w.charAt(a))) a++
  while (b > a && PUNCT.includes(w.charAt(b - 1))) b--
  return w.slice(a, b)
}

const isLower = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || c === 0x60
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a
const isAsciiLetter = (c: number): boolean => isLower(c) || isUpper(c) || c === 0x5f
/** A character that can be part of a Bijoy word. */
const isWordish = (c: number): boolean => isAsciiLetter(c) || (c >= 0x80 && glyphOf(c) !== undefined)

/** Bijoy evidence for one word, 0–1. */
export function wordBijoyEvidence(w: string): number {
  let best = 0
  for (let i = 0; i < w.length && best < 1; i++) {
    const c = w.charCodeAt(i)
    const prev = i > 0 ? w.charCodeAt(i - 1) : -1
    const next = i + 1 < w.length ? w.charCodeAt(i + 1) : -1
    const ev = c < 0x2200 ? (EVIDENCE[c] ?? 0) : 0
    const afterLetter = prev >= 0 && isWordish(prev)
    if (ev === 3 && next >= 0 && isWordish(next)) best = 1
    else if (ev === 1 && afterLetter) best = 1
    else if (ev === 2 && afterLetter) best = Math.max(best, 0.5)
    else if (afterLetter && !isUpper(prev) && c >= 0xc0 && c <= 0xde && c !== 0xd7)
      best = 1 // cÖ eÜ: capital mid-word
    else if (c === 0x76 /* v */ && prev >= 0) {
      if (prev === 0x41)
        best = Math.max(best, i === 1 ? 0.5 : 1) // «Av» begins Avenue too
      else if (isUpper(prev) || prev === 0x60 || prev === 0x5f)
        best = 1 // Kv Zv `v: never English
      else if (prev >= 0x61 && prev <= 0x71) best = Math.max(best, 0.25) // ev nv: Bijoy-common, English-rare
    } else if (c === 0x77 /* w */ && next >= 0 && (i === 0 || prev === 0x76)) {
      // Pre-base ি starts a syllable: w + consonant («wK», «Avwg»); English has only wr-/wh-.
      if (prev === 0x76 || isUpper(next) || next === 0x60 || next === 0x5f || 'bcdfgjklmnpq'.includes(String.fromCharCode(next))) best = 1
    } else if (isUpper(c) && prev >= 0 && isLower(prev)) best = Math.max(best, 0.5) // ZvwiL; also iPhone
  }
  return best
}

/** English evidence for one word, 0–1: 1 for a URL, e-mail or common English word, 0.5 for English-only letter patterns. */
export function wordEnglishEvidence(w: string): number {
  const core = trimPunct(w)
  if (core === '') return 0
  if (URLISH.test(core)) return 1
  if (!/^[A-Za-z]+(?:['’-][A-Za-z]+)*$/.test(core)) return 0
  if (STOPWORDS.has(core.toLowerCase())) return 1
  // Case-sensitive: Bijoy capitals are other letters («Ryb» is জুন, not «ryb»).
  if (ENGLISH_PAIRS.test(core) || (core.length >= 4 && ENGLISH_ENDINGS.test(core))) return 0.5
  return 0
}

export function analyze(text: string): Analysis {
  const a: Analysis = { words: 0, bijoy: 0, english: 0, strong: 0, bengali: 0, letters: 0, code: 0, chars: 0 }
  const n = Math.min(text.length, ANALYSIS_LIMIT)
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      i++
      continue
    }
    let j = i
    let wordish = 0
    while (j < text.length && !isSpace(text.charCodeAt(j))) {
      const d = text.charCodeAt(j)
      if (d >= 0x0980 && d <= 0x09ff) a.bengali++
      if (isWordish(d) || (d >= 0x0980 && d <= 0x09ff)) a.letters++
      if (isWordish(d)) wordish++
      if (d === 0x7b || d === 0x7d || d === 0x3c || d === 0x3e || d === 0x3d || d === 0x3b) a.code++
      j++
    }
    a.chars += j - i
    const w = wordish >= 2 ? text.slice(i, j) : ''
    if (w !== '' && !URLISH.test(trimPunct(w))) {
      // a URL says nothing about the language around it
      const b = wordBijoyEvidence(w)
      a.words++
      a.bijoy += b
      if (b >= 1) a.strong++
      a.english += wordEnglishEvidence(w)
    }
    i = j
  }
  return a
}

export function isSpace(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f
}

export function scoreOf(a: Analysis): number {
  if (a.words === 0) return 0
  if (a.bengali > 0.2 * a.letters) return 0 // already Unicode Bengali
  if (a.code >= 2 && a.code >= 0.02 * a.chars) return 0 // program code
  return Math.max(0, Math.min(1, (a.bijoy - a.english) / a.words))
}

/**
 * How much `text` looks like Bijoy-encoded Bengali, 0–1: per word, Bijoy evidence
 * (e.g. «Kv», «vw», † before a letter, © after one) minus English evidence
 * (function words, «th», «oo»…), averaged. 0 for Unicode Bengali and code.
 */
export function bijoyScore(text: string): number {
  if (typeof text !== 'string' || text === '') return 0
  return scoreOf(analyze(text))
}

/** True when `text` is most likely Bijoy: a clear majority of its words carry Bijoy evidence. */
export function looksLikeBijoy(text: string): boolean {
  if (typeof text !== 'string' || text === '') return false
  const a = analyze(text)
  return a.strong >= 1 && scoreOf(a) >= 0.35
}
