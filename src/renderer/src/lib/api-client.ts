import type { BartaApi } from '../../../shared/api'
import { createHttpClient } from '../../../shared/http-client'

const TOKEN_KEY = 'barta.token'

/**
 * Inside Electron the preload provides window.barta (IPC). In the browser host the page was opened with ?token=…;
 * the token is kept in sessionStorage (so a reload works) and removed from the address bar.
 */
function browserHostClient(): BartaApi {
  const url = new URL(window.location.href)
  const fromUrl = url.searchParams.get('token')
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl)
    url.searchParams.delete('token')
    history.replaceState(null, '', url.pathname + url.search + url.hash)
  }
  const token = fromUrl ?? sessionStorage.getItem(TOKEN_KEY) ?? ''
  return createHttpClient({ baseUrl: window.location.origin, token, fetch: (input, init) => window.fetch(input, init) })
}

export const api: BartaApi = window.barta ?? browserHostClient()
