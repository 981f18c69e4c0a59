import type { ParsedArgsOf, ValueOf } from '../../shared/api'
import { err, type Result } from '../../shared/result'

/** The three server calls the laptop's link makes. */
export type LinkMethod = 'auth.login' | 'sync.push' | 'sync.pull'

/**
 * How the link reaches a newsroom server: one call, answered with a Result. An unreachable server (refused, reset,
 * timed out, an answer that is not ours) is `unavailable`; a token the server no longer accepts is `unauthorized`.
 * A seam, so the tests can put an in-memory server double behind it.
 */
export type NewsroomTransport = <M extends LinkMethod>(
  method: M,
  args: ParsedArgsOf<M>,
  token: string | null
) => Promise<Result<ValueOf<M>>>

export const unreachable = () =>
  err(
    'unavailable',
    'নিউজরুমের সার্ভারে পৌঁছানো যাচ্ছে না; পরিবর্তনগুলো এই কম্পিউটারে রাখা আছে, সংযোগ ফিরলে পাঠানো হবে।',
    'The newsroom server cannot be reached; your changes are kept on this computer and will be sent when it is back.'
  )

export const loginAgain = () =>
  err(
    'unauthorized',
    'আবার প্রবেশ করুন: নিউজরুমের সার্ভার এই প্রবেশ আর মানছে না। আপনার পরিবর্তনগুলো এই কম্পিউটারে রাখা আছে।',
    'Log in again: the newsroom server no longer accepts this login. Your changes are kept on this computer.'
  )

/** Long enough for a slow newsroom network, short enough that a hung connection does not stall the outbox for long. */
const REQUEST_TIMEOUT_MS = 30_000

function isResult(value: unknown): value is Result<never> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean'
}

/**
 * The contract over HTTP to a newsroom server (POST /api/<method>, JSON), as the desktop app speaks it: the session
 * token as `Authorization: Bearer`, never a cookie.
 */
export function httpTransport(serverUrl: string, fetchImpl: typeof fetch = fetch): NewsroomTransport {
  const base = serverUrl.replace(/\/+$/, '')
  return async (method, args, token) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' }
    if (token) headers.authorization = `Bearer ${token}`
    let status: number
    let body: unknown
    try {
      const response = await fetchImpl(`${base}/api/${encodeURIComponent(method)}`, {
        method: 'POST',
        headers,
        body: JSON.stringify(args),
        signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS)
      })
      status = response.status
      body = await response.json().catch(() => undefined)
    } catch {
      return unreachable()
    }
    if (status === 401) return isResult(body) && !body.ok ? { ...body, code: 'unauthorized' } : loginAgain()
    if (!isResult(body)) return unreachable()
    return body
  }
}
