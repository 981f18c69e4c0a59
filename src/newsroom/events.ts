import type { IncomingMessage, ServerResponse } from 'node:http'
import pg from 'pg'
import type { NewsroomEvent, SessionUser } from '../shared/newsroom'
import type { Role } from '../shared/workflow'
import { SECURITY_HEADERS } from '../server/security'

/** The channel every change to a story notifies (NEWSROOM rule: pg_notify('barta_changes', seq) in its transaction). */
export const CHANGES_CHANNEL = 'barta_changes'
const HEARTBEAT_MS = 25_000
const REPLAY_LIMIT = 200

interface ChangeRow {
  seq: string
  story_id: string
  kind: string
  by_id: string | null
  note: string | null
  at: Date
  headline: string | null
  owner_id: string | null
  assignee_id: string | null
  by_name: string | null
  by_role: Role | null
  by_desk: string | null
}

const CHANGES_AFTER = `
  SELECT c.seq, c.story_id, c.kind, c.by_id, c.note, c.at,
         s.summary->>'headline' AS headline, s.owner_id, s.assignee_id,
         u.name AS by_name, u.role AS by_role, u.desk AS by_desk
    FROM changes c
    LEFT JOIN stories s ON s.id = c.story_id
    LEFT JOIN users u ON u.id = c.by_id
   WHERE c.seq > $1
   ORDER BY c.seq
   LIMIT $2`

function toEvent(row: ChangeRow): NewsroomEvent {
  return {
    seq: Number(row.seq),
    storyId: row.story_id,
    kind: row.kind as NewsroomEvent['kind'],
    headline: row.headline ?? '',
    by: row.by_id && row.by_name && row.by_role ? { id: row.by_id, name: row.by_name, role: row.by_role, desk: row.by_desk ?? '' } : null,
    ownerId: row.owner_id,
    assigneeId: row.assignee_id,
    ...(row.note ? { note: row.note } : {}),
    at: row.at.toISOString()
  }
}

/**
 * Who is told what: the desk and the chiefs see every change; a reporter hears about their own stories, publishes, and
 * an edit lock taken from them. (Pulling is still how a laptop learns the content; events only say "look now".)
 */
export function eventIsFor(user: SessionUser, event: NewsroomEvent): boolean {
  if (user.role !== 'reporter') return true
  if (event.ownerId === user.id || event.kind === 'publish') return true
  return event.kind === 'locked' && (event.note ?? '').includes(user.id)
}

interface Subscriber {
  user: SessionUser
  response: ServerResponse
}

/**
 * Live events: one PostgreSQL connection LISTENs on the change feed; each notification is read back from the
 * `changes` table (so nothing depends on the notification's payload) and written to every connected browser or
 * laptop as a server-sent event whose id is the change's seq. A client that reconnects with Last-Event-ID gets what it
 * missed; if PostgreSQL restarts, the listener reconnects and catches up from the last seq it saw.
 */
export class EventHub {
  private readonly subscribers = new Set<Subscriber>()
  private listener: pg.Client | undefined
  private lastSeq = 0
  private reading: Promise<void> | undefined
  private readAgain = false
  private stopped = false
  private retryMs = 500
  private readonly heartbeat: NodeJS.Timeout

  private constructor(
    private readonly connectionString: string,
    private readonly pool: pg.Pool,
    private readonly log: (line: string) => void
  ) {
    this.heartbeat = setInterval(() => this.ping(), HEARTBEAT_MS)
    this.heartbeat.unref()
  }

  static async start(connectionString: string, pool: pg.Pool, log: (line: string) => void = () => {}): Promise<EventHub> {
    const hub = new EventHub(connectionString, pool, log)
    const { rows } = await pool.query<{ seq: string | null }>('SELECT max(seq) AS seq FROM changes')
    hub.lastSeq = Number(rows[0]?.seq ?? 0)
    await hub.listen()
    return hub
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.connectionString, application_name: 'barta-newsroom-events' })
    client.on('notification', () => this.readNew())
    client.on('error', (error) => this.lost(client, error))
    client.on('end', () => this.lost(client, new Error('connection ended')))
    await client.connect()
    await client.query(`LISTEN ${CHANGES_CHANNEL}`)
    this.listener = client
    this.retryMs = 500
    this.readNew() // whatever happened while we were not listening
  }

  private lost(client: pg.Client, error: Error): void {
    if (this.listener !== client || this.stopped) return
    this.listener = undefined
    this.log(`live events: database connection lost (${error.message}); reconnecting`)
    client.end().catch(() => undefined)
    const retry = () => {
      if (this.stopped) return
      this.listen().catch(() => {
        this.retryMs = Math.min(this.retryMs * 2, 10_000)
        setTimeout(retry, this.retryMs).unref()
      })
    }
    setTimeout(retry, this.retryMs).unref()
  }

  /** Reads the changes after the last one sent; notifications arriving meanwhile make it read once more. */
  private readNew(): void {
    if (this.reading) {
      this.readAgain = true
      return
    }
    this.reading = (async () => {
      do {
        this.readAgain = false
        const { rows } = await this.pool.query<ChangeRow>(CHANGES_AFTER, [this.lastSeq, 500])
        for (const row of rows) {
          const event = toEvent(row)
          this.lastSeq = Math.max(this.lastSeq, event.seq)
          this.broadcast(event)
        }
        if (rows.length === 500) this.readAgain = true
      } while (this.readAgain && !this.stopped)
    })()
      .catch((error: unknown) => this.log(`live events: could not read changes (${String(error)})`))
      .finally(() => (this.reading = undefined))
  }

  private broadcast(event: NewsroomEvent): void {
    for (const subscriber of this.subscribers) {
      if (eventIsFor(subscriber.user, event)) write(subscriber.response, event)
    }
  }

  private ping(): void {
    for (const { response } of this.subscribers) response.write(': ping\n\n')
  }

  /** Opens a server-sent event stream for one session; `afterSeq` (Last-Event-ID) replays what the client missed. */
  async subscribe(user: SessionUser, request: IncomingMessage, response: ServerResponse, afterSeq?: number): Promise<void> {
    response.writeHead(200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
      'X-Accel-Buffering': 'no'
    })
    response.write('retry: 3000\n\n')
    const subscriber = { user, response }
    if (afterSeq !== undefined && afterSeq < this.lastSeq) {
      const { rows } = await this.pool.query<ChangeRow>(CHANGES_AFTER, [afterSeq, REPLAY_LIMIT])
      for (const row of rows) {
        const event = toEvent(row)
        if (event.seq <= this.lastSeq && eventIsFor(user, event)) write(response, event)
      }
    }
    this.subscribers.add(subscriber)
    request.on('close', () => this.subscribers.delete(subscriber))
  }

  /** How many streams are open (the tests and the status line ask). */
  get connected(): number {
    return this.subscribers.size
  }

  closeAll(): void {
    for (const { response } of this.subscribers) response.end()
    this.subscribers.clear()
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearInterval(this.heartbeat)
    this.closeAll()
    await this.reading
    await this.listener?.end().catch(() => undefined)
  }
}

function write(response: ServerResponse, event: NewsroomEvent): void {
  response.write(`id: ${event.seq}\ndata: ${JSON.stringify(event)}\n\n`)
}
