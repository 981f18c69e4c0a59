/**
 * A UI FIXTURE, not a newsroom: it serves the built renderer with the newsroom's contract answered by a FAKE, so the
 * newsroom screens (login, desk queue, edit-lock banner, notifications, connection line) can be drawn, looked at and
 * checked for layout and accessibility before the real server is on this branch. It proves nothing about the server:
 * the lead's tests/e2e/newsroom-*.spec.ts run against the real one.
 *
 * The stories themselves are real: a local library (src/core) in a temp folder answers every non-newsroom call, with
 * one local profile per fake user (logging in switches to it). Sessions are a cookie; /events is a server-sent stream
 * the test writes to with emit().
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import { readFile } from 'node:fs/promises'
import { extname, join, normalize, resolve } from 'node:path'
import type { AddressInfo } from 'node:net'
import { createServices, type Services } from '../../../src/core'
import type { Handlers } from '../../../src/shared/api'
import { dispatch } from '../../../src/shared/dispatch'
import type { ConnectionStatus, EditLock, NewsroomEvent, QueueItem, UserRef } from '../../../src/shared/newsroom'
import { err, ok } from '../../../src/shared/result'
import { makeDataDir } from '../browser-host'

export const USERS: Array<UserRef & { login: string; password: string }> = [
  { id: 'user-rahima-0001', login: 'rahima', name: 'রহিমা খাতুন', role: 'reporter', desk: 'জাতীয়', password: 'pass' },
  { id: 'user-karim-00001', login: 'karim', name: 'করিম উদ্দিন', role: 'desk', desk: 'জাতীয়', password: 'pass' },
  { id: 'user-nasrin-0001', login: 'nasrin', name: 'নাসরিন আক্তার', role: 'desk', desk: 'অর্থনীতি', password: 'pass' },
  { id: 'user-anis-000001', login: 'anis', name: 'আনিসুজ্জামান', role: 'chief', desk: 'জাতীয়', password: 'pass' }
]
const ref = ({ id, name, role, desk }: UserRef): UserRef => ({ id, name, role, desk })
const heldBy = (holder: UserRef) =>
  err('held', `লেখাটি এখন ${holder.name} সম্পাদনা করছেন; কিছু রাখা হয়নি।`, `${holder.name} is editing this story; nothing was saved.`, {
    holder
  })

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png'
}

export interface FakeNewsroom {
  origin: string
  services: Services
  /** Who holds each story's edit lock (set by the test to draw the banner). */
  locks: Map<string, EditLock>
  assignees: Map<string, UserRef>
  /** Next login answers rate-limited. */
  rateLimitNext: boolean
  /** connection.status's answer (null: 'unsupported', as a library without the link). */
  connection: ConnectionStatus | null
  /** The transport app.info names: 'newsroom', or 'http' to draw a laptop's screens. */
  transport: 'newsroom' | 'http'
  emit(event: Omit<NewsroomEvent, 'seq' | 'at'>): void
  /** Ends every session (the next call meets `unauthorized`). */
  expireSessions(): void
  stop(): Promise<void>
}

