// Phonetic typing mode: Latin keystrokes become Bengali, word by word.
//
//   phoneticToBengali('ami banglay gan gai')  →  'আমি বাংলায় গান গাই'
//
// CHEAT SHEET (Barta's own rule set, after the public Avro-style conventions)
//   Vowels        o অ (nothing after a consonant: the inherent vowel)
//                 a আ া · i ই ি · I/ee ঈ ী · u উ ু · U/oo ঊ/উ ূ/ু · e এ ে
//                 O ও ো · OI ঐ ৈ · OU ঔ ৌ · rri ঋ ৃ · aZ অ্যা ্যা
//                 A vowel is independent at the start of a word or after
//                 another vowel (gai → গাই, boi → বই); after a vowel,
//                 'a' is য়া (mia → মিয়া) and 'o' is ও (dao → দাও).
//   Consonants    k ক kh খ g গ gh ঘ Ng ঙ · c চ ch/chh ছ j জ jh ঝ NG ঞ
//                 T ট Th ঠ D ড Dh ঢ N ণ · t ত th থ d দ dh ধ n ন
//                 p প ph/f ফ b ব bh/v ভ m ম · z য r র l ল sh/S শ Sh ষ s স h হ
//                 R ড় Rh ঢ় Y য় q ক · kkh/ksh/kSh ক্ষ · gg/jNG জ্ঞ · x ক্স
//   Signs         ng ং (but ঙ্গ before a vowel: songe → সঙ্গে; ngh → ংঘ)
//                 t`` ৎ · ^ ঁ · : ঃ inside a word (du:kho → দুঃখ), :: ঃ anywhere
//   Clusters      two consonants join (hasanta) only when they make a real
//                 Bengali conjunct (the table in phonetic-rules.ts); any
//                 other pair stays apart, so no 'o' is needed there:
//                 rajdhanI রাজধানী · kolkata কলকাতা · mamla মামলা · hoyto হয়তো
//                 kt ক্ত · nd ন্দ · st স্ত · shr শ্র · str স্ত্র · ndr ন্দ্র · kr ক্র
//                 A few conjuncts that are rarer inside a word than the two
//                 separate letters join only at the start of a word:
//                 ম্ল ম্র ল্ক ল্ম ল্ব স্প স্র স্ল স্ব গ্ল ব্ল ব্জ শ্ল শ্ব হ্ম হ্র হ্ব জ্ব ন্ব
//                 (sp স্প at the start, but haspatal হাসপাতাল, amra আমরা).
//                 '+' joins any two consonants (om+lo অম্ল, poros+por পরস্পর);
//                 ` keeps any two apart; an 'o' always keeps them apart.
//                 n before k/kh/c/ch/j/jh is ঙ/ঞ (onko অঙ্ক, ponco পঞ্চ);
//                 t after a vowel and before k/kh/p/ph/s is ৎ (utsob উৎসব).
//   Reph          r before a consonant is reph (dhormo ধর্ম, nirbacon নির্বাচন,
//                 bortoman বর্তমান, porzonto পর্যন্ত), EXCEPT before k, kh, ch
//                 and l, where র stays (sorkar সরকার, dorkar দরকার, karkhana
//                 কারখানা, borkhasto বরখাস্ত, korche করছে, korlen করলেন).
//                 "rr" (or r+) always gives reph: marrkin মার্কিন, mUrrkho মূর্খ.
//                 Why not Avro's rule: to our knowledge Avro turns every r
//                 before a consonant into reph (sorkar → সর্কার), and joins
//                 every pair in its conjunct list wherever it stands
//                 (mamla → মাম্লা). Newsroom text is full of সরকার and of the
//                 verb forms of কর-/পার-/ধর-, and the words with র্ক র্খ র্ছ র্ল
//                 are fewer (মার্কিন, তর্ক, মূর্খ, দুর্লভ): those take "rr".
//   Verb endings  at the end of a word, তে তেন তাম তো, বে বেন বো and লে লেন
//                 লাম ল লো keep the consonant before them apart, reph included:
//                 korte করতে · jante জানতে · thakte থাকতে · aste আসতে ·
//                 korben করবেন · thambe থামবে · bollen বললেন · thakle থাকলে.
//                 (The price: prante → প্রানতে, pUrbe → পূরবে; type
//                 pran+te প্রান্তে, pUrrbe পূর্বে.)
//   এক            a word that starts with এক keeps ক apart from the next
//                 consonant: ekTi একটি · ekTu একটু · eksathe একসাথে · ekjon একজন
//                 (ekShetre এক্ষেত্রে still joins).
//   Phala         y: ্য after a consonant (bybosa ব্যবসা), য় after a vowel,
//                 ইয় at the start · Z: ্য after a consonant, else য
//                 r + y/Z keeps its shape with ZWJ (rZab → র‍্যাব)
//                 w: ্ব after a consonant (bishwo বিশ্ব), ওয় before a vowel
//                 (hawa হাওয়া), else ও · x at the start is এক্স
//                 A ya- or ba-phala ends the cluster: the next consonant
//                 does not join (bybosa ব্যবসা, ujjwol উজ্জ্বল).
//   Others        0-9 ০-৯ · '.' । (between digits it stays '.': 3.5 → ৩.৫)
//                 '..' a plain '.' · '...' stays · $ ৳
//                 ` writes nothing but keeps letters apart (k`h → কহ, s`h → সহ)
//                 + between consonants joins them; anywhere else it is '+'
//                 Uppercase of any other letter is its lowercase.
//   Anything else (spaces, punctuation, Bengali, emoji, controls, lone
//   surrogates) passes through unchanged.
//
// INCREMENTAL USE IN THE EDITOR
//   The editor keeps the Latin word being typed ("pending") visible in the
//   text, and calls applyKey(pending, event.key) on every keydown:
//     const step = applyKey(pending, e.key)
//     if (step.commit !== undefined) replace the pending span with step.commit
//                                    (one undo step per word)
//     else show step.pending in the span (and step.preview as a hint)
//     pending = step.pending
//     if (!step.passKey) e.preventDefault()   // else let the key do its job
//   createPhoneticSession() wraps the same thing with the state kept inside.

