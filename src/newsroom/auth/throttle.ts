import { isIPv4, isIPv6 } from 'node:net'
import type { Pool } from 'pg'
import { toBengaliDigits } from '../../shared/bangla/digits'
import { err, ok, type Err, type Result } from '../../shared/result'
import { inTransaction } from '../db/pool'

/**
 * Failed logins are limited per user name and per client address (the login_failures table). The name limit stops
 * guessing one person's password from many machines; the address limit stops one machine guessing many names. A
 * newsroom office often reaches the server from one address, so its limit is higher.
 */
export interface ThrottleLimits {
  /** Failed logins for one name within the window; the next attempt is refused until the oldest of them ages out. */
  perName: number
  /** Failed logins from one address within the window. */
  perAddress: number
  windowMs: number
}

export const DEFAULT_LIMITS: ThrottleLimits = { perName: 5, perAddress: 20, windowMs: 15 * 60 * 1000 }

/** Advisory lock classes (two-integer form), one per kind of key, always taken name first: no two logins deadlock. */
const LOCK_NAME = 47_112_031
const LOCK_ADDRESS = 47_112_032

/** Rows older than the window are removed, at most once a minute per server. */
const PRUNE_INTERVAL_MS = 60 * 1000

/**
 * One login attempt under way. It is counted as a failure from the moment it starts — so fifty requests sent at once
 * cannot all slip past the check before any of them has failed — and `succeeded` takes it back.
 */
export interface LoginAttempt {
  nameKey: string
  addressKey: string
  /** The physical row ids of this attempt's two rows (ctid: stable for a row that is never updated). */
  rowIds: string[]
}

export function nameKey(name: string): string {
  return `name:${name.normalize('NFC')}`
}

/**
 * The address a limit applies to. IPv4-mapped IPv6 is the IPv4 address; any other IPv6 address counts by its /64
 * network, since one machine is usually given a whole /64 and could otherwise change address per guess.
 */
export function addressKey(address: string | undefined): string {
  const plain = (address ?? '').trim().toLowerCase().replace(/%.*$/, '')
  if (plain === '') return 'addr:unknown'
  if (plain.startsWith('::ffff:') && isIPv4(plain.slice(7))) return `addr:${plain.slice(7)}`
  if (isIPv6(plain)) return `addr:${ipv6Network64(plain)}/64`
  return `addr:${plain.slice(0, 100)}`
}

/** The first four groups of an IPv6 address, each without leading zeros. */
function ipv6Network64(address: string): string {
  const [head = '', tail] = address.split('::')
  const headGroups = head === '' ? [] : head.split(':')
  const groups = tail === undefined ? headGroups : [...headGroups, ...Array(8).fill('0')]
  return groups
    .slice(0, 4)
    .map((group) => (/^[0-9a-f]{1,4}$/.test(group) ? group.replace(/^0+(?=.)/, '') : '0'))
    .join(':')
}

function rateLimited(retryAfterSeconds: number): Err {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60))
  return err(
    'rate-limited',
    `অনেকবার ভুল লগইন হয়েছে। ${toBengaliDigits(minutes)} মিনিট পরে আবার চেষ্টা করুন।`,
    `Too many failed logins. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
    { retryAfter: retryAfterSeconds }
  )
}

export class LoginThrottle {
  private readonly now: () => number
  private readonly limits: ThrottleLimits
  private lastPrune = -Infinity

  constructor(
    private readonly pool: Pool,
    options: { now?: () => number; limits?: Partial<ThrottleLimits> } = {}
  ) {
    this.now = options.now ?? Date.now
    this.limits = { ...DEFAULT_LIMITS, ...options.limits }
  }

  /**
   * Checks both limits and, when neither is reached, records this attempt as a failure until `succeeded` says
   * otherwise. Refused: `rate-limited` with `details.retryAfter` in seconds (for a Retry-After header) and nothing
   * recorded, so hammering a locked name does not lock it longer.
   */
  async begin(name: string, address: string | undefined): Promise<Result<LoginAttempt>> {
    await this.pruneNowAndThen()
    const keys = { name: nameKey(name), address: addressKey(address) }
    const now = this.now()
    const windowStart = new Date(now - this.limits.windowMs)
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_NAME, keys.name])
      await client.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [LOCK_ADDRESS, keys.address])
      let retryAfter = 0
      for (const [key, limit] of [
        [keys.name, this.limits.perName],
        [keys.address, this.limits.perAddress]
      ] as const) {
        // The limit-th newest failure in the window: while it exists the limit is reached, and it ages out first.
        const { rows } = await client.query<{ at: Date }>(
          'SELECT at FROM login_failures WHERE key = $1 AND at > $2 ORDER BY at DESC OFFSET $3 LIMIT 1',
          [key, windowStart, limit - 1]
        )
        if (rows[0]) retryAfter = Math.max(retryAfter, Math.ceil((rows[0].at.getTime() + this.limits.windowMs - now) / 1000))
      }
      if (retryAfter > 0) return rateLimited(retryAfter)
      const { rows } = await client.query<{ row_id: string }>(
        'INSERT INTO login_failures (key, at) VALUES ($1, $3), ($2, $3) RETURNING ctid::text AS row_id',
        [keys.name, keys.address, new Date(now)]
      )
      return ok({ nameKey: keys.name, addressKey: keys.address, rowIds: rows.map((row) => row.row_id) })
    })
  }

  /** A login succeeded: the name's failures are forgiven, and this attempt no longer counts against its address. */
  async succeeded(attempt: LoginAttempt): Promise<void> {
    await this.pool.query('DELETE FROM login_failures WHERE key = $1 OR (key = $2 AND ctid = ANY($3::tid[]))', [
      attempt.nameKey,
      attempt.addressKey,
      attempt.rowIds
    ])
  }

  /** Removes rows older than the window (they no longer count). */
  async prune(): Promise<void> {
    this.lastPrune = this.now()
    await this.pool.query('DELETE FROM login_failures WHERE at <= $1', [new Date(this.now() - this.limits.windowMs)])
  }

  private async pruneNowAndThen(): Promise<void> {
    if (this.now() - this.lastPrune >= PRUNE_INTERVAL_MS) await this.prune()
  }
}
