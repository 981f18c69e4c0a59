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

export { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../shared/csp'
