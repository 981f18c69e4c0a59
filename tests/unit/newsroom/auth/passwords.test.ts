import { describe, expect, it } from 'vitest'
import {
  DEFAULT_COST,
  EmptyPasswordError,
  hashPassword,
  needsRehash,
  parseStoredHash,
  TEST_COST,
  verifyPassword
} from '../../../../src/newsroom/auth/passwords'

const STORED_SHAPE = /^scrypt\$(\d+)\$(\d+)\$(\d+)\$([A-Za-z0-9+/]+=*)\$([A-Za-z0-9+/]+=*)$/

/** Replaces one part of a stored hash (1 N, 2 r, 3 p, 4 salt, 5 hash). */
function withPart(stored: string, index: number, value: string): string {
  const parts = stored.split('$')
  parts[index] = value
  return parts.join('$')
}

/** Flips one bit of a base64 value. */
function flipped(base64: string): string {
  const bytes = Buffer.from(base64, 'base64')
  bytes[0] = bytes[0]! ^ 1
  return bytes.toString('base64')
}

describe('passwords', () => {
  it('stores scrypt$N$r$p$salt$hash with a random salt of 16 bytes and verifies only the right password', async () => {
    const stored = await hashPassword('correct horse', TEST_COST)
    const match = STORED_SHAPE.exec(stored)
    expect(match).not.toBeNull()
    expect(match!.slice(1, 4).map(Number)).toEqual([TEST_COST.N, TEST_COST.r, TEST_COST.p])
    expect(Buffer.from(match![4]!, 'base64').length).toBeGreaterThanOrEqual(16)
    expect(Buffer.from(match![5]!, 'base64').length).toBe(32)
    expect(stored).not.toContain('correct horse')
    expect(await verifyPassword('correct horse', stored)).toBe(true)
    expect(await verifyPassword('correct horsE', stored)).toBe(false)
    expect(await verifyPassword('correct horse ', stored)).toBe(false)
    expect(await verifyPassword('', stored)).toBe(false)
  })

  it('salts every hash: the same password twice gives two different stored values, both verifying', async () => {
    const [first, second] = await Promise.all([hashPassword('একই পাসওয়ার্ড', TEST_COST), hashPassword('একই পাসওয়ার্ড', TEST_COST)])
    expect(first).not.toBe(second)
    expect(first.split('$')[4]).not.toBe(second.split('$')[4])
    expect(await verifyPassword('একই পাসওয়ার্ড', first)).toBe(true)
    expect(await verifyPassword('একই পাসওয়ার্ড', second)).toBe(true)
  })

  it('treats a Bengali password typed on two keyboards (composed or decomposed vowel signs) as one password', async () => {
    // «কোলকাতা» with ো as one code point (U+09CB) and as ে + া (U+09C7 U+09BE); «আয়না» with য় as U+09DF and as য + ়.
    const composed = 'ক\u09CBলকাতা-আ\u09DFনা'
    const decomposed = 'ক\u09C7\u09BEলকাতা-আ\u09AF\u09BCনা'
    expect(composed).not.toBe(decomposed)
    const stored = await hashPassword(composed, TEST_COST)
    expect(await verifyPassword(decomposed, stored)).toBe(true)
    expect(await verifyPassword(composed, stored)).toBe(true)
    // ZWNJ is part of the password, not noise: র‌্যাব with and without it are different passwords.
    const withZwnj = await hashPassword('র\u200C্যাব', TEST_COST)
    expect(await verifyPassword('র্যাব', withZwnj)).toBe(false)
    expect(await verifyPassword('কলকাতা-আয়না', stored)).toBe(false)
  })

  it('refuses an empty password', async () => {
    await expect(hashPassword('', TEST_COST)).rejects.toBeInstanceOf(EmptyPasswordError)
  })

  it('reads the parameters from the stored value, so hashes made with another cost still verify', async () => {
    const older = await hashPassword('পুরোনো', { N: 2 ** 11, r: 4, p: 2 })
    expect(parseStoredHash(older)?.cost).toEqual({ N: 2 ** 11, r: 4, p: 2 })
    expect(await verifyPassword('পুরোনো', older)).toBe(true)
    expect(needsRehash(older, DEFAULT_COST)).toBe(true)
    expect(needsRehash(older, { N: 2 ** 11, r: 4, p: 2 })).toBe(false)
  })

  it('says no to a tampered or malformed stored value instead of throwing or running away', async () => {
    const stored = await hashPassword('সঠিক', TEST_COST)
    const parts = stored.split('$')
    const tampered = [
      withPart(stored, 5, flipped(parts[5]!)),
      withPart(stored, 4, flipped(parts[4]!)),
      withPart(stored, 1, String(TEST_COST.N * 2)),
      withPart(stored, 2, '9'),
      // Out of bounds: would take gigabytes or minutes.
      withPart(stored, 1, String(2 ** 30)),
      withPart(stored, 3, '100000'),
      withPart(stored, 1, '1000'),
      withPart(stored, 4, 'AAAA'),
      withPart(stored, 0, 'bcrypt'),
      stored.replace(/\$[^$]*$/, ''),
      `${stored}$extra`,
      '',
      'scrypt$1024$8$1$!!!$???',
      "scrypt$1024$8$1$' OR 1=1 --$x"
    ]
    for (const value of tampered) {
      expect(await verifyPassword('সঠিক', value), value).toBe(false)
    }
    expect(await verifyPassword('সঠিক', stored)).toBe(true)
  })
})
