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
export const GLYPH_KIND = {
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
export type Kind = (typeof GLYPH_KIND)[keyof typeof GLYPH_KIND]

export interface Step {
  readonly kind: Kind
  readonly text: string
}
/** Most glyphs are one step; a few (গু শু হু হৃ ্তু) are consonant + vowel sign. */
export type Glyph = readonly Step[]

const one = (kind: Kind, text: string): Glyph => [{ kind, text }]
const HAS = '\u09CD'
const YA_NUKTA = '\u09AF\u09BC' // য় in its NFC spelling (U+09DF is a composition exclusion)

// [characters, kind, Bengali] — the same Bengali for every character in the string.
const ENTRIES: ReadonlyArray<readonly [string, Kind, string]> = [
  // Independent vowels. 'A' + 'v' (আ) is handled in bijoy.ts.
  ['A', GLYPH_KIND.INDEP, 'অ'],
  ['B', GLYPH_KIND.INDEP, 'ই'],
  ['C', GLYPH_KIND.INDEP, 'ঈ'],
  ['D', GLYPH_KIND.INDEP, 'উ'],
  ['E', GLYPH_KIND.INDEP, 'ঊ'],
  ['F', GLYPH_KIND.INDEP, 'ঋ'],
  ['G', GLYPH_KIND.INDEP, 'এ'],
  ['H', GLYPH_KIND.INDEP, 'ঐ'],
  ['I', GLYPH_KIND.INDEP, 'ও'],
  ['J', GLYPH_KIND.INDEP, 'ঔ'],
  // Consonants.
  ['K', GLYPH_KIND.CONS, 'ক'],
  ['L', GLYPH_KIND.CONS, 'খ'],
  ['M', GLYPH_KIND.CONS, 'গ'],
  ['N', GLYPH_KIND.CONS, 'ঘ'],
  ['O', GLYPH_KIND.CONS, 'ঙ'],
  ['P', GLYPH_KIND.CONS, 'চ'],
  ['Q', GLYPH_KIND.CONS, 'ছ'],
  ['R', GLYPH_KIND.CONS, 'জ'],
  ['S', GLYPH_KIND.CONS, 'ঝ'],
  ['T', GLYPH_KIND.CONS, 'ঞ'],
  ['U', GLYPH_KIND.CONS, 'ট'],
  ['V', GLYPH_KIND.CONS, 'ঠ'],
  ['W', GLYPH_KIND.CONS, 'ড'],
  ['X', GLYPH_KIND.CONS, 'ঢ'],
  ['Y', GLYPH_KIND.CONS, 'ণ'],
  ['Z', GLYPH_KIND.CONS, 'ত'],
  ['_', GLYPH_KIND.CONS, 'থ'],
  ['`', GLYPH_KIND.CONS, 'দ'],
  ['a', GLYPH_KIND.CONS, 'ধ'],
  ['b', GLYPH_KIND.CONS, 'ন'],
  ['c', GLYPH_KIND.CONS, 'প'],
  ['d', GLYPH_KIND.CONS, 'ফ'],
  ['e', GLYPH_KIND.CONS, 'ব'],
  ['f', GLYPH_KIND.CONS, 'ভ'],
  ['g', GLYPH_KIND.CONS, 'ম'],
  ['h', GLYPH_KIND.CONS, 'য'],
  ['i', GLYPH_KIND.CONS, 'র'],
  ['j', GLYPH_KIND.CONS, 'ল'],
  ['k', GLYPH_KIND.CONS, 'শ'],
  ['l', GLYPH_KIND.CONS, 'ষ'],
  ['m', GLYPH_KIND.CONS, 'স'],
  ['n', GLYPH_KIND.CONS, 'হ'],
  ['o', GLYPH_KIND.CONS, 'ড\u09BC'],
  ['p', GLYPH_KIND.CONS, 'ঢ\u09BC'],
  ['q', GLYPH_KIND.CONS, YA_NUKTA],
  ['r', GLYPH_KIND.INDEP, 'ৎ'], // khanda ta never takes a vowel sign or phala
  ['s', GLYPH_KIND.MARK, 'ং'],
  ['t', GLYPH_KIND.MARK, 'ঃ'],
  ['u', GLYPH_KIND.MARK, 'ঁ'],
  // Vowel signs.
  ['v', GLYPH_KIND.POST, 'া'],
  ['x', GLYPH_KIND.POST, 'ী'],
  ['yz', GLYPH_KIND.POST, 'ু'],
  ['~', GLYPH_KIND.POST, 'ূ'],
  ['w', GLYPH_KIND.PRE, 'ি'],
  ['\u2020\u2021', GLYPH_KIND.PRE, 'ে'],
  ['\u2030', GLYPH_KIND.PRE, 'ৈ'],
  ['\u02C6', GLYPH_KIND.PRE, 'ৈ'], // ˆ, the other ৈ
  ['\u2026\u201E', GLYPH_KIND.POST, 'ৃ'], // … „
  ['\u201A\u0192', GLYPH_KIND.POST, 'ূ'], // ‚ ƒ (ƒ is the ূ that hangs under র)
  ['\u201C\u00E6\u2013', GLYPH_KIND.POST, 'ু'], // “ æ – (the ু forms that hang beside র and under a conjunct)
  ['\u0160', GLYPH_KIND.POST, 'ৗ'], // Š, with a pre-base ে makes ৌ
  ['&', GLYPH_KIND.HASANTA, HAS],
  ['\u00A9', GLYPH_KIND.REPH, 'র' + HAS],
  // Subjoined (phala) forms.
  ['\u00A8', GLYPH_KIND.PHALA, HAS + 'য'], // ¨
  ['\u00AA\u00AB\u00D6', GLYPH_KIND.PHALA, HAS + 'র'], // ª « Ö
  ['^\u00A1\u00A6\u0178', GLYPH_KIND.PHALA, HAS + 'ব'], // ^ ¡ ¦ Ÿ
  ['\u00AC\u00F8\u00AD', GLYPH_KIND.PHALA, HAS + 'ল'], // ¬ ø and the soft hyphen
  ['\u00E8', GLYPH_KIND.PHALA, HAS + 'ণ'], // è
  ['\u0153', GLYPH_KIND.PHALA, HAS + 'ন'], // œ
  ['\u00A5\u00A7', GLYPH_KIND.PHALA, HAS + 'ম'], // ¥ §
  ['\u2014\u00CD', GLYPH_KIND.PHALA, HAS + 'ত'], // — Í
  ['\u2019', GLYPH_KIND.PHALA, HAS + 'থ'], // ’
  ['\u2039', GLYPH_KIND.PHALA, HAS + 'ক'], // ‹
  ['\u00FA', GLYPH_KIND.PHALA, HAS + 'প'], // ú
  ['\u00A2', GLYPH_KIND.PHALA, HAS + 'ভ'], // ¢
  ['\u00BF', GLYPH_KIND.PHALA, HAS + 'ত' + HAS + 'র'], // ¿
  ['\u0152', GLYPH_KIND.PHALA, HAS + 'ক' + HAS + 'র'], // Œ
  ['\u00A3', GLYPH_KIND.PHALA, HAS + 'ভ' + HAS + 'র'], // £
  // Half forms.
  ['\u00AF', GLYPH_KIND.HALF, 'স' + HAS], // ¯
  ['\u0161\u203A', GLYPH_KIND.HALF, 'ন' + HAS], // š ›
  ['\u00A4', GLYPH_KIND.HALF, 'ম' + HAS], // ¤
  ['\u201D', GLYPH_KIND.HALF, 'চ' + HAS], // ”
  ['\u2122\u02DC', GLYPH_KIND.HALF, 'দ' + HAS], // ™ ˜
  ['\u2022', GLYPH_KIND.HALF, 'ঙ' + HAS], // •
  ['\u00AE', GLYPH_KIND.HALF, 'ষ' + HAS], // ®
  // Conjunct glyphs.
  ['\u00B0', GLYPH_KIND.CONS, 'ক্ক'],
  ['\u00B1', GLYPH_KIND.CONS, 'ক্ট'],
  ['\u00B3', GLYPH_KIND.CONS, 'ক্ত'],
  ['\u00B5', GLYPH_KIND.CONS, 'ক্র'],
  ['\u00B6\u00FF', GLYPH_KIND.CONS, 'ক্ষ'],
  ['\u00B7', GLYPH_KIND.CONS, 'ক্স'],
  ['\u00B2', GLYPH_KIND.CONS, 'ক্ষ্ম'],
  ['\u00B4', GLYPH_KIND.CONS, 'ক্ম'],
  ['\u00B9', GLYPH_KIND.CONS, 'জ্ঞ'],
  ['\u00BA', GLYPH_KIND.CONS, 'গ্দ'],
  ['\u00BB', GLYPH_KIND.CONS, 'গ্ধ'],
  ['\u00C0', GLYPH_KIND.CONS, 'জ্ঝ'],
  ['\u00C9', GLYPH_KIND.CONS, 'ণ্ঠ'],
  ['\u00CC', GLYPH_KIND.CONS, 'ত্থ'],
  ['\u00D9', GLYPH_KIND.CONS, 'দ্ম'],
  ['\u00DE', GLYPH_KIND.CONS, 'প্ট'],
  ['\u00E2', GLYPH_KIND.CONS, 'ব্জ'],
  ['\u00E4', GLYPH_KIND.CONS, 'ব্ধ'],
  ['\u00E7', GLYPH_KIND.CONS, 'ম্ফ'],
  ['\u00E9', GLYPH_KIND.CONS, 'ল্ক'],
  ['\u00F1', GLYPH_KIND.CONS, 'শ্ছ'],
  ['\u00F5', GLYPH_KIND.CONS, 'ষ্ফ'],
  ['\u00F6', GLYPH_KIND.CONS, 'স্খ'],
  ['\u00F9', GLYPH_KIND.CONS, 'স্ফ'],
  ['\u00BC', GLYPH_KIND.CONS, 'ঙ্ক'],
  ['\u00BD', GLYPH_KIND.CONS, 'ঙ্গ'],
  ['\u00BE', GLYPH_KIND.CONS, 'জ্জ'],
  ['\u00C1', GLYPH_KIND.CONS, 'জ্ঞ'],
  ['\u00C2', GLYPH_KIND.CONS, 'ঞ্চ'],
  ['\u00C3', GLYPH_KIND.CONS, 'ঞ্ছ'],
  ['\u00C4', GLYPH_KIND.CONS, 'ঞ্জ'],
  ['\u00C5', GLYPH_KIND.CONS, 'ঞ্ঝ'],
  ['\u00C6', GLYPH_KIND.CONS, 'ট্ট'],
  ['\u00C7', GLYPH_KIND.CONS, 'ড্ড'],
  ['\u00C8', GLYPH_KIND.CONS, 'ণ্ট'],
  ['\u00CA', GLYPH_KIND.CONS, 'ণ্ড'],
  ['\u00CB', GLYPH_KIND.CONS, 'ত্ত'],
  ['\u00CE', GLYPH_KIND.CONS, 'ত্র'],
  ['\u00CF', GLYPH_KIND.CONS, 'দ্দ'],
  ['\u00D7', GLYPH_KIND.CONS, 'দ্ধ'],
  ['\u00D8', GLYPH_KIND.CONS, 'দ্ব'],
  ['\u00DA', GLYPH_KIND.CONS, 'ন্ঠ'],
  ['\u00DB', GLYPH_KIND.CONS, 'ন্ড'],
  ['\u00DC', GLYPH_KIND.CONS, 'ন্ধ'],
  ['\u00DD', GLYPH_KIND.CONS, 'ন্স'],
  ['\u00DF', GLYPH_KIND.CONS, 'প্ত'],
  ['\u00E0', GLYPH_KIND.CONS, 'প্প'],
  ['\u00E1', GLYPH_KIND.CONS, 'প্স'],
  ['\u00E3', GLYPH_KIND.CONS, 'ব্দ'],
  ['\u00E5', GLYPH_KIND.CONS, 'ভ্র'],
  ['\u00EA', GLYPH_KIND.CONS, 'ল্গ'],
  ['\u00EB', GLYPH_KIND.CONS, 'ল্ট'],
  ['\u00EC', GLYPH_KIND.CONS, 'ল্ড'],
  ['\u00ED', GLYPH_KIND.CONS, 'ল্প'],
  ['\u00EE', GLYPH_KIND.CONS, 'ল্ফ'],
  ['\u00F0', GLYPH_KIND.CONS, 'শ্চ'],
  ['\u00F2', GLYPH_KIND.CONS, 'ষ্ণ'],
  ['\u00F3', GLYPH_KIND.CONS, 'ষ্ট'],
  ['\u00F4', GLYPH_KIND.CONS, 'ষ্ঠ'],
  ['\u00F7', GLYPH_KIND.CONS, 'স্ট'],
  ['\u00FD', GLYPH_KIND.CONS, 'হ্ন'],
  ['\u00FE', GLYPH_KIND.CONS, 'হ্ম'],
  // Digits and punctuation.
  ['0', GLYPH_KIND.INDEP, '০'],
  ['1', GLYPH_KIND.INDEP, '১'],
  ['2', GLYPH_KIND.INDEP, '২'],
  ['3', GLYPH_KIND.INDEP, '৩'],
  ['4', GLYPH_KIND.INDEP, '৪'],
  ['5', GLYPH_KIND.INDEP, '৫'],
  ['6', GLYPH_KIND.INDEP, '৬'],
  ['7', GLYPH_KIND.INDEP, '৭'],
  ['8', GLYPH_KIND.INDEP, '৮'],
  ['9', GLYPH_KIND.INDEP, '৯'],
  ['|', GLYPH_KIND.INDEP, '।'],
  ['\u00D0\u00D1', GLYPH_KIND.INDEP, '-'], // Ð Ñ: the font's hyphens
  ['\u00D2', GLYPH_KIND.INDEP, '\u201C'],
  ['\u00D3', GLYPH_KIND.INDEP, '\u201D'], // Ò Ó: SutonnyMJ's curly double quotes
  ['\u00D4', GLYPH_KIND.INDEP, '\u2018'],
  ['\u00D5', GLYPH_KIND.INDEP, '\u2019'] // Ô Õ: single quotes
]

// Consonant + vowel-sign glyphs.
const COMPOSITE: ReadonlyArray<readonly [string, string, string]> = [
  ['\u00B8', 'গ', 'ু'], // ¸ গু
  ['\u00EF', 'শ', 'ু'], // ï শু
  ['\u00FB', 'হ', 'ু'], // û হু
  ['\u00FC', 'হ', 'ৃ'] // ü হৃ
]

function build(): Map<number, Glyph> {
  const glyphs = new Map<number, Glyph>()
  for (const [chars, kind, text] of ENTRIES) for (const char of chars) glyphs.set(char.charCodeAt(0), one(kind, text))
  for (const [char, consonant, vowelSign] of COMPOSITE)
    glyphs.set(char.charCodeAt(0), [
      { kind: GLYPH_KIND.CONS, text: consonant },
      { kind: GLYPH_KIND.POST, text: vowelSign }
    ])
  // ‘ is ্তু: the ত-phala with ু attached (কিন্তু = wKš‘).
  glyphs.set(0x2018, [
    { kind: GLYPH_KIND.PHALA, text: HAS + 'ত' },
    { kind: GLYPH_KIND.POST, text: 'ু' }
  ])
  return glyphs
}

// Windows-1252 bytes 0x80–0x9F as Unicode. Text decoded as Latin-1 instead of
// Windows-1252 carries the raw C1 controls (U+0086 for †); we read those too.
const CP1252_C1 =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178'

/** Maps a C1 control (U+0080–U+009F) to its Windows-1252 character; other units are returned unchanged. */
export function fromC1(code: number): number {
  return code >= 0x80 && code <= 0x9f ? CP1252_C1.charCodeAt(code - 0x80) : code
}

// Flat array indexed by UTF-16 code unit (every glyph is below U+2200): the
// converter looks up every character, and an array index beats a Map.
const LIMIT = 0x2200
const TABLE: Array<Glyph | undefined> = (() => {
  const glyphs = build()
  const table = new Array<Glyph | undefined>(LIMIT).fill(undefined)
  for (const [code, glyph] of glyphs) table[code] = glyph
  for (let code = 0x80; code <= 0x9f; code++) table[code] = glyphs.get(fromC1(code))
  return table
})()

/** The glyph a UTF-16 code unit stands for (C1 controls read as Windows-1252), or undefined. */
export function glyphOf(code: number): Glyph | undefined {
  return code < LIMIT ? TABLE[code] : undefined
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
  const table = new Uint8Array(0x2200)
  const mark = (chars: string, evidence: number): void => {
    for (const char of chars) table[char.charCodeAt(0)] = evidence
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
  for (let code = 0x80; code <= 0x9f; code++) table[code] = table[fromC1(code)] ?? 0
  return table
})()
export const ENGLISH_PAIRS = /th|oo|ou|qu|ph|ch|gh|ll|ss|tt|ff|pp|rr|dd|zz|t[aeiorsuy]|r[aeouy]/
export const ENGLISH_ENDINGS = /(?:ing|ed|er|al|ly)$/
