import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Handlers } from '../shared/api'
import { dispatch } from '../shared/dispatch'
import type { LoginResult, SessionUser } from '../shared/newsroom'
import { err, ok, type Err, type Result } from '../shared/result'
import { hostAllowed, isLoopback, jsonNestingExceeds } from '../server/security'
import { readBody, sendJson, sendRendererFile } from '../server/http-replies'
import { PortInUseError } from '../server/host'
import { clearedSessionCookie, IDLE_LIMIT_MS, sessionCookie, tokenFromRequest } from './auth'
import type { EventHub } from './events'

/** What the HTTP layer needs from the newsroom: logins, and the contract answered for one session's user. */
export interface NewsroomCore {
  login(args: unknown, address: string): Promise<Result<{ result: LoginResult; token: string }>>
  logout(token: string): Promise<void>
  /** The session behind a token, or undefined (unknown, expired, revoked, user disabled). */
  session(token: string): Promise<SessionUser | undefined>
  /** The contract for one request, with the session's user as the actor of everything. */
  handlersFor(user: SessionUser, address: string): Handlers
  /** Records a refused request (the honest record of forged moves and locked saves). */
  refused(entry: { user: SessionUser | null; address: string; method: string; args: unknown; error: Err }): Promise<void>
  appInfo(): { name: string; version: string }
}

export interface NewsroomServerOptions {
  core: NewsroomCore
  events: EventHub
  /** The built renderer; without it only the contract is served. */
  rendererDir?: string
  port: number
  /** Loopback by default; anything else should sit behind a TLS proxy (the CLI warns). */
  hostname?: string
  /** Cookies marked Secure: the server is reached over HTTPS (through a proxy). */
  secureCookies?: boolean
  maxBodyBytes?: number
  log?: (line: string) => void
}

export interface RunningNewsroom {
  server: Server
  port: number
  url: string
  close(): Promise<void>
}

const DEFAULT_MAX_BODY = 40 * 1024 * 1024
const MAX_JSON_DEPTH = 256
/** Answered without a session: the page must learn it is a newsroom, and log in. */
const PUBLIC_METHODS = new Set(['app.info', 'auth.login'])
/** Refusals worth keeping in the record (a conflict is ordinary work, not an attempt). */
const RECORDED_CODES = new Set(['forbidden', 'locked', 'held', 'unauthorized'])

/** The session token of a request: `Authorization: Bearer …` (the desktop app) or the HttpOnly cookie (browsers). */
export const presentedToken = (request: IncomingMessage): string | undefined => tokenFromRequest(request.headers)

/**
 * The cookie lives as long as the longest idle limit: the session behind it slides with use and is checked on every
 * request, so the cookie need not be sent again as the session is renewed.
 */
const COOKIE_MAX_AGE_SECONDS = Math.floor(IDLE_LIMIT_MS.app / 1000)

/** An API call's Origin, when a browser sends one, must be the address the page was served from (no cross-site calls). */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin
  if (origin === undefined) return true
  const host = request.headers.host
  return host !== undefined && (origin === `http://${host}` || origin === `https://${host}`)
}

const unauthorized = () =>
  err(
    'unauthorized',
    'প্রবেশ করা নেই বা প্রবেশের মেয়াদ শেষ; আবার প্রবেশ করুন।',
    'You are not logged in or your session has ended; please log in again.'
  )

/**
 * The newsroom server's HTTP face: the built renderer, the contract at POST /api/<method> for logged-in users, and the
 * live events at GET /events. Who is asking is always the session's user, looked up from the token on every request.
 */