import { HASANTA, ZWJ, YYA, JOIN_ALWAYS, JOIN_AT_START, conjunctClass, isPhoneticChar, tokenize, type Token } from './phonetic-rules'

export { isPhoneticChar }

// C: a consonant that may join the next one; P: a consonant closed by ya- or
// ba-phala (takes a vowel sign or another phala, never a hasanta join).
type Prev = 'start' | 'C' | 'P' | 'V' | 'M'

const VELARS = new Set(['k', 'kh', 'kkh', 'ksh', 'q'])
const PALATALS = new Set(['c', 'ch', 'chh', 'j', 'jh'])
/** Consonants after which ত is written ৎ (উৎকর্ষ উৎখাত উৎপাদন উৎফুল্ল উৎসব). */
const KHANDA_TA_BEFORE = 'কখপফস'
/** Token kinds that '+' may stand before (a consonant, x, or a phala). */
const JOINABLE: ReadonlySet<Token['kind']> = new Set(['C', 'x', 'y', 'Z', 'w'])
/** Letters before which a plain r stays র: সরকার, কারখানা, করছে, করলেন (and র + র). */
const NO_REPH_BEFORE = 'কখছলর'

/**
 * Verb endings after ত, ব, ল that keep the consonant before apart (no
 * conjunct, no reph) when they end the word: করতে জানতে থাকতে আসতে করতেন
 * জানতাম করতো · করবে করবেন থামবে কাঁদবো · বললেন থাকলে বললাম বললো.
 * Keys of the vowel (and n/m) tokens that follow, joined; 'i' 'o' after 'e'
 * are the particles ই and ও (করতেই, করতেও).
 */
const VERB_ENDINGS: Readonly<Record<string, readonly string[]>> = {
  ত: ['e', 'ei', 'eo', 'en', 'am', 'O'],
  ব: ['e', 'ei', 'eo', 'en', 'O'],
  ল: ['e', 'ei', 'eo', 'en', 'am', 'o', 'O']
}

/**
 * Convert Latin phonetic text to Bengali. Works on one word or on whole
 * text (every non-Latin character resets the word context and is copied).
 * Never throws; linear in the input length.
 */
export function phoneticToBengali(latin: string): string {
  if (typeof latin !== 'string' || latin === '') return ''
  return assemble(tokenize(latin))
}

/** First letter of a consonant token's Bengali ('x' is ক্স). */
function firstLetter(t: Token): string {
  return t.kind === 'C' ? t.bn.charAt(0) : t.kind === 'x' ? 'ক' : ''
}

/** True when the tokens after `i` are one of `letter`'s verb endings and then the word ends. */
function endsWithVerbEnding(tokens: readonly Token[], i: number, letter: string): boolean {
  const endings = VERB_ENDINGS[letter]
  if (endings === undefined) return false
  let keys = ''
  for (let j = i + 1; j <= i + 3; j++) {
    const t = tokens[j]
    if (t === undefined || t.kind === 'lit' || t.kind === 'brk') return endings.includes(keys)
    if (t.kind !== 'V' && t.kind !== 'C') return false
    keys += t.key
  }
  return false
}

