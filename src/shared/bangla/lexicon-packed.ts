// The shipped word list packed small, for a page that keeps it for hours: 110,000 words as two long strings and three
// typed arrays instead of ~450,000 small objects (a Set, a Map, a key string and an array per word), so the heap stays
// about a third of the size and the garbage collector, which walks every live object, never has to walk the words.
// Same answers as createLexicon (lexicon.ts), in the same order; built in steps so a page can build it in idle time.
//
//   const packer = createLexiconPacker()
//   for (const word of words) packer.add(word)        cheap per word: its stored form and phonetic key
//   while (!packer.pack(() => timeLeft()));            sorting and packing, groups of words per call
//   const lexicon = packer.lexicon()
//
// Layout: the distinct keys, sorted, written one after another in `keyText` (key k is keyText[keyStart[k],
// keyStart[k+1])); the words in key order, in `wordText` with `wordStart`; key k's words are words
// keyWords[k] … keyWords[k+1]−1, in the order they were added.
import { keyOfStoredWord, storedWord, type Lexicon } from './lexicon'
import { canonicalize } from './normalize'

export interface LexiconPacker {
  /** Adds a word; a word already added is kept once. */
  add(word: string): void
  /** Packs groups of words (at least one) while `more()` says so; call again until it returns true. */
  pack(more: () => boolean): boolean
  /** The packed lexicon; only after pack() returned true. */
  lexicon(): Lexicon
}

/** Words are grouped by the first two units of their key while they are added, so packing can sort a group at a time. */
const GROUP_PREFIX = 2
const COMPLETION_WINDOW = 200

/** Compares `query` with text[start, end) as JavaScript compares strings (UTF-16 units), without making a string. */
function compareSlice(text: string, start: number, end: number, query: string): number {
  const length = Math.min(end - start, query.length)
  for (let i = 0; i < length; i++) {
    const difference = text.charCodeAt(start + i) - query.charCodeAt(i)
    if (difference !== 0) return difference
  }
  return end - start - query.length
}

function sliceStartsWith(text: string, start: number, end: number, prefix: string): boolean {
  return end - start >= prefix.length && text.startsWith(prefix, start)
}

interface Packed {
  keyText: string
  keyStart: Int32Array
  keyWords: Int32Array
  wordText: string
  wordStart: Int32Array
}

function packedLexicon(packed: Packed): Lexicon {
  const { keyText, keyStart, keyWords, wordText, wordStart } = packed
  const keyCount = keyStart.length - 1
  const wordAt = (index: number): string => wordText.slice(wordStart[index] ?? 0, wordStart[index + 1] ?? 0)
  /** The first key not below `query`. */
  const lowerBound = (query: string): number => {
    let lo = 0
    let hi = keyCount
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (compareSlice(keyText, keyStart[mid] ?? 0, keyStart[mid + 1] ?? 0, query) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }
  const keyIndex = (key: string): number => {
    const at = lowerBound(key)
    return at < keyCount && compareSlice(keyText, keyStart[at] ?? 0, keyStart[at + 1] ?? 0, key) === 0 ? at : -1
  }
  const wordsOf = (index: number): string[] => {
    const out: string[] = []
    for (let word = keyWords[index] ?? 0; word < (keyWords[index + 1] ?? 0); word++) out.push(wordAt(word))
    return out
  }
  const holds = (word: string): boolean => {
    const index = keyIndex(keyOfStoredWord(word))
    if (index < 0) return false
    for (let entry = keyWords[index] ?? 0; entry < (keyWords[index + 1] ?? 0); entry++) {
      if (compareSlice(wordText, wordStart[entry] ?? 0, wordStart[entry + 1] ?? 0, word) === 0) return true
    }
    return false
  }
  return {
    has(word) {
      if (typeof word !== 'string' || word === '') return false
      if (holds(word)) return true
      const stored = canonicalize(word)
      return stored !== word && holds(stored)
    },
    byKey: (key) => {
      const index = keyIndex(key)
      return index < 0 ? [] : wordsOf(index)
    },
    completions(prefix, limit) {
      if (prefix === '' || limit <= 0) return []
      const found: string[] = []
      const from = lowerBound(prefix)
      // Look at a bounded window: a keystroke must stay fast however common the prefix.
      for (let index = from; index < keyCount && index < from + COMPLETION_WINDOW; index++) {
        const start = keyStart[index] ?? 0
        const end = keyStart[index + 1] ?? 0
        if (!sliceStartsWith(keyText, start, end, prefix)) break
        if (end - start > prefix.length) found.push(...wordsOf(index))
      }
      return found.sort((a, b) => a.length - b.length).slice(0, limit)
    },
    size: wordStart.length - 1
  }
}

export function createLexiconPacker(): LexiconPacker {
  // While adding: per group of keys, [key, word, key, word, …] in the order added. Dropped once packed.
  let groups: Map<string, string[]> | null = new Map()
  let order: string[] | null = null
  let nextGroup = 0
  const keyParts: string[] = []
  const wordParts: string[] = []
  const keyStarts: number[] = [0]
  const keyFirstWord: number[] = []
  const wordStarts: number[] = [0]
  let packed: Lexicon | null = null

  function packGroup(entries: string[]): void {
    // Pairs sorted by key; the sort is stable, so a key's words keep the order they were added in.
    const pairs: Array<[string, string]> = []
    for (let i = 0; i < entries.length; i += 2) pairs.push([entries[i] ?? '', entries[i + 1] ?? ''])
    pairs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    let currentKey: string | null = null
    let keyWordsSeen: string[] = []
    for (const [key, word] of pairs) {
      if (key !== currentKey) {
        currentKey = key
        keyFirstWord.push(wordStarts.length - 1)
        keyWordsSeen = []
        keyParts.push(key)
        keyStarts.push((keyStarts[keyStarts.length - 1] ?? 0) + key.length)
      }
      // One word is one key: a repeat of a word can only be in its own key's short list.
      if (keyWordsSeen.includes(word)) continue
      keyWordsSeen.push(word)
      wordParts.push(word)
      wordStarts.push((wordStarts[wordStarts.length - 1] ?? 0) + word.length)
    }
  }

  return {
    add(raw) {
      if (!groups || typeof raw !== 'string') return
      const word = storedWord(raw.trim())
      if (word === '') return
      const key = keyOfStoredWord(word)
      const prefix = key.slice(0, GROUP_PREFIX)
      const group = groups.get(prefix)
      if (group) group.push(key, word)
      else groups.set(prefix, [key, word])
    },
    pack(more) {
      if (packed) return true
      if (!groups) return false
      order ??= [...groups.keys()].sort()
      if (nextGroup < order.length) {
        do packGroup(groups.get(order[nextGroup++] ?? '') ?? [])
        while (nextGroup < order.length && more())
        // Writing the long strings is a step of its own.
        return false
      }
      packed = packedLexicon({
        keyText: keyParts.join(''),
        keyStart: Int32Array.from(keyStarts),
        keyWords: Int32Array.from([...keyFirstWord, wordStarts.length - 1]),
        wordText: wordParts.join(''),
        wordStart: Int32Array.from(wordStarts)
      })
      groups = null
      order = null
      return true
    },
    lexicon() {
      if (!packed) throw new Error('the lexicon is not packed yet')
      return packed
    }
  }
}

/** Packs a word list at once (tests, and callers with no page to keep responsive). */
export function packLexicon(words: Iterable<string>): Lexicon {
  const packer = createLexiconPacker()
  for (const word of words) packer.add(word)
  while (!packer.pack(() => true));
  return packer.lexicon()
}
