/**
 * Errors are values at the contract boundary. Every call answers `Ok<T>` or `Err`; the UI shows `message.bn` first
 * and `message.en` beneath it. A stack trace never crosses the boundary.
 */
export interface LocalizedMessage {
  bn: string
  en: string
}

export type ErrorCode =
  | 'bad-request'
  | 'unknown-method'
  | 'not-found'
  | 'conflict'
  /** The text is approved or published and cannot be edited in place (src/shared/workflow.ts). */
  | 'locked'
  | 'storage'
  | 'unauthorized'
  | 'forbidden'
  | 'too-large'
  | 'internal'
  | 'unavailable'
  /** Too many failed logins: wait before trying again. */
  | 'rate-limited'
  /** Another person holds the story's edit lock (details.holder). */
  | 'held'
  /** The call needs the newsroom server (or a laptop connected to one). */
  | 'unsupported'

export interface Ok<T> {
  ok: true
  value: T
}

export interface Err {
  ok: false
  code: ErrorCode
  message: LocalizedMessage
  /** Machine-readable extras, e.g. the field path that failed validation or the stored revision on conflict. */
  details?: Record<string, unknown>
}

export type Result<T> = Ok<T> | Err

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value }
}

export function err(code: ErrorCode, bn: string, en: string, details?: Record<string, unknown>): Err {
  return details === undefined ? { ok: false, code, message: { bn, en } } : { ok: false, code, message: { bn, en }, details }
}

export function isErr(value: unknown): value is Err {
  return typeof value === 'object' && value !== null && (value as { ok?: unknown }).ok === false && 'code' in value
}
