// Rule table and tokenizer for Barta's phonetic typing mode (Latin → Bengali).
//
// Barta's own rule set, written from the widely known conventions of
// "Avro-style" phonetic Bengali typing (see the cheat sheet in phonetic.ts).
// The tokenizer turns Latin text into a flat list of tokens with greedy
// longest match (patterns are at most 3 characters, so it is linear time);
// phonetic.ts then assembles the tokens into Bengali, adding hasanta, vowel
// signs, phala and reph from context, with the conjunct table below.
//
// Case: O I U D T N R S Z Y are case-sensitive (uppercase selects another
// letter). Every other uppercase ASCII letter is read as its lowercase, so a
// sentence-initial capital ("Ami", "Bangladesh") is harmless. An exact match
// is always tried before the case-folded one, which keeps "NG" (ঞ) apart
// from "Ng" (ঙ) and "ng" (ং).
//
// Output is in Barta's canonical stored form (see normalize.ts): য় ড় ঢ় are
// written base + nukta (what NFC produces), khanda ta is U+09CE.

import { BENGALI_DIGITS } from './digits'

export const HASANTA = '\u09CD'
export const ZWJ = '\u200D'
const NUKTA = '\u09BC'
export const YYA = '\u09AF' + NUKTA // য়
const RRA = '\u09A1' + NUKTA // ড়
const RHA = '\u09A2' + NUKTA // ঢ়

/**
 * C: consonant (bn may be a ready-made cluster such as ক্ষ).
 * V: vowel, written `ind` at the start of a syllable, `sign` after a consonant.
 * M: sign that never joins with a neighbour: ং ঃ ঁ ৎ.
 * y / Z / w / x: letters whose output depends on their neighbours.
 * brk: the backtick: ends a pattern and a cluster, writes nothing (k`h → কহ).
 * join: '+' between two consonants: join them whatever the table says.
 * lit: literal output (digits, punctuation, anything that is not ours).
 */
export type Token =
  | { readonly kind: 'C'; readonly key: string; readonly bn: string }
  | { readonly kind: 'V'; readonly key: string; readonly ind: string; readonly sign: string }
  | { readonly kind: 'M'; readonly bn: string }
  | { readonly kind: 'y' | 'Z' | 'w' | 'x' | 'brk' | 'join' }
  | { readonly kind: 'lit'; readonly text: string }

const CONSONANTS: ReadonlyArray<readonly [string, string]> = [
  ['k', 'ক'],
  ['kh', 'খ'],
  ['g', 'গ'],
  ['gh', 'ঘ'],
  ['Ng', 'ঙ'],
  ['c', 'চ'],
  ['ch', 'ছ'],
  ['chh', 'ছ'],
  ['j', 'জ'],
  ['jh', 'ঝ'],
  ['NG', 'ঞ'],
  ['T', 'ট'],
  ['Th', 'ঠ'],
  ['D', 'ড'],
  ['Dh', 'ঢ'],
  ['N', 'ণ'],
  ['t', 'ত'],
  ['th', 'থ'],
  ['d', 'দ'],
  ['dh', 'ধ'],
  ['n', 'ন'],
  ['p', 'প'],
  ['ph', 'ফ'],
  ['f', 'ফ'],
  ['b', 'ব'],
  ['bh', 'ভ'],
  ['v', 'ভ'],
  ['m', 'ম'],
  ['z', 'য'],
  ['r', 'র'],
  ['l', 'ল'],
  ['sh', 'শ'],
  ['S', 'শ'],
  ['Sh', 'ষ'],
  ['s', 'স'],
  ['h', 'হ'],
  ['R', RRA],
  ['Rh', RHA],
  ['Y', YYA],
  ['q', 'ক'],
  // Clusters with their own spelling. ক্শ and গ্গ do not occur in Bengali,
  // so "ksh" and "gg" are free to mean ক্ষ and জ্ঞ (শিক্ষা, বিজ্ঞান).
  ['kkh', 'ক্ষ'],
  ['ksh', 'ক্ষ'],
  ['gg', 'জ্ঞ']
]

