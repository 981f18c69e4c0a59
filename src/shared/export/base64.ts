/**
 * Base64 for media embedded in exports, written here because src/shared may use neither Buffer nor atob (atob also
 * needs a binary string, which costs twice the memory for a 20 MB photo). Decoding is strict: only the canonical
 * encoding is accepted, so decode → encode gives back the same text and an export stays byte-identical.
 */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const ENCODE = new Uint8Array(64)
const DECODE = new Uint8Array(256).fill(255)
for (let i = 0; i < 64; i++) {
  const code = ALPHABET.charCodeAt(i)
  ENCODE[i] = code
  DECODE[code] = i
}
const PAD = 61 // '='

// TextDecoder exists in every runtime we ship to (Node, Electron, browsers) and is far faster for long strings.
const utf8 = typeof TextDecoder === 'function' ? new TextDecoder() : null

function asciiToString(codes: Uint8Array): string {
  if (utf8) return utf8.decode(codes) // the codes are all ASCII, so UTF-8 decoding is exact
  let out = ''
  // fromCharCode.apply has an argument-count limit; go in slices.
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode.apply(null, Array.from(codes.subarray(i, i + 8192)))
  return out
}

export function encodeBase64(bytes: Uint8Array): string {
  const n = bytes.length
  const out = new Uint8Array(Math.ceil(n / 3) * 4)
  let o = 0
  let i = 0
  for (; i + 2 < n; i += 3) {
    const v = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0)
    out[o++] = ENCODE[v >>> 18] ?? 0
    out[o++] = ENCODE[(v >>> 12) & 63] ?? 0
    out[o++] = ENCODE[(v >>> 6) & 63] ?? 0
    out[o++] = ENCODE[v & 63] ?? 0
  }
  if (i < n) {
    const b0 = bytes[i] ?? 0
    const b1 = i + 1 < n ? (bytes[i + 1] ?? 0) : 0
    out[o] = ENCODE[b0 >>> 2] ?? 0
    out[o + 1] = ENCODE[((b0 & 3) << 4) | (b1 >>> 4)] ?? 0
    out[o + 2] = i + 1 < n ? (ENCODE[(b1 & 15) << 2] ?? 0) : PAD
    out[o + 3] = PAD
  }
  return asciiToString(out)
}

/** Canonical base64 (no whitespace, correct padding, zero spare bits) → bytes; null for anything else. */
export function decodeBase64(text: string): Uint8Array | null {
  if (typeof text !== 'string' || text.length % 4 !== 0) return null
  const pads = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  const out = new Uint8Array((text.length / 4) * 3 - pads)
  let o = 0
  const full = text.length - (pads > 0 ? 4 : 0)
  for (let i = 0; i < full; i += 4) {
    const a = DECODE[text.charCodeAt(i)] ?? 255
    const b = DECODE[text.charCodeAt(i + 1)] ?? 255
    const c = DECODE[text.charCodeAt(i + 2)] ?? 255
    const d = DECODE[text.charCodeAt(i + 3)] ?? 255
    if ((a | b | c | d) > 63) return null
    const v = (a << 18) | (b << 12) | (c << 6) | d
    out[o++] = v >>> 16
    out[o++] = (v >>> 8) & 255
    out[o++] = v & 255
  }
  if (pads > 0) {
    const a = DECODE[text.charCodeAt(full)] ?? 255
    const b = DECODE[text.charCodeAt(full + 1)] ?? 255
    const c = pads === 1 ? (DECODE[text.charCodeAt(full + 2)] ?? 255) : 0
    if ((a | b | c) > 63) return null
    // Spare bits must be zero, or two different texts would decode to the same bytes.
    if (pads === 2 ? (b & 15) !== 0 : (c & 3) !== 0) return null
    out[o] = (a << 2) | (b >>> 4)
    if (pads === 1) out[o + 1] = ((b & 15) << 4) | (c >>> 2)
  }
  return out
}
