// Bengali ↔ Latin digit helpers.
//
// Bengali digits are U+09E6..U+09EF. JavaScript's `/\d/` only matches ASCII
// 0-9 and `Number('৫')` is NaN, so anything that reads numbers typed by
// editors must convert first. Only the ten digits are touched: every other
// code unit (including unpaired surrogates) passes through unchanged.

const BN_ZERO = 0x09e6
const LATIN_ZERO = 0x30

/** The ten Bengali digits, index = value. */
export const BENGALI_DIGITS = '০১২৩৪৫৬৭৮৯'

// Anything not a string/number (e.g. null slipping through from JSON) becomes ''.
function asText(input: unknown): string {
  if (typeof input === 'string') return input
  if (typeof input === 'number' || typeof input === 'bigint') return String(input)
  return ''
}

/** Replace ASCII 0-9 with ০-৯; everything else is left as is. */
export function toBengaliDigits(input: string | number | bigint): string {
  return asText(input).replace(/[0-9]/g, (digit) => String.fromCharCode(BN_ZERO + digit.charCodeAt(0) - LATIN_ZERO))
}

/** Replace ০-৯ with ASCII 0-9; everything else is left as is. */
export function toLatinDigits(input: string): string {
  return asText(input).replace(/[\u09E6-\u09EF]/g, (digit) => String.fromCharCode(LATIN_ZERO + digit.charCodeAt(0) - BN_ZERO))
}

/** True when the text contains at least one Bengali digit. */
export function hasBengaliDigits(input: string): boolean {
  return /[\u09E6-\u09EF]/.test(asText(input))
}

/**
 * Parse an integer written with Bengali and/or Latin digits.
 * Accepts surrounding whitespace, a leading sign (+, -, U+2212 minus) and
 * comma grouping between digits (both "১২,৩৪৫" and lakh style "১,২৩,৪৫৬").
 * Returns null for anything else: empty text, decimals, stray characters,
 * or values beyond Number.MAX_SAFE_INTEGER (which would silently lose digits).
 */
export function parseBengaliInt(input: string): number | null {
  const text = toLatinDigits(asText(input))
    .trim()
    .replace(/^\u2212/, '-')
  const match = /^([+-]?)(\d+(?:,\d+)*)$/.exec(text)
  if (!match) return null
  const digits = (match[2] ?? '').replace(/,/g, '')
  const value = Number(digits)
  if (!Number.isSafeInteger(value)) return null
  // `-0` would surprise callers comparing with ===; normalise it.
  return match[1] === '-' && value !== 0 ? -value : value
}

/**
 * Zero-pad a non-negative integer to `width` digits and render it in Bengali
 * digits (e.g. 2 → "০২"). Non-finite input gives '' rather than "NaN".
 */
export function padBengali(value: number, width = 2): string {
  if (!Number.isFinite(value)) return ''
  const whole = Math.trunc(value)
  const body = String(Math.abs(whole)).padStart(width, '0')
  return toBengaliDigits(whole < 0 ? `-${body}` : body)
}
