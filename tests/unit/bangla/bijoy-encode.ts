// A small Unicode → Bijoy (SutonnyMJ) encoder for the tests, written from the Unicode→Bijoy tables of public
// converters (Mad-FOX/bijoy2unicode's convertUnicodeToBijoy, ibus-avro's ANSIconverter.js): it writes the glyph
// strings those tables give, in the font's visual order (pre-base ি ে ৈ before the cluster, reph © after it). It is
// independent of src/shared/bangla/bijoy*.ts, so a round trip through both checks the converter against the tables.

const CONJUNCTS: ReadonlyArray<readonly [string, string]> = [
  ['ক্ষ্ম', '²'],
  ['ন্ত্র', 'š¿'],
  ['স্ত্র', '¯¿'],
  ['ন্তু', 'š‘'],
  ['ক্ক', '°'],
  ['ক্ট', '±'],
  ['ক্ত', '³'],
  ['ক্র', 'µ'],
  ['ক্ষ', '¶'],
  ['ক্স', '·'],
  ['গু', '¸'],
  ['গ্ধ', '»'],
  ['ঙ্ক', '¼'],
  ['ঙ্গ', '½'],
  ['ঙ্খ', '•L'],
  ['চ্চ', '”P'],
  ['চ্ছ', '”Q'],
  ['জ্জ', '¾'],
  ['জ্ঞ', 'Á'],
  ['জ্ঝ', 'À'],
  ['ঞ্চ', 'Â'],
  ['ঞ্ছ', 'Ã'],
  ['ঞ্জ', 'Ä'],
  ['ঞ্ঝ', 'Å'],
  ['ট্ট', 'Æ'],
  ['ড্ড', 'Ç'],
  ['ণ্ট', 'È'],
  ['ণ্ঠ', 'É'],
  ['ণ্ড', 'Ê'],
  ['ত্ত', 'Ë'],
  ['ত্থ', 'Ì'],
  ['ত্র', 'Î'],
  ['দ্দ', 'Ï'],
  ['দ্ধ', '×'],
  ['দ্ব', 'Ø'],
  ['দ্ম', 'Ù'],
  ['দ্গ', '˜M'],
  ['দ্ঘ', '˜N'],
  ['ন্ঠ', 'Ú'],
  ['ন্ড', 'Û'],
  ['ন্ধ', 'Ü'],
  ['ন্স', 'Ý'],
  ['ন্ত', 'š—'],
  ['ন্দ', '›`'],
  ['ন্ট', '›U'],
  ['ন্থ', 'š’'],
  ['প্ট', 'Þ'],
  ['প্ত', 'ß'],
  ['প্প', 'à'],
  ['প্স', 'á'],
  ['ব্জ', 'â'],
  ['ব্দ', 'ã'],
  ['ব্ধ', 'ä'],
  ['ভ্র', 'å'],
  ['ম্প', '¤ú'],
  ['ম্ফ', 'ç'],
  ['ম্ব', '¤^'],
  ['ম্ভ', '¤¢'],
  ['ম্ম', '¤§'],
  ['ল্ক', 'é'],
  ['ল্গ', 'ê'],
  ['ল্ট', 'ë'],
  ['ল্ড', 'ì'],
  ['ল্প', 'í'],
  ['ল্ফ', 'î'],
  ['শু', 'ï'],
  ['শ্চ', 'ð'],
  ['শ্ছ', 'ñ'],
  ['ষ্ক', '®‹'],
  ['ষ্ট', 'ó'],
  ['ষ্ঠ', 'ô'],
  ['ষ্ণ', 'ò'],
  ['ষ্প', '®ú'],
  ['ষ্ফ', 'õ'],
  ['ষ্ম', '®§'],
  ['স্ক', '¯‹'],
  ['স্খ', 'ö'],
  ['স্ট', '÷'],
  ['স্ত', '¯Í'],
  ['স্থ', '¯’'],
  ['স্প', '¯ú'],
  ['স্ফ', 'ù'],
  ['স্ব', '¯^'],
  ['স্ম', '¯§'],
  ['হু', 'û'],
  ['হৃ', 'ü'],
  ['হ্ন', 'ý'],
  ['হ্ম', 'þ'],
  ['রু', 'i“'],
  ['রূ', 'iƒ'],
  ['্য', '¨'],
  ['্র', '«'],
  ['্ব', '¡'],
  ['্ল', '¬'],
  ['্ন', 'œ'],
  ['্ম', '¥'],
  ['্ণ', 'è']
]
const LETTERS: Readonly<Record<string, string>> = Object.fromEntries([
  ['অ', 'A'],
  ['আ', 'Av'],
  ['ই', 'B'],
  ['ঈ', 'C'],
  ['উ', 'D'],
  ['ঊ', 'E'],
  ['ঋ', 'F'],
  ['এ', 'G'],
  ['ঐ', 'H'],
  ['ও', 'I'],
  ['ঔ', 'J'],
  ['ক', 'K'],
  ['খ', 'L'],
  ['গ', 'M'],
  ['ঘ', 'N'],
  ['ঙ', 'O'],
  ['চ', 'P'],
  ['ছ', 'Q'],
  ['জ', 'R'],
  ['ঝ', 'S'],
  ['ঞ', 'T'],
  ['ট', 'U'],
  ['ঠ', 'V'],
  ['ড', 'W'],
  ['ঢ', 'X'],
  ['ণ', 'Y'],
  ['ত', 'Z'],
  ['থ', '_'],
  ['দ', '`'],
  ['ধ', 'a'],
  ['ন', 'b'],
  ['প', 'c'],
  ['ফ', 'd'],
  ['ব', 'e'],
  ['ভ', 'f'],
  ['ম', 'g'],
  ['য', 'h'],
  ['র', 'i'],
  ['ল', 'j'],
  ['শ', 'k'],
  ['ষ', 'l'],
  ['স', 'm'],
  ['হ', 'n'],
  ['\u09DC', 'o'],
  ['\u09DD', 'p'],
  ['\u09DF', 'q'],
  ['ৎ', 'r'],
  ['ং', 's'],
  ['ঃ', 't'],
  ['ঁ', 'u'],
  ['া', 'v'],
  ['ী', 'x'],
  ['ু', 'y'],
  ['ূ', '~'],
  ['ৃ', '…'],
  ['ৗ', 'Š'],
  ['্', '&'],
  ['।', '|'],
  ['০', '0'],
  ['১', '1'],
  ['২', '2'],
  ['৩', '3'],
  ['৪', '4'],
  ['৫', '5'],
  ['৬', '6'],
  ['৭', '7'],
  ['৮', '8'],
  ['৯', '9']
])
export interface EncodeStyle {
  /** Which of the two ে glyphs († or ‡) and ৈ glyphs (‰ or ˆ) a typist used. */
  e: '†' | '‡'
  oi: '‰' | 'ˆ'
}

