// Bijoy (SutonnyMJ) → Unicode Bengali, and detection of Bijoy text in pastes.
//
// Staff paste text from old SutonnyMJ documents; it arrives as Latin letters
// («Avwg evsjvq Mvb MvB» for «আমি বাংলায় গান গাই»). Bijoy stores glyphs in
// VISUAL order, Unicode in LOGICAL order, so besides the glyph table
// (bijoy-table.ts) conversion reorders three things:
//   • pre-base vowel signs ি ে ৈ (w † ‡ ‰) are typed BEFORE the consonant
//     cluster and move AFTER the whole cluster (consonants, hasanta, phalas);
//   • reph © (র্) is typed AFTER its cluster (or after the cluster's vowel
//     sign, as in KZ„© কর্তৃ) and moves BEFORE the cluster;
//   • chandrabindu typed before a vowel sign (Pu v) moves after it.
// ো and ৌ fall out of NFC (ে+া → ো, ে+ৗ → ৌ). Output is NFC, so য় ড় ঢ়
// come out as base + nukta, as everywhere else in Barta (normalize.ts). A
// ya-phala right after র gets a ZWJ (i¨ve → র‍্যাব), the Unicode spelling of
// that form; reph on য (h©) stays র্য.
//
// English inside Bijoy: in SutonnyMJ documents English words were typed in a
// Latin font, so a plain-text paste cannot tell them apart. bijoyToUnicode
// converts everything it is given. convertBijoyRuns/convertIfBijoy keep words
// that are surely English (URLs, e-mail addresses, common English function
// words, letter pairs impossible in Bijoy such as «th», «oo», «ll») and convert
// the rest; a word with no evidence either way follows its neighbours.
//
// Every function is linear in the input and never throws.
import * as table from './bijoy-table'
import type { Step } from './bijoy-table'

// Local copies: read once, not through the module namespace on every character.
const { AMBIGUOUS, ENGLISH_ENDINGS, ENGLISH_PAIRS, EVIDENCE, K, STOPWORDS, fromC1, glyphOf } = table
const { CONS, HALF, PHALA, HASANTA, PRE, POST, MARK, REPH } = K

const HAS = '\u09CD'
const ZWJ = '\u200D'
const HAS_CODE = 0x09cd
const RA_CODE = 0x09b0
const CHANDRABINDU = 'ঁ'

/**
 * Builds the Unicode output while reordering pre-base signs and reph. Text is
 * kept as `done` (final) + `syl` (the current syllable, from the first
 * consonant of its cluster on); both are only ever appended to (or, for a
 * reph, prepended to) and never searched, and the last two characters of
 * `syl` are tracked on the side, so conversion stays linear on any input.
 */
class Builder {
  private done = ''
  private syl = ''
  private last = 0 // last UTF-16 unit of `syl` (0 when none)
  private last2 = 0 // the one before it
  inSyl = false // a syllable is in progress: `syl` is its text, a reph goes in front of it (an ambiguous glyph is Bengali)
  private open = false // a cluster is open: phalas and hasanta still attach to it
  private join = false // the last glyph was a half form or hasanta: the next consonant joins the cluster
  private clusterPre = '' // pre-base sign owed to the open cluster, written when the cluster ends
  private pending = '' // pre-base sign seen, its cluster not yet started
  private held = '' // a chandrabindu held back one glyph: a vowel sign typed after it goes before it

  step(s: Step): void {
    if (s.k === POST) {
      this.settle()
      this.push(s.t)
      this.release()
      return
    }
    this.release()
    switch (s.k) {
      case CONS:
      case HALF:
        if (!(this.open && this.join)) {
          this.close()
          this.done += this.syl
          this.syl = ''
          this.last = this.last2 = 0
          this.inSyl = true
          this.clusterPre = this.pending
          this.pending = ''
          this.open = true
        }
        this.push(s.t)
        this.join = s.k === HALF
        return
      case PHALA:
        if (!this.open) this.flushPending()
        if (this.open && this.last === HAS_CODE)
          this.push(s.t.slice(1)) // ¯ (স্) + ’ (্থ) is স্থ, not স্্থ
        else if (this.open && s.t === HAS + 'য' && this.last === RA_CODE && this.last2 !== HAS_CODE) this.push(ZWJ + s.t)
        else this.push(s.t)
        this.join = false
        return
      case HASANTA:
        if (!this.open) this.flushPending()
        if (!(this.open && this.last === HAS_CODE)) this.push(HAS)
        this.join = this.open
        return
      case PRE:
        this.endSyllable()
        this.pending = s.t
        return
      case MARK:
        this.settle()
        if (s.t === CHANDRABINDU) this.held = s.t
        else this.push(s.t)
        return
      case REPH:
        if (this.inSyl) this.syl = 'র' + HAS + this.syl
        else {
          this.flushPending()
          this.push(s.t)
        }
        return
      default: // INDEP
        this.other(s.t)
    }
  }