function assemble(tokens: readonly Token[]): string {
  let out = ''
  let prev: Prev = 'start'
  let lastVowel = '' // key of the last vowel, for "a"/"o" after a vowel
  let lastCons = '' // key of the last consonant, for r + ya-phala and reph
  let lastLetter = '' // last Bengali letter of that consonant, for the conjunct table
  let lastJoined = false // whether that consonant was joined to the one before
  let clusterAtStart = false // whether the current run of consonants began the word
  let forceJoin = false // '+' or "rr": join the next consonant whatever the rules say
  // Keys of the first tokens of the current word (at most 3 characters), for
  // the এক rule. `out` itself is never read back: reading a string built by
  // += makes V8 flatten it, which would make the whole loop quadratic.
  let wordHead = ''
  let afterEk = false // the word so far is exactly e + k

  /** Whether consonant token `i` (first letter `letter`) joins the consonant written just before it. */
  const joins = (i: number, letter: string): boolean => {
    if (forceJoin) return true
    if (letter === 'য') return true // z after a consonant is ya-phala (কার্য, পর্যন্ত)
    if (endsWithVerbEnding(tokens, i, letter)) return false
    if (lastCons === 'r') return !lastJoined && !NO_REPH_BEFORE.includes(letter)
    // এক + consonant is a compound: একটি একটা একটু একসাথে একজন (but এক্ষেত্রে).
    if (afterEk && letter !== 'ষ') return false
    const cls = conjunctClass(lastLetter, letter)
    return cls === JOIN_ALWAYS || (cls === JOIN_AT_START && clusterAtStart)
  }

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]
    if (t === undefined) break
    const next = tokens[i + 1]
    afterEk = wordHead === 'ek'
    if (wordHead.length < 3 && (t.kind === 'C' || t.kind === 'V')) wordHead += t.key
    else if (wordHead.length < 3) wordHead += '#'
    switch (t.kind) {
      case 'C':
      case 'x': {
        let bn = t.kind === 'C' ? t.bn : 'ক্স'
        const key = t.kind === 'C' ? t.key : 'x'
        if (t.kind === 'C' && next?.kind === 'C') {
          if (key === 'n' && VELARS.has(next.key)) bn = 'ঙ'
          else if (key === 'n' && PALATALS.has(next.key)) bn = 'ঞ'
          else if (key === 't' && prev === 'V' && KHANDA_TA_BEFORE.includes(next.bn.charAt(0))) {
            out += '\u09CE'
            prev = 'M'
            forceJoin = false
            break
          }
        }
        const join = prev === 'C' && joins(i, firstLetter(t))
        if (t.kind === 'x' && prev === 'start') out += 'এক্স'
        else out += (join ? HASANTA : '') + bn
        if (!join) clusterAtStart = prev === 'start'
        lastJoined = join
        prev = 'C'
        lastCons = key
        lastLetter = bn.charAt(bn.length - 1)
        forceJoin = key === 'rr' && (next?.kind === 'C' || next?.kind === 'x')
        break
      }
      case 'V':
        if (prev === 'C' || prev === 'P') out += t.sign
        else if (prev === 'V' && t.key === 'a' && lastVowel !== 'a') out += YYA + 'া'
        else if (prev === 'V' && t.key === 'o' && lastVowel !== 'o') out += 'ও'
        else out += t.ind
        prev = 'V'
        lastVowel = t.key
        forceJoin = false
        break
      case 'y':
      case 'Z':
        if (prev === 'C' || prev === 'P') {
          // র + ্য would draw a reph over nothing; ZWJ keeps র‍্য (র‍্যাব).
          out += (prev === 'C' && lastCons === 'r' && !lastJoined ? ZWJ : '') + HASANTA + 'য'
          prev = 'P' // য-ফলা ends a cluster: bybosa → ব্যবসা
        } else {
          out += t.kind === 'Z' ? 'য' : prev === 'start' ? 'ই' + YYA : YYA
          lastJoined = false
          clusterAtStart = prev === 'start'
          prev = 'C'
        }
        lastCons = t.kind
        lastLetter = t.kind === 'Z' ? 'য' : '\u09BC' // য় ends in the nukta
        forceJoin = false
        break
      case 'w':
        if (prev === 'C' || prev === 'P') {
          out += HASANTA + 'ব'
          prev = 'P'
          lastCons = 'w'
        } else if (next?.kind === 'V') {
          out += 'ও' + YYA
          prev = 'C'
          lastJoined = false
          clusterAtStart = false
          lastCons = 'w'
          lastLetter = '\u09BC'
        } else {
          out += 'ও'
          prev = 'V'
          lastVowel = 'O'
        }
        forceJoin = false
        break
      case 'M':
        out += t.bn
        prev = 'M'
        forceJoin = false
        break
      case 'join':
        // Only between a consonant and the next one (before y, Z, w it changes
        // nothing: phala joins anyway); anywhere else it is '+'.
        if (prev === 'C' && next !== undefined && JOINABLE.has(next.kind)) {
          forceJoin = next.kind === 'C' || next.kind === 'x'
          break
        }
        out += '+'
        prev = 'start'
        wordHead = ''
        forceJoin = false
        break
      case 'brk':
        prev = 'start'
        forceJoin = false
        break
      case 'lit':
        out += t.text
        prev = 'start'
        wordHead = ''
        forceJoin = false
        break
    }
  }
  return out
}

