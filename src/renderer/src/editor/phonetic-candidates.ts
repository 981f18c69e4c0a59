import type { Lexicon } from '../../../shared/bangla/lexicon'
import { phoneticToBengali } from '../../../shared/bangla/phonetic'
import { suggestWords, type WordSuggestion } from '../../../shared/bangla/phonetic-suggest'

/**
 * The Bengali candidates for the Latin word being typed in phonetic mode — the list under the caret, shared by the
 * body editor (phonetic-plugin.ts) and the headline (phonetic-input.ts). The first candidate is what Space commits,
 * as in Avro's dictionary mode; ↑/↓ change the choice; Escape keeps the rule result.
 */

/** The word being typed and the choice among its candidates. */
export interface PhoneticChoice {
  latin: string
  /** Never empty: without the word list it is the rule result alone. */
  candidates: readonly WordSuggestion[]
  /** Index into `candidates`: what ends the word. */
  chosen: number
}

const MAX_CANDIDATES = 6
// A full stop or comma typed at the end of a word is punctuation after it (mamla. → মামলা।), not part of the word looked up.
const TRAILING_PUNCTUATION = /[.,]+$/
const HAS_LETTER = /[A-Za-z]/

/** The candidates for `latin`: the rule result plus dictionary words, ranked as Avro ranks them. */
export function phoneticCandidates(latin: string, lexicon: Lexicon | null): WordSuggestion[] {
  const rule: WordSuggestion = { word: phoneticToBengali(latin), source: 'rule' }
  if (lexicon === null) return [rule]
  const tail = TRAILING_PUNCTUATION.exec(latin)?.[0] ?? ''
  const core = latin.slice(0, latin.length - tail.length)
  if (!HAS_LETTER.test(core)) return [rule]
  const tailBengali = tail === '' ? '' : phoneticToBengali(tail)
  const found = suggestWords(core, lexicon, MAX_CANDIDATES).map((suggestion) => ({
    word: suggestion.word + tailBengali,
    source: suggestion.source
  }))
  // The rule result of the whole text stays one arrow key away even when punctuation split it.
  if (!found.some((suggestion) => suggestion.word === rule.word)) found.push(rule)
  return found.length > 0 ? found.slice(0, MAX_CANDIDATES) : [rule]
}

export function choiceFor(latin: string, lexicon: Lexicon | null): PhoneticChoice {
  return { latin, candidates: phoneticCandidates(latin, lexicon), chosen: 0 }
}

/** The choice one step down (+1) or up (−1), wrapping round as a list does. */
export function moveChoice(choice: PhoneticChoice, step: 1 | -1): PhoneticChoice {
  const count = choice.candidates.length
  return { ...choice, chosen: (((choice.chosen + step) % count) + count) % count }
}

/** The Bengali the word ends with: the chosen candidate. */
export function chosenWord(choice: PhoneticChoice): string {
  return choice.candidates[choice.chosen]?.word ?? phoneticToBengali(choice.latin)
}

/** Whether the list is worth showing: a word with letters and more than its own rule result, or a known word. */
export function showsList(choice: PhoneticChoice): boolean {
  return HAS_LETTER.test(choice.latin) && (choice.candidates.length > 1 || choice.candidates[0]?.source !== 'rule')
}

/**
 * What a key that ends the word commits (applyKey's `commit`, which is the rule result plus the key's character):
 * the chosen candidate plus that character.
 */
export function committedText(choice: PhoneticChoice, ruleCommit: string): string {
  const rule = phoneticToBengali(choice.latin)
  const suffix = ruleCommit.startsWith(rule) ? ruleCommit.slice(rule.length) : ''
  return chosenWord(choice) + suffix
}
