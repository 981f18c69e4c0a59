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

function isHyphen(s: string): boolean {
  return s === '-' || s === '\u2010' || s === '\u2011'
}

function hasTerminator(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if (
      c === 0x0964 ||
      c === 0x0965 ||
      c === 0x3f ||
      c === 0x21 ||
      c === 0x203c ||
      (c >= 0x2047 && c <= 0x2049) ||
      c === 0xff01 ||
      c === 0xff1f
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

function scanWords(chunk: string, st: WordState): void {
  const seg = getSegmenter('word')
  if (!seg) {
    scanWordsFallback(chunk, st)
    return
  }
  for (const s of seg.segment(chunk)) {
    if (s.isWordLike) {
      if (st.joinNext) st.joinNext = false
      else st.words++
      st.afterWord = true
      st.open = true
    } else {
      const text = s.segment
      st.joinNext = st.afterWord && isHyphen(text)
      st.afterWord = false
      if (st.open && hasTerminator(text)) {
        st.sentences++
        st.open = false
      }
    }
  }
}

// Without Intl.Segmenter: whitespace-separated tokens holding a letter or digit.
const WORDISH = /[\p{L}\p{N}]/u
function scanWordsFallback(chunk: string, st: WordState): void {
  for (const token of chunk.split(/\s+/)) {
    if (WORDISH.test(token)) {
      st.words++
      st.open = true
    }
    if (st.open && hasTerminator(token)) {
      st.sentences++
      st.open = false
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
  const st: WordState = { words: 0, sentences: 0, open: false, afterWord: false, joinNext: false }
  for (const chunk of chunks(line)) scanWords(chunk, st)
  into.words += st.words
  into.sentences += st.sentences + (st.open ? 1 : 0)
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
  const w = Number.isFinite(words) && words > 0 ? words : 0
  return Math.max(1, Math.ceil(w / wpm))
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
    for (const p of paragraphs) if (typeof p === 'string') add(total, countBlock(p))
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

  function lookup(p: string): BlockCounts {
    let hit = cache.get(p)
    if (hit) {
      // Re-insert to mark as recently used (Map keeps insertion order).
      cache.delete(p)
    } else {
      hit = countBlock(p)
      while (cache.size >= max) {
        const oldest = cache.keys().next()
        if (oldest.done) break
        cache.delete(oldest.value)
      }
    }
    cache.set(p, hit)
    return hit
  }

  function count(paragraphs: readonly string[], opts?: CountOptions): CountResult {
    const total = emptyTotal()
    if (Array.isArray(paragraphs)) {
      for (const p of paragraphs) if (typeof p === 'string') add(total, lookup(p))
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
