import type { EditLock, UserRef } from '../../../shared/newsroom'
import type { Err } from '../../../shared/result'
import { api } from '../lib/api-client'
import { session } from './session.svelte'

/** The server lets a lock lapse when it is not renewed; the editor renews it well inside that. */
export const LOCK_RENEW_MS = 60_000

/** The holder named by a refusal with code 'held' (details.holder), if it names one. */
export function holderOf(refusal: Err | undefined | null): UserRef | null {
  if (refusal?.code !== 'held') return null
  const holder = refusal.details?.['holder']
  return holder && typeof holder === 'object' && typeof (holder as UserRef).name === 'string' ? (holder as UserRef) : null
}

/**
 * The edit lock on the story open in the editor (newsroom mode only): taken when the editor opens, renewed every
 * minute and after each save, given up when the editor closes. Held by someone else: the editor is read-only and
 * names them; the desk may take it over. The server decides — a save to a story held by another is refused as 'held'.
 */
export class EditLockSession {
  /** Someone else is editing: the text is read-only here. */
  heldBy = $state.raw<UserRef | null>(null)
  mine = $state(false)
  problem = $state.raw<Err | null>(null)
  private timer: ReturnType<typeof setInterval> | undefined
  private closed = false

  constructor(readonly storyId: string) {}

  get active(): boolean {
    return session.newsroom
  }

  /** Opens the lock when the editor opens: returns the cleanup (unlock) for the editor's teardown. */
  open(): () => void {
    if (!this.active) return () => {}
    void this.take(false)
    this.timer = setInterval(() => {
      if (this.mine) void this.take(false)
    }, LOCK_RENEW_MS)
    return () => this.close()
  }

  /** After each save: the lock's lease starts again. */
  renew(): void {
    if (this.active && this.mine) void this.take(false)
  }

  /** «দায়িত্ব নিন»: the desk takes the lock from whoever holds it. */
  takeOver(): Promise<boolean> {
    return this.take(true)
  }

  /** A save was refused because another holds the lock (or a live event says they took it). */
  lost(holder: UserRef | null): void {
    this.mine = false
    this.heldBy = holder ?? this.heldBy ?? { id: '', name: '', role: 'desk', desk: '' }
  }

  private async take(takeover: boolean): Promise<boolean> {
    const result = await api.call('story.lock', takeover ? { id: this.storyId, takeover: true } : { id: this.storyId })
    if (this.closed) {
      if (result.ok) void api.call('story.unlock', { id: this.storyId })
      return false
    }
    if (result.ok) return this.held(result.value)
    if (result.code === 'held') this.lost(holderOf(result))
    else this.problem = result
    return false
  }

  private held(lock: EditLock): boolean {
    const me = session.user?.id
    if (lock.holder.id === me) {
      this.mine = true
      this.heldBy = null
      this.problem = null
      return true
    }
    this.lost(lock.holder)
    return false
  }

  private close(): void {
    this.closed = true
    clearInterval(this.timer)
    if (this.mine) void api.call('story.unlock', { id: this.storyId })
    this.mine = false
  }
}

/** The lock of the story open in the editor, for the live events (a take-over tells the editor it lost it). */
export const openLock = $state<{ current: EditLockSession | null }>({ current: null })
