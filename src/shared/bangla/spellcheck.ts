// Bengali spell check over the shipped word list (lexicon.ts), offline and fast enough to run on every paragraph
// an edit touches.
//
// API for the editor (the underlines, the right-click menu and the panel come with the renderer work):
//   findMisspellings(text, lexicon)   [{ start, end, word }] in `text` offsets, for the underlines
//   isKnownWord(word, lexicon)        known as written, or as a known word plus inflections (-এর -কে -রা -গুলো -টি
//                                     -তে -য় -মতো -ও -ই …, up to two: শিক্ষকদেরও)
//   spellSuggestions(word, lexicon)   ranked replacements: the same phonetic key first (মামলা for মাম্লা), then one
//                                     edit away, by edit distance; a known inflection is kept (সরকারের for শরকারের)
// The desk's «অভিধানে যোগ করুন» adds to the lexicon through `dictionary.add` (src/core/dictionary-store.ts).
// Words without a Bengali letter (Latin, numbers) are never flagged.
import { canonicalize } from './normalize'
import { phoneticKey, type Lexicon } from './lexicon'

/** Endings a known word may take, longest first where one ends another. */
export const INFLECTIONS = [
  'গুলোকে',
  'গুলোতে',
  'গুলোর',
  'গুলো',
  'গুলির',
  'গুলি',
  'দেরকে',
  'দের',
  'টিকে',
  'টিতে',
  'টির',
  'টি',
  'টাকে',
  'টার',
  'টা',
  'খানা',
  'খানি',
  'জনের',
  'জন',
  'গণের',
  'গণ',
  'সমূহের',
  'সমূহ',
  'মতো',
  'মত',
  'ের',
  'এর',
  'রা',
  'েরা',
  'কে',
  'তে',
  'য়',
  'র',
  'ে',
  'ও',
  'ই'
].map((ending) => ending.normalize('NFC'))

const BENGALI_LETTER = /[\u0985-\u09B9\u09CE\u09DC-\u09DF]/
/** Letters, signs and joiners that make up a Bengali word (digits and the dari are not part of one). */
const isWordUnit = (code: number): boolean =>
  (code >= 0x0980 && code <= 0x09e5) || (code >= 0x09f0 && code <= 0x09ff) || code === 0x200c || code === 0x200d

/** Known as written, or as a known word with up to two inflections. */
export function isKnownWord(word: string, lexicon: Lexicon): boolean {
  const stored = canonicalize(word)
  if (!BENGALI_LETTER.test(stored)) return true
  return knownWithEndings(stored, lexicon, 2)
}

function knownWithEndings(word: string, lexicon: Lexicon, depth: number): boolean {
  if (lexicon.has(word)) return true
  if (depth === 0) return false
  for (const ending of INFLECTIONS) {
    if (word.length - ending.length < 2 || !word.endsWith(ending)) continue
    const base = word.slice(0, -ending.length)
    if (knownWithEndings(base, lexicon, depth - 1)) return true
  }
  return false
}

export interface Misspelling {
  start: number
  end: number
  word: string
}

/** The unknown Bengali words of `text`, in its offsets. */
export function findMisspellings(text: string, lexicon: Lexicon): Misspelling[] {
  const found: Misspelling[] = []
  if (typeof text !== 'string') return found
  let start = -1
  for (let i = 0; i <= text.length; i++) {
    const inWord = i < text.length && isWordUnit(text.charCodeAt(i))
    if (inWord && start < 0) start = i
    else if (!inWord && start >= 0) {
      const word = text.slice(start, i)
      if (!isKnownWord(word, lexicon)) found.push({ start, end: i, word })
      start = -1
    }
  }
  return found
}

// Letters and signs an edit may insert or substitute.
const ALPHABET = [...'অআইঈউঊঋএঐওঔকখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহড়ঢ়য়ৎংঃঁািীুূৃেৈোৌ্']

function editsOne(word: string): Set<string> {
  const chars = [...word]
  const out = new Set<string>()
  for (let i = 0; i <= chars.length; i++) {
    const left = chars.slice(0, i).join('')
    const right = chars.slice(i).join('')
    if (i < chars.length) out.add(left + chars.slice(i + 1).join('')) // delete
    if (i + 1 < chars.length) out.add(left + (chars[i + 1] ?? '') + (chars[i] ?? '') + chars.slice(i + 2).join('')) // swap
    for (const letter of ALPHABET) {
      out.add(left + letter + right) // insert
      if (i < chars.length) out.add(left + letter + chars.slice(i + 1).join('')) // replace
    }
  }
  out.delete(word)
  return out
}

/** Levenshtein distance by code point (words are short). */
export function editDistance(from: string, to: string): number {
  const fromChars = [...from]
  const toChars = [...to]
  let previous = Array.from({ length: toChars.length + 1 }, (_, j) => j)
  for (let i = 1; i <= fromChars.length; i++) {
    const current = [i]
    for (let j = 1; j <= toChars.length; j++) {
      const cost = fromChars[i - 1] === toChars[j - 1] ? 0 : 1
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost))
    }
    previous = current
  }
  return previous[toChars.length] ?? 0
}

/** Ranked replacements for an unknown word; [] for a known one. */
export function spellSuggestions(word: string, lexicon: Lexicon, limit = 6): string[] {
  const stored = canonicalize(word)
  if (isKnownWord(stored, lexicon)) return []
  const scored = new Map<string, number>()
  const offer = (candidate: string, score: number): void => {
    const before = scored.get(candidate)
    if (before === undefined || score < before) scored.set(candidate, score)
  }
  for (const candidate of lexicon.byKey(phoneticKey(stored))) offer(candidate, editDistance(stored, candidate) - 0.5)
  for (const candidate of editsOne(stored)) if (lexicon.has(candidate)) offer(candidate, 1)
  // An unknown base with a known ending: correct the base, keep the ending.
  for (const ending of INFLECTIONS) {
    if (stored.length - ending.length < 2 || !stored.endsWith(ending)) continue
    const base = stored.slice(0, -ending.length)
    if (lexicon.has(base)) continue
    for (const candidate of lexicon.byKey(phoneticKey(base))) offer(candidate + ending, editDistance(base, candidate) - 0.25)
    for (const candidate of editsOne(base)) if (lexicon.has(candidate)) offer(candidate + ending, 1.25)
  }
  return [...scored.entries()]
    .sort((a, b) => a[1] - b[1] || a[0].length - b[0].length || (a[0] < b[0] ? -1 : 1))
    .slice(0, limit)
    .map(([candidate]) => candidate)
}
