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
import { URLISH, analyze, isSpace, looksLikeBijoy, scoreOf, trimPunct, wordBijoyEvidence, wordEnglishEvidence } from './bijoy-detect'

export { bijoyScore, looksLikeBijoy, wordBijoyEvidence, wordEnglishEvidence } from './bijoy-detect'

// Local copies: read once, not through the module namespace on every character.
const { AMBIGUOUS, GLYPH_KIND, fromC1, glyphOf } = table
const { CONS, HALF, PHALA, HASANTA, PRE, POST, MARK, REPH } = GLYPH_KIND

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

  step(step: Step): void {
    if (step.kind === POST) {
      this.settle()
      this.push(step.text)
      this.release()
      return
    }
    this.release()
    switch (step.kind) {
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
        this.push(step.text)
        this.join = step.kind === HALF
        return
      case PHALA:
        if (!this.open) this.flushPending()
        if (this.open && this.last === HAS_CODE)
          this.push(step.text.slice(1)) // ¯ (স্) + ’ (্থ) is স্থ, not স্্থ
        else if (this.open && step.text === HAS + 'য' && this.last === RA_CODE && this.last2 !== HAS_CODE) this.push(ZWJ + step.text)
        else this.push(step.text)
        this.join = false
        return
      case HASANTA:
        if (!this.open) this.flushPending()
        if (!(this.open && this.last === HAS_CODE)) this.push(HAS)
        this.join = this.open
        return
      case PRE:
        this.endSyllable()
        this.pending = step.text
        return
      case MARK:
        this.settle()
        if (step.text === CHANDRABINDU) this.held = step.text
        else this.push(step.text)
        return
      case REPH:
        if (this.inSyl) this.syl = 'র' + HAS + this.syl
        else {
          this.flushPending()
          this.push(step.text)
        }
        return
      default: // INDEP
        this.other(step.text)
    }
  }

  /** Anything that ends the syllable: spaces, punctuation, independent vowels, unknown characters. */
  other(text: string): void {
    this.release()
    this.endSyllable()
    this.done += text
  }

  finish(): string {
    this.release()
    this.endSyllable()
    return this.done
  }

  private push(text: string): void {
    if (!this.inSyl) {
      this.done += text
      return
    }
    this.syl += text
    const length = text.length
    if (length >= 2) this.last2 = text.charCodeAt(length - 2)
    else if (length === 1) this.last2 = this.last
    if (length >= 1) this.last = text.charCodeAt(length - 1)
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

function startsCluster(text: string, at: number): boolean {
  const kind = at < text.length ? glyphOf(text.charCodeAt(at))?.[0]?.kind : undefined
  return kind === CONS || kind === HALF || kind === PHALA
}

/** Converts Bijoy (SutonnyMJ) text to NFC Unicode Bengali. Characters that are not Bijoy glyphs pass through. */
export function bijoyToUnicode(text: string): string {
  if (typeof text !== 'string' || text === '') return ''
  const builder = new Builder()
  const length = text.length
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i)
    if (code === 0x41 && text.charCodeAt(i + 1) === 0x76) {
      builder.other('আ') // 'A' + 'v'
      i++
      continue
    }
    const glyph = glyphOf(code)
    if (glyph === undefined) {
      builder.other(text.charAt(i))
      continue
    }
    const first = glyph[0] as Step
    if (AMBIGUOUS.has(fromC1(code))) {
      // Curly quotes and the like are Bengali only inside a word.
      const bengali = first.kind === HALF ? startsCluster(text, i + 1) : builder.inSyl
      if (!bengali) {
        builder.other(String.fromCharCode(fromC1(code)))
        continue
      }
    }
    builder.step(first)
    if (glyph.length > 1) for (let j = 1; j < glyph.length; j++) builder.step(glyph[j] as Step)
  }
  return builder.finish().normalize('NFC')
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
  const cls: Cls[] = parts.map((part) => {
    if (isSpace(part.charCodeAt(0))) return 0
    const englishEvidence = wordEnglishEvidence(part)
    if (englishEvidence >= 1 && URLISH.test(trimPunct(part))) return 2
    if (wordBijoyEvidence(part) >= 0.5) return 1
    return englishEvidence > 0 ? 2 : 0
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
    const part = parts[i] ?? ''
    const wordClass = cls[i] ?? 0
    const nextClass = next[i] ?? 0
    const english =
      wordClass === 2 ||
      (wordClass === 0 && !isSpace(part.charCodeAt(0)) && prev !== 1 && nextClass !== 1 && (prev === 2 || nextClass === 2))
    if (wordClass !== 0) prev = wordClass
    if (english) {
      flush(i)
      let end = part.length
      while (end > 0 && part.charCodeAt(end - 1) === 0x7c) end--
      out += URLISH.test(part) ? part : part.slice(0, end) + '।'.repeat(part.length - end)
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
  const out = paragraphs.map((paragraph) => {
    if (paragraph.trim() === '') return paragraph
    let convert: boolean
    if (whole) {
      const analysis = analyze(paragraph)
      convert = scoreOf(analysis) > 0 || analysis.strong > 0 || analysis.english <= analysis.bijoy
    } else convert = looksLikeBijoy(paragraph)
    if (!convert) return paragraph
    const result = convertBijoyRuns(paragraph)
    if (result !== paragraph) converted = true
    return result
  })
  return converted ? { converted, text: out.join('\n') } : { converted: false, text }
}
