import type { IncomingMessage, ServerResponse } from 'node:http'
import { readStaticFile } from '../core/static-files'
import { SECURITY_HEADERS } from './security'

/**
 * The replies both HTTP faces give (the browser host and the newsroom server): every answer carries the security
 * headers, JSON is never cached, and the built renderer is served the same way by both.
 */
export function send(
  response: ServerResponse,
  status: number,
  body: Buffer | string,
  contentType: string,
  extra: Record<string, string | string[]> = {}
): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': contentType, ...extra })
  response.end(body)
}

export function sendJson(response: ServerResponse, status: number, value: unknown, extra: Record<string, string | string[]> = {}): void {
  send(response, status, JSON.stringify(value), 'application/json; charset=utf-8', { 'Cache-Control': 'no-store', ...extra })
}

/** The request's body, or 'too-large' as soon as it passes `limit` (the rest is never read into memory). */
export async function readBody(request: IncomingMessage, limit: number): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of request) {
    size += (chunk as Buffer).length
    if (size > limit) return 'too-large'
    chunks.push(chunk as Buffer)
  }
  return Buffer.concat(chunks)
}

/** A file of the built renderer (GET/HEAD), or 404. */
export async function sendRendererFile(
  request: IncomingMessage,
  response: ServerResponse,
  rendererDir: string | undefined,
  pathname: string
): Promise<void> {
  const file = rendererDir === undefined ? undefined : await readStaticFile(rendererDir, pathname)
  if (!file) return send(response, 404, 'Not found', 'text/plain; charset=utf-8')
  return send(response, 200, request.method === 'HEAD' ? '' : file.body, file.contentType, {
    'Cache-Control': file.contentType.startsWith('text/html') ? 'no-store' : 'max-age=300',
    // The bundled fonts are public and must load inside the sandboxed preview frame, whose origin is opaque.
    ...(file.contentType.startsWith('font/') ? { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' } : {})
  })
}
