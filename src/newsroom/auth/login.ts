import type { Pool } from 'pg'
import * as v from 'valibot'
import { loginArgsSchema, type LoginResult, type SessionUser } from '../../shared/newsroom'
import { err, ok, type Result } from '../../shared/result'
import { DEFAULT_COST, hashPassword, needsRehash, verifyPassword, type ScryptCost } from './passwords'
import { Sessions, type SessionClient } from './sessions'
import { LoginThrottle, type ThrottleLimits } from './throttle'
import { toUserRef, Users } from './users'

/** Everything a login touches; one per server (createAuth), or assembled by a test with its own clock. */
export interface AuthDeps {
  users: Users
  sessions: Sessions
  throttle: LoginThrottle
  /** The cost new hashes get; a stored hash made with less is replaced at the next successful login. */
  cost: ScryptCost
}

export interface AuthOptions {
  cost?: ScryptCost
  now?: () => number
  limits?: Partial<ThrottleLimits>
}

export function createAuth(pool: Pool, options: AuthOptions = {}): AuthDeps {
  const cost = options.cost ?? DEFAULT_COST
  // Made now, so that the first unknown name is not slower than the rest.
  dummyHash(cost).catch(() => undefined)
  return {
    users: new Users(pool, { cost }),
    sessions: new Sessions(pool, { now: options.now }),
    throttle: new LoginThrottle(pool, { now: options.now, limits: options.limits }),
    cost
  }
}

export interface LoginRequest {
  user: string
  password: string
  client?: SessionClient
}

/** One answer for an unknown name, a wrong password and a disabled user: a login must not tell which names exist. */
export const LOGIN_REFUSED = {
  bn: 'নাম বা পাসওয়ার্ড মেলেনি।',
  en: 'The name or password is not right.'
} as const

/**
 * A hash of nothing anyone knows, made once per cost: an unknown name is checked against it so that it takes as long
 * as a wrong password does, and the time does not tell which names exist.
 */
const dummyHashes = new Map<string, Promise<string>>()
function dummyHash(cost: ScryptCost): Promise<string> {
  const key = `${cost.N}/${cost.r}/${cost.p}`
  let hash = dummyHashes.get(key)
  if (!hash) {
    hash = hashPassword(`dummy-${Math.random()}-${Date.now()}`, cost)
    dummyHashes.set(key, hash)
  }
  return hash
}

/**
 * Logs a user in: the throttle first (before any password is checked), then the password, then a new session.
 * `address` is the client's address as the server saw it (never a header the client wrote).
 * The token goes to the caller: a browser gets it in sessionCookie(), the app in the answer.
 */
export async function login(
  deps: AuthDeps,
  request: LoginRequest,
  address: string | undefined
): Promise<Result<{ user: SessionUser; token: string }>> {
  const name = typeof request.user === 'string' ? request.user.slice(0, 200) : ''
  const password = typeof request.password === 'string' ? request.password : ''
  const attempt = await deps.throttle.begin(name, address)
  if (!attempt.ok) return attempt
  const user = await deps.users.withHashByName(name)
  // The dummy is verified for an unknown name so that the answer takes as long as for a known one.
  const matches = await verifyPassword(password, user?.passwordHash ?? (await dummyHash(deps.cost)))
  if (!user || !matches || user.disabled) return err('unauthorized', LOGIN_REFUSED.bn, LOGIN_REFUSED.en)
  await deps.throttle.succeeded(attempt.value)
  if (needsRehash(user.passwordHash, deps.cost)) await deps.users.rehash(user.id, password)
  const client: SessionClient = request.client === 'app' ? 'app' : 'browser'
  const session = await deps.sessions.create(user.id, client)
  return ok({ user: { ...toUserRef(user), expiresAt: session.expiresAt }, token: session.token })
}

/**
 * `auth.login` as the contract has it: the arguments checked against loginArgsSchema (a malformed request is a
 * bad-request, not a failed login), and the token in the answer only for the desktop app — a browser gets it only in
 * the HttpOnly cookie the server sets from `token`.
 */
export async function loginCall(
  deps: AuthDeps,
  args: unknown,
  address: string | undefined
): Promise<Result<{ result: LoginResult; token: string }>> {
  const parsed = v.safeParse(loginArgsSchema, args)
  if (!parsed.success) {
    return err('bad-request', 'লগইনের জন্য নাম আর পাসওয়ার্ড দিন।', 'To log in, give a user name and a password.')
  }
  const outcome = await login(deps, parsed.output, address)
  if (!outcome.ok) return outcome
  const { user, token } = outcome.value
  return ok({ result: parsed.output.client === 'app' ? { user, token } : { user }, token })
}

/** Ends the session the token belongs to; logging out twice, or with an unknown token, is not an error. */
export async function logout(deps: Pick<AuthDeps, 'sessions'>, token: string | undefined): Promise<void> {
  if (token !== undefined) await deps.sessions.revoke(token)
}
