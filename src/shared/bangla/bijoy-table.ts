// The Bijoy / SutonnyMJ glyph table: which Bengali a pasted character stands for, plus the per-character evidence
// bijoy.ts uses to detect Bijoy text. SutonnyMJ draws Bengali glyphs on ASCII and Windows-1252 code points; copied out
// of Word, the text arrives as those Latin characters (e.g. U+2020 '†' for the byte 0x86).
//
// Every glyph of the font's encoding is listed: ASCII A–Z a–z, the digits and | & ^ ` _ ~, and every code point of
// U+00A1–U+00FF and the Windows-1252 range 0x80–0x9F that the font draws. Settled against the mapping tables of
// established converters — bahar/BijoyToUnicode (PHP) and Mad-FOX/bijoy2unicode (Python), both from Abdullah Ibne
// Alam's mapping, and the Unicode→Bijoy tables of Mad-FOX/bijoy2unicode and of ibus-avro's ANSIconverter.js — and,
// where they disagree, by the text real converters write and typists type:
//   ² is ক্ষ্ম (সূক্ষ্ম; both Unicode→Bijoy tables write ক্ষ্ম as ²; one forward table says ক্ষ্ণ);
//   Å is ঞ্ঝ (all agree; the earlier table here had জ্ঝ, which is À);
//   è is ণ-phala ্ণ (the Unicode→Bijoy tables write হ্ণ as nè: অপরাহ্ণ; a forward table says ্ন, which is œ);
//   Í is ত-phala ্ত (স্ত is ¯Í in the Unicode→Bijoy tables, শান্তি is kvwšÍ; a forward table says ত্ম, which is Z¥);
//   æ is the ু beside র (গুরু ¸iæ, শুরু ïiæ in real documents; the forward tables say ম্ন, which is gœ);
//   ø is ল-phala ্ল (প্ল cø, শ্ল kø, ল্ল jø in the Unicode→Bijoy tables; a forward table says স্ন, which is mœ).
// Code points no converter maps and the font leaves empty (€ U+20AC, Ž U+017D, ž U+017E) are not glyphs and pass
// through, as does ASCII punctuation that SutonnyMJ draws as itself (! ( ) , . : ; ? and the like). ASCII ' stays an
// apostrophe (the থ-phala is ’ U+2019).

/** What a glyph does to the syllable being built; see bijoy.ts for the rules. */
export const K = {
  /** Full consonant or conjunct ending in a consonant: ক, ক্ষ, ন্ত. */
  CONS: 0,
  /** Consonant + hasanta waiting for the next consonant: স্ (¯), ন্ (š ›). */
  HALF: 1,
  /** Subjoined form that extends the cluster: ্য ্র ্ব ্ল ্ন ্ম ্ত … */
  PHALA: 2,
  /** Explicit hasanta '&': the next consonant joins the cluster. */
  HASANTA: 3,
  /** Pre-base vowel sign (ি ে ৈ), typed before its cluster. */
  PRE: 4,
  /** Vowel sign written after the cluster: া ী ু ূ ৃ ৗ. */
  POST: 5,
  /** ং ঃ ঁ: marks that end a syllable. */
  MARK: 6,
  /** Reph '©' (র্), typed after the cluster it sits on. */
  REPH: 7,
  /** Independent vowel, digit, dari, quote: ends any syllable. */
  INDEP: 8
} as const
export type Kind = (typeof K)[keyof typeof K]

export interface Step {
  readonly k: Kind
  readonly t: string
}
/** Most glyphs are one step; a few (গু শু হু হৃ ্তু) are consonant + vowel sign. */
export type Glyph = readonly Step[]

const one = (k: Kind, t: string): Glyph => [{ k, t }]
const HAS = '\u09CD'
const YA_NUKTA = '\u09AF\u09BC' // য় in its NFC spelling (U+09DF is a composition exclusion)

