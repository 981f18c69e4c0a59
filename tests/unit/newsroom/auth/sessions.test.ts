import { createHash } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { TEST_COST } from '../../../../src/newsroom/auth/passwords'
import {
  clearedSessionCookie,
  IDLE_LIMIT_MS,
  sessionCookie,
  Sessions,
  tokenFromRequest,
  TOUCH_INTERVAL_MS
} from '../../../../src/newsroom/auth/sessions'
import { Users } from '../../../../src/newsroom/auth/users'
import { DAY, HOUR, MINUTE, testClock, useDatabases } from './database'

const databases = useDatabases()

async function setup() {
  const { pool } = await databases.fresh()
  const clock = testClock()
  const users = new Users(pool, { cost: TEST_COST })
  const added = await users.add({ name: 'রহিম', role: 'reporter', desk: 'নগর', password: 'পাস' })
  if (!added.ok) throw new Error('setup')
  return { pool, clock, users, user: added.value, sessions: new Sessions(pool, { now: clock.now }) }
}

describe('newsroom sessions', () => {
  it('gives a random 32-byte token and stores only its SHA-256', async () => {
    const { pool, sessions, user } = await setup()
    const { token, expiresAt } = await sessions.create(user.id, 'browser')
    const second = await sessions.create(user.id, 'browser')
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(Buffer.from(token, 'base64url')).toHaveLength(32)
    expect(second.token).not.toBe(token)
    const { rows } = await pool.query<Record<string, unknown>>('SELECT * FROM sessions')
    expect(rows).toHaveLength(2)
    const dump = JSON.stringify(
      rows.map((row) => Object.values(row).map((value) => (Buffer.isBuffer(value) ? value.toString('hex') : value)))
    )
    expect(dump).not.toContain(token)
    expect(dump).not.toContain(Buffer.from(token, 'base64url').toString('hex'))
    const hashes = rows.map((row) => (row.token_hash as Buffer).toString('hex'))
    expect(hashes).toContain(createHash('sha256').update(token).digest('hex'))
    expect(await sessions.resolve(token)).toEqual({ id: user.id, name: 'রহিম', role: 'reporter', desk: 'নগর', expiresAt })
  })

  it('ends a browser session after 12 hours idle and an app session after 30 days idle', async () => {
    const { sessions, user, clock } = await setup()
    const browser = await sessions.create(user.id, 'browser')
    const app = await sessions.create(user.id, 'app')
    clock.advance(12 * HOUR - MINUTE)
    expect(await sessions.resolve(browser.token)).toBeDefined()
    // That use slid the browser's end forward; now 12 hours pass with nothing.
    clock.advance(12 * HOUR)
    expect(await sessions.resolve(browser.token)).toBeUndefined()
    // Once expired it stays expired, even if the clock were wrong later.
    clock.advance(-12 * HOUR)
    expect(await sessions.resolve(browser.token)).toBeUndefined()
    clock.advance(12 * HOUR + 29 * DAY)
    expect(await sessions.resolve(app.token)).toBeDefined()
    clock.advance(30 * DAY)
    expect(await sessions.resolve(app.token)).toBeUndefined()
  })

  it('slides the expiry with use, writing last_seen at most once a minute', async () => {
    const { pool, sessions, user, clock } = await setup()
    const { token, expiresAt } = await sessions.create(user.id, 'browser')
    const lastSeen = async () => (await pool.query<{ last_seen: Date }>('SELECT last_seen FROM sessions')).rows[0]!.last_seen.getTime()
    const created = await lastSeen()
    clock.advance(TOUCH_INTERVAL_MS - 1000)
    expect((await sessions.resolve(token))?.expiresAt).toBe(expiresAt)
    expect(await lastSeen()).toBe(created)
    clock.advance(1000)
    const touched = await sessions.resolve(token)
    expect(await lastSeen()).toBe(created + TOUCH_INTERVAL_MS)
    expect(touched?.expiresAt).toBe(new Date(created + TOUCH_INTERVAL_MS + IDLE_LIMIT_MS.browser).toISOString())
    // A whole day of requests every few hours keeps it alive.
    for (let hour = 0; hour < 24; hour += 6) {
      clock.advance(6 * HOUR)
      expect(await sessions.resolve(token)).toBeDefined()
    }
  })

  it('refuses a revoked token: a token stolen before logout is worthless after it', async () => {
    const { sessions, user } = await setup()
    const mine = await sessions.create(user.id, 'app')
    const other = await sessions.create(user.id, 'browser')
    const stolen = mine.token
    await sessions.revoke(mine.token)
    expect(await sessions.resolve(stolen)).toBeUndefined()
    expect(await sessions.resolve(other.token)).toBeDefined()
    await sessions.revoke(mine.token)
    expect(await sessions.revokeAll(user.id)).toBe(1)
    expect(await sessions.resolve(other.token)).toBeUndefined()
  })

  it("refuses a disabled user's sessions", async () => {
    const { pool, sessions, user } = await setup()
    const { token } = await sessions.create(user.id, 'browser')
    // Disabled behind the Users API's back: resolve itself must check.
    await pool.query('UPDATE users SET disabled = true WHERE id = $1', [user.id])
    expect(await sessions.resolve(token)).toBeUndefined()
  })

  it('treats junk, SQL and near-miss tokens as no session', async () => {
    const { sessions, user } = await setup()
    const { token } = await sessions.create(user.id, 'browser')
    const nearMiss = (token[0] === 'A' ? 'B' : 'A') + token.slice(1)
    for (const junk of ['', 'x', "' OR 1=1 --", `${token}'; DELETE FROM sessions; --`, nearMiss, token.slice(0, 42), `${token}A`]) {
      expect(await sessions.resolve(junk), junk).toBeUndefined()
    }
    expect(await sessions.resolve(token)).toBeDefined()
  })
})

describe('session cookies and headers', () => {
  const token = 'A'.repeat(40) + '_-9'

  it('sends an HttpOnly SameSite=Strict cookie for the whole site, Secure over TLS, and clears it', () => {
    expect(sessionCookie(token, { secure: false })).toBe(`barta_session=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=43200`)
    expect(sessionCookie(token, { secure: true, maxAgeSeconds: 60 })).toBe(
      `barta_session=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=60; Secure`
    )
    expect(clearedSessionCookie()).toBe('barta_session=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0')
  })

  it('reads the token from Authorization: Bearer or from the cookie, and nothing else', () => {
    expect(tokenFromRequest({ authorization: `Bearer ${token}` })).toBe(token)
    expect(tokenFromRequest({ authorization: `bearer  ${token}` })).toBe(token)
    expect(tokenFromRequest({ cookie: `theme=dark; barta_session=${token}; lang=bn` })).toBe(token)
    expect(tokenFromRequest({ Cookie: `barta_session=${token}` })).toBe(token)
    expect(tokenFromRequest({ authorization: `Basic ${token}` })).toBeUndefined()
    expect(tokenFromRequest({ cookie: `not_barta_session=${token}` })).toBeUndefined()
    expect(tokenFromRequest({ cookie: "barta_session=' OR 1=1 --" })).toBeUndefined()
    expect(tokenFromRequest({ 'x-barta-session': token })).toBeUndefined()
    expect(tokenFromRequest({})).toBeUndefined()
  })
})
