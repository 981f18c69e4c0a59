import type { Article } from '../../shared/article/model'
import type { ConnectionStatus, PushResult, SyncOp, UserRef } from '../../shared/newsroom'
import { err, ok, type Err, type LocalizedMessage, type Result } from '../../shared/result'
import type { ArticleStore } from '../article-store'
import type { ProfileStore } from '../profile-store'
import { contentOf } from '../revisions'
import { emptySyncState, LinkFiles, REFUSALS_KEPT, type LinkConnection, type SyncState } from './link-files'
import { backoffDelay, dropUnsentSaves, enqueue, hasPending, nextBatch, removeOp, saveOp } from './outbox'
import { httpTransport, loginAgain, type NewsroomTransport } from './transport'
import { LEAVE_IT, stopped, unanswered, withServerMeta } from './sync-values'

export interface LinkTiming {
  /** First wait after the server could not be reached; doubled on each failure in a row (default 1 s). */
  backoffMinMs: number
  /** The longest wait between tries (default 60 s). */
  backoffMaxMs: number
  /** How often to pull others' changes while connected (default 30 s). */
  pullIntervalMs: number
}

export interface LinkOptions {
  dataDir: string
  store: ArticleStore
  profiles: ProfileStore
  now: () => Date
  /** How to reach a server (tests put a server double here); HTTP by default. */
  transportFor?: (serverUrl: string) => NewsroomTransport
  timing?: Partial<LinkTiming>
  /**
   * Sync in the background once opened with a login (default). The `barta` command opens the library for one job and
   * should not hold its exit for a network round: it passes false (its changes still go into the outbox).
   */
  background?: boolean
}

type OpInput = Parameters<typeof enqueue>[1]

/**
 * The laptop's link to a newsroom (README "The newsroom"): local saves first, an outbox of client operations pushed in
 * order with backoff, the server's change feed pulled by a cursor, and conflicts kept for the conflict view. Nothing
 * here runs until a newsroom is connected; without one the library works alone, as before.
 */
export class NewsroomLink {
  private connection: LinkConnection | null
  private state: SyncState
  private readonly timing: LinkTiming
  private readonly transportFor: (serverUrl: string) => NewsroomTransport
  private online = false
  private failures = 0
  private lastError: { message: LocalizedMessage; kind: 'network' | 'refused' | 'login' } | null = null
  private timer: NodeJS.Timeout | undefined
  private round: Promise<void> | undefined
  private again = false
  private stopped = false
  private writing: Promise<void> = Promise.resolve()
  /** Stories with a local change under way (saved, op not yet in the outbox): a pull leaves them alone. */
  private readonly inFlight = new Map<string, number>()

  private constructor(
    private readonly options: LinkOptions,
    private readonly files: LinkFiles,
    connection: LinkConnection | null,
    state: SyncState | null
  ) {
    this.connection = connection
    this.state = state ?? emptySyncState(connection?.serverUrl ?? '')
    this.timing = { backoffMinMs: 1000, backoffMaxMs: 60_000, pullIntervalMs: 30_000, ...options.timing }
    this.transportFor = options.transportFor ?? ((url) => httpTransport(url))
  }

  static async open(options: LinkOptions): Promise<NewsroomLink> {
    const files = new LinkFiles(options.dataDir)
    const link = new NewsroomLink(options, files, await files.readConnection(), await files.readSync())
    if (options.background === false) link.stopped = true
    else if (link.connection?.token) link.schedule(0)
    return link
  }

  /** A newsroom is set for this library: local changes go into the outbox (also while logged out). */
  get linked(): boolean {
    return this.connection !== null
  }

  status(): ConnectionStatus {
    return {
      configured: this.connection !== null,
      serverUrl: this.connection?.serverUrl ?? '',
      user: this.connection?.user ?? null,
      online: this.online && this.connection?.token != null,
      pending: this.state.outbox.length,
      conflicts: Object.keys(this.state.conflicts),
      lastSyncAt: this.state.lastSyncAt,
      lastError: this.lastError?.message ?? null
    }
  }

  async connect(serverUrl: string, user: string, password: string): Promise<Result<ConnectionStatus>> {
    const login = await this.transportFor(serverUrl)('auth.login', { user, password, client: 'app' }, null)
    if (!login.ok) return login
    const token = login.value.token
    if (!token) return err('internal', 'সার্ভার প্রবেশের চাবি দেয়নি।', 'The server did not return a session token.')
    const { id, name, role, desk } = login.value.user
    const ref: UserRef = { id, name, role, desk }
    await this.idle()
    if (this.state.serverUrl !== serverUrl) {
      // Another newsroom: what was known of the old one means nothing there; unsent changes still go, as new.
      const outbox = this.state.outbox.map((entry) => ({ op: entry.op, sent: false }))
      this.state = { ...emptySyncState(serverUrl), outbox }
      await this.persist()
    }
    this.connection = { format: 'barta.newsroom', version: 1, serverUrl, user: ref, token }
    await this.files.writeConnection(this.connection)
    // The local current profile becomes the newsroom user, so the local rules agree with the server's.
    await this.options.profiles.adopt(ref)
    this.stopped = false
    this.lastError = null
    this.failures = 0
    await this.syncNow()
    return ok(this.status())
  }

