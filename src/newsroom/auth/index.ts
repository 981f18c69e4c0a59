/** The newsroom's logins: what the server and the `barta user` command use. */
export { createAuth, login, loginCall, logout, LOGIN_REFUSED, type AuthDeps, type AuthOptions, type LoginRequest } from './login'
export { DEFAULT_COST, hashPassword, verifyPassword, needsRehash, type ScryptCost } from './passwords'
export {
  Sessions,
  sessionCookie,
  clearedSessionCookie,
  tokenFromRequest,
  IDLE_LIMIT_MS,
  SESSION_COOKIE,
  type SessionClient
} from './sessions'
export { LoginThrottle, DEFAULT_LIMITS, type ThrottleLimits } from './throttle'
export { Users, toUserRef, canonicalName, type UserRecord, type NewUser } from './users'
