// Canonical stored form and search-folding for Bengali text.
//
// CANONICAL STORED FORM — what `canonicalize` returns and what Barta saves:
//   1. Unpaired surrogates become U+FFFD (they cannot be encoded as UTF-8).
//   2. Line endings become '\n': CRLF, CR, VT, FF, NEL, U+2028 and U+2029
//      (Word pastes manual line breaks as VT).
//   3. Other control characters (C0/C1, DEL) and the BOM U+FEFF are removed;
//      '\n' and '\t' stay.
//   4. Unicode NFC, accepted as ICU produces it. Note that য় ড় ঢ় are
//      composition exclusions, so NFC stores them as base + nukta
//      (য+়, ড+়, ঢ+়); we do not fight that, every tool agrees on it.
//   5. ত + ্ + ZWJ (the pre-Unicode-4.1 spelling of khanda ta) becomes ৎ
//      U+09CE, the spelling Unicode recommends; no normalization form does it.
// Everything else is kept exactly: ZWJ/ZWNJ (র‍্যাব needs its ZWJ), NBSP and
// other spaces (an editor may put NBSP between a number and its unit on
// purpose), soft hyphens, bidi marks, repeated spaces. canonicalize is
// idempotent and never throws.
//
// SEARCH FOLDING (the key used only for matching, never stored) lives in
// fold.ts, with its table of rules.

const KHANDA_TA_SEQUENCE = /\u09A4\u09CD\u200D/g

// Steps 1–3 in one pass; returns `s` itself when nothing needs changing.
function cleanUnits(s: string): string {
  let out = ''
  let last = 0 // start of the run not yet copied to `out`
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i)
    if ((c >= 0x20 && c < 0x7f) || (c >= 0xa0 && c < 0x2028) || c === 0x0a || c === 0x09) continue
    let rep: string
    if (c === 0x0d)
      rep = s.charCodeAt(i + 1) === 0x0a ? '' : '\n' // CRLF: keep the LF
    else if (c === 0x0b || c === 0x0c || c === 0x85 || c === 0x2028 || c === 0x2029) rep = '\n'
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c === 0xfeff) rep = ''
    else if (c >= 0xd800 && c <= 0xdbff) {
      const d = s.charCodeAt(i + 1)
      if (d >= 0xdc00 && d <= 0xdfff) {
        i++ // a valid pair
        continue
      }
      rep = '\uFFFD'
    } else if (c >= 0xdc00 && c <= 0xdfff)
      rep = '\uFFFD' // paired ones were skipped above
    else continue
    out += s.slice(last, i) + rep
    last = i + 1
  }
  return last === 0 ? s : out + s.slice(last)
}

function asText(input: unknown): string {
  return typeof input === 'string' ? input : ''
}

/** The canonical stored form described at the top of this file. */
export function canonicalize(text: string): string {
  let s = asText(text)
  if (s === '') return s
  // Controls go before NFC: removing one could bring two combining marks
  // together that NFC must then reorder, which would break idempotence.
  s = cleanUnits(s).normalize('NFC')
  // ৎ has combining class 0 and composes with nothing, so the result is
  // still NFC and a second pass changes nothing.
  if (s.includes('\u09A4\u09CD\u200D')) s = s.replace(KHANDA_TA_SEQUENCE, '\u09CE')
  return s
}