  /** Anything that ends the syllable: spaces, punctuation, independent vowels, unknown characters. */
  other(t: string): void {
    this.release()
    this.endSyllable()
    this.done += t
  }

  finish(): string {
    this.release()
    this.endSyllable()
    return this.done
  }

  private push(t: string): void {
    if (!this.inSyl) {
      this.done += t
      return
    }
    this.syl += t
    const n = t.length
    if (n >= 2) this.last2 = t.charCodeAt(n - 2)
    else if (n === 1) this.last2 = this.last
    if (n >= 1) this.last = t.charCodeAt(n - 1)
  }

  private release(): void {
    if (this.held === '') return
    this.push(this.held)
    this.held = ''
  }

  private endSyllable(): void {
    this.settle()
    this.done += this.syl
    this.syl = ''
    this.last = this.last2 = 0
    this.inSyl = false
  }

  private close(): void {
    if (!this.open) return
    this.open = false
    this.join = false
    this.push(this.clusterPre)
    this.clusterPre = ''
  }

  private settle(): void {
    this.close()
    this.flushPending()
  }

  private flushPending(): void {
    if (this.pending === '') return
    this.push(this.pending)
    this.pending = ''
  }
}

function startsCluster(text: string, i: number): boolean {
  const k = i < text.length ? glyphOf(text.charCodeAt(i))?.[0]?.k : undefined
  return k === CONS || k === HALF || k === PHALA
}

/** Converts Bijoy (SutonnyMJ) text to NFC Unicode Bengali. Characters that are not Bijoy glyphs pass through. */
export function bijoyToUnicode(text: string): string {
  if (typeof text !== 'string' || text === '') return ''
  const b = new Builder()
  const n = text.length
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x41 && text.charCodeAt(i + 1) === 0x76) {
      b.other('আ') // 'A' + 'v'
      i++
      continue
    }
    const g = glyphOf(c)
    if (g === undefined) {
      b.other(text.charAt(i))
      continue
    }
    const first = g[0] as Step
    if (AMBIGUOUS.has(fromC1(c))) {
      // Curly quotes and the like are Bengali only inside a word.
      const bengali = first.k === HALF ? startsCluster(text, i + 1) : b.inSyl
      if (!bengali) {
        b.other(String.fromCharCode(fromC1(c)))
        continue
      }
    }
    b.step(first)
    if (g.length > 1) for (let j = 1; j < g.length; j++) b.step(g[j] as Step)
  }
  return b.finish().normalize('NFC')
}

// ---------------------------------------------------------------- detection

// Scores gathered over the words of a text: `words` (two or more letters), summed per-word `bijoy` and
// `english` evidence (0–1 each), `strong` (words with conclusive Bijoy evidence), `bengali` (U+0980–U+09FF,
// already Unicode) out of `letters`, `code` ({ } < > = ;) out of `chars`.
type Analysis = Record<'words' | 'bijoy' | 'english' | 'strong' | 'bengali' | 'letters' | 'code' | 'chars', number>

const ANALYSIS_LIMIT = 20_000 // detection reads the head of huge pastes only

const URLISH = /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.)|^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i
const PUNCT = ' .,;:!?"\'()[]{}<>|-\u2018\u2019\u201C\u201D'

/** The word without surrounding punctuation (a loop, not a regex: stays linear on any input). */
function trimPunct(w: string): string {
  let a = 0
  let b = w.length
  while (a < b && PUNCT.includes(w.charAt(a))) a++
  while (b > a && PUNCT.includes(w.charAt(b - 1))) b--
  return w.slice(a, b)
}

const isLower = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || c === 0x60
const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a
const isAsciiLetter = (c: number): boolean => isLower(c) || isUpper(c) || c === 0x5f
/** A character that can be part of a Bijoy word. */
const isWordish = (c: number): boolean => isAsciiLetter(c) || (c >= 0x80 && glyphOf(c) !== undefined)

