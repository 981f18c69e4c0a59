import * as crypto from 'node:crypto'
import { describe, expect, it, vi } from 'vitest'
import { createAuth, login, loginCall, LOGIN_REFUSED, logout } from '../../../../src/newsroom/auth/login'
import { parseStoredHash, TEST_COST } from '../../../../src/newsroom/auth/passwords'
import { MINUTE, testClock, useDatabases } from './database'

// Every scrypt run is counted, to prove an unknown name costs the same work as a known one.
vi.mock('node:crypto', async (importOriginal) => {
  const original = await importOriginal<typeof crypto>()
  return { ...original, scrypt: vi.fn(original.scrypt) }
})
const scryptRuns = () => vi.mocked(crypto.scrypt).mock.calls.length

const databases = useDatabases()

async function setup() {
  const { pool } = await databases.fresh()
  const clock = testClock()
  const auth = createAuth(pool, { cost: TEST_COST, now: clock.now })
  const added = await auth.users.add({ name: 'রহিম', role: 'reporter', desk: 'নগর', password: 'সঠিক পাসওয়ার্ড' })
  if (!added.ok) throw new Error('setup')
  return { pool, clock, auth, rahim: added.value }
}

describe('login', () => {
  it('logs in with the right password: a session the server can resolve, and the user as others see them', async () => {
    const { auth, rahim } = await setup()
    const result = await login(auth, { user: 'রহিম', password: 'সঠিক পাসওয়ার্ড', client: 'app' }, '10.0.0.5')
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.user).toMatchObject({ id: rahim.id, name: 'রহিম', role: 'reporter', desk: 'নগর' })
    expect(result.value.token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(await auth.sessions.resolve(result.value.token)).toMatchObject({ id: rahim.id })
    // An app session lasts 30 days idle.
    expect(Date.parse(result.value.user.expiresAt) - Date.parse('2026-03-01T09:00:00Z')).toBe(30 * 24 * 60 * MINUTE)
  })

  it('answers an unknown name, a wrong password and a disabled user with the same words, after the same work', async () => {
    const { auth } = await setup()
    await auth.users.add({ name: 'বন্ধ', role: 'desk', password: 'তার পাসওয়ার্ড' })
    await auth.users.disable('বন্ধ')
    const answers = []
    for (const request of [
      { user: 'অচেনা', password: 'যা খুশি' },
      { user: 'রহিম', password: 'ভুল পাসওয়ার্ড' },
      { user: 'বন্ধ', password: 'তার পাসওয়ার্ড' }
    ]) {
      const before = scryptRuns()
      answers.push(await login(auth, request, '10.0.0.5'))
      expect(scryptRuns() - before, request.user).toBe(1)
    }
    expect(answers[0]).toEqual({ ok: false, code: 'unauthorized', message: LOGIN_REFUSED })
    expect(answers[1]).toEqual(answers[0])
    expect(answers[2]).toEqual(answers[0])
  })

  it('checks the throttle before the password: once limited, even the right password waits, and nothing is hashed', async () => {
    const { auth, clock } = await setup()
    for (let attempt = 0; attempt < 5; attempt++) {
      expect(await login(auth, { user: 'রহিম', password: `ভুল ${attempt}` }, `10.0.0.${attempt}`)).toMatchObject({ code: 'unauthorized' })
    }
    const before = scryptRuns()
    const limited = await login(auth, { user: 'রহিম', password: 'সঠিক পাসওয়ার্ড' }, '10.0.0.9')
    expect(limited).toMatchObject({ ok: false, code: 'rate-limited', details: { retryAfter: 15 * 60 } })
    expect(scryptRuns()).toBe(before)
    clock.advance(15 * MINUTE)
    const later = await login(auth, { user: 'রহিম', password: 'সঠিক পাসওয়ার্ড' }, '10.0.0.9')
    expect(later.ok).toBe(true)
  })

  it('forgives the failures once the right password is given', async () => {
    const { auth, pool } = await setup()
    for (let attempt = 0; attempt < 4; attempt++) await login(auth, { user: 'রহিম', password: 'ভুল' }, '10.0.0.1')
    expect((await login(auth, { user: 'রহিম', password: 'সঠিক পাসওয়ার্ড' }, '10.0.0.1')).ok).toBe(true)
    for (let attempt = 0; attempt < 4; attempt++) await login(auth, { user: 'রহিম', password: 'ভুল' }, '10.0.0.1')
    expect((await login(auth, { user: 'রহিম', password: 'সঠিক পাসওয়ার্ড' }, '10.0.0.1')).ok).toBe(true)
    const { rows } = await pool.query<{ count: string }>("SELECT count(*) FROM login_failures WHERE key LIKE 'name:%'")
    expect(rows[0]!.count).toBe('0')
  })

  it('takes SQL injection in the name and password as a failed login, and as a password it is just a password', async () => {
    const { auth, pool } = await setup()
    const attempts = [
      { user: "' OR '1'='1", password: "' OR '1'='1" },
      { user: "রহিম'--", password: 'x' },
      { user: 'রহিম', password: "' OR 1=1; --" },
      { user: "x'; DROP TABLE users; --", password: "'; DELETE FROM sessions; --" }
    ]
    for (const attempt of attempts) {
      expect(await login(auth, attempt, '10.9.9.9')).toEqual({ ok: false, code: 'unauthorized', message: LOGIN_REFUSED })
    }
    await auth.users.add({ name: 'tricky', role: 'chief', password: "' OR 1=1; DROP TABLE users; --" })
    expect((await login(auth, { user: 'tricky', password: "' OR 1=1; DROP TABLE users; --" }, '10.9.9.8')).ok).toBe(true)
    const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM users')
    expect(rows[0]!.count).toBe('2')
  })

  it('logout ends the session: the same token stolen earlier is refused afterwards', async () => {
    const { auth } = await setup()
    const result = await login(auth, { user: 'রহিম', password: 'সঠিক পাসওয়ার্ড' }, '10.0.0.5')
    if (!result.ok) throw new Error('login')
    const stolen = `${result.value.token}`
    await logout(auth, result.value.token)
    expect(await auth.sessions.resolve(stolen)).toBeUndefined()
    await logout(auth, result.value.token)
    await logout(auth, undefined)
  })

  it('stores a stronger hash at the next login after the cost was raised', async () => {
    const { pool } = await setup()
    const stronger = createAuth(pool, { cost: { N: 2 ** 11, r: 8, p: 1 } })
    expect((await login(stronger, { user: 'রহিম', password: 'সঠিক পাসওয়ার্ড' }, '10.0.0.5')).ok).toBe(true)
    const { rows } = await pool.query<{ password_hash: string }>('SELECT password_hash FROM users')
    expect(parseStoredHash(rows[0]!.password_hash)?.cost.N).toBe(2 ** 11)
    expect((await login(stronger, { user: 'রহিম', password: 'সঠিক পাসওয়ার্ড' }, '10.0.0.5')).ok).toBe(true)
  })

  it('answers auth.login as the contract has it: checked arguments, the token in the answer only for the app', async () => {
    const { auth } = await setup()
    const app = await loginCall(auth, { user: 'রহিম', password: 'সঠিক পাসওয়ার্ড', client: 'app' }, '10.0.0.5')
    expect(app.ok && app.value.result.token).toBe(app.ok && app.value.token)
    const browser = await loginCall(auth, { user: ' রহিম ', password: 'সঠিক পাসওয়ার্ড' }, '10.0.0.5')
    expect(browser.ok).toBe(true)
    if (!browser.ok) return
    expect(browser.value.result).not.toHaveProperty('token')
    expect(await auth.sessions.resolve(browser.value.token)).toMatchObject({ name: 'রহিম' })
    for (const bad of [
      null,
      'রহিম',
      {},
      { user: 'রহিম' },
      { user: 'রহিম', password: '' },
      { user: 'রহিম', password: 'x', role: 'chief' }
    ]) {
      expect(await loginCall(auth, bad, '10.0.0.5'), JSON.stringify(bad)).toMatchObject({ ok: false, code: 'bad-request' })
    }
    expect(await loginCall(auth, { user: 'রহিম', password: 'ভুল' }, '10.0.0.5')).toEqual({
      ok: false,
      code: 'unauthorized',
      message: LOGIN_REFUSED
    })
  })
})
