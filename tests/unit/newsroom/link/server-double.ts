import { randomUUID } from 'node:crypto'
import type { ParsedArgsOf, ValueOf } from '../../../../src/shared/api'
import { emptyContent, type Article, type ArticlePatch } from '../../../../src/shared/article/model'
import type { PullPage, PushResult, SyncOp, UserRef } from '../../../../src/shared/newsroom'
import { err, ok, type Result } from '../../../../src/shared/result'
import { checkMove, isTextLocked } from '../../../../src/shared/workflow'
import type { LinkMethod, NewsroomTransport } from '../../../../src/core/newsroom-link'
import { unreachable } from '../../../../src/core/newsroom-link/transport'

/**
 * A TEST DOUBLE of the newsroom server's sync semantics, in memory: auth.login for client 'app' (a bearer token),
 * sync.push (op ids recorded with their answers, so a retried op is answered `repeated` and applied once; a save based
 * on an old revision is a conflict carrying the current version; workflow moves checked by the shared rules; a story
 * held by someone else is refused) and sync.pull (a change feed with a cursor, one entry per story in a page). The real
 * server (src/newsroom, PostgreSQL) is tested end to end by the lead; this one lets the laptop's link be tested alone,
 * with faults switched on at will.
 */
export class ServerDouble {
  readonly users = new Map<string, { password: string; ref: UserRef }>()
  readonly stories = new Map<string, Article>()
  /** How many times each op id was really applied (a retry must not add to it). */
  readonly appliedCount = new Map<string, number>()
  /** Every op received, in order of arrival (retries included). */
  readonly received: SyncOp[] = []
  /** Story ids whose edit lock someone else holds: saves to them are refused. */
  readonly held = new Set<string>()
  /** Unreachable: nothing is received or applied. */
  down = false
  /** Calls that found the server down (how often a client knocked while it was unreachable). */
  knocksWhileDown = 0
  /** Runs when a pull arrives, before it is answered (a local change made while a pull is on the way). */
  onPull: (() => Promise<void>) | null = null
  /** The next N pushes are applied but their answers are lost (the connection drops on the way back). */
  dropAnswers = 0
  private readonly answers = new Map<string, PushResult>()
  private readonly tokens = new Map<string, UserRef>()
  private readonly changes: { seq: number; storyId: string }[] = []
  private seq = 0
  private clock = Date.parse('2026-11-30T06:00:00Z')

  addUser(name: string, password: string, role: UserRef['role'], desk = 'জাতীয়'): UserRef {
    const ref: UserRef = { id: randomUUID(), name, role, desk }
    this.users.set(name, { password, ref })
    return ref
  }

  /** Every session ends (the sessions table emptied): the next call is a 401. */
  revokeAll(): void {
    this.tokens.clear()
  }

  private stamp(): string {
    this.clock += 1000
    return new Date(this.clock).toISOString()
  }

  private changed(storyId: string): void {
    this.changes.push({ seq: ++this.seq, storyId })
  }

  /** Someone else's save on the server (a desk editor working on the story meanwhile). */
  editAs(user: UserRef, storyId: string, patch: ArticlePatch): Article {
    const current = this.stories.get(storyId)!
    const next = { ...current, ...structuredClone(patch), revision: current.revision + 1, modifiedAt: this.stamp() }
    this.stories.set(storyId, next)
    this.changed(storyId)
    return next
  }

  /** A story another reporter created on the server. */
  createAs(user: UserRef, patch: ArticlePatch): Article {
    const article = this.newStory(randomUUID(), user, patch)
    this.stories.set(article.id, article)
    this.changed(article.id)
    return article
  }

  private newStory(id: string, user: UserRef, patch: ArticlePatch): Article {
    const at = this.stamp()
    return {
      ...emptyContent(),
      ...structuredClone(patch),
      id,
      status: 'draft',
      owner: { id: user.id, name: user.name, role: user.role },
      workflow: [],
      notes: [],
      createdAt: at,
      modifiedAt: at,
      revision: 1
    }
  }

  readonly transport: NewsroomTransport = async <M extends LinkMethod>(method: M, rawArgs: ParsedArgsOf<M>, token: string | null) => {
    if (this.down) {
      this.knocksWhileDown++
      return unreachable()
    }
    // Over the wire: what is sent and answered is JSON.
    const args = JSON.parse(JSON.stringify(rawArgs)) as ParsedArgsOf<LinkMethod>
    if (method === 'sync.pull' && this.onPull) {
      const hook = this.onPull
      this.onPull = null
      await hook()
    }
    const answer = this.answer(method, args, token)
    if (method === 'sync.push' && answer.ok && this.dropAnswers > 0) {
      this.dropAnswers--
      return unreachable()
    }
    return JSON.parse(JSON.stringify(answer)) as Result<ValueOf<M>>
  }

