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
export function trimPunct(word: string): string {
  let start = 0
  let end = word.length
  while (start < end && PUNCT.includes(word.charAt(start))) start++
  while (end > start && PUNCT.includes(word.charAt(end - 1))) end--
  return word.slice(start, end)
}

const isLower = (code: number): boolean => (code >= 0x61 && code <= 0x7a) || code === 0x60
const isUpper = (code: number): boolean => code >= 0x41 && code <= 0x5a
const isAsciiLetter = (code: number): boolean => isLower(code) || isUpper(code) || code === 0x5f
/** A character that can be part of a Bijoy word. */
const isWordish = (code: number): boolean => isAsciiLetter(code) || (code >= 0x80 && glyphOf(code) !== undefined)

/** Bijoy evidence for one word, 0–1. */
export function wordBijoyEvidence(word: string): number {
  let best = 0
  for (let i = 0; i < word.length && best < 1; i++) {
    const code = word.charCodeAt(i)
    const prev = i > 0 ? word.charCodeAt(i - 1) : -1
    const next = i + 1 < word.length ? word.charCodeAt(i + 1) : -1
    const evidence = code < 0x2200 ? (EVIDENCE[code] ?? 0) : 0
    const afterLetter = prev >= 0 && isWordish(prev)
    if (evidence === 3 && next >= 0 && isWordish(next)) best = 1
    else if (evidence === 1 && afterLetter) best = 1
    else if (evidence === 2 && afterLetter) best = Math.max(best, 0.5)
    else if (afterLetter && !isUpper(prev) && code >= 0xc0 && code <= 0xde && code !== 0xd7)
      best = 1 // cÖ eÜ: capital mid-word
    else if (code === 0x76 /* v */ && prev >= 0) {
      if (prev === 0x41)
        best = Math.max(best, i === 1 ? 0.5 : 1) // «Av» begins Avenue too
      else if (isUpper(prev) || prev === 0x60 || prev === 0x5f)
        best = 1 // Kv Zv `v: never English
      else if (prev >= 0x61 && prev <= 0x71) best = Math.max(best, 0.25) // ev nv: Bijoy-common, English-rare
    } else if (code === 0x77 /* w */ && next >= 0 && (i === 0 || prev === 0x76)) {
      // Pre-base ি starts a syllable: w + consonant («wK», «Avwg»); English has only wr-/wh-.
      if (prev === 0x76 || isUpper(next) || next === 0x60 || next === 0x5f || 'bcdfgjklmnpq'.includes(String.fromCharCode(next))) best = 1
    } else if (isUpper(code) && prev >= 0 && isLower(prev)) best = Math.max(best, 0.5) // ZvwiL; also iPhone
  }
  return best
}

/** English evidence for one word, 0–1: 1 for a URL, e-mail or common English word, 0.5 for English-only letter patterns. */
export function wordEnglishEvidence(word: string): number {
  const core = trimPunct(word)
  if (core === '') return 0
  if (URLISH.test(core)) return 1
  if (!/^[A-Za-z]+(?:['’-][A-Za-z]+)*$/.test(core)) return 0
  if (STOPWORDS.has(core.toLowerCase())) return 1
  // Case-sensitive: Bijoy capitals are other letters («Ryb» is জুন, not «ryb»).
  if (ENGLISH_PAIRS.test(core) || (core.length >= 4 && ENGLISH_ENDINGS.test(core))) return 0.5
  return 0
}

export function analyze(text: string): Analysis {
  const analysis: Analysis = { words: 0, bijoy: 0, english: 0, strong: 0, bengali: 0, letters: 0, code: 0, chars: 0 }
  const limit = Math.min(text.length, ANALYSIS_LIMIT)
  let wordStart = 0
  while (wordStart < limit) {
    const code = text.charCodeAt(wordStart)
    if (isSpace(code)) {
      wordStart++
      continue
    }
    let wordEnd = wordStart
    let wordish = 0
    while (wordEnd < text.length && !isSpace(text.charCodeAt(wordEnd))) {
      const unit = text.charCodeAt(wordEnd)
      if (unit >= 0x0980 && unit <= 0x09ff) analysis.bengali++
      if (isWordish(unit) || (unit >= 0x0980 && unit <= 0x09ff)) analysis.letters++
      if (isWordish(unit)) wordish++
      if (unit === 0x7b || unit === 0x7d || unit === 0x3c || unit === 0x3e || unit === 0x3d || unit === 0x3b) analysis.code++
      wordEnd++
    }
    analysis.chars += wordEnd - wordStart
    const word = wordish >= 2 ? text.slice(wordStart, wordEnd) : ''
    if (word !== '' && !URLISH.test(trimPunct(word))) {
      // a URL says nothing about the language around it
      const bijoyEvidence = wordBijoyEvidence(word)
      analysis.words++
      analysis.bijoy += bijoyEvidence
      if (bijoyEvidence >= 1) analysis.strong++
      analysis.english += wordEnglishEvidence(word)
    }
    wordStart = wordEnd
  }
  return analysis
}

export function isSpace(code: number): boolean {
  return (
    code <= 0x20 ||
    code === 0xa0 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x3000 ||
    code === 0x202f
  )
}

export function scoreOf(analysis: Analysis): number {
  if (analysis.words === 0) return 0
  if (analysis.bengali > 0.2 * analysis.letters) return 0 // already Unicode Bengali
  if (analysis.code >= 2 && analysis.code >= 0.02 * analysis.chars) return 0 // program code
  return Math.max(0, Math.min(1, (analysis.bijoy - analysis.english) / analysis.words))
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
  const analysis = analyze(text)
  return analysis.strong >= 1 && scoreOf(analysis) >= 0.35
}
