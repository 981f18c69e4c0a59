import type { BartaApi, Method } from '../../../shared/api'
import { createHttpClient } from '../../../shared/http-client'
import type { Err } from '../../../shared/result'
import { TOKEN_HEADER } from '../../../shared/transport-names'

const TOKEN_KEY = 'barta.token'

/** Calls that speak about the session itself: their `unauthorized` is an answer, not an expired session. */
const SESSION_CALLS: ReadonlySet<Method> = new Set<Method>(['app.info', 'auth.login', 'auth.logout', 'auth.session'])

/**
 * The newsroom server's session is an HttpOnly cookie: the page holds no token. When a call is refused as
 * `unauthorized` (the session expired), the handler shows the login screen and resolves once someone has logged in
 * again; the call is then sent once more, so a save waiting behind it keeps its text and lands after the login.
 */
let onExpired: ((refusal: Err) => Promise<void>) | null = null
export function whenSessionExpires(handler: (refusal: Err) => Promise<void>): void {
  onExpired = handler
}

/** Set once app.info has said the page came from a newsroom server: from then on no token header is ever sent. */
let newsroom = false
export function useNewsroomTransport(): void {
  newsroom = true
}

/**
 * Inside Electron the preload provides window.barta (IPC). In the browser host the page was opened with ?token=…;
 * the token is kept in sessionStorage (so a reload works) and removed from the address bar. A page from the newsroom
 * server has no token: it sends the session cookie (same origin) and nothing else.
 */
function browserClient(): BartaApi {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    history.replaceState(null, '', url.pathname + url.search + url.hash)
  }
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? ''
  const http = createHttpClient({
    baseUrl: window.location.origin,
    token,
    fetch: (input, init) => {
      const headers = { ...init.headers }
      if (newsroom || token === '') delete headers[TOKEN_HEADER]
      return window.fetch(input, { ...init, headers, credentials: 'same-origin' })
    }
  })
  return {
    async call(method, args) {
      const result = await http.call(method, args)
      if (result.ok || result.code !== 'unauthorized' || !newsroom || SESSION_CALLS.has(method) || !onExpired) return result
      await onExpired(result)
      return http.call(method, args)
    }
  }
}

export const api: BartaApi = window.barta ?? browserClient()
