import type { DeskQueue, QueueItem, UserRef } from '../../../shared/newsroom'
import type { Err } from '../../../shared/result'
import { api } from '../lib/api-client'
import { selection } from './selection.svelte'
import { session } from './session.svelte'

/**
 * The shared desk queue (newsroom mode, desk and chief): four columns from desk.queue, the people a story can be given
 * to, and assignment. It is asked again when a live event says something moved, and each time it is shown.
 */
class DeskQueueState {
  /** The queue is drawn instead of the open story. */
  shown = $state(false)
  queue = $state.raw<DeskQueue | null>(null)
  people = $state.raw<UserRef[]>([])
  problem = $state.raw<Err | null>(null)
  private serial = 0

  get available(): boolean {
    return session.newsroom && session.isDesk
  }

  show(): void {
    this.shown = true
    void this.refresh()
    if (this.people.length === 0) void this.loadPeople()
  }

  hide(): void {
    this.shown = false
  }

  async refresh(): Promise<void> {
    if (!this.available) return
    const serial = ++this.serial
    const result = await api.call('desk.queue', {})
    if (serial !== this.serial) return
    if (result.ok) {
      this.queue = result.value
      this.problem = null
    } else this.problem = result
  }

  async loadPeople(): Promise<void> {
    const result = await api.call('newsroom.people', {})
    if (result.ok) this.people = result.value
  }

  /** «আমাকে দিন» (userId: the session's own) or «{name} কে দিন». The server records who gave it. */
  async assign(item: QueueItem, userId: string): Promise<Err | null> {
    const result = await api.call('story.assign', { id: item.summary.id, userId })
    if (!result.ok) {
      this.problem = result
      return result
    }
    await this.refresh()
    return null
  }

  /** Opening a story from the queue opens it in the editor. */
  open(id: string): void {
    this.shown = false
    selection.select(id)
  }
}

export const deskQueue = new DeskQueueState()
