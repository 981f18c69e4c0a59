import { createHash, timingSafeEqual } from 'node:crypto'

/** Compares a presented token with the expected one in constant time (hashing first makes the lengths equal). */
export function tokenMatches(presented: string | undefined, expected: string): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false
  const a = createHash('sha256').update(presented).digest()
  const b = createHash('sha256').update(expected).digest()
  return timingSafeEqual(a, b)
}

const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]']

/** The Host header must name this server on loopback: a page on another name (DNS rebinding) is refused. */
export function hostAllowed(hostHeader: string | undefined, port: number, extraNames: readonly string[] = []): boolean {
  if (!hostHeader) return false
  return [...LOOPBACK_NAMES, ...extraNames].some((name) => hostHeader === `${name}:${port}`)
}

/** A cross-site page may send requests but must not be served: Origin, when present, must be our own. */
export function originAllowed(originHeader: string | undefined, port: number, extraNames: readonly string[] = []): boolean {
  if (originHeader === undefined) return true
  return [...LOOPBACK_NAMES, ...extraNames].some((name) => originHeader === `http://${name}:${port}`)
}

export function isLoopback(hostname: string): boolean {
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '::1' || hostname === '[::1]'
}

/**
 * True when the JSON text nests arrays/objects deeper than `limit`. Checked on the raw bytes before parsing, because
 * validating a value nested tens of thousands deep would exhaust the stack; strings (and escapes in them) are skipped.
 */
export function jsonNestingExceeds(body: Uint8Array, limit: number): boolean {
  let depth = 0
  for (let i = 0; i < body.length; i++) {
    const byte = body[i]
    if (byte === 0x22) {
      // Jump to the closing quote (one that is not escaped by an odd run of backslashes); a photo's base64 is one string.
      let end = body.indexOf(0x22, i + 1)
      while (end !== -1) {
        let slashes = 0
        while (body[end - 1 - slashes] === 0x5c) slashes++
        if (slashes % 2 === 0) break
        end = body.indexOf(0x22, end + 1)
      }
      if (end === -1) return false
      i = end
    } else if (byte === 0x5b || byte === 0x7b) {
      if (++depth > limit) return true
    } else if (byte === 0x5d || byte === 0x7d) depth--
  }
  return false
}

export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../shared/csp'
