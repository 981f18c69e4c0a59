// Word, character, sentence and paragraph counts for Bengali text.
//
// Rules (chosen to match what editors expect from Word / Google Docs):
// - words: Intl.Segmenter word segments with isWordLike; numbers (২০২৪, ৩.৫,
//   ১০,০০০) are words; a hyphenated chain (আম-জাম) is one word.
// - characters: extended grapheme clusters (ক্ষু is one), line breaks
//   excluded; charactersNoSpaces also leaves out clusters that start with a
//   space character.
// - sentences: a run of । ॥ ? ! ‼ (etc.) after some words ends a sentence;
//   words after the last terminator of a paragraph make one more sentence.
// - paragraphs: lines (split on any line break) with non-space content.
// - readingMinutes: words / wordsPerMinute (default 200) rounded up, at least
//   1 for text with any non-space character.
//
// Performance: ICU's segmenter is super-linear in input length, so nothing is
// ever segmented whole: lines are counted one by one, long lines are cut into
// ≤ 2,000-char chunks before a space, graphemes are counted by a linear scan
// (Intl is used only for characters outside the table below), and
// createCounter caches results per paragraph string so an edit recounts only
// the paragraph it touched.

import { chunks, countGraphemes, getSegmenter } from './count-graphemes'

export interface CountResult {
  words: number
  characters: number
  charactersNoSpaces: number
  sentences: number
  paragraphs: number
  readingMinutes: number
}

export interface CountOptions {
  /** Reading speed; default 200 words per minute. */
  wordsPerMinute?: number
}

export const DEFAULT_WORDS_PER_MINUTE = 200
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/

/** Counts of one block of text, before reading time is derived. */
type BlockCounts = Omit<CountResult, 'readingMinutes'>

// ------------------------------------------------------------ words and sentences

function isHyphen(text: string): boolean {
  return text === '-' || text === '\u2010' || text === '\u2011'
}

function hasTerminator(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if (
      code === 0x0964 ||
      code === 0x0965 ||
      code === 0x3f ||
      code === 0x21 ||
      code === 0x203c ||
      (code >= 0x2047 && code <= 0x2049) ||
      code === 0xff01 ||
      code === 0xff1f
    )
      return true
  }
  return false
}

/** Running state of one line; carried across its chunks. */
interface WordState {
  words: number
  sentences: number
  open: boolean // words seen since the last terminator
  afterWord: boolean
  joinNext: boolean // previous segments were word + hyphen
}

function scanWords(chunk: string, state: WordState): void {
  const seg = getSegmenter('word')
  if (!seg) {
    scanWordsFallback(chunk, state)
    return
  }
  for (const piece of seg.segment(chunk)) {
    if (piece.isWordLike) {
      if (state.joinNext) state.joinNext = false
      else state.words++
      state.afterWord = true
      state.open = true
    } else {
      const text = piece.segment
      state.joinNext = state.afterWord && isHyphen(text)
      state.afterWord = false
      if (state.open && hasTerminator(text)) {
        state.sentences++
        state.open = false
      }
    }
  }
}

// Without Intl.Segmenter: whitespace-separated tokens holding a letter or digit.
const WORDISH = /[\p{L}\p{N}]/u
function scanWordsFallback(chunk: string, state: WordState): void {
  for (const token of chunk.split(/\s+/)) {
    if (WORDISH.test(token)) {
      state.words++
      state.open = true
    }
    if (state.open && hasTerminator(token)) {
      state.sentences++
      state.open = false
    }
  }
}

// ------------------------------------------------------------ blocks

function countLine(line: string, into: BlockCounts): void {
  const [clusters, spaces] = countGraphemes(line)
  into.characters += clusters
  into.charactersNoSpaces += clusters - spaces
  if (clusters === spaces) return // blank line: no words, not a paragraph
  into.paragraphs++
  const state: WordState = { words: 0, sentences: 0, open: false, afterWord: false, joinNext: false }
  for (const chunk of chunks(line)) scanWords(chunk, state)
  into.words += state.words
  into.sentences += state.sentences + (state.open ? 1 : 0)
}

