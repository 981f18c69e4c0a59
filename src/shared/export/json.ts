import { toBengaliDigits } from '../bangla/digits'
import { err, ok, type Result } from '../result'

/**
 * JSON in and out of files that cross the newsroom's walls. Reading: a size cap first, then a parse whose reviver drops
 * `__proto__`, `constructor` and `prototype` keys, so no later spread or merge can reach Object.prototype. Writing:
 * a fixed key order, two-space indent and a final newline, so equal values are always equal bytes.
 */

export const MAX_IMPORT_CHARS = 50 * 1024 * 1024

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export function parseUntrustedJson(text: unknown, limit: number = MAX_IMPORT_CHARS): Result<unknown> {
  if (typeof text !== 'string') return err('bad-request', 'ফাইলটি লেখা (টেক্সট) নয়।', 'The file is not text.')
  if (text.length > limit) {
    const mb = Math.round(limit / (1024 * 1024))
    return err(
      'too-large',
      `ফাইলটি ${toBengaliDigits(mb)} মেগাবাইটের বেশি বড়, নেওয়া যাবে না।`,
      `The file is larger than ${mb} MB and was refused.`,
      { limit }
    )
  }
  try {
    // A leading BOM is common in files saved by Windows tools and is not part of the JSON.
    const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
    return ok(JSON.parse(body, (key, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : value)))
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return err('bad-request', 'ফাইলটি বৈধ JSON নয়।', `The file is not valid JSON: ${detail}`)
  }
}

/**
 * Keys listed in `order` come first, in that order; all others follow alphabetically. Objects are rebuilt without a
 * prototype, so even a key spelled `__proto__` would be an ordinary key.
 */
function reorder(value: unknown, rank: ReadonlyMap<string, number>): unknown {
  if (Array.isArray(value)) return value.map((item) => reorder(item, rank))
  if (typeof value !== 'object' || value === null) return value
  const keys = Object.keys(value).sort((a, b) => {
    const ra = rank.get(a)
    const rb = rank.get(b)
    if (ra !== undefined || rb !== undefined) return (ra ?? Infinity) - (rb ?? Infinity)
    return a < b ? -1 : a > b ? 1 : 0
  })
  const out = Object.create(null) as Record<string, unknown>
  for (const key of keys) {
    const item = (value as Record<string, unknown>)[key]
    if (item !== undefined) out[key] = reorder(item, rank)
  }
  return out
}

export function stableStringify(value: unknown, order: readonly string[] = []): string {
  const rank = new Map(order.map((key, i) => [key, i] as const))
  return `${JSON.stringify(reorder(value, rank), null, 2)}\n`
}
