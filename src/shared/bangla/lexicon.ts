// The Bengali word list in memory, indexed for the phonetic suggestions (phonetic-suggest.ts) and the spell check
// (spellcheck.ts). Built once from the words the app ships (resources/dictionary, served by `dictionary.words`)
// plus the desk's own added words.
//
//   const lexicon = createLexicon(words, added)
//   lexicon.has('সরকার')                 exact, in the canonical stored form (NFC, ৎ)
//   lexicon.byKey(phoneticKey('মাম্লা'))  words that phonetic typing cannot tell apart: ['মামলা']
//   lexicon.completions(key, 3)          words whose key starts with key, shortest first
//   lexicon.add('নতুনশব্দ')               one more word (a desk's «অভিধানে যোগ করুন»)
// The page keeps the long shipped list in the packed form of lexicon-packed.ts (same answers, a third of the memory).
//
// THE PHONETIC KEY folds what a Latin keyboard cannot show: ী/ি, ূ/ু, ঈ/ই, ঊ/উ, ণ/ন, শ/ষ/স, য/জ, ঙ/ং, ড়/ঢ়/র, ৎ/ত,
// and the retroflex/dental pairs typed one for the other (ট/ত ঠ/থ ড/দ ঢ/ধ: dhaka finds ঢাকা);
// it drops hasant, ো, ঁ, ঃ, ya-phala and joiners, and collapses a doubled consonant (উত্তর and utor meet). It is
// only for finding candidates; the spelling shown is always the dictionary's.
import { canonicalize } from './normalize'

export interface Lexicon {
  /** Is this exact word (any encoding of it) in the list? */
  has(word: string): boolean
  /** Words with this phonetic key. */
  byKey(key: string): readonly string[]
  /** Up to `limit` words whose key starts with `prefix` (and is longer), shortest first. */
  completions(prefix: string, limit: number): string[]
  /** Words in the list. */
  readonly size: number
}

/** A lexicon that takes more words: createLexicon's. */
export interface GrowingLexicon extends Lexicon {
  /** Adds one word (a no-op for one already there). */
  add(word: string): void
}

// What each Bengali code point becomes in the key: -1 drop, 0 itself, else the code point to write.
const KEY_TABLE = ((): Int32Array => {
  const table = new Int32Array(0x80)
  const map = (from: string, to: string): void => {
    table[from.charCodeAt(0) - 0x0980] = to === '' ? -1 : to.charCodeAt(0)
  }
  for (const [from, to] of ['ীি', 'ূু', 'ঈই', 'ঊউ', 'ণন', 'শস', 'ষস', 'যজ', 'ঙং', 'টত', 'ঠথ', 'ডদ', 'ঢধ', 'ৎত']) map(from ?? '', to ?? '')
  for (const dropped of ['\u09CD', 'ো', 'ঁ', 'ঃ']) map(dropped, '')
  return table
})()
const NUKTA = 0x09bc
const HASANTA = 0x09cd
const YA = 0x09af
const RA = 0x09b0

/** The phonetic key of a Bengali word (see the header). */
export function phoneticKey(word: string): string {
  return keyOfStoredWord(canonicalize(word))
}

/** The stored form of a dictionary word, cheaply: list words carry no controls, so NFC and ৎ are enough. */
export function storedWord(raw: string): string {
  const word = raw.normalize('NFC')
  return word.includes('\u09A4\u09CD\u200D') ? word.replace(/\u09A4\u09CD\u200D/g, '\u09CE') : word
}

/** The phonetic key of a word already in its stored form (phoneticKey without canonicalizing first). */
export function keyOfStoredWord(text: string): string {
  const out: number[] = []
  let last = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const next = text.charCodeAt(i + 1)
    if (code === HASANTA && next === YA) {
      i++ // ya-phala: drop it
      continue
    }
    if (code === 0x200c || code === 0x200d) continue
    let mapped = code
    if (next === NUKTA && (code === YA || code === 0x09a1 || code === 0x09a2)) {
      i++
      if (code === YA) {
        out.push(YA, NUKTA) // য় stays
        last = NUKTA
        continue
      }
      mapped = RA // ড় ঢ় sound as র
    } else if (code >= 0x0980 && code <= 0x09ff) {
      const rule = KEY_TABLE[code - 0x0980] ?? 0
      if (rule === -1) continue
      if (rule !== 0) mapped = rule
    }
    if (mapped === last && mapped >= 0x0995 && mapped <= 0x09b9) continue // a doubled consonant counts once
    out.push(mapped)
    last = mapped
  }
  return String.fromCharCode(...out)
}

/** Reads a word list: one word a line, '#' comments, a hunspell count line and "/flags" ignored. */
export function parseWordList(text: string): string[] {
  const words: string[] = []
  for (const raw of text.split('\n')) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || /^\d+$/.test(line)) continue
    const slash = line.indexOf('/')
    words.push(slash >= 0 ? line.slice(0, slash) : line)
  }
  return words
}

export function createLexicon(words: Iterable<string>, added: Iterable<string> = []): GrowingLexicon {
  const exact = new Set<string>()
  const keyed = new Map<string, string[]>()
  const add = (raw: string): void => {
    const word = storedWord(raw.trim())
    if (word === '' || exact.has(word)) return
    exact.add(word)
    const key = keyOfStoredWord(word)
    const list = keyed.get(key)
    if (list) list.push(word)
    else {
      keyed.set(key, [word])
      sortedKeys = null
    }
  }
  // Sorted keys for prefix completion, built on first use (and again after a word with a new key is added).
  let sortedKeys: string[] | null = null
  for (const word of words) add(word)
  for (const word of added) add(word)

  const keys = (): string[] => (sortedKeys ??= [...keyed.keys()].sort())

  return {
    has: (word) => exact.has(word) || exact.has(canonicalize(word)),
    byKey: (key) => keyed.get(key) ?? [],
    add: (word) => {
      if (typeof word === 'string') add(word)
    },
    completions(prefix, limit) {
      if (prefix === '' || limit <= 0) return []
      const all = keys()
      let lo = 0
      let hi = all.length
      while (lo < hi) {
        const mid = (lo + hi) >>> 1
        if ((all[mid] ?? '') < prefix) lo = mid + 1
        else hi = mid
      }
      const found: string[] = []
      // Look at a bounded window: a keystroke must stay fast however common the prefix.
      for (let i = lo; i < all.length && i < lo + 200; i++) {
        const key = all[i] ?? ''
        if (!key.startsWith(prefix)) break
        if (key.length > prefix.length) found.push(...(keyed.get(key) ?? []))
      }
      return found.sort((a, b) => a.length - b.length).slice(0, limit)
    },
    get size() {
      return exact.size
    }
  }
}
