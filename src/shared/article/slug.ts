/**
 * Slugs: the last part of a story's web address and the stem of its export file names.
 *
 * suggestSlug turns a Bengali headline into a readable Latin slug, the way Bangladeshi desks write them by hand
 * («উজানের ঢলে তিস্তার পানি বিপৎসীমার ওপরে» → `ujaner-dhole-tistar-pani-bipotsimar-opore`). The scheme, in short:
 *
 * - Letters: ক k, খ kh, গ g, ঘ gh, ঙ ng, চ ch, ছ chh, জ j, ঝ jh, ঞ n, ট t, ঠ th, ড d, ঢ dh, ণ n, ত t, থ th, দ d, ধ dh,
 *   ন n, প p, ফ f, ব b, ভ bh, ম m, য j, র r, ল l, শ sh, ষ sh, স s, হ h, ড় r, ঢ় rh, য় y, ৎ t, ং ng, ঃ h; ঁ is dropped.
 *   Vowels (sign or letter): অ o, আ a, ই/ঈ i, উ/ঊ u, ঋ ri, এ e, ঐ oi, ও o, ঔ ou. Digits become 0–9.
 * - Clusters: members joined (স্ত st, ন্দ nd); য-ফলা is y (ব্য by), ব-ফলা w (স্ব sw; after র or ম it is b), ক্ষ kkh (kh at a word's start),
 *   জ্ঞ gg (gy at a word's start).
 * - The inherent vowel is written o, except: (1) on a word's last single consonant (কর kor, not koro) — a final
 *   cluster keeps it (কেন্দ্র kendro); (2) on a single consonant that follows a consonant with a sounded vowel and
 *   comes before a single consonant carrying a vowel sign (সরকার sorkar, মামলা mamla, হাসপাতাল haspatal). A cluster
 *   always keeps it (চট্টগ্রাম chottogram).
 * - Latin letters are kept (accents dropped), lower case; everything else separates words; words are joined by `-`;
 *   the slug is at most 80 characters, cut between words.
 *
 * It is a readable approximation, not a phonetic transcription: compounds (প্রধানমন্ত্রী → prodhanomontri) come out
 * a little long, and the desk may always edit the suggestion.
 */

const CONSONANTS: Record<string, string> = {
  ক: 'k',
  খ: 'kh',
  গ: 'g',
  ঘ: 'gh',
  ঙ: 'ng',
  চ: 'ch',
  ছ: 'chh',
  জ: 'j',
  ঝ: 'jh',
  ঞ: 'n',
  ট: 't',
  ঠ: 'th',
  ড: 'd',
  ঢ: 'dh',
  ণ: 'n',
  ত: 't',
  থ: 'th',
  দ: 'd',
  ধ: 'dh',
  ন: 'n',
  প: 'p',
  ফ: 'f',
  ব: 'b',
  ভ: 'bh',
  ম: 'm',
  য: 'j',
  র: 'r',
  ল: 'l',
  শ: 'sh',
  ষ: 'sh',
  স: 's',
  হ: 'h',
  ড়: 'r',
  ঢ়: 'rh',
  য়: 'y'
}

/** Letters written with a nukta: NFC keeps ড় ঢ় য় decomposed (they are composition exclusions). */
const NUKTA_FORMS: Record<string, string> = { ড: 'ড়', ঢ: 'ঢ়', য: 'য়' }

const VOWEL_SIGNS: Record<string, string> = {
  'া': 'a',
  'ি': 'i',
  'ী': 'i',
  'ু': 'u',
  'ূ': 'u',
  'ৃ': 'ri',
  'ে': 'e',
  'ৈ': 'oi',
  'ো': 'o',
  'ৌ': 'ou'
}

const VOWELS: Record<string, string> = {
  অ: 'o',
  আ: 'a',
  ই: 'i',
  ঈ: 'i',
  উ: 'u',
  ঊ: 'u',
  ঋ: 'ri',
  এ: 'e',
  ঐ: 'oi',
  ও: 'o',
  ঔ: 'ou'
}