export async function startFakeNewsroom(): Promise<FakeNewsroom> {
  const dataDir = await makeDataDir()
  const services = await createServices({ dataDir, transport: 'http', program: 'host', version: 'ui-fixture' })
  // One local profile per fake user; the user takes the profile's id (the local library makes the ids).
  for (const user of USERS) {
    const saved = await services.handlers['profile.save']({ profile: { name: user.name, role: user.role, desk: user.desk } })
    const made = saved.ok ? saved.value.profiles.find((profile) => profile.name === user.name) : undefined
    if (!made) throw new Error(`UI fixture: profile for ${user.name} not made`)
    user.id = made.id
  }
  const rendererDir = resolve(process.cwd(), 'out', 'renderer')
  const sessions = new Map<string, UserRef>()
  const streams = new Set<ServerResponse>()
  let seq = 0

  const fake: FakeNewsroom = {
    origin: '',
    services,
    locks: new Map(),
    assignees: new Map(),
    rateLimitNext: false,
    connection: null,
    transport: 'newsroom',
    emit(event) {
      const full: NewsroomEvent = { ...event, seq: ++seq, at: new Date().toISOString() }
      for (const stream of streams) stream.write(`data: ${JSON.stringify(full)}\n\n`)
    },
    expireSessions: () => sessions.clear(),
    stop: async () => {
      for (const stream of streams) stream.end()
      await new Promise<void>((done) => server.close(() => done()))
      await services.close()
    }
  }

  const userOf = (request: IncomingMessage): UserRef | undefined => {
    const sid = /(?:^|;\s*)sid=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1]
    return sid ? sessions.get(sid) : undefined
  }
  const itemOf = async (id: string): Promise<QueueItem | null> => {
    const listed = await services.handlers['library.list']({ limit: 500 })
    const summary = listed.ok ? listed.value.items.find((item) => item.id === id) : undefined
    return summary ? { summary, assignee: fake.assignees.get(id) ?? null, lock: fake.locks.get(id) ?? null } : null
  }

  function newsroomHandlers(request: IncomingMessage, response: ServerResponse): Handlers {
    const me = userOf(request)
    const local = services.handlers
    const expiry = new Date(Date.now() + 3600_000).toISOString()
    const handlers: Partial<Handlers> = {
      'app.info': async () => ok({ name: 'Barta', version: 'ui-fixture', dataDir: '', transport: fake.transport }),
      'auth.session': async () => (me ? ok({ ...me, expiresAt: expiry }) : err('unauthorized', 'প্রবেশ করুন।', 'Please sign in.')),
      'auth.login': async ({ user, password }) => {
        if (fake.rateLimitNext) {
          return err(
            'rate-limited',
            'অনেকবার ভুল পাসওয়ার্ড দেওয়া হয়েছে; ৬০ সেকেন্ড পরে আবার চেষ্টা করুন।',
            'Too many failed logins; try again in 60 seconds.',
            { retryAfterSeconds: 60 }
          )
        }
        const found = USERS.find((candidate) => candidate.login === user)
        if (!found || found.password !== password) {
          return err('unauthorized', 'ব্যবহারকারীর নাম বা পাসওয়ার্ড ঠিক নয়।', 'The user name or password is wrong.')
        }
        const sid = `s${Math.random().toString(36).slice(2)}`
        sessions.set(sid, ref(found))
        response.setHeader('set-cookie', `sid=${sid}; HttpOnly; SameSite=Strict; Path=/`)
        await local['profile.switch']({ id: found.id })
        return ok({ user: { ...ref(found), expiresAt: expiry } })
      },
      'auth.logout': async () => {
        const sid = /(?:^|;\s*)sid=([\w-]+)/.exec(request.headers.cookie ?? '')?.[1]
        if (sid) sessions.delete(sid)
        return ok({ loggedOut: true as const })
      },
      'newsroom.people': async () => ok(USERS.filter((user) => user.role !== 'reporter').map(ref)),
      'desk.queue': async () => {
        const listed = await local['library.list']({ limit: 500 })
        if (!listed.ok) return listed
        const item = (summary: (typeof listed.value.items)[number]): QueueItem => ({
          summary,
          assignee: fake.assignees.get(summary.id) ?? null,
          lock: fake.locks.get(summary.id) ?? null
        })
        const of = (status: string) => listed.value.items.filter((story) => story.status === status).map(item)
        return ok({ submitted: of('submitted'), editing: of('editing'), approved: of('approved'), publishedToday: of('published') })
      },
      'story.assign': async ({ id, userId }) => {
        const user = USERS.find((candidate) => candidate.id === userId)
        if (user) fake.assignees.set(id, ref(user))
        else fake.assignees.delete(id)
        const item = await itemOf(id)
        return item ? ok(item) : err('not-found', 'লেখাটি নেই।', 'No such story.')
      },
      'story.lock': async ({ id, takeover }) => {
        const held = fake.locks.get(id)
        if (held && held.holder.id !== me?.id && !takeover) {
          return heldBy(held.holder)
        }
        const lock: EditLock = { holder: me!, since: new Date().toISOString() }
        fake.locks.set(id, lock)
        return ok(lock)
      },
      'story.unlock': async ({ id }) => {
        if (fake.locks.get(id)?.holder.id === me?.id) fake.locks.delete(id)
        return ok({ unlocked: true })
      },
      'article.save': async (args) => {
        const held = fake.locks.get(args.id)
        if (held && held.holder.id !== me?.id) {
          return heldBy(held.holder)
        }
        return local['article.save'](args)
      },
      'connection.status': async () =>
        fake.connection ? ok(fake.connection) : err('unsupported', 'এই লাইব্রেরি নিউজরুমে যুক্ত হয় না।', 'Not linkable.')
    }
    return { ...local, ...handlers } as Handlers
  }

  const SESSION_FREE = new Set(['app.info', 'auth.session', 'auth.login', 'connection.status'])

  async function onApi(request: IncomingMessage, response: ServerResponse, method: string) {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const args: unknown = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {}
    const result =
      fake.transport === 'newsroom' && !SESSION_FREE.has(method) && !userOf(request)
        ? err('unauthorized', 'আপনার সেশন শেষ হয়ে গেছে।', 'Your session has ended.')
        : await dispatch(newsroomHandlers(request, response), method, args)
    if (process.env.FIXTURE_LOG) console.log(method, JSON.stringify(args).slice(0, 120), '→', JSON.stringify(result).slice(0, 100))
    response.setHeader('content-type', 'application/json; charset=utf-8')
    response.end(JSON.stringify(result))
  }

  async function onStatic(response: ServerResponse, path: string) {
    const file = normalize(join(rendererDir, path === '/' ? 'index.html' : path))
    if (!file.startsWith(rendererDir)) return void response.writeHead(404).end()
    try {
      const body = await readFile(file)
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(body)
    } catch {
      response.writeHead(404).end()
    }
  }

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://fixture')
    if (request.method === 'POST' && url.pathname.startsWith('/api/')) {
      void onApi(request, response, decodeURIComponent(url.pathname.slice(5)))
    } else if (url.pathname === '/events') {
      response.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
      response.write(': hello\n\n')
      streams.add(response)
      request.on('close', () => streams.delete(response))
    } else void onStatic(response, url.pathname)
  })
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', () => done()))
  fake.origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return fake
}