/** Bijoy evidence for one word, 0–1. */
export function wordBijoyEvidence(w: string): number {
  let best = 0
  for (let i = 0; i < w.length && best < 1; i++) {
    const c = w.charCodeAt(i)
    const prev = i > 0 ? w.charCodeAt(i - 1) : -1
    const next = i + 1 < w.length ? w.charCodeAt(i + 1) : -1
    const ev = c < 0x2200 ? (EVIDENCE[c] ?? 0) : 0
    const afterLetter = prev >= 0 && isWordish(prev)
    if (ev === 3 && next >= 0 && isWordish(next)) best = 1
    else if (ev === 1 && afterLetter) best = 1
    else if (ev === 2 && afterLetter) best = Math.max(best, 0.5)
    else if (afterLetter && !isUpper(prev) && c >= 0xc0 && c <= 0xde && c !== 0xd7)
      best = 1 // cÖ eÜ: capital mid-word
    else if (c === 0x76 /* v */ && prev >= 0) {
      if (prev === 0x41)
        best = Math.max(best, i === 1 ? 0.5 : 1) // «Av» begins Avenue too
      else if (isUpper(prev) || prev === 0x60 || prev === 0x5f)
        best = 1 // Kv Zv `v: never English
      else if (prev >= 0x61 && prev <= 0x71) best = Math.max(best, 0.25) // ev nv: Bijoy-common, English-rare
    } else if (c === 0x77 /* w */ && next >= 0 && (i === 0 || prev === 0x76)) {
      // Pre-base ি starts a syllable: w + consonant («wK», «Avwg»); English has only wr-/wh-.
      if (prev === 0x76 || isUpper(next) || next === 0x60 || next === 0x5f || 'bcdfgjklmnpq'.includes(String.fromCharCode(next))) best = 1
    } else if (isUpper(c) && prev >= 0 && isLower(prev)) best = Math.max(best, 0.5) // ZvwiL; also iPhone
  }
  return best
}