  answer(method: LinkMethod, args: ParsedArgsOf<LinkMethod>, token: string | null): Result<unknown> {
    if (method === 'auth.login') {
      const { user, password } = args as ParsedArgsOf<'auth.login'>
      const known = this.users.get(user)
      if (!known || known.password !== password) return err('unauthorized', 'নাম বা পাসওয়ার্ড ঠিক নয়।', 'Wrong name or password.')
      const issued = randomUUID()
      this.tokens.set(issued, known.ref)
      return ok({ user: { ...known.ref, expiresAt: '2026-12-31T00:00:00Z' }, token: issued })
    }
    const user = token ? this.tokens.get(token) : undefined
    if (!user) return err('unauthorized', 'প্রবেশ করুন।', 'Log in.')
    if (method === 'sync.pull') return ok(this.pull((args as ParsedArgsOf<'sync.pull'>).after))
    return ok({ results: (args as ParsedArgsOf<'sync.push'>).ops.map((op) => this.pushOne(user, op)) })
  }

  private pull(after: number, limit = 2): PullPage {
    // A small page, so that paging is exercised: the newest change of each story, oldest first.
    const later = this.changes.filter((change) => change.seq > after)
    const page: { seq: number; storyId: string }[] = []
    for (const change of later) {
      if (page.length === limit && !page.some((taken) => taken.storyId === change.storyId)) break
      const index = page.findIndex((taken) => taken.storyId === change.storyId)
      if (index >= 0) page.splice(index, 1)
      page.push(change)
    }
    const cursor = page.length > 0 ? page[page.length - 1]!.seq : after
    return {
      stories: page.map((change) => structuredClone(this.stories.get(change.storyId)!)),
      cursor,
      more: later.some((c) => c.seq > cursor)
    }
  }

  private pushOne(user: UserRef, op: SyncOp): PushResult {
    this.received.push(structuredClone(op))
    const before = this.answers.get(op.opId)
    if (before) return before.outcome === 'applied' ? { ...before, repeated: true } : before
    const result = this.apply(user, op)
    this.answers.set(op.opId, result)
    if (result.outcome === 'applied') this.appliedCount.set(op.opId, (this.appliedCount.get(op.opId) ?? 0) + 1)
    return result
  }

  private apply(user: UserRef, op: SyncOp): PushResult {
    const current = this.stories.get(op.storyId)
    const by = { id: user.id, name: user.name, role: user.role }
    const refused = (code: 'held' | 'not-found', bn: string, en: string): PushResult => ({
      opId: op.opId,
      outcome: 'refused',
      code,
      message: { bn, en }
    })
    if (this.held.has(op.storyId)) return refused('held', 'লেখাটি এখন অন্য একজন সম্পাদনা করছেন।', 'Someone else is editing this story.')
    let next: Article
    if (op.kind === 'save') {
      if (!current) {
        if (op.baseRevision !== null) return refused('not-found', 'লেখাটি সার্ভারে নেই।', 'The story is not on the server.')
        next = this.newStory(op.storyId, user, op.patch)
      } else {
        if (op.baseRevision !== current.revision) return { opId: op.opId, outcome: 'conflict', current: structuredClone(current) }
        if (isTextLocked(current.status)) return refused('not-found', 'লেখাটি বন্ধ।', 'The text is locked.')
        next = { ...current, ...op.patch, revision: current.revision + 1, modifiedAt: this.stamp() }
      }
    } else if (!current) {
      return refused('not-found', 'লেখাটি সার্ভারে নেই।', 'The story is not on the server.')
    } else if (op.kind === 'transition') {
      const move = checkMove(current, by, op.action, op.note ?? '')
      if (!move.ok) return { opId: op.opId, outcome: 'refused', code: move.code, message: move.message, current }
      const at = this.stamp()
      next = {
        ...current,
        status: move.value,
        workflow: [...current.workflow, { at, by, from: current.status, to: move.value, note: op.note ?? '' }],
        modifiedAt: at
      }
    } else {
      const at = this.stamp()
      next = { ...current, notes: [...current.notes, { id: randomUUID(), at, by, text: op.text }], modifiedAt: at }
    }
    this.stories.set(op.storyId, next)
    this.changed(op.storyId)
    return { opId: op.opId, outcome: 'applied', article: structuredClone(next), repeated: false }
  }
}