const HASANTA = '\u09CD'
const NUKTA = '\u09BC'
const KHANDA_TA = 'ৎ'
const ANUSVARA = 'ং'
const VISARGA = 'ঃ'
const AU_LENGTH = '\u09D7'

export const SLUG_MAX_LENGTH = 80

/** One written syllable: a consonant or cluster with its vowel, or a vowel letter. */
interface Unit {
  /** The consonants of the cluster, empty for a vowel letter. */
  cluster: string[]
  /** A written vowel (sign or letter); '' for a consonant that ends in a hasanta or ৎ; null for the inherent vowel. */
  vowel: string | null
  /** ং or ঃ after the syllable. */
  coda: string
}

function parseWord(chars: string[]): Unit[] {
  const units: Unit[] = []
  let i = 0
  const consonantAt = (at: number): string | undefined => {
    const char = chars[at]
    if (char === undefined || CONSONANTS[char] === undefined) return undefined
    return chars[at + 1] === NUKTA && NUKTA_FORMS[char] ? NUKTA_FORMS[char] : char
  }
  const width = (at: number) => (chars[at + 1] === NUKTA ? 2 : 1)
  while (i < chars.length) {
    const char = chars[i]!
    const last = units.at(-1)
    if (VOWELS[char] !== undefined) {
      units.push({ cluster: [], vowel: VOWELS[char]!, coda: '' })
      i += 1
    } else if (char === KHANDA_TA) {
      units.push({ cluster: ['ত'], vowel: '', coda: '' })
      i += 1
    } else if (char === ANUSVARA || char === VISARGA) {
      const sound = char === ANUSVARA ? 'ng' : 'h'
      if (last) last.coda += sound
      else units.push({ cluster: [], vowel: sound, coda: '' })
      i += 1
    } else if (consonantAt(i) !== undefined) {
      const cluster = [consonantAt(i)!]
      i += width(i)
      while (chars[i] === HASANTA && consonantAt(i + 1) !== undefined) {
        cluster.push(consonantAt(i + 1)!)
        i += 1 + width(i + 1)
      }
      let vowel: string | null = null
      if (chars[i] === HASANTA) {
        vowel = ''
        i += 1
      } else if (chars[i] !== undefined && VOWEL_SIGNS[chars[i]!] !== undefined) {
        // ে + া and ে + ৗ are ো and ৌ in a text that was not composed.
        const split = chars[i] === 'ে' && (chars[i + 1] === 'া' || chars[i + 1] === AU_LENGTH)
        vowel = split ? (chars[i + 1] === 'া' ? 'o' : 'ou') : VOWEL_SIGNS[chars[i]!]!
        i += split ? 2 : 1
      }
      units.push({ cluster, vowel, coda: '' })
    } else {
      // Chandrabindu (ঁ), a lone nukta, ZWJ/ZWNJ and stray signs are not written.
      i += 1
    }
  }
  return units
}

function clusterText(cluster: string[], wordStart: boolean): string {
  const joined = cluster.join(HASANTA)
  if (joined === `ক${HASANTA}ষ`) return wordStart ? 'kh' : 'kkh'
  if (joined === `জ${HASANTA}ঞ`) return wordStart ? 'gy' : 'gg'
  let text = ''
  cluster.forEach((consonant, index) => {
    if (index > 0 && consonant === 'য') text += 'y'
    else if (index > 0 && consonant === 'ব' && cluster[index - 1] !== 'ম' && cluster[index - 1] !== 'র') text += 'w'
    else if (index > 0 && consonant === 'ষ' && cluster[index - 1] === 'ক') text += 'kh'
    else text += CONSONANTS[consonant] ?? ''
  })
  return text
}

function romanizeWord(chars: string[]): string {
  const units = parseWord(chars)
  const sounded: boolean[] = []
  let out = ''
  units.forEach((unit, index) => {
    if (unit.cluster.length === 0) {
      out += unit.vowel ?? ''
      sounded.push(true)
      out += unit.coda
      return
    }
    out += clusterText(unit.cluster, index === 0)
    let vowel = unit.vowel
    if (vowel === null) vowel = inherentVowel(units, index, sounded) ? 'o' : ''
    sounded.push(vowel !== '')
    out += vowel + unit.coda
  })
  return out
}