const VOWELS: ReadonlyArray<readonly [string, string, string]> = [
  ['o', 'অ', ''], // after a consonant: the inherent vowel, nothing is written
  ['a', 'আ', 'া'],
  ['i', 'ই', 'ি'],
  ['I', 'ঈ', 'ী'],
  ['ee', 'ঈ', 'ী'],
  ['u', 'উ', 'ু'],
  ['U', 'ঊ', 'ূ'],
  ['oo', 'উ', 'ু'],
  ['e', 'এ', 'ে'],
  ['O', 'ও', 'ো'],
  ['OI', 'ঐ', 'ৈ'],
  ['OU', 'ঔ', 'ৌ'],
  ['rri', 'ঋ', 'ৃ'],
  // English loans: অ্যাসিড, ক্যাম্প.
  ['aZ', 'অ্যা', '্যা']
]

function buildTable(): ReadonlyMap<string, Token> {
  const table = new Map<string, Token>()
  for (const [key, bn] of CONSONANTS) table.set(key, { kind: 'C', key, bn })
  for (const [key, ind, sign] of VOWELS) table.set(key, { kind: 'V', key, ind, sign })
  table.set('y', { kind: 'y' })
  table.set('Z', { kind: 'Z' })
  table.set('w', { kind: 'w' })
  table.set('x', { kind: 'x' })
  table.set('t``', { kind: 'M', bn: '\u09CE' })
  return table
}

const TABLE = buildTable()
const MAX_PATTERN = 3

const ANUSVARA: Token = { kind: 'M', bn: 'ং' }
const VISARGA: Token = { kind: 'M', bn: 'ঃ' }
const CANDRABINDU: Token = { kind: 'M', bn: 'ঁ' }
const BREAK: Token = { kind: 'brk' }
const NGA_GA: Token = { kind: 'C', key: 'ngg', bn: 'ঙ্গ' }
const GHA: Token = { kind: 'C', key: 'gh', bn: 'ঘ' }
const JOIN: Token = { kind: 'join' }
/** "rr" before a consonant: a র that always becomes reph. */
const REPH: Token = { kind: 'C', key: 'rr', bn: 'র' }

/** Uppercase letters that mean something different from their lowercase. */
const CASE_SENSITIVE = 'OIUDTNRSZY'
/** First letters (after folding) of a vowel pattern. */
const VOWEL_START = 'aeiouIUO'

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}

function isDigitAt(s: string, i: number): boolean {
  const c = s.charCodeAt(i) // NaN out of range: false
  return (c >= 48 && c <= 57) || (c >= 0x09e6 && c <= 0x09ef)
}

/** Lowercase the case-insensitive ASCII letters; length is unchanged. */
function foldCase(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const ch = s.charAt(i)
    const c = s.charCodeAt(i)
    out += c >= 65 && c <= 90 && !CASE_SENSITIVE.includes(ch) ? String.fromCharCode(c + 32) : ch
  }
  return out
}

/** True for the characters the tokenizer gives a meaning to. */
export function isPhoneticChar(ch: string): boolean {
  if (ch.length !== 1) return false
  const c = ch.charCodeAt(0)
  return isAsciiLetter(c) || (c >= 48 && c <= 57) || '`^:.$+'.includes(ch)
}

/** Tokenize `s`; never throws, O(length). */
export function tokenize(s: string): Token[] {
  const f = foldCase(s)
  const tokens: Token[] = []
  let i = 0
  while (i < s.length) {
    const ch = s.charAt(i)
    const c = s.charCodeAt(i)
    if (!isAsciiLetter(c)) {
      i = punctuation(s, i, ch, c, tokens)
      continue
    }
    // "rr" before a consonant is the explicit reph of Avro habit (dhorrmo,
    // marrkin): one র that joins the next consonant whatever the rules say.
    if (f.startsWith('rr', i) && f.charAt(i + 2) !== 'i' && isConsonantStart(f, i + 2)) {
      tokens.push(REPH)
      i += 2
      continue
    }
    // ং, but ঙ্গ before a vowel (সঙ্গে, বঙ্গ) and ং+ঘ for "ngh" (সংঘাত).
    // "Ng" and "NG" are the letters ঙ and ঞ and are left to the table.
    if (f.startsWith('ng', i) && !s.startsWith('NG', i) && !s.startsWith('Ng', i)) {
      const next = f.charAt(i + 2)
      if (next === 'h') {
        tokens.push(ANUSVARA, GHA)
        i += 3
      } else {
        tokens.push(next !== '' && VOWEL_START.includes(next) ? NGA_GA : ANUSVARA)
        i += 2
      }
      continue
    }
    let matched = false
    for (let len = Math.min(MAX_PATTERN, s.length - i); len > 0; len--) {
      const exact = s.slice(i, i + len)
      const tok = TABLE.get(exact) ?? TABLE.get(f.slice(i, i + len))
      if (tok) {
        tokens.push(tok)
        i += len
        matched = true
        break
      }
    }
    if (!matched) {
      // Unreachable for ASCII letters (each folds to a 1-letter pattern), kept
      // so that a future table change can never loop forever.
      tokens.push({ kind: 'lit', text: ch })
      i++
    }
  }
  return tokens
}

