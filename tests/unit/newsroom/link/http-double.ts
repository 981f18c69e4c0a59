import { createServer, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { LinkMethod } from '../../../../src/core/newsroom-link'
import type { ParsedArgsOf } from '../../../../src/shared/api'
import type { ServerDouble } from './server-double'

const METHODS = new Set<string>(['auth.login', 'sync.push', 'sync.pull'])

/**
 * The server double behind real HTTP on 127.0.0.1 (POST /api/<method>, `Authorization: Bearer`), so that the link's
 * own HTTP client is what talks to it. `hold`: the next push is received (and applied when 'apply') but never
 * answered — the connection hangs as the client is killed.
 */
export async function startHttpDouble(server: ServerDouble) {
  const held: ServerResponse[] = []
  let hold: 'apply' | 'drop' | null = null
  let onHeld: (() => void) | null = null
  const http = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const method = decodeURIComponent((request.url ?? '').replace(/^\/api\//, ''))
      const bearer = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1] ?? null
      if (request.method !== 'POST' || !METHODS.has(method)) {
        response.writeHead(404).end()
        return
      }
      const args = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ParsedArgsOf<LinkMethod>
      if (method === 'sync.push' && hold) {
        if (hold === 'apply') server.answer('sync.push', args, bearer)
        hold = null
        held.push(response)
        onHeld?.()
        return
      }
      const answer = server.answer(method as LinkMethod, args, bearer)
      const status = !answer.ok && answer.code === 'unauthorized' ? 401 : 200
      response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(answer))
    })
  })
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(http.address() as AddressInfo).port}`
  return {
    url,
    /** Resolves when the next push has arrived and is being held. */
    holdNextPush(mode: 'apply' | 'drop'): Promise<void> {
      hold = mode
      return new Promise((resolve) => (onHeld = resolve))
    },
    async close() {
      for (const response of held) response.socket?.destroy()
      http.closeAllConnections()
      await new Promise((resolve) => http.close(resolve))
    }
  }
}
