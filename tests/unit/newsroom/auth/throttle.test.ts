import { describe, expect, it } from 'vitest'
import { addressKey, LoginThrottle, type LoginAttempt } from '../../../../src/newsroom/auth/throttle'
import type { Result } from '../../../../src/shared/result'
import { MINUTE, testClock, useDatabases } from './database'

const databases = useDatabases()

async function setup() {
  const { pool } = await databases.fresh()
  const clock = testClock()
  return { pool, clock, throttle: new LoginThrottle(pool, { now: clock.now }) }
}

function expectAllowed(result: Result<LoginAttempt>): LoginAttempt {
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true })
  if (!result.ok) throw new Error('refused')
  return result.value
}

function retryAfter(result: Result<LoginAttempt>): number {
  expect(result).toMatchObject({ ok: false, code: 'rate-limited' })
  return result.ok ? NaN : (result.details?.retryAfter as number)
}

describe('the login throttle', () => {
  it('refuses a name after 5 failures in 15 minutes — from any address — until the oldest ages out', async () => {
    const { throttle, clock } = await setup()
    for (let attempt = 0; attempt < 5; attempt++) {
      expectAllowed(await throttle.begin('রহিম', `10.0.0.${attempt + 1}`))
      clock.advance(MINUTE)
    }
    const refused = await throttle.begin('রহিম', '10.0.0.99')
    // The first failure was 5 minutes ago: it leaves the window in 10 minutes.
    expect(retryAfter(refused)).toBe(10 * 60)
    if (!refused.ok) {
      expect(refused.message.bn).toContain('১০ মিনিট পরে')
      expect(refused.message.en).toContain('10 minutes')
      expect(refused.message.bn.length).toBeGreaterThan(0)
    }
    // Another name from the same addresses is not affected.
    expectAllowed(await throttle.begin('করিম', '10.0.0.1'))
    // Refused attempts are not counted: hammering does not push the end further.
    for (let attempt = 0; attempt < 10; attempt++) retryAfter(await throttle.begin('রহিম', '10.0.0.99'))
    clock.advance(10 * MINUTE - 1000)
    expect(retryAfter(await throttle.begin('রহিম', '10.0.0.99'))).toBe(1)
    clock.advance(1000)
    expectAllowed(await throttle.begin('রহিম', '10.0.0.99'))
  })

  it('refuses an address after 20 failures in 15 minutes, whatever the names', async () => {
    const { throttle, clock } = await setup()
    for (let attempt = 0; attempt < 20; attempt++) expectAllowed(await throttle.begin(`user${attempt}`, '203.0.113.7'))
    expect(retryAfter(await throttle.begin('fresh-name', '203.0.113.7'))).toBe(15 * 60)
    // The same address written as IPv4-mapped IPv6 is the same address.
    retryAfter(await throttle.begin('fresh-name', '::ffff:203.0.113.7'))
    expectAllowed(await throttle.begin('fresh-name', '203.0.113.8'))
    clock.advance(15 * MINUTE)
    expectAllowed(await throttle.begin('fresh-name', '203.0.113.7'))
  })

  it('counts IPv6 addresses by their /64, so changing the last bits does not buy more guesses', async () => {
    const { throttle } = await setup()
    for (let attempt = 0; attempt < 20; attempt++)
      expectAllowed(await throttle.begin(`u${attempt}`, `2001:db8:0:1::${attempt.toString(16)}`))
    retryAfter(await throttle.begin('other', '2001:0db8:0000:0001:ffff::1'))
    expectAllowed(await throttle.begin('other', '2001:db8:0:2::1'))
    expect(addressKey('2001:db8:0:1:1:2:3:4')).toBe(addressKey('2001:db8:0:1::'))
    expect(addressKey('::1')).toBe('addr:0:0:0:0/64')
    expect(addressKey('fe80::1%eth0')).toBe(addressKey('fe80::2'))
    expect(addressKey(undefined)).toBe('addr:unknown')
  })

  it('forgives a name its failures when a login succeeds, and takes that attempt off its address', async () => {
    const { throttle, pool } = await setup()
    for (let attempt = 0; attempt < 4; attempt++) expectAllowed(await throttle.begin('রহিম', '10.0.0.1'))
    await throttle.succeeded(expectAllowed(await throttle.begin('রহিম', '10.0.0.1')))
    for (let attempt = 0; attempt < 5; attempt++) expectAllowed(await throttle.begin('রহিম', '10.0.0.2'))
    retryAfter(await throttle.begin('রহিম', '10.0.0.2'))
    const { rows } = await pool.query<{ key: string; count: string }>('SELECT key, count(*) FROM login_failures GROUP BY key ORDER BY key')
    // 10.0.0.1 keeps its four failures (a success for one name does not forgive an address guessing others).
    expect(rows.map((row) => [row.key, Number(row.count)])).toEqual([
      ['addr:10.0.0.1', 4],
      ['addr:10.0.0.2', 5],
      ['name:রহিম', 5]
    ])
  })

  it('counts attempts under way: many sent at once get no more than the limit through', async () => {
    const { throttle } = await setup()
    const results = await Promise.all(Array.from({ length: 12 }, (_, index) => throttle.begin('রহিম', `10.1.0.${index}`)))
    expect(results.filter((result) => result.ok)).toHaveLength(5)
    expect(results.filter((result) => !result.ok && result.code === 'rate-limited')).toHaveLength(7)
  })

  it('removes rows older than the window', async () => {
    const { throttle, clock, pool } = await setup()
    for (let attempt = 0; attempt < 3; attempt++) expectAllowed(await throttle.begin('old', '10.0.0.1'))
    clock.advance(16 * MINUTE)
    expectAllowed(await throttle.begin('new', '10.0.0.2'))
    const { rows } = await pool.query<{ key: string }>('SELECT key FROM login_failures ORDER BY key')
    expect(rows.map((row) => row.key)).toEqual(['addr:10.0.0.2', 'name:new'])
  })

  it('keeps SQL in a name or address as plain data', async () => {
    const { throttle, pool } = await setup()
    expectAllowed(await throttle.begin("x'; DELETE FROM login_failures; --", "1.2.3.4'; DROP TABLE users; --"))
    expectAllowed(await throttle.begin('y', '1.2.3.5'))
    const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM login_failures')
    expect(rows[0]!.count).toBe('4')
    await pool.query('SELECT 1 FROM users LIMIT 1')
  })
})