const isConsonant = (ch: string) => /[\u0995-\u09B9\u09DC\u09DD\u09DF]/.test(ch)

/** Glyphs of one consonant cluster (letters joined by ্, phalas included), longest table entry first. */
function clusterGlyphs(cluster: string): string {
  let out = ''
  for (let i = 0; i < cluster.length;) {
    const hit = CONJUNCTS.find(([uni]) => cluster.startsWith(uni, i))
    if (hit) {
      out += hit[1]
      i += hit[0].length
      continue
    }
    const ch = cluster.charAt(i)
    out += LETTERS[ch] ?? ch
    i++
  }
  return out
}

/** Unicode Bengali (precomposed য় ড় ঢ়) → Bijoy, word by word. */
export function toBijoy(text: string, style: EncodeStyle): string {
  const s = text
    .normalize('NFC')
    .replace(/\u09AF\u09BC/g, '\u09DF')
    .replace(/\u09A1\u09BC/g, '\u09DC')
    .replace(/\u09A2\u09BC/g, '\u09DD')
  let out = ''
  for (let i = 0; i < s.length;) {
    const ch = s.charAt(i)
    if (!isConsonant(ch)) {
      out += ch === 'আ' ? 'Av' : (LETTERS[ch] ?? ch)
      i++
      continue
    }
    // Reph: র্ before a consonant.
    let reph = false
    if (ch === 'র' && s.charAt(i + 1) === '্' && isConsonant(s.charAt(i + 2)) && s.charAt(i - 1) !== '\u200D') {
      reph = true
      i += 2
    }
    // The cluster: consonant (্ consonant)*, with র‍্য (ZWJ) taken as র + ya-phala.
    let j = i + 1
    while (s.charAt(j) === '্' && isConsonant(s.charAt(j + 1))) j += 2
    if (s.charAt(j) === '\u200D' && s.charAt(j + 1) === '্') j += 3
    let cluster = s.slice(i, j).replace('\u200D', '')
    let sign = s.charAt(j)
    let pre = ''
    let post = ''
    if (sign === 'ি') pre = 'w'
    else if (sign === 'ে') pre = style.e
    else if (sign === 'ৈ') pre = style.oi
    else if (sign === 'ো') [pre, post] = [style.e, 'v']
    else if (sign === 'ৌ') [pre, post] = [style.e, 'Š']
    else if ('াীুূৃ'.includes(sign) && sign !== '') {
      // গু শু হু হৃ রু রূ have glyphs of their own.
      if (CONJUNCTS.some(([uni]) => uni === cluster.slice(-1) + sign)) cluster += sign
      else post = LETTERS[sign] ?? sign
    } else sign = ''
    out += pre + clusterGlyphs(cluster) + post + (reph ? '©' : '')
    i = j + (sign === '' ? 0 : 1)
  }
  return out
}
