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
const CHUNK_LIMIT = 2000
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/

/** Counts of one block of text, before reading time is derived. */
type BlockCounts = Omit<CountResult, 'readingMinutes'>

// ------------------------------------------------------------ segmenters

// Created lazily, once; null where the platform has no Intl.Segmenter.
const segmenters = new Map<'word' | 'grapheme', Intl.Segmenter | null>()

function getSegmenter(granularity: 'word' | 'grapheme'): Intl.Segmenter | null {
  let seg = segmenters.get(granularity)
  if (seg === undefined) {
    try {
      seg = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('bn', { granularity }) : null
    } catch {
      seg = null
    }
    segmenters.set(granularity, seg)
  }
  return seg
}

// ------------------------------------------------------------ graphemes

// Grapheme classes for the fast scan (UAX #29 with the Indic conjunct rule
// GB9c, as ICU 74+ applies it). UNKNOWN sends the line to Intl.Segmenter.
const UNKNOWN = 0
const BASE = 1
const SPACE = 2 // a base that is whitespace
const CONTROL = 3 // breaks on both sides
const EXTEND = 4 // attaches, keeps a conjunct open (nukta, া, ু, ZWJ…)
const SPACING = 5 // attaches, closes a conjunct (ি, ে, ং…)
const CONSONANT = 6
const LINKER = 7 // virama ্
const ZWNJ = 8 // attaches, closes a conjunct

const BENGALI_CLASSES = new Uint8Array(0x80).fill(BASE)
for (let c = 0x0995; c <= 0x09b9; c++) BENGALI_CLASSES[c - 0x0980] = CONSONANT
for (const c of [0x09a9, 0x09b1, 0x09b3, 0x09b4, 0x09b5]) BENGALI_CLASSES[c - 0x0980] = BASE
for (const c of [0x09dc, 0x09dd, 0x09df, 0x09f0, 0x09f1]) BENGALI_CLASSES[c - 0x0980] = CONSONANT
for (const c of [0x0981, 0x09bc, 0x09be, 0x09c1, 0x09c2, 0x09c3, 0x09c4, 0x09d7, 0x09e2, 0x09e3, 0x09fe]) {
  BENGALI_CLASSES[c - 0x0980] = EXTEND
}
for (const c of [0x0982, 0x0983, 0x09bf, 0x09c0, 0x09c7, 0x09c8, 0x09cb, 0x09cc]) {
  BENGALI_CLASSES[c - 0x0980] = SPACING
}
BENGALI_CLASSES[0x09cd - 0x0980] = LINKER

function isSpaceUnit(c: number): boolean {
  return (
    c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000
  )
}

function classify(c: number): number {
  if (c >= 0x0980 && c <= 0x09ff) return BENGALI_CLASSES[c - 0x0980] ?? UNKNOWN
  if (c < 0x80) {
    if (c === 0x20 || c === 0x09) return c === 0x20 ? SPACE : CONTROL
    if (c === 0x0a || c === 0x0d) return UNKNOWN // CR LF pairing: let ICU decide
    return c < 0x20 || c === 0x7f ? CONTROL : BASE
  }
  if (c < 0x100) {
    if (c < 0xa0 || c === 0xad) return CONTROL
    if (c === 0xa9 || c === 0xae) return UNKNOWN // emoji-capable: ZWJ sequences
    return c === 0xa0 ? SPACE : BASE
  }
  if (c === 0x0964 || c === 0x0965 || c === 0x25cc || (c >= 0x20a0 && c <= 0x20c0)) return BASE
  if (c >= 0x2000 && c <= 0x206f) {
    if (c <= 0x200a || c === 0x202f || c === 0x205f) return SPACE
    if (c === 0x200c) return ZWNJ
    if (c === 0x200d) return EXTEND
    if (c === 0x203c || c === 0x2049) return UNKNOWN
    if (c === 0x200b || c === 0x200e || c === 0x200f || (c >= 0x2028 && c <= 0x202e) || c >= 0x2060) {
      return CONTROL
    }
    return BASE
  }
  if (c === 0x3000) return SPACE
  if (c === 0xfeff) return CONTROL
  return UNKNOWN
}

/** [clusters, clustersStartingWithSpace], or null if the fast table is not enough. */
function scanGraphemes(text: string): [number, number] | null {
  let clusters = 0
  let spaces = 0
  let attachable = false // is there a cluster a mark could join?
  let conjunct = 0 // 0 none, 1 after a consonant, 2 after consonant + linker
  for (let i = 0; i < text.length; i++) {
    const cls = classify(text.charCodeAt(i))
    switch (cls) {
      case BASE:
      case SPACE:
        clusters++
        if (cls === SPACE) spaces++
        attachable = true
        conjunct = 0
        break
      case CONTROL:
        clusters++
        if (text.charCodeAt(i) === 0x09) spaces++
        attachable = false
        conjunct = 0
        break
      case CONSONANT:
        if (conjunct !== 2) clusters++
        attachable = true
        conjunct = 1
        break
      case EXTEND:
      case LINKER:
      case SPACING:
      case ZWNJ:
        if (!attachable) clusters++
        attachable = true
        if (cls === LINKER) conjunct = conjunct === 0 ? 0 : 2
        else if (cls !== EXTEND) conjunct = 0
        break
      default:
        return null
    }
  }
  return [clusters, spaces]
}

function countGraphemes(line: string): [number, number] {
  const fast = scanGraphemes(line)
  if (fast) return fast
  const seg = getSegmenter('grapheme')
  let clusters = 0
  let spaces = 0
  if (!seg) {
    for (const ch of line) {
      clusters++
      if (isSpaceUnit(ch.charCodeAt(0))) spaces++
    }
    return [clusters, spaces]
  }
  // Chunks are cut before a space, which is always a cluster boundary.
  for (const chunk of chunks(line)) {
    for (const s of seg.segment(chunk)) {
      clusters++
      if (isSpaceUnit(s.segment.charCodeAt(0))) spaces++
    }
  }
  return [clusters, spaces]
}

// ------------------------------------------------------------ chunks

/** Cut a long line into pieces of at most CHUNK_LIMIT units, before a space when possible. */
function chunks(line: string): string[] {
  if (line.length <= CHUNK_LIMIT) return [line]
  const out: string[] = []
  let start = 0
  while (line.length - start > CHUNK_LIMIT) {
    let cut = start + CHUNK_LIMIT
    let k = cut
    while (k > start + CHUNK_LIMIT / 2 && !isSpaceUnit(line.charCodeAt(k))) k--
    if (k > start + CHUNK_LIMIT / 2) cut = k
    else {
      // No space: avoid splitting a mark from its base, or at least a surrogate pair.
      while (cut > start + 1 && !startsCluster(line, cut)) cut--
      if (cut <= start + 1) {
        cut = start + CHUNK_LIMIT
        const c = line.charCodeAt(cut)
        if (c >= 0xdc00 && c <= 0xdfff) cut--
      }
    }
    out.push(line.slice(start, cut))
    start = cut
  }
  out.push(line.slice(start))
  return out
}

// Table bases are never Extend, SpacingMark, ZWJ or conjunct consonants, so
// there is a cluster boundary before one unless a Prepend character precedes.
function startsCluster(line: string, at: number): boolean {
  const cls = classify(line.charCodeAt(at))
  const p = line.charCodeAt(at - 1)
  const prepend =
    (p >= 0x0600 && p <= 0x0605) || p === 0x06dd || p === 0x070f || p === 0x0890 || p === 0x0891 || p === 0x08e2 || p === 0x0d4e
  return (cls === BASE || cls === SPACE) && !prepend
}

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