/** English evidence for one word, 0–1: 1 for a URL, e-mail or common English word, 0.5 for English-only letter patterns. */
export function wordEnglishEvidence(w: string): number {
  const core = trimPunct(w)
  if (core === '') return 0
  if (URLISH.test(core)) return 1
  if (!/^[A-Za-z]+(?:['’-][A-Za-z]+)*$/.test(core)) return 0
  if (STOPWORDS.has(core.toLowerCase())) return 1
  // Case-sensitive: Bijoy capitals are other letters («Ryb» is জুন, not «ryb»).
  if (ENGLISH_PAIRS.test(core) || (core.length >= 4 && ENGLISH_ENDINGS.test(core))) return 0.5
  return 0
}

function analyze(text: string): Analysis {
  const a: Analysis = { words: 0, bijoy: 0, english: 0, strong: 0, bengali: 0, letters: 0, code: 0, chars: 0 }
  const n = Math.min(text.length, ANALYSIS_LIMIT)
  let i = 0
  while (i < n) {
    const c = text.charCodeAt(i)
    if (isSpace(c)) {
      i++
      continue
    }
    let j = i
    let wordish = 0
    while (j < text.length && !isSpace(text.charCodeAt(j))) {
      const d = text.charCodeAt(j)
      if (d >= 0x0980 && d <= 0x09ff) a.bengali++
      if (isWordish(d) || (d >= 0x0980 && d <= 0x09ff)) a.letters++
      if (isWordish(d)) wordish++
      if (d === 0x7b || d === 0x7d || d === 0x3c || d === 0x3e || d === 0x3d || d === 0x3b) a.code++
      j++
    }
    a.chars += j - i
    const w = wordish >= 2 ? text.slice(i, j) : ''
    if (w !== '' && !URLISH.test(trimPunct(w))) {
      // a URL says nothing about the language around it
      const b = wordBijoyEvidence(w)
      a.words++
      a.bijoy += b
      if (b >= 1) a.strong++
      a.english += wordEnglishEvidence(w)
    }
    i = j
  }
  return a
}

function isSpace(c: number): boolean {
  return c <= 0x20 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f
}

function scoreOf(a: Analysis): number {
  if (a.words === 0) return 0
  if (a.bengali > 0.2 * a.letters) return 0 // already Unicode Bengali
  if (a.code >= 2 && a.code >= 0.02 * a.chars) return 0 // program code
  return Math.max(0, Math.min(1, (a.bijoy - a.english) / a.words))
}

/**
 * How much `text` looks like Bijoy-encoded Bengali, 0–1: per word, Bijoy evidence
 * (e.g. «Kv», «vw», † before a letter, © after one) minus English evidence
 * (function words, «th», «oo»…), averaged. 0 for Unicode Bengali and code.
 */
export function bijoyScore(text: string): number {
  if (typeof text !== 'string' || text === '') return 0
  return scoreOf(analyze(text))
}

/** True when `text` is most likely Bijoy: a clear majority of its words carry Bijoy evidence. */
export function looksLikeBijoy(text: string): boolean {
  if (typeof text !== 'string' || text === '') return false
  const a = analyze(text)
  return a.strong >= 1 && scoreOf(a) >= 0.35
}

// ---------------------------------------------------------------- mixed text

type Cls = 0 | 1 | 2 // 0 = no evidence, 1 = Bijoy, 2 = English

/**
 * Converts the Bijoy words of `text` and keeps the words that are surely
 * English (URLs, e-mail addresses, common English words, English-only letter
 * patterns). A word without evidence follows its neighbours: it stays only when
 * English lies on both sides (or on the only side). Meant for text already
 * judged to be Bijoy, e.g. a paragraph from convertIfBijoy.
 */
export function convertBijoyRuns(text: string): string {
  if (typeof text !== 'string' || text === '') return ''
  // Split into words and the spaces between them.
  const parts = text.match(/[^\s\u00A0\u2000-\u200A\u202F\u3000]+|[\s\u00A0\u2000-\u200A\u202F\u3000]+/g) ?? [text]
  const cls: Cls[] = parts.map((p) => {
    if (isSpace(p.charCodeAt(0))) return 0
    const e = wordEnglishEvidence(p)
    if (e >= 1 && URLISH.test(trimPunct(p))) return 2
    if (wordBijoyEvidence(p) >= 0.5) return 1
    return e > 0 ? 2 : 0
  })
  // A word with no evidence is English only when the nearest classified words on each side are not Bijoy.
  const next: Cls[] = new Array<Cls>(parts.length)
  let seen: Cls = 0
  for (let i = parts.length - 1; i >= 0; i--) {
    next[i] = seen
    if (cls[i]) seen = cls[i] ?? 0
  }
  // Convert maximal runs of non-English parts in one go; keep English words (a trailing Bijoy dari still becomes ।).
  let out = ''
  let runStart = -1
  let prev: Cls = 0
  const flush = (end: number): void => {
    if (runStart >= 0) out += bijoyToUnicode(parts.slice(runStart, end).join(''))
    runStart = -1
  }
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i] ?? ''
    const c = cls[i] ?? 0
    const n = next[i] ?? 0
    const english = c === 2 || (c === 0 && !isSpace(p.charCodeAt(0)) && prev !== 1 && n !== 1 && (prev === 2 || n === 2))
    if (c !== 0) prev = c
    if (english) {
      flush(i)
      let k = p.length
      while (k > 0 && p.charCodeAt(k - 1) === 0x7c) k--
      out += URLISH.test(p) ? p : p.slice(0, k) + '।'.repeat(p.length - k)
    } else if (runStart < 0) runStart = i
  }
  flush(parts.length)
  return out
}

/**
 * Paste handling: converts the paragraphs that are Bijoy and keeps the rest.
 * When the whole paste looks like Bijoy, every paragraph is converted except
 * those that are plainly English; otherwise only paragraphs that on their own
 * look like Bijoy are. `converted` tells whether anything changed, so the
 * caller can insert the result as one undo step.
 */
export function convertIfBijoy(text: string): { converted: boolean; text: string } {
  if (typeof text !== 'string' || text === '') return { converted: false, text: typeof text === 'string' ? text : '' }
  const whole = looksLikeBijoy(text)
  const paragraphs = text.split('\n')
  let converted = false
  const out = paragraphs.map((p) => {
    if (p.trim() === '') return p
    let convert: boolean
    if (whole) {
      const a = analyze(p)
      convert = scoreOf(a) > 0 || a.strong > 0 || a.english <= a.bijoy
    } else convert = looksLikeBijoy(p)
    if (!convert) return p
    const q = convertBijoyRuns(p)
    if (q !== p) converted = true
    return q
  })
  return converted ? { converted, text: out.join('\n') } : { converted: false, text }
}