function isConsonantStart(f: string, i: number): boolean {
  const c = f.charCodeAt(i)
  return isAsciiLetter(c) && !VOWEL_START.includes(f.charAt(i))
}

/** Non-letters. Returns the index after what was consumed. */
function punctuation(s: string, i: number, ch: string, c: number, tokens: Token[]): number {
  if (c >= 48 && c <= 57) {
    tokens.push({ kind: 'lit', text: BENGALI_DIGITS.charAt(c - 48) })
    return i + 1
  }
  switch (ch) {
    case '.': {
      // '.' is the dari, except between digits (৩.৫); ".." types a plain
      // full stop, and three or more dots stay an ellipsis.
      let j = i
      while (s.charAt(j) === '.') j++
      const run = j - i
      let text = '.'.repeat(run)
      if (run === 1) text = isDigitAt(s, i - 1) && isDigitAt(s, i + 1) ? '.' : '।'
      else if (run === 2) text = '.'
      tokens.push({ kind: 'lit', text })
      return j
    }
    case ':':
      // ঃ inside a word (du:kho → দুঃখ) or as "::"; a word-final ':' is a colon.
      if (s.charAt(i + 1) === ':') {
        tokens.push(VISARGA)
        return i + 2
      }
      tokens.push(isAsciiLetter(s.charCodeAt(i + 1)) ? VISARGA : { kind: 'lit', text: ':' })
      return i + 1
    case '^':
      tokens.push(CANDRABINDU)
      return i + 1
    case '`':
      tokens.push(BREAK)
      return i + 1
    case '+':
      // Forced join between consonants; anywhere else phonetic.ts writes '+'.
      tokens.push(JOIN)
      return i + 1
    case '$':
      tokens.push({ kind: 'lit', text: '৳' })
      return i + 1
    default:
      // Anything else (spaces, Bengali, emoji halves, lone surrogates,
      // controls) is copied code unit by code unit, so pairs stay intact.
      tokens.push({ kind: 'lit', text: ch })
      return i + 1
  }
}

// ------------------------------------------------------------- conjuncts

/**
 * Two consonants typed one after the other join (with hasanta) only when they
 * make a real Bengali conjunct. The list is Barta's own, written from Bengali
 * orthography; longer clusters are chains of these pairs (ন্ত্র = ন্ত + ত্র,
 * স্ত্র, ন্দ্র, ম্প্র, স্প্র, ক্ষ্ম = ক্ষ + ষ্ম, ঙ্ক্ষ, জ্জ্ব with 'w').
 * ya-phala (y, Z, z) joins after any consonant and reph is decided in
 * phonetic.ts, so neither য nor র as first letter is listed here; র as
 * second letter (ra-phala) is, for the letters that take it.
 *
 * JOIN_ANYWHERE: joined wherever the pair is typed. The separated reading of
 * these pairs is rare in real words, or is handled on its own in phonetic.ts:
 * a verb ending for ক্ত ক্ল ন্ত স্ত ল্ল (থাকতে থাকলে জানতে আসতে বললেন), the এক
 * rule for ক্ট ক্স (একটি একসাথে). ম্ন ন্ম ক্র stay here although words with
 * the letters apart exist (সামনে, প্রধানমন্ত্রী, চাকরি): নিম্ন, জন্ম, বিক্রি are as common.
 */