// [characters, kind, Bengali] — the same Bengali for every character in the string.
const ENTRIES: ReadonlyArray<readonly [string, Kind, string]> = [
  // Independent vowels. 'A' + 'v' (আ) is handled in bijoy.ts.
  ['A', K.INDEP, 'অ'],
  ['B', K.INDEP, 'ই'],
  ['C', K.INDEP, 'ঈ'],
  ['D', K.INDEP, 'উ'],
  ['E', K.INDEP, 'ঊ'],
  ['F', K.INDEP, 'ঋ'],
  ['G', K.INDEP, 'এ'],
  ['H', K.INDEP, 'ঐ'],
  ['I', K.INDEP, 'ও'],
  ['J', K.INDEP, 'ঔ'],
  // Consonants.
  ['K', K.CONS, 'ক'],
  ['L', K.CONS, 'খ'],
  ['M', K.CONS, 'গ'],
  ['N', K.CONS, 'ঘ'],
  ['O', K.CONS, 'ঙ'],
  ['P', K.CONS, 'চ'],
  ['Q', K.CONS, 'ছ'],
  ['R', K.CONS, 'জ'],
  ['S', K.CONS, 'ঝ'],
  ['T', K.CONS, 'ঞ'],
  ['U', K.CONS, 'ট'],
  ['V', K.CONS, 'ঠ'],
  ['W', K.CONS, 'ড'],
  ['X', K.CONS, 'ঢ'],
  ['Y', K.CONS, 'ণ'],
  ['Z', K.CONS, 'ত'],
  ['_', K.CONS, 'থ'],
  ['`', K.CONS, 'দ'],
  ['a', K.CONS, 'ধ'],
  ['b', K.CONS, 'ন'],
  ['c', K.CONS, 'প'],
  ['d', K.CONS, 'ফ'],
  ['e', K.CONS, 'ব'],
  ['f', K.CONS, 'ভ'],
  ['g', K.CONS, 'ম'],
  ['h', K.CONS, 'য'],
  ['i', K.CONS, 'র'],
  ['j', K.CONS, 'ল'],
  ['k', K.CONS, 'শ'],
  ['l', K.CONS, 'ষ'],
  ['m', K.CONS, 'স'],
  ['n', K.CONS, 'হ'],
  ['o', K.CONS, 'ড\u09BC'],
  ['p', K.CONS, 'ঢ\u09BC'],
  ['q', K.CONS, YA_NUKTA],
  ['r', K.INDEP, 'ৎ'], // khanda ta never takes a vowel sign or phala
  ['s', K.MARK, 'ং'],
  ['t', K.MARK, 'ঃ'],
  ['u', K.MARK, 'ঁ'],
  // Vowel signs.
  ['v', K.POST, 'া'],
  ['x', K.POST, 'ী'],
  ['yz', K.POST, 'ু'],
  ['~', K.POST, 'ূ'],
  ['w', K.PRE, 'ি'],
  ['\u2020\u2021', K.PRE, 'ে'],
  ['\u2030', K.PRE, 'ৈ'],
  ['\u02C6', K.PRE, 'ৈ'], // ˆ, the other ৈ
  ['\u2026\u201E', K.POST, 'ৃ'], // … „
  ['\u201A\u0192', K.POST, 'ূ'], // ‚ ƒ (ƒ is the ূ that hangs under র)
  ['\u201C\u00E6\u2013', K.POST, 'ু'], // “ æ – (the ু forms that hang beside র and under a conjunct)
  ['\u0160', K.POST, 'ৗ'], // Š, with a pre-base ে makes ৌ
  ['&', K.HASANTA, HAS],
  ['\u00A9', K.REPH, 'র' + HAS],
  // Subjoined (phala) forms.
  ['\u00A8', K.PHALA, HAS + 'য'], // ¨
  ['\u00AA\u00AB\u00D6', K.PHALA, HAS + 'র'], // ª « Ö
  ['^\u00A1\u00A6\u0178', K.PHALA, HAS + 'ব'], // ^ ¡ ¦ Ÿ
  ['\u00AC\u00F8\u00AD', K.PHALA, HAS + 'ল'], // ¬ ø and the soft hyphen
  ['\u00E8', K.PHALA, HAS + 'ণ'], // è
  ['\u0153', K.PHALA, HAS + 'ন'], // œ
  ['\u00A5\u00A7', K.PHALA, HAS + 'ম'], // ¥ §
  ['\u2014\u00CD', K.PHALA, HAS + 'ত'], // — Í
  ['\u2019', K.PHALA, HAS + 'থ'], // ’
  ['\u2039', K.PHALA, HAS + 'ক'], // ‹
  ['\u00FA', K.PHALA, HAS + 'প'], // ú
  ['\u00A2', K.PHALA, HAS + 'ভ'], // ¢
  ['\u00BF', K.PHALA, HAS + 'ত' + HAS + 'র'], // ¿
  ['\u0152', K.PHALA, HAS + 'ক' + HAS + 'র'], // Œ
  ['\u00A3', K.PHALA, HAS + 'ভ' + HAS + 'র'], // £
  // Half forms.
  ['\u00AF', K.HALF, 'স' + HAS], // ¯
  ['\u0161\u203A', K.HALF, 'ন' + HAS], // š ›
  ['\u00A4', K.HALF, 'ম' + HAS], // ¤
  ['\u201D', K.HALF, 'চ' + HAS], // ”
  ['\u2122\u02DC', K.HALF, 'দ' + HAS], // ™ ˜
  ['\u2022', K.HALF, 'ঙ' + HAS], // •
  ['\u00AE', K.HALF, 'ষ' + HAS], // ®
  // Conjunct glyphs.
  ['\u00B0', K.CONS, 'ক্ক'],
  ['\u00B1', K.CONS, 'ক্ট'],
  ['\u00B3', K.CONS, 'ক্ত'],
  ['\u00B5', K.CONS, 'ক্র'],
  ['\u00B6\u00FF', K.CONS, 'ক্ষ'],
  ['\u00B7', K.CONS, 'ক্স'],
  ['\u00B2', K.CONS, 'ক্ষ্ম'],
  ['\u00B4', K.CONS, 'ক্ম'],
  ['\u00B9', K.CONS, 'জ্ঞ'],
  ['\u00BA', K.CONS, 'গ্দ'],
  ['\u00BB', K.CONS, 'গ্ধ'],
  ['\u00C0', K.CONS, 'জ্ঝ'],
  ['\u00C9', K.CONS, 'ণ্ঠ'],
  ['\u00CC', K.CONS, 'ত্থ'],
  ['\u00D9', K.CONS, 'দ্ম'],
  ['\u00DE', K.CONS, 'প্ট'],
  ['\u00E2', K.CONS, 'ব্জ'],
  ['\u00E4', K.CONS, 'ব্ধ'],
  ['\u00E7', K.CONS, 'ম্ফ'],
  ['\u00E9', K.CONS, 'ল্ক'],
  ['\u00F1', K.CONS, 'শ্ছ'],
  ['\u00F5', K.CONS, 'ষ্ফ'],
  ['\u00F6', K.CONS, 'স্খ'],
  ['\u00F9', K.CONS, 'স্ফ'],
  ['\u00BC', K.CONS, 'ঙ্ক'],
  ['\u00BD', K.CONS, 'ঙ্গ'],
  ['\u00BE', K.CONS, 'জ্জ'],
  ['\u00C1', K.CONS, 'জ্ঞ'],
  ['\u00C2', K.CONS, 'ঞ্চ'],
  ['\u00C3', K.CONS, 'ঞ্ছ'],
  ['\u00C4', K.CONS, 'ঞ্জ'],
  ['\u00C5', K.CONS, 'ঞ্ঝ'],
  ['\u00C6', K.CONS, 'ট্ট'],
  ['\u00C7', K.CONS, 'ড্ড'],
  ['\u00C8', K.CONS, 'ণ্ট'],
  ['\u00CA', K.CONS, 'ণ্ড'],
  ['\u00CB', K.CONS, 'ত্ত'],
  ['\u00CE', K.CONS, 'ত্র'],
  ['\u00CF', K.CONS, 'দ্দ'],
  ['\u00D7', K.CONS, 'দ্ধ'],
  ['\u00D8', K.CONS, 'দ্ব'],
  ['\u00DA', K.CONS, 'ন্ঠ'],
  ['\u00DB', K.CONS, 'ন্ড'],
  ['\u00DC', K.CONS, 'ন্ধ'],
  ['\u00DD', K.CONS, 'ন্স'],
  ['\u00DF', K.CONS, 'প্ত'],
  ['\u00E0', K.CONS, 'প্প'],
  ['\u00E1', K.CONS, 'প্স'],
  ['\u00E3', K.CONS, 'ব্দ'],
  ['\u00E5', K.CONS, 'ভ্র'],
  ['\u00EA', K.CONS, 'ল্গ'],
  ['\u00EB', K.CONS, 'ল্ট'],
  ['\u00EC', K.CONS, 'ল্ড'],
  ['\u00ED', K.CONS, 'ল্প'],
  ['\u00EE', K.CONS, 'ল্ফ'],
  ['\u00F0', K.CONS, 'শ্চ'],
  ['\u00F2', K.CONS, 'ষ্ণ'],
  ['\u00F3', K.CONS, 'ষ্ট'],
  ['\u00F4', K.CONS, 'ষ্ঠ'],
  ['\u00F7', K.CONS, 'স্ট'],
  ['\u00FD', K.CONS, 'হ্ন'],
  ['\u00FE', K.CONS, 'হ্ম'],
  // Digits and punctuation.
  ['0', K.INDEP, '০'],
  ['1', K.INDEP, '১'],
  ['2', K.INDEP, '২'],
  ['3', K.INDEP, '৩'],
  ['4', K.INDEP, '৪'],
  ['5', K.INDEP, '৫'],
  ['6', K.INDEP, '৬'],
  ['7', K.INDEP, '৭'],
  ['8', K.INDEP, '৮'],
  ['9', K.INDEP, '৯'],
  ['|', K.INDEP, '।'],
  ['\u00D0\u00D1', K.INDEP, '-'], // Ð Ñ: the font's hyphens
  ['\u00D2', K.INDEP, '\u201C'],
  ['\u00D3', K.INDEP, '\u201D'], // Ò Ó: SutonnyMJ's curly double quotes
  ['\u00D4', K.INDEP, '\u2018'],
  ['\u00D5', K.INDEP, '\u2019'] // Ô Õ: single quotes
]