  /** Stops syncing and forgets the token; the outbox and the library stay. */
  async disconnect(): Promise<ConnectionStatus> {
    await this.idle()
    if (this.connection) {
      this.connection = { ...this.connection, token: null }
      await this.files.writeConnection(this.connection)
    }
    this.online = false
    return this.status()
  }

  /** Pushes and pulls now (waits for a round already under way, then runs one). */
  async syncNow(): Promise<ConnectionStatus> {
    if (this.round) {
      this.again = true
      await this.round
    }
    if (this.round) await this.round
    else await this.runRound()
    return this.status()
  }

  /** Stops the background rounds (close): waits for the one under way. */
  async close(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    await this.round
    await this.writing
  }

  private async idle(): Promise<void> {
    clearTimeout(this.timer)
    const stoppedBefore = this.stopped
    this.stopped = true
    await this.round
    this.stopped = stoppedBefore
  }

  // The outbox side, called by the wrapped handlers after a local change was accepted.

  begin(storyId: string): void {
    this.inFlight.set(storyId, (this.inFlight.get(storyId) ?? 0) + 1)
  }

  end(storyId: string): void {
    const left = (this.inFlight.get(storyId) ?? 1) - 1
    if (left <= 0) this.inFlight.delete(storyId)
    else this.inFlight.set(storyId, left)
  }

  /** The story's whole text, as now stored, goes into the outbox as a save. */
  async recordSave(storyId: string): Promise<void> {
    if (!this.linked) return
    const article = await this.options.store.get(storyId)
    if (article) await this.record(saveOp(storyId, contentOf(article)))
  }

  async record(input: OpInput): Promise<void> {
    if (!this.linked) return
    enqueue(this.state, input)
    await this.persist()
    if (this.online || this.failures === 0) this.schedule(0)
  }

  /** The server's version kept for a conflicted story, numbered as the local copy so the conflict view can settle it. */
  async keptConflict(storyId: string): Promise<Article | undefined> {
    const kept = this.state.conflicts[storyId]
    if (!kept) return undefined
    const local = await this.options.store.get(storyId)
    return { ...structuredClone(kept.server), revision: local?.revision ?? kept.server.revision }
  }

  /**
   * The user settled a kept conflict: the server's version becomes the local one (the local text kept as a revision),
   * then `settle` applies the choice on top of it; the chosen text goes out as a save based on the server's revision.
   */
  async settleConflict<T>(
    storyId: string,
    baseRevision: number,
    settle: (localRevision: number) => Promise<{ result: T; saved: string[] }>
  ): Promise<T | { conflict: Article }> {
    const kept = this.state.conflicts[storyId]
    const local = await this.options.store.get(storyId)
    if (!kept || !local) throw new Error('no kept conflict')
    const adapted = { ...structuredClone(kept.server), revision: local.revision }
    if (local.revision !== baseRevision) return { conflict: adapted }
    const taken = await this.options.store.takeServerVersion(kept.server, (now) => now?.revision === local.revision)
    if (!taken) return { conflict: { ...adapted, revision: (await this.options.store.get(storyId))?.revision ?? local.revision } }
    delete this.state.conflicts[storyId]
    this.state.bases[storyId] = kept.server.revision
    dropUnsentSaves(this.state, storyId)
    await this.persist()
    const { result, saved } = await settle(taken.revision)
    for (const id of saved) await this.recordSave(id)
    return result
  }

  // The rounds: push the outbox, then pull.

  private schedule(delayMs: number): void {
    if (this.stopped || !this.connection?.token) return
    clearTimeout(this.timer)
    if (this.round) {
      if (delayMs === 0) this.again = true
      return
    }
    this.timer = setTimeout(() => void this.runRound(), delayMs)
    this.timer.unref?.()
  }

  private runRound(): Promise<void> {
    if (this.round) return this.round
    clearTimeout(this.timer)
    this.round = (async () => {
      let failed: boolean
      try {
        failed = !(await this.pushAll()) || !(await this.pullAll())
      } catch (error) {
        failed = true
        this.lastError = { message: stopped(error).message, kind: 'network' }
      } finally {
        this.round = undefined
      }
      if (failed) {
        this.failures++
        this.schedule(backoffDelay(this.failures, this.timing.backoffMinMs, this.timing.backoffMaxMs))
      } else if (this.again) {
        this.again = false
        this.schedule(0)
      } else {
        this.schedule(this.timing.pullIntervalMs)
      }
    })()
    return this.round
  }