// ------------------------------------------------------------ incremental

/** What the editor should do after one key in phonetic mode. */
export interface PhoneticStep {
  /** The Latin word still being typed; show it in place (may be ''). */
  pending: string
  /** Bengali for `pending`, for a live hint next to the caret. */
  preview: string
  /**
   * When set, replace the pending span with this text as one undo step.
   * For a printable key (space, comma, …) it already ends with that key;
   * for Enter, Tab, arrows… it is the Bengali word alone (see passKey).
   */
  commit?: string
  /** True: the editor must still apply the key itself (no preventDefault). */
  passKey: boolean
}

/** Keys that are pressed along with typing and must not end the word. */
const IGNORED_KEYS = new Set([
  'Shift',
  'Control',
  'Alt',
  'AltGraph',
  'Meta',
  'CapsLock',
  'NumLock',
  'ScrollLock',
  'Fn',
  'FnLock',
  'Hyper',
  'Super',
  'Symbol',
  'SymbolLock',
  'Dead',
  'Process',
  'Unidentified'
])

function codePointCount(s: string): number {
  let n = 0
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    const d = s.charCodeAt(i + 1)
    if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) i++
    n++
    if (n > 1) break
  }
  return n
}

function idle(pending: string): PhoneticStep {
  return { pending, preview: phoneticToBengali(pending), passKey: true }
}

/**
 * Pure reducer for one keydown. `pending` is the Latin word typed so far
 * (only phonetic characters: ASCII letters, digits and ` ^ : . $ +);
 * `key` is KeyboardEvent.key.
 *   phonetic char  → appended to pending; the key is consumed
 *   Backspace      → drops the last pending character (passes if none)
 *   Escape         → commits the pending Latin as typed, unconverted
 *   other char     → commits Bengali(pending) + that char (passes if none)
 *   Enter, Tab, arrows, other named keys → commits Bengali(pending) and
 *                    passes the key on, so the editor still runs it
 *   Shift, Control, dead keys… → ignored, the word goes on
 */
export function applyKey(pending: string, key: string): PhoneticStep {
  const word = typeof pending === 'string' ? pending : ''
  const k = typeof key === 'string' ? key : ''
  if (k === '' || IGNORED_KEYS.has(k)) return idle(word)
  if (isPhoneticChar(k)) {
    const next = word + k
    return { pending: next, preview: phoneticToBengali(next), passKey: false }
  }
  if (k === 'Backspace') {
    if (word === '') return idle('')
    // pending is ASCII when fed by applyKey; still never split a surrogate pair.
    const last = word.charCodeAt(word.length - 1)
    const pair = last >= 0xdc00 && last <= 0xdfff && /[\uD800-\uDBFF]/.test(word.charAt(word.length - 2))
    const next = word.slice(0, pair ? -2 : -1)
    return { pending: next, preview: phoneticToBengali(next), passKey: false }
  }
  if (word === '') return idle('')
  if (k === 'Escape') return { pending: '', preview: '', commit: word, passKey: false }
  const bengali = phoneticToBengali(word)
  if (codePointCount(k) === 1) return { pending: '', preview: '', commit: bengali + k, passKey: false }
  return { pending: '', preview: '', commit: bengali, passKey: true }
}

/** applyKey with the pending word kept inside. */
export interface PhoneticSession {
  /** The Latin word being typed. */
  readonly pending: string
  /** Bengali for the pending word. */
  readonly preview: string
  /** Feed one KeyboardEvent.key; see applyKey. */
  key(key: string): PhoneticStep
  /**
   * End the word without a key (caret moved, blur, mode switched off):
   * returns the Bengali to put in place of the pending span ('' if none).
   */
  flush(): string
  /** Forget the pending word without converting it. */
  reset(): void
}

export function createPhoneticSession(): PhoneticSession {
  let pending = ''
  return {
    get pending() {
      return pending
    },
    get preview() {
      return phoneticToBengali(pending)
    },
    key(key: string): PhoneticStep {
      const step = applyKey(pending, key)
      pending = step.pending
      return step
    },
    flush(): string {
      const out = phoneticToBengali(pending)
      pending = ''
      return out
    },
    reset(): void {
      pending = ''
    }
  }
}