// Consonant + vowel-sign glyphs.
const COMPOSITE: ReadonlyArray<readonly [string, string, string]> = [
  ['\u00B8', 'গ', 'ু'], // ¸ গু
  ['\u00EF', 'শ', 'ু'], // ï শু
  ['\u00FB', 'হ', 'ু'], // û হু
  ['\u00FC', 'হ', 'ৃ'] // ü হৃ
]

function build(): Map<number, Glyph> {
  const m = new Map<number, Glyph>()
  for (const [chars, k, t] of ENTRIES) for (const ch of chars) m.set(ch.charCodeAt(0), one(k, t))
  for (const [ch, c, v] of COMPOSITE)
    m.set(ch.charCodeAt(0), [
      { k: K.CONS, t: c },
      { k: K.POST, t: v }
    ])
  // ‘ is ্তু: the ত-phala with ু attached (কিন্তু = wKš‘).
  m.set(0x2018, [
    { k: K.PHALA, t: HAS + 'ত' },
    { k: K.POST, t: 'ু' }
  ])
  return m
}

// Windows-1252 bytes 0x80–0x9F as Unicode. Text decoded as Latin-1 instead of
// Windows-1252 carries the raw C1 controls (U+0086 for †); we read those too.
const CP1252_C1 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

/** Maps a C1 control (U+0080–U+009F) to its Windows-1252 character; other units are returned unchanged. */
export function fromC1(c: number): number {
  return c >= 0x80 && c <= 0x9f ? CP1252_C1.charCodeAt(c - 0x80) : c
}

