import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto'

/**
 * Password hashing with scrypt (node:crypto), one random salt per hash. The stored form carries its own parameters —
 * `scrypt$N$r$p$<salt base64>$<hash base64>` — so the cost can be raised later: old hashes still verify with the
 * parameters they were made with, and `needsRehash` tells the login to store a stronger one.
 */

export interface ScryptCost {
  /** CPU/memory cost, a power of two. */
  N: number
  /** Block size. */
  r: number
  /** Parallelism. */
  p: number
}

/**
 * OWASP's scrypt equivalents (2^17/8/1 … 2^13/8/10) all cost about the same; 2^15/8/3 needs 32 MiB per hash instead of
 * 128 MiB, which matters when a morning's logins arrive together. ~100–300 ms on a loaded 2-core machine.
 */
export const DEFAULT_COST: ScryptCost = { N: 2 ** 15, r: 8, p: 3 }

/** For tests only: fast, and still a real scrypt with the same stored form. */
export const TEST_COST: ScryptCost = { N: 2 ** 10, r: 8, p: 1 }

const SALT_BYTES = 16
const HASH_BYTES = 32

/**
 * Limits on parameters read back from the database: a tampered row must not make one login take minutes or gigabytes.
 * They allow raising the default cost 16-fold.
 */
const MAX_N = 2 ** 20
const MAX_R = 32
const MAX_P = 64
const MAX_MEMORY = 1024 * 1024 * 1024

export class EmptyPasswordError extends Error {
  constructor() {
    super('a password must not be empty')
  }
}

/**
 * One canonical form of the password: NFC, so «ক্ষ» typed with one keyboard layout and another (different sequences of
 * code points for the same letters) is the same password. Nothing else is changed — spaces and ZWJ/ZWNJ are kept.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFC')
}

function derive(password: string, salt: Buffer, length: number, cost: ScryptCost): Promise<Buffer> {
  // Node's default maxmem (32 MiB) is exactly 128·N·r for the default cost and scrypt needs a little more.
  const options: ScryptOptions = { N: cost.N, r: cost.r, p: cost.p, maxmem: 128 * cost.N * cost.r * 2 + 1024 * 1024 }
  return new Promise((resolve, reject) => {
    scrypt(normalizePassword(password), salt, length, options, (error, key) => (error ? reject(error) : resolve(key)))
  })
}

/** The stored form of a new password. Throws EmptyPasswordError for ''. */
export async function hashPassword(password: string, cost: ScryptCost = DEFAULT_COST): Promise<string> {
  if (password.length === 0) throw new EmptyPasswordError()
  const salt = randomBytes(SALT_BYTES)
  const hash = await derive(password, salt, HASH_BYTES, cost)
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), hash.toString('base64')].join('$')
}

interface StoredHash {
  cost: ScryptCost
  salt: Buffer
  hash: Buffer
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/
const DECIMAL = /^[1-9][0-9]{0,9}$/

/** The parts of a stored hash, or undefined when it is not one we made (or was tampered with out of bounds). */
export function parseStoredHash(stored: string): StoredHash | undefined {
  const parts = stored.split('$')
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined
  const [, nText, rText, pText, saltText, hashText] = parts as [string, string, string, string, string, string]
  if (![nText, rText, pText].every((part) => DECIMAL.test(part))) return undefined
  if (!BASE64.test(saltText) || !BASE64.test(hashText)) return undefined
  const cost = { N: Number(nText), r: Number(rText), p: Number(pText) }
  const powerOfTwo = cost.N > 1 && (cost.N & (cost.N - 1)) === 0
  if (!powerOfTwo || cost.N > MAX_N || cost.r > MAX_R || cost.p > MAX_P || 128 * cost.N * cost.r > MAX_MEMORY) return undefined
  const salt = Buffer.from(saltText, 'base64')
  const hash = Buffer.from(hashText, 'base64')
  if (salt.length < SALT_BYTES || hash.length < 16 || hash.length > 64) return undefined
  return { cost, salt, hash }
}

/**
 * Whether `password` is the one `stored` was made from. Any malformed or tampered stored value is simply "no" (the
 * caller's message is the same for every failed login). The comparison takes the same time wherever the bytes differ.
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parseStoredHash(stored)
  if (!parsed || password.length === 0) return false
  const candidate = await derive(password, parsed.salt, parsed.hash.length, parsed.cost)
  return timingSafeEqual(candidate, parsed.hash)
}

/** True when `stored` was made with weaker parameters than `cost` (the login then stores a new hash). */
export function needsRehash(stored: string, cost: ScryptCost = DEFAULT_COST): boolean {
  const parsed = parseStoredHash(stored)
  if (!parsed) return true
  const { N, r, p } = parsed.cost
  return N * r * p < cost.N * cost.r * cost.p || N < cost.N
}
