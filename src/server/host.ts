import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { TOKEN_HEADER, type Handlers } from '../shared/api'
import { dispatch } from '../shared/dispatch'
import { err, type Err } from '../shared/result'
import { hostAllowed, isLoopback, jsonNestingExceeds, originAllowed, tokenMatches } from './security'
import { readBody, sendJson, sendRendererFile } from './http-replies'

export interface HostOptions {
  handlers: Handlers
  /** The built renderer to serve; without it only the contract is served (the desktop app's endpoint for the CLI). */
  rendererDir?: string
  token: string
  port: number
  /** Loopback by default; anything else is the caller's explicit choice. */
  hostname?: string
  maxBodyBytes?: number
  log?: (line: string) => void
}

export interface RunningHost {
  server: Server
  port: number
  url: string
  close(): Promise<void>
}

/** Thrown by startHost when the port is taken, so the CLI can say so plainly. */
export class PortInUseError extends Error {
  /** What both servers' command lines say, with the next port as a suggestion. */
  readonly bn: string
  readonly en: string
  constructor(readonly port: number) {
    super(`port ${port} is in use`)
    this.name = 'PortInUseError'
    this.bn = `পোর্ট ${port} ব্যস্ত: অন্য একটি প্রোগ্রাম এটি ব্যবহার করছে। অন্য পোর্ট দিন: --port ${port + 1}`
    this.en = `Port ${port} is already in use. Choose another one: --port ${port + 1}`
  }
}

/** Room for one 25 MB photo as base64 in a JSON call, and no more. */
const DEFAULT_MAX_BODY = 40 * 1024 * 1024
/** No call needs more (a body of 32 nested blocks is about 70 deep); packages travel as strings and are not counted. */
const MAX_JSON_DEPTH = 256

const refuse = (response: ServerResponse, status: number, error: Err) => sendJson(response, status, error)

/**
 * The browser host: the built renderer as static files plus the contract at POST /api/<method>. Every request must
 * name this server on loopback (Host), come from its own origin (Origin), and every API call must carry the per-start
 * token in the x-barta-token header.
 */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const maxBody = options.maxBodyBytes ?? DEFAULT_MAX_BODY
  const hostname = options.hostname ?? '127.0.0.1'
  // When the user explicitly binds elsewhere (--host), that name is accepted in Host and Origin as well.
  const extraNames = isLoopback(hostname) ? [] : [hostname.includes(':') ? `[${hostname}]` : hostname]
  let boundPort = options.port

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${boundPort}`)
    // Host is checked on everything (DNS rebinding). Origin is checked on the API (CSRF); the static files are public
    // code and fonts, which the sandboxed preview frame (origin "null") must be able to fetch.
    const isApi = url.pathname.startsWith('/api/')
    if (
      !hostAllowed(request.headers.host, boundPort, extraNames) ||
      (isApi && !originAllowed(request.headers.origin, boundPort, extraNames))
    ) {
      return refuse(
        response,
        403,
        err('forbidden', 'এই ঠিকানা থেকে অনুরোধ গ্রহণ করা হয় না।', 'Requests from this host or origin are not accepted.')
      )
    }

    if (isApi) {
      if (request.method !== 'POST') {
        return refuse(response, 405, err('bad-request', 'এই পদ্ধতি সমর্থিত নয়।', 'Only POST is accepted here.'))
      }
      const presented = request.headers[TOKEN_HEADER]
      if (!tokenMatches(typeof presented === 'string' ? presented : undefined, options.token)) {
        return refuse(response, 401, err('unauthorized', 'প্রবেশের চাবি (টোকেন) নেই বা ভুল।', 'The access token is missing or wrong.'))
      }
      const body = await readBody(request, maxBody)
      if (body === 'too-large') {
        response.setHeader('Connection', 'close')
        return refuse(response, 413, err('too-large', 'অনুরোধটি খুব বড়।', 'The request is too large.'))
      }
      if (jsonNestingExceeds(body, MAX_JSON_DEPTH)) {
        return refuse(
          response,
          400,
          err(
            'bad-request',
            'অনুরোধটি অতিরিক্ত গভীরভাবে সাজানো (নেস্টেড); কিছুই বদলানো হয়নি।',
            'The request is nested too deeply; nothing was changed.'
          )
        )
      }
      let args: unknown
      try {
        args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'))
      } catch {
        return refuse(response, 400, err('bad-request', 'অনুরোধটি পড়া যায়নি (JSON নয়)।', 'The request body is not valid JSON.'))
      }
      let method = ''
      try {
        method = decodeURIComponent(url.pathname.slice('/api/'.length))
      } catch {
        // A broken %-escape names no method; dispatch answers "unknown method".
      }
      const result = await dispatch(options.handlers, method, args, (error) =>
        options.log?.(`internal error in ${method}: ${String(error)}`)
      )
      return sendJson(response, 200, result)
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return refuse(response, 405, err('bad-request', 'এই পদ্ধতি সমর্থিত নয়।', 'Method not allowed.'))
    }
    return sendRendererFile(request, response, options.rendererDir, url.pathname)
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      options.log?.(`request failed: ${String(error)}`)
      if (!response.headersSent) {
        refuse(response, 500, err('internal', 'একটি অপ্রত্যাশিত সমস্যা হয়েছে।', 'Something unexpected went wrong.'))
      } else response.destroy()
    })
  })

  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PortInUseError(options.port) : error)
    })
    server.listen(options.port, hostname, () => {
      boundPort = (server.address() as AddressInfo).port
      resolve({
        server,
        port: boundPort,
        url: `http://${extraNames[0] ?? '127.0.0.1'}:${boundPort}/?token=${options.token}`,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done())
            server.closeAllConnections()
          })
      })
    })
  })
}
