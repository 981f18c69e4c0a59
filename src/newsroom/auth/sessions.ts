import { createHash, randomBytes } from 'node:crypto'
import type { Pool } from 'pg'
import type { SessionUser } from '../../shared/newsroom'
import type { Role } from '../../shared/workflow'

/**
 * Sessions: a random 32-byte token goes to the client (an HttpOnly cookie for a browser, `Authorization: Bearer` for
 * the desktop app); the database keeps only its SHA-256, so a copy of the sessions table logs nobody in. A token is
 * high-entropy, so a plain (unsalted) hash is enough — unlike a password there is nothing to guess.
 */

export type SessionClient = 'browser' | 'app'

/**
 * Sliding expiry: a session ends after this long without a request, and every use pushes the end out again.
 * A browser on a shared newsroom machine ends after 12 hours idle (a shift and its overtime, not the next morning's
 * colleague); the desktop app is a reporter's own laptop that may sit offline on a trip, so it keeps its session
 * 30 days idle. Disabling a user or changing their password ends every session at once regardless.
 */
export const IDLE_LIMIT_MS: Readonly<Record<SessionClient, number>> = {
  browser: 12 * 60 * 60 * 1000,
  app: 30 * 24 * 60 * 60 * 1000
}

/** last_seen (and with it the expiry) is written at most once a minute per session: a busy client is not a write per request. */
export const TOUCH_INTERVAL_MS = 60 * 1000

export const SESSION_COOKIE = 'barta_session'

/** 32 bytes as base64url without padding: exactly 43 characters. */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{43}$/

export function newToken(): string {
  return randomBytes(32).toString('base64url')
}

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest()
}

export function isTokenShaped(token: unknown): token is string {
  return typeof token === 'string' && TOKEN_SHAPE.test(token)
}

interface SessionRow {
  client: SessionClient
  last_seen: Date
  expires_at: Date
  id: string
  name: string
  role: Role
  desk: string
  disabled: boolean
}

export class Sessions {
  private readonly now: () => number

  /** `now` is for tests that move the clock; every time written or compared comes from it, none from the database. */
  constructor(
    private readonly pool: Pool,
    options: { now?: () => number } = {}
  ) {
    this.now = options.now ?? Date.now
  }

  /** A new session for a user; the token is returned once and never stored. Expired sessions of the user are cleared. */
  async create(userId: string, client: SessionClient): Promise<{ token: string; expiresAt: string }> {
    const token = newToken()
    const now = new Date(this.now())
    const expiresAt = new Date(now.getTime() + IDLE_LIMIT_MS[client])
    await this.pool.query('DELETE FROM sessions WHERE user_id = $1 AND expires_at <= $2', [userId, now])
    await this.pool.query(
      'INSERT INTO sessions (token_hash, user_id, client, created_at, last_seen, expires_at) VALUES ($1, $2, $3, $4, $4, $5)',
      [hashToken(token), userId, client, now, expiresAt]
    )
    return { token, expiresAt: expiresAt.toISOString() }
  }

  /**
   * The user behind a token, or undefined when the token is unknown, revoked, expired or its user disabled — the caller
   * answers all of these alike ("log in again"). A live session's expiry slides forward (at most once a minute).
   */
  async resolve(token: string): Promise<SessionUser | undefined> {
    if (!isTokenShaped(token)) return undefined
    const tokenHash = hashToken(token)
    const now = new Date(this.now())
    const { rows } = await this.pool.query<SessionRow>(
      `SELECT s.client, s.last_seen, s.expires_at, u.id, u.name, u.role, u.desk, u.disabled
         FROM sessions s JOIN users u ON u.id = s.user_id
        WHERE s.token_hash = $1`,
      [tokenHash]
    )
    const row = rows[0]
    if (!row) return undefined
    if (row.expires_at.getTime() <= now.getTime()) {
      await this.pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash])
      return undefined
    }
    if (row.disabled) return undefined
    let expiresAt = row.expires_at
    if (now.getTime() - row.last_seen.getTime() >= TOUCH_INTERVAL_MS) {
      expiresAt = new Date(now.getTime() + IDLE_LIMIT_MS[row.client])
      // Guarded by expiry so a session revoked or expired meanwhile is not revived; no row updated means it is gone.
      const touched = await this.pool.query(
        'UPDATE sessions SET last_seen = $2, expires_at = $3 WHERE token_hash = $1 AND expires_at > $2',
        [tokenHash, now, expiresAt]
      )
      if (touched.rowCount === 0) return undefined
    }
    return { id: row.id, name: row.name, role: row.role, desk: row.desk, expiresAt: expiresAt.toISOString() }
  }

  /** Ends one session (logout). An unknown token is not an error: the session is gone either way. */
  async revoke(token: string): Promise<void> {
    if (!isTokenShaped(token)) return
    await this.pool.query('DELETE FROM sessions WHERE token_hash = $1', [hashToken(token)])
  }

  /** Ends every session of a user, or every one but `except`'s. Returns how many ended. */
  async revokeAll(userId: string, options: { except?: string } = {}): Promise<number> {
    const result =
      options.except === undefined
        ? await this.pool.query('DELETE FROM sessions WHERE user_id = $1', [userId])
        : await this.pool.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [userId, hashToken(options.except)])
    return result.rowCount ?? 0
  }
}

/**
 * The Set-Cookie value that gives a browser its session: HttpOnly (no script reads it), SameSite=Strict (no other site
 * sends it along), Path=/, and Secure when the server is reached over TLS. Max-Age defaults to the browser's idle limit;
 * the server may send the cookie again with the session's new expiry as it slides.
 */
export function sessionCookie(token: string, options: { secure: boolean; maxAgeSeconds?: number }): string {
  const maxAge = Math.max(0, Math.floor(options.maxAgeSeconds ?? IDLE_LIMIT_MS.browser / 1000))
  return `${SESSION_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/; Max-Age=${maxAge}${options.secure ? '; Secure' : ''}`
}

/** The Set-Cookie value that removes the session cookie (logout). */
export function clearedSessionCookie(options: { secure?: boolean } = {}): string {
  return `${SESSION_COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0${options.secure ? '; Secure' : ''}`
}

type Headers = Record<string, string | string[] | undefined>

function headerValues(headers: Headers, name: string): string[] {
  const value = headers[name] ?? Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1]
  return value === undefined ? [] : Array.isArray(value) ? value : [value]
}

/**
 * The session token a request carries: `Authorization: Bearer TOKEN` (the desktop app) or the barta_session cookie (a
 * browser). Anything not shaped like one of our tokens is ignored, so junk never reaches the database.
 */
export function tokenFromRequest(headers: Headers): string | undefined {
  for (const authorization of headerValues(headers, 'authorization')) {
    const match = /^Bearer[ ]+(\S+)\s*$/i.exec(authorization)
    if (match && isTokenShaped(match[1])) return match[1]
  }
  for (const cookieHeader of headerValues(headers, 'cookie')) {
    for (const pair of cookieHeader.split(';')) {
      const separator = pair.indexOf('=')
      if (separator < 0 || pair.slice(0, separator).trim() !== SESSION_COOKIE) continue
      const value = pair.slice(separator + 1).trim()
      if (isTokenShaped(value)) return value
    }
  }
  return undefined
}