export function startNewsroomServer(options: NewsroomServerOptions): Promise<RunningNewsroom> {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY
  const hostname = options.hostname ?? '127.0.0.1'
  const loopbackOnly = isLoopback(hostname)
  const secure = options.secureCookies ?? false
  const { core } = options
  let boundPort = options.port

  const address = (request: IncomingMessage) => request.socket.remoteAddress ?? 'unknown'

  const api = async (request: IncomingMessage, response: ServerResponse, method: string): Promise<void> => {
    if (request.method !== 'POST') return sendJson(response, 405, err('bad-request', 'এই পদ্ধতি সমর্থিত নয়।', 'Only POST is accepted here.'))
    if (!sameOrigin(request)) {
      return sendJson(
        response,
        403,
        err('forbidden', 'অন্য ঠিকানার পাতা থেকে অনুরোধ গ্রহণ করা হয় না।', 'Requests from other sites are not accepted.')
      )
    }
    const body = await readBody(request, maxBody)
    if (body === 'too-large') {
      response.setHeader('Connection', 'close')
      return sendJson(response, 413, err('too-large', 'অনুরোধটি খুব বড়; কিছুই বদলানো হয়নি।', 'The request is too large; nothing was changed.'))
    }
    if (jsonNestingExceeds(body, MAX_JSON_DEPTH)) {
      return sendJson(
        response,
        400,
        err('bad-request', 'অনুরোধটি অতিরিক্ত গভীরভাবে সাজানো; কিছুই বদলানো হয়নি।', 'The request is nested too deeply; nothing was changed.')
      )
    }
    let args: unknown
    try {
      args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
    } catch {
      return sendJson(response, 400, err('bad-request', 'অনুরোধটি পড়া যায়নি (JSON নয়)।', 'The request body is not valid JSON.'))
    }

    if (method === 'app.info') {
      const info = core.appInfo()
      return sendJson(response, 200, ok({ ...info, dataDir: '', transport: 'newsroom' }))
    }
    if (method === 'auth.login') {
      const outcome = await core.login(args, address(request))
      if (!outcome.ok) {
        await core.refused({ user: null, address: address(request), method, args: redactLogin(args), error: outcome })
        return sendJson(response, outcome.code === 'rate-limited' ? 429 : 200, outcome)
      }
      const { result, token } = outcome.value
      // The desktop app keeps the token (result.token); a browser only ever holds it in the HttpOnly cookie.
      const headers: Record<string, string> =
        result.token === undefined ? { 'Set-Cookie': sessionCookie(token, { secure, maxAgeSeconds: COOKIE_MAX_AGE_SECONDS }) } : {}
      return sendJson(response, 200, ok(result), headers)
    }

    const token = presentedToken(request)
    const user = token === undefined ? undefined : await core.session(token)
    if (user === undefined || token === undefined) {
      return sendJson(response, 401, unauthorized(), token === undefined ? {} : { 'Set-Cookie': clearedSessionCookie({ secure }) })
    }
    if (method === 'auth.logout') {
      await core.logout(token)
      return sendJson(response, 200, ok({ loggedOut: true }), { 'Set-Cookie': clearedSessionCookie({ secure }) })
    }
    if (method === 'auth.session') return sendJson(response, 200, ok(user))
    if (PUBLIC_METHODS.has(method)) return sendJson(response, 200, unauthorized())

    const result = await dispatch(core.handlersFor(user, address(request)), method, args, (error) =>
      options.log?.(`internal error in ${method}: ${String(error)}`)
    )
    if (!result.ok && RECORDED_CODES.has(result.code)) {
      await core.refused({ user, address: address(request), method, args, error: result }).catch(() => undefined)
    }
    return sendJson(response, 200, result)
  }

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${boundPort}`)
    // On loopback the Host must name this server (DNS rebinding); bound elsewhere, the proxy in front names it.
    if (loopbackOnly && !hostAllowed(request.headers.host, boundPort)) {
      return sendJson(
        response,
        403,
        err('forbidden', 'এই ঠিকানা থেকে অনুরোধ গ্রহণ করা হয় না।', 'Requests for this host name are not accepted.')
      )
    }
    if (url.pathname.startsWith('/api/')) {
      let method = ''
      try {
        method = decodeURIComponent(url.pathname.slice('/api/'.length))
      } catch {
        // A broken %-escape names no method; dispatch answers "unknown method".
      }
      return api(request, response, method)
    }
    if (url.pathname === '/events') {
      const token = presentedToken(request)
      const user = token === undefined ? undefined : await core.session(token)
      if (user === undefined) return sendJson(response, 401, unauthorized())
      const lastId = Number(request.headers['last-event-id'] ?? url.searchParams.get('after') ?? Number.NaN)
      return options.events.subscribe(user, request, response, Number.isInteger(lastId) && lastId >= 0 ? lastId : undefined)
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return sendJson(response, 405, err('bad-request', 'এই পদ্ধতি সমর্থিত নয়।', 'Method not allowed.'))
    }
    return sendRendererFile(request, response, options.rendererDir, url.pathname)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log?.(`request failed: ${String(error)}`)
      if (!response.headersSent) {
        sendJson(
          response,
          503,
          err(
            'unavailable',
            'সার্ভারে এখন একটি সমস্যা হচ্ছে; কিছুক্ষণ পরে আবার চেষ্টা করুন।',
            'The server has a problem right now; please try again shortly.'
          )
        )
      } else response.destroy()
    })
  })

  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(options.port) : error))
    server.listen(options.port, hostname, () => {
      boundPort = (server.address() as AddressInfo).port
      const shownHost = loopbackOnly ? '127.0.0.1' : hostname.includes(':') ? `[${hostname}]` : hostname
      resolve({
        server,
        port: boundPort,
        url: `http://${shownHost}:${boundPort}/`,
        close: () =>
          new Promise<void>((done) => {
            options.events.closeAll()
            server.close(() => done())
            server.closeAllConnections()
          })
      })
    })
  })
}

/** A refused login is recorded by name and address; the password never reaches the record. */
function redactLogin(args: unknown): unknown {
  if (typeof args !== 'object' || args === null) return {}
  const user = (args as { user?: unknown }).user
  return { user: typeof user === 'string' ? user.slice(0, 64) : undefined }
}
