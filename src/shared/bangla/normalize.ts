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

// Steps 1–3 in one pass; returns `text` itself when nothing needs changing.
function cleanUnits(text: string): string {
  let out = ''
  let last = 0 // start of the run not yet copied to `out`
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code >= 0x20 && code < 0x7f) || (code >= 0xa0 && code < 0x2028) || code === 0x0a || code === 0x09) continue
    let rep: string
    if (code === 0x0d)
      rep = text.charCodeAt(i + 1) === 0x0a ? '' : '\n' // CRLF: keep the LF
    else if (code === 0x0b || code === 0x0c || code === 0x85 || code === 0x2028 || code === 0x2029) rep = '\n'
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfeff) rep = ''
    else if (code >= 0xd800 && code <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++ // a valid pair
        continue
      }
      rep = '\uFFFD'
    } else if (code >= 0xdc00 && code <= 0xdfff)
      rep = '\uFFFD' // paired ones were skipped above
    else continue
    out += text.slice(last, i) + rep
    last = i + 1
  }
  return last === 0 ? text : out + text.slice(last)
}

function asText(input: unknown): string {
  return typeof input === 'string' ? input : ''
}

/** The canonical stored form described at the top of this file. */
export function canonicalize(text: string): string {
  let result = asText(text)
  if (result === '') return result
  // Controls go before NFC: removing one could bring two combining marks
  // together that NFC must then reorder, which would break idempotence.
  result = cleanUnits(result).normalize('NFC')
  // ৎ has combining class 0 and composes with nothing, so the result is
  // still NFC and a second pass changes nothing.
  if (result.includes('\u09A4\u09CD\u200D')) result = result.replace(KHANDA_TA_SEQUENCE, '\u09CE')
  return result
}
