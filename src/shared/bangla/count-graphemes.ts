// Grapheme counting for count.ts: a linear scan over a table of Bengali grapheme classes (UAX #29 with the Indic
// conjunct rule GB9c, as ICU 74+ applies it), Intl.Segmenter only for characters outside the table, and the cutting of
// long lines into chunks before a space (ICU's segmenter is super-linear in input length).

const CHUNK_LIMIT = 2000

// ------------------------------------------------------------ segmenters

// Created lazily, once; null where the platform has no Intl.Segmenter.
const segmenters = new Map<'word' | 'grapheme', Intl.Segmenter | null>()

export function getSegmenter(granularity: 'word' | 'grapheme'): Intl.Segmenter | null {
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
for (let code = 0x0995; code <= 0x09b9; code++) BENGALI_CLASSES[code - 0x0980] = CONSONANT
for (const code of [0x09a9, 0x09b1, 0x09b3, 0x09b4, 0x09b5]) BENGALI_CLASSES[code - 0x0980] = BASE
for (const code of [0x09dc, 0x09dd, 0x09df, 0x09f0, 0x09f1]) BENGALI_CLASSES[code - 0x0980] = CONSONANT
for (const code of [0x0981, 0x09bc, 0x09be, 0x09c1, 0x09c2, 0x09c3, 0x09c4, 0x09d7, 0x09e2, 0x09e3, 0x09fe]) {
  BENGALI_CLASSES[code - 0x0980] = EXTEND
}
for (const code of [0x0982, 0x0983, 0x09bf, 0x09c0, 0x09c7, 0x09c8, 0x09cb, 0x09cc]) {
  BENGALI_CLASSES[code - 0x0980] = SPACING
}
BENGALI_CLASSES[0x09cd - 0x0980] = LINKER

/** Horizontal space: ASCII space and tab, no-break space and the Unicode space separators (Zs). */
export function isSpaceUnit(code: number): boolean {
  return (
    code === 0x20 ||
    code === 0x09 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000
  )
}

function classify(code: number): number {
  if (code >= 0x0980 && code <= 0x09ff) return BENGALI_CLASSES[code - 0x0980] ?? UNKNOWN
  if (code < 0x80) {
    if (code === 0x20 || code === 0x09) return code === 0x20 ? SPACE : CONTROL
    if (code === 0x0a || code === 0x0d) return UNKNOWN // CR LF pairing: let ICU decide
    return code < 0x20 || code === 0x7f ? CONTROL : BASE
  }
  if (code < 0x100) {
    if (code < 0xa0 || code === 0xad) return CONTROL
    if (code === 0xa9 || code === 0xae) return UNKNOWN // emoji-capable: ZWJ sequences
    return code === 0xa0 ? SPACE : BASE
  }
  if (code === 0x0964 || code === 0x0965 || code === 0x25cc || (code >= 0x20a0 && code <= 0x20c0)) return BASE
  if (code >= 0x2000 && code <= 0x206f) {
    if (code <= 0x200a || code === 0x202f || code === 0x205f) return SPACE
    if (code === 0x200c) return ZWNJ
    if (code === 0x200d) return EXTEND
    if (code === 0x203c || code === 0x2049) return UNKNOWN
    if (code === 0x200b || code === 0x200e || code === 0x200f || (code >= 0x2028 && code <= 0x202e) || code >= 0x2060) {
      return CONTROL
    }
    return BASE
  }
  if (code === 0x3000) return SPACE
  if (code === 0xfeff) return CONTROL
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

export function countGraphemes(line: string): [number, number] {
  const fast = scanGraphemes(line)
  if (fast) return fast
  const seg = getSegmenter('grapheme')
  let clusters = 0
  let spaces = 0
  if (!seg) {
    for (const char of line) {
      clusters++
      if (isSpaceUnit(char.charCodeAt(0))) spaces++
    }
    return [clusters, spaces]
  }
  // Chunks are cut before a space, which is always a cluster boundary.
  for (const chunk of chunks(line)) {
    for (const piece of seg.segment(chunk)) {
      clusters++
      if (isSpaceUnit(piece.segment.charCodeAt(0))) spaces++
    }
  }
  return [clusters, spaces]
}

// ------------------------------------------------------------ chunks

/** Cut a long line into pieces of at most CHUNK_LIMIT units, before a space when possible. */
export function chunks(line: string): string[] {
  if (line.length <= CHUNK_LIMIT) return [line]
  const out: string[] = []
  let start = 0
  while (line.length - start > CHUNK_LIMIT) {
    let cut = start + CHUNK_LIMIT
    let candidate = cut
    while (candidate > start + CHUNK_LIMIT / 2 && !isSpaceUnit(line.charCodeAt(candidate))) candidate--
    if (candidate > start + CHUNK_LIMIT / 2) cut = candidate
    else {
      // No space: avoid splitting a mark from its base, or at least a surrogate pair.
      while (cut > start + 1 && !startsCluster(line, cut)) cut--
      if (cut <= start + 1) {
        cut = start + CHUNK_LIMIT
        const code = line.charCodeAt(cut)
        if (code >= 0xdc00 && code <= 0xdfff) cut--
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
  const previous = line.charCodeAt(at - 1)
  const prepend =
    (previous >= 0x0600 && previous <= 0x0605) ||
    previous === 0x06dd ||
    previous === 0x070f ||
    previous === 0x0890 ||
    previous === 0x0891 ||
    previous === 0x08e2 ||
    previous === 0x0d4e
  return (cls === BASE || cls === SPACE) && !prepend
}