const emptyTotal = (): BlockCounts => ({ words: 0, characters: 0, charactersNoSpaces: 0, sentences: 0, paragraphs: 0 })

/** Counts of one paragraph string (which may itself contain line breaks). */
function countBlock(block: string): BlockCounts {
  const out = emptyTotal()
  if (block === '') return out
  for (const line of block.split(LINE_BREAK)) if (line !== '') countLine(line, out)
  return out
}

/** Minutes to read `words` words: rounded up, at least 1 when `hasContent`. */
export function readingMinutes(words: number, wordsPerMinute?: number, hasContent = words > 0): number {
  const wpm =
    typeof wordsPerMinute === 'number' && Number.isFinite(wordsPerMinute) && wordsPerMinute > 0 ? wordsPerMinute : DEFAULT_WORDS_PER_MINUTE
  if (!hasContent) return 0
  const counted = Number.isFinite(words) && words > 0 ? words : 0
  return Math.max(1, Math.ceil(counted / wpm))
}

function finish(total: BlockCounts, opts: CountOptions | undefined): CountResult {
  return {
    ...total,
    readingMinutes: readingMinutes(total.words, opts?.wordsPerMinute, total.charactersNoSpaces > 0)
  }
}

function add(total: BlockCounts, part: BlockCounts): void {
  total.words += part.words
  total.characters += part.characters
  total.charactersNoSpaces += part.charactersNoSpaces
  total.sentences += part.sentences
  total.paragraphs += part.paragraphs
}

/** Split text into lines the way the counter does (blank lines included). */
export function splitParagraphs(text: string): string[] {
  return typeof text === 'string' ? text.split(LINE_BREAK) : []
}

/** Count a whole text. Uncached; use createCounter while editing. */
export function countText(text: string, opts?: CountOptions): CountResult {
  return countParagraphs(splitParagraphs(text), opts)
}

/** Count a list of paragraphs (same totals as countText on them joined by '\n'). Uncached. */
export function countParagraphs(paragraphs: readonly string[], opts?: CountOptions): CountResult {
  const total = emptyTotal()
  if (Array.isArray(paragraphs)) {
    for (const paragraph of paragraphs) if (typeof paragraph === 'string') add(total, countBlock(paragraph))
  }
  return finish(total, opts)
}

export interface Counter {
  /** Totals for these paragraphs; unchanged paragraph strings come from the cache. */
  count(paragraphs: readonly string[], opts?: CountOptions): CountResult
  /** countText through the cache. */
  countText(text: string, opts?: CountOptions): CountResult
  clear(): void
  readonly size: number
}

export interface CounterOptions extends CountOptions {
  /** Most paragraphs remembered (least recently used are dropped); default 4,000. */
  maxEntries?: number
}

/** An incremental counter: after one keystroke only the edited paragraph is segmented. */
export function createCounter(options?: CounterOptions): Counter {
  const wanted = options?.maxEntries
  const max = typeof wanted === 'number' && wanted >= 1 ? Math.floor(wanted) : 4000
  const cache = new Map<string, BlockCounts>()

  function lookup(paragraph: string): BlockCounts {
    let hit = cache.get(paragraph)
    if (hit) {
      // Re-insert to mark as recently used (Map keeps insertion order).
      cache.delete(paragraph)
    } else {
      hit = countBlock(paragraph)
      while (cache.size >= max) {
        const oldest = cache.keys().next()
        if (oldest.done) break
        cache.delete(oldest.value)
      }
    }
    cache.set(paragraph, hit)
    return hit
  }

  function count(paragraphs: readonly string[], opts?: CountOptions): CountResult {
    const total = emptyTotal()
    if (Array.isArray(paragraphs)) {
      for (const paragraph of paragraphs) if (typeof paragraph === 'string') add(total, lookup(paragraph))
    }
    return finish(total, { wordsPerMinute: opts?.wordsPerMinute ?? options?.wordsPerMinute })
  }

  return {
    count,
    countText: (text, opts) => count(splitParagraphs(text), opts),
    clear: () => cache.clear(),
    get size() {
      return cache.size
    }
  }
}