const JOIN_ANYWHERE = [
  'ক্ক ক্ট ক্ত ক্র ক্ল ক্ষ ক্স',
  'খ্র',
  'গ্ধ গ্ন গ্ম গ্র',
  'ঘ্ন ঘ্র',
  'ঙ্ক ঙ্খ ঙ্গ ঙ্ঘ',
  'চ্চ চ্ছ',
  'জ্জ জ্ঞ জ্র',
  'ঞ্চ ঞ্ছ ঞ্জ',
  'ট্ট ট্র',
  'ড্ড ড্র',
  'ণ্ট ণ্ঠ ণ্ড ণ্ণ',
  'ত্ত ত্থ ত্ন ত্ম ত্র',
  'দ্দ দ্ধ দ্ব দ্ভ দ্ম দ্র দ্ঘ',
  'ধ্ব ধ্র',
  'ন্ট ন্ঠ ন্ড ন্ত ন্থ ন্দ ন্ধ ন্ন ন্ম ন্স',
  'প্ট প্ত প্ন প্প প্র প্ল প্স',
  'ফ্র ফ্ল',
  'ব্দ ব্ধ ব্ব ব্র',
  'ভ্র',
  'ম্ন ম্প ম্ফ ম্ব ম্ভ ম্ম',
  'ল্গ ল্ট ল্ড ল্প ল্ফ ল্ল',
  'শ্চ শ্ছ শ্ন শ্ম শ্র',
  'ষ্ক ষ্ট ষ্ঠ ষ্ণ ষ্প ষ্ফ ষ্ম',
  'স্ক স্খ স্ট স্ত স্থ স্ন স্ফ স্ম',
  'হ্ন হ্ল'
]

/**
 * JOIN_AT_WORD_START: real conjuncts that are joined only at the start of a
 * word (ম্লান স্পষ্ট স্রোত স্লোগান গ্লাস ব্লক শ্লোক হ্রাস জ্বর), where two
 * consonants cannot be meant apart. Inside a word the pair stays apart,
 * because there the separate letters are far more common in news text:
 *   ম্ল মামলা হামলা আমলা · ম্র আমরা তোমরা · ল্ক কলকাতা হালকা · ল্ম গোলমাল
 *   ল্ব কালবৈশাখী দলবদল · স্প হাসপাতাল · স্র ইসরায়েল · স্ল ইসলাম
 *   গ্ল পাগলা · ব্ল পাবলিক · ব্জ সবজি · শ্ল মশলা · হ্ম রহমান · হ্র বাহরাইন
 *   জ্ব রাজবাড়ী · ন্ব জনবল · শ্ব দেশবাসী · স্ব কসবা · হ্ব শাহবাগ
 * The rarer conjunct is typed with '+' (om+lo অম্ল, poros+por পরস্পর), and
 * ba-phala with 'w' as always (bishwo বিশ্ব, swadhIn স্বাধীন, ahwan আহ্বান).
 */
const JOIN_AT_WORD_START = ['ম্ল ম্র', 'ল্ক ল্ম ল্ব', 'স্প স্র স্ল স্ব', 'গ্ল', 'ব্ল ব্জ', 'শ্ল শ্ব', 'হ্ম হ্র হ্ব', 'জ্ব', 'ন্ব']

export const JOIN_NEVER = 0
export const JOIN_ALWAYS = 1
export const JOIN_AT_START = 2
export type JoinClass = typeof JOIN_NEVER | typeof JOIN_ALWAYS | typeof JOIN_AT_START

function buildConjuncts(): ReadonlyMap<string, JoinClass> {
  const map = new Map<string, JoinClass>()
  const add = (groups: readonly string[], cls: JoinClass): void => {
    for (const group of groups) {
      for (const c of group.split(' ')) map.set(c.charAt(0) + c.charAt(2), cls) // drop the hasanta
    }
  }
  add(JOIN_ANYWHERE, JOIN_ALWAYS)
  add(JOIN_AT_WORD_START, JOIN_AT_START)
  return map
}

const CONJUNCTS = buildConjuncts()

/**
 * How consonant letter `a` (the last letter of what was written) joins the
 * next consonant letter `b`. Letters with nukta (ড় ঢ় য়) end in U+09BC and
 * so never join.
 */
export function conjunctClass(a: string, b: string): JoinClass {
  return CONJUNCTS.get(a + b) ?? JOIN_NEVER
}
