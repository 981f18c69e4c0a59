import { base64 } from '@scure/base'

/**
 * Base64 for media embedded in exports, from @scure/base (audited, no dependencies): src/shared may use neither Buffer
 * nor atob. Decoding is strict — only the canonical encoding (no whitespace, correct padding, zero spare bits) is
 * accepted, so decode → encode gives back the same text and an export stays byte-identical.
 */
export function encodeBase64(bytes: Uint8Array): string {
  return base64.encode(bytes)
}

/** Canonical base64 → bytes; null for anything else. */
export function decodeBase64(text: string): Uint8Array | null {
  if (typeof text !== 'string') return null
  try {
    return base64.decode(text)
  } catch {
    return null
  }
}