// Flat array indexed by UTF-16 code unit (every glyph is below U+2200): the
// converter looks up every character, and an array index beats a Map.
const LIMIT = 0x2200
const TABLE: Array<Glyph | undefined> = (() => {
  const m = build()
  const t = new Array<Glyph | undefined>(LIMIT).fill(undefined)
  for (const [c, g] of m) t[c] = g
  for (let c = 0x80; c <= 0x9f; c++) t[c] = m.get(fromC1(c))
  return t
})()

/** The glyph a UTF-16 code unit stands for (C1 controls read as Windows-1252), or undefined. */
export function glyphOf(c: number): Glyph | undefined {
  return c < LIMIT ? TABLE[c] : undefined
}

/**
 * Glyphs that are ordinary punctuation in English text (curly quotes, ellipsis,
 * low quotes). They are read as Bengali only where a Bengali letter precedes
 * them (or, for the half forms ” ™, where a consonant follows).
 */
export const AMBIGUOUS: ReadonlySet<number> = new Set([
  0x2018, 0x2019, 0x201c, 0x201d, 0x2026, 0x201a, 0x201e, 0x2122, 0x5e, 0x2013, 0x2022
])

// ------------------------------------------------ evidence for detection (bijoy.ts)

// English function words that read as nonsense in Bijoy («is» রং, «me» সব, «we» বি, «so» ঝড় are left out).
export const STOPWORDS = new Set(
  (
    'the and of to in for on with that this from by at as was were are has have had not but or an ' +
    'it its will would could should said says which who whom their they there been also after about more than into ' +
    'over new one two can she you his her our out up no if when what where how all some other year years last first ' +
    'week while during against between under because told'
  ).split(' ')
)
// Evidence classes of single characters, indexed by UTF-16 unit (C1 controls read as Windows-1252):
// 1 = only Bijoy puts it right after a letter (© ¨ ¯ ¶ …); 2 = the same, but European words or «N°» have it too
// (š œ · °, weight 0.5); 3 = pre-base sign † ‡ ‰, Bijoy when a letter follows.
export const EVIDENCE = ((): Uint8Array => {
  const t = new Uint8Array(0x2200)
  const mark = (chars: string, v: number): void => {
    for (const ch of chars) t[ch.charCodeAt(0)] = v
  }
  mark(
    '\u00A8\u00A9\u00AA\u00AB\u00AF\u00B6\u00B5\u00A4\u00A7\u00A5\u00A1\u00A2\u00A3\u00A6\u00AC\u00B1\u00B3\u00B8' +
      '\u00BC\u00BD\u00BE\u00BF\u00D7\u0160\u203A\u0178\u2039\u0152\u2122',
    1
  )
  mark(
    '\u0161\u0153\u00B7\u00B0\u00AE\u00B2\u00B4\u00B9\u00BA\u00BB\u00C0\u00C9\u00CC\u00D9\u00DE\u00E2\u00E4\u00E7\u00E8\u00E9\u00F1\u00F5\u00F6\u00F9\u02DC',
    2
  )
  mark('\u2020\u2021\u2030\u02C6', 3)
  for (let c = 0x80; c <= 0x9f; c++) t[c] = t[fromC1(c)] ?? 0
  return t
})()
export const ENGLISH_PAIRS = /th|oo|ou|qu|ph|ch|gh|ll|ss|tt|ff|pp|rr|dd|zz|t[aeiorsuy]|r[aeouy]/
export const ENGLISH_ENDINGS = /(?:ing|ed|er|al|ly)$/
