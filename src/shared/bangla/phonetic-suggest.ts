// Word suggestions while a Latin word is typed, as Avro's dictionary mode offers them: the rule result
// (phonetic.ts) plus the dictionary words it may mean.
//
//   suggestWords('mamla', lexicon)     → [মামলা (dictionary), মাম্লা (rule)]
//   suggestWords('sorkarer', lexicon)  → [সরকারের (rule, a known inflection), …]
//   suggestWords('bangla', lexicon)    → [বাংলা, বাংলাদেশ, …]      (completions of a longer word come last)
//
// Order: when the rule result is a known word (isKnownWord, inflections included) it comes first. Otherwise the
// best dictionary word does — the word Avro's result stands for (মামলা for মাম্লা, উৎসব for উতসব, একটি for এক্টি) —
// and the rule result second, so that a name the dictionary lacks is one arrow key away. The editor commits the
// first candidate on space, as Avro does, and shows the list for the arrow keys (the popup comes with the renderer
// work). Pure and fast: a few map look-ups per keystroke (the bench measures p99 per keystroke).
import { phoneticToBengali } from './phonetic'
import { phoneticKey, type Lexicon } from './lexicon'
import { editDistance, isKnownWord } from './spellcheck'

export type SuggestionSource = 'rule' | 'dictionary' | 'inflected' | 'completion'

export interface WordSuggestion {
  word: string
  source: SuggestionSource
}

/** Latin endings typed after a dictionary word (sorkar-er, mamla-r, dhaka-y, shikkhok-der-o …), longest first. */
const LATIN_ENDINGS = [
  'gulor',
  'guloke',
  'gulo',
  'guli',
  'derke',
  'der',
  'Tir',
  'Tike',
  'Ti',
  'Ta',
  'ke',
  'ra',
  'er',
  'te',
  'r',
  'y',
  'e',
  'o',
  'i'
]

function byCloseness(target: string, words: readonly string[]): string[] {
  return [...words].sort((a, b) => editDistance(target, a) - editDistance(target, b) || a.length - b.length)
}

/** The ranked candidates for the Latin word being typed; [] for an empty word. */
export function suggestWords(latin: string, lexicon: Lexicon, limit = 6): WordSuggestion[] {
  if (typeof latin !== 'string' || latin.trim() === '') return []
  const rule = phoneticToBengali(latin)
  const key = phoneticKey(rule)
  const dictionary: WordSuggestion[] = byCloseness(rule, lexicon.byKey(key)).map((word) => ({ word, source: 'dictionary' }))

  // A dictionary word plus the ending typed after it: mamlar → মামলা + র.
  const inflected: WordSuggestion[] = []
  for (const ending of LATIN_ENDINGS) {
    if (latin.length - ending.length < 2 || !latin.endsWith(ending)) continue
    const baseLatin = latin.slice(0, -ending.length)
    const baseRule = phoneticToBengali(baseLatin)
    if (!rule.startsWith(baseRule)) continue
    const bengaliEnding = rule.slice(baseRule.length)
    const bases = lexicon.has(baseRule) ? [baseRule] : byCloseness(baseRule, lexicon.byKey(phoneticKey(baseRule))).slice(0, 2)
    for (const base of bases) inflected.push({ word: base + bengaliEnding, source: 'inflected' })
    if (inflected.length >= 2) break
  }

  const ruleKnown = isKnownWord(rule, lexicon)
  const ruleSuggestion: WordSuggestion = { word: rule, source: lexicon.has(rule) ? 'dictionary' : ruleKnown ? 'inflected' : 'rule' }
  const found = [...dictionary, ...inflected]
  const ordered =
    ruleKnown || found.length === 0 ? [ruleSuggestion, ...found] : [found[0] as WordSuggestion, ruleSuggestion, ...found.slice(1)]
  if (latin.length >= 3) {
    for (const word of lexicon.completions(key, 3)) ordered.push({ word, source: 'completion' })
  }

  const seen = new Set<string>()
  const out: WordSuggestion[] = []
  for (const suggestion of ordered) {
    if (seen.has(suggestion.word)) continue
    seen.add(suggestion.word)
    out.push(suggestion)
    if (out.length >= limit) break
  }
  return out
}
