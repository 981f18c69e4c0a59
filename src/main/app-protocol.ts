import { protocol } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import { readStaticFile } from '../core/static-files'

/**
 * The renderer is loaded from barta://app/ rather than file://: a file:// page may read any local file the process can,
 * while this scheme serves only the built renderer folder, with our CSP and nosniff headers on every response.
 */
export const APP_SCHEME = 'barta'
export const APP_ORIGIN = `${APP_SCHEME}://app`

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } }
  ])
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    const file = url.host === 'app' ? await readStaticFile(rendererDir, url.pathname) : undefined
    if (!file) return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain' } })
    return new Response(new Uint8Array(file.body), {
      headers: {
        'Content-Type': file.contentType,
        'Content-Security-Policy': CONTENT_SECURITY_POLICY,
        'X-Content-Type-Options': 'nosniff',
        // Fonts must load inside the sandboxed preview frame, whose origin is opaque.
        ...(file.contentType.startsWith('font/') ? { 'Access-Control-Allow-Origin': '*' } : {})
      }
    })
  })
}