/** Whether a consonant's inherent vowel is written (the rules at the top of this file). */
function inherentVowel(units: Unit[], index: number, sounded: boolean[]): boolean {
  const unit = units[index]!
  if (unit.cluster.length > 1) return true
  if (units.length === 1) return true
  if (index === units.length - 1) return false
  if (index === 0) return true
  const previous = units[index - 1]!
  const next = units[index + 1]!
  const afterSoundedConsonant = previous.cluster.length > 0 && sounded[index - 1] === true && previous.coda === ''
  const beforeSingleWithVowel = next.cluster.length === 1 && next.vowel !== null && next.vowel !== ''
  return !(afterSoundedConsonant && beforeSingleWithVowel)
}

const BENGALI_DIGIT = /[০-৯]/g
const BENGALI_LETTER = /[\u0980-\u09FF]/

/** A readable Latin slug for a (Bengali or English) headline; '' when nothing in it can be written. */
export function suggestSlug(headline: string): string {
  // ZWJ and ZWNJ shape how a word looks, not how it is said.
  const text = headline
    .normalize('NFC')
    .replace(/\u200C|\u200D/g, '')
    .replace(BENGALI_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x09e6))
  const words: string[] = []
  for (const token of text.split(/[^\u0980-\u09FFa-zA-Z0-9\u00C0-\u024F]+/u)) {
    if (token === '') continue
    // A token may mix scripts (৪৪টি → 44টি): Bengali runs are romanized, the rest is kept as Latin.
    let word = ''
    for (const run of token.match(/[\u0980-\u09FF]+|[^\u0980-\u09FF]+/gu) ?? []) {
      word += BENGALI_LETTER.test(run)
        ? romanizeWord(Array.from(run))
        : run
            .normalize('NFKD')
            .replace(/[^a-zA-Z0-9]/g, '')
            .toLowerCase()
    }
    if (word !== '') words.push(word)
  }
  let slug = ''
  for (const word of words) {
    const next = slug === '' ? word : `${slug}-${word}`
    if (next.length > SLUG_MAX_LENGTH) {
      if (slug === '') slug = word.slice(0, SLUG_MAX_LENGTH)
      break
    }
    slug = next
  }
  return slug
}

/**
 * A slug as typed by the desk, made safe for a file name and a URL path: letters (any script), marks and digits are
 * kept, every run of anything else becomes one `-`, at most 80 characters. '' when nothing is left.
 */
export function cleanSlug(slug: string): string {
  return Array.from(
    slug
      .normalize('NFC')
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
  )
    .slice(0, SLUG_MAX_LENGTH)
    .join('')
    .replace(/-+$/, '')
}

/** The slug a story goes out under: its own, else one suggested from its headline, else '' (the caller falls back). */
export function effectiveSlug(article: { slug: string; headline: string }): string {
  return cleanSlug(article.slug) || suggestSlug(article.headline)
}

/** `base`, or `base-2`, `base-3` … — the first that `taken` does not hold. */
export function uniqueSlug(base: string, taken: (slug: string) => boolean): string {
  if (!taken(base)) return base
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`
    if (!taken(candidate)) return candidate
  }
}

/**
 * File names that cannot overwrite each other inside one archive: the second `tista.html` becomes `tista-2.html`
 * (the number goes before the extension, which may be double, as in `.barta.json`).
 */
export function uniqueFileName(name: string, used: Set<string>): string {
  const match = /^(.*?)((?:\.[a-z0-9]+)*)$/i.exec(name)
  const stem = match?.[1] || name
  const extension = match?.[1] ? (match[2] ?? '') : ''
  let candidate = name
  for (let n = 2; used.has(candidate); n++) candidate = `${stem}-${n}${extension}`
  used.add(candidate)
  return candidate
}