  private transport(): NewsroomTransport | null {
    return this.connection?.token ? this.transportFor(this.connection.serverUrl) : null
  }

  /** Records a failed call; false stops the round. 401: the token is forgotten and the user asked to log in again. */
  private async failed(error: Err): Promise<false> {
    this.online = false
    if (error.code === 'unauthorized') {
      this.lastError = { message: loginAgain().message, kind: 'login' }
      if (this.connection) {
        this.connection = { ...this.connection, token: null }
        await this.files.writeConnection(this.connection)
      }
    } else {
      this.lastError = { message: error.message, kind: 'network' }
    }
    return false
  }

  private reached(): void {
    this.online = true
    this.failures = 0
    if (this.lastError?.kind !== 'refused') this.lastError = null
  }

  private async pushAll(): Promise<boolean> {
    for (;;) {
      const transport = this.transport()
      if (!transport || this.stopped) return true
      const batch = nextBatch(this.state)
      if (batch.length === 0) return true
      // Marked sent (and its base fixed) on disk before it leaves: a retry after a crash is the same operation.
      for (const entry of batch) entry.sent = true
      await this.persist()
      const answer = await transport('sync.push', { ops: batch.map((entry) => entry.op) }, this.connection!.token)
      if (!answer.ok) return this.failed(answer)
      this.reached()
      // An answer that settles none of the ops sent would have the same ops sent again at once, forever.
      if (!(await this.take(answer.value.results))) return this.failed(unanswered())
    }
  }

  /** Settles the ops the server answered; false when it answered none of them. */
  private async take(results: PushResult[]): Promise<boolean> {
    const applied: Article[] = []
    let settled = 0
    for (const result of results) {
      const entry = removeOp(this.state, result.opId)
      if (!entry) continue
      settled++
      const storyId = entry.op.storyId
      if (result.outcome === 'applied') {
        // A save's answer is our text at its new revision. A move or a note leaves the text alone: if the revision
        // moved anyway, someone else's text came in between, and the next save must meet it as a conflict.
        if (entry.op.kind === 'save' || result.article.revision === this.state.bases[storyId]) {
          this.state.bases[storyId] = result.article.revision
        }
        applied.push(result.article)
      } else if (result.outcome === 'conflict') {
        this.state.conflicts[storyId] = { server: result.current, at: this.options.now().toISOString() }
      } else {
        this.refused(entry.op, result.message)
      }
    }
    await this.persist()
    // The last answer for a story carries the server's status, record and notes; newer local text is not touched.
    const seen = new Set<string>()
    for (const article of applied.reverse()) {
      if (seen.has(article.id) || hasPending(this.state, article.id)) continue
      seen.add(article.id)
      await this.options.store.updateMeta(article.id, (local) => (this.changedHere(article.id) ? LEAVE_IT : withServerMeta(local, article)))
    }
    return settled > 0
  }

  private refused(op: SyncOp, message: LocalizedMessage): void {
    const at = this.options.now().toISOString()
    this.state.refusals = [...this.state.refusals, { opId: op.opId, storyId: op.storyId, kind: op.kind, message, at }].slice(-REFUSALS_KEPT)
    this.lastError = { message, kind: 'refused' }
  }

  private async pullAll(): Promise<boolean> {
    for (;;) {
      const transport = this.transport()
      if (!transport || this.stopped) return true
      const page = await transport('sync.pull', { after: this.state.cursor }, this.connection!.token)
      if (!page.ok) return this.failed(page)
      this.reached()
      for (const article of page.value.stories) await this.takePulled(article)
      // The cursor moves only after the stories are in the library: a crash here pulls them again, never skips them.
      this.state.cursor = page.value.cursor
      this.state.lastSyncAt = this.options.now().toISOString()
      await this.persist()
      if (!page.value.more) return true
    }
  }

  private async takePulled(article: Article): Promise<void> {
    const kept = this.state.conflicts[article.id]
    if (kept) {
      kept.server = article
      return
    }
    // A story with changes not yet accepted by the server stays as it is here: the push meets the conflict. Checked
    // inside the store's write queue, so a local change made meanwhile is never overwritten.
    const taken = await this.options.store.takeServerVersion(article, () => !this.changedHere(article.id))
    if (taken) this.state.bases[article.id] = article.revision
  }

  /** A local change of the story is under way or waits in the outbox. */
  private changedHere(storyId: string): boolean {
    return this.inFlight.has(storyId) || hasPending(this.state, storyId)
  }

  /** Resolves once the round under way (if any) has ended. */
  async settled(): Promise<void> {
    while (this.round) await this.round
  }

  /** Writes the sync state whole; writes are chained so the file always ends with the newest state. */
  private persist(): Promise<void> {
    const run = this.writing.then(() => this.files.writeSync(this.state))
    this.writing = run.catch(() => undefined)
    return run
  }
}
