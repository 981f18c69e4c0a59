import type { NewsroomEvent } from '../../../shared/newsroom'
import { t, type MessageKey } from '../i18n/index.svelte'
import { fill } from '../i18n/format'
import { deskQueue } from './desk-queue.svelte'
import { openLock } from './edit-lock.svelte'
import { library } from './library.svelte'
import { session } from './session.svelte'
import { selection } from './selection.svelte'
import { api } from '../lib/api-client'

export interface Toast {
  id: number
  text: string
}

/** How long a toast stays before it goes by itself. */
const TOAST_MS = 12_000
/** Many events at once (a burst of saves) ask for the queue and the list once. */
const REFRESH_DELAY_MS = 400

/** The toast an event deserves for this user, if any. Pure, for the tests and the reader. */
export function toastFor(event: NewsroomEvent, me: { id: string; desk: boolean }): string | null {
  if (event.by?.id === me.id) return null
  const headline = event.headline.trim() || t('untitled')
  const say = (key: MessageKey, values: Record<string, string> = {}) => fill(t(key), { headline, ...values })
  switch (event.kind) {
    case 'return':
      return event.ownerId === me.id ? say('liveReturned', { note: event.note ?? '' }) : null
    case 'submit':
      return me.desk ? say('liveSubmitted') : null
    case 'publish':
      return say('livePublished')
    case 'locked':
      // A take-over names the previous holder's id as the change's note; a lock taken when it was free names nobody.
      return event.note === me.id && event.by ? say('liveTakenOver', { name: event.by.name }) : null
    default:
      return null
  }
}

/**
 * The newsroom's live events (server-sent events at /events, same origin, with the session cookie). Each event asks
 * the queue and the list again; some also tell the user in a polite toast. EventSource reconnects by itself after a
 * drop; nothing is shown for it.
 */
class LiveEvents {
  toasts = $state<Toast[]>([])
  private next = 0
  private refreshTimer: ReturnType<typeof setTimeout> | undefined

  /** Opens the stream; returns the cleanup that closes it. */
  start(): () => void {
    if (typeof EventSource === 'undefined') return () => {}
    const source = new EventSource('/events', { withCredentials: true })
    source.onmessage = (message: MessageEvent<string>) => {
      try {
        this.receive(JSON.parse(message.data) as NewsroomEvent)
      } catch {
        // A line that is not an event (a comment, a keep-alive): nothing to do.
      }
    }
    return () => source.close()
  }

  receive(event: NewsroomEvent): void {
    const lock = openLock.current
    const holdsLockOn = lock?.mine ? lock.storyId : null
    const text = toastFor(event, { id: session.user?.id ?? '', desk: session.isDesk })
    const mine = event.by?.id === session.user?.id
    if (event.kind === 'locked' && holdsLockOn === event.storyId && event.by && !mine && event.note === session.user?.id) {
      lock?.lost(event.by)
    }
    if (!mine && event.storyId === selection.id) void this.refreshOpen(event.storyId, holdsLockOn === event.storyId)
    if (text) this.tell(text)
    clearTimeout(this.refreshTimer)
    this.refreshTimer = setTimeout(() => {
      void library.refresh()
      if (deskQueue.shown) void deskQueue.refresh()
    }, REFRESH_DELAY_MS)
  }

  /**
   * Someone else changed the open story. Its state, record and notes follow at once; its text too unless this user
   * holds the edit lock (then nobody else could have changed the text, and the editor keeps what is being typed).
   */
  private async refreshOpen(storyId: string, holdingLock: boolean): Promise<void> {
    const result = await api.call('article.get', { id: storyId })
    if (!result.ok || selection.id !== storyId || !selection.article) return
    if (!holdingLock && result.value.revision !== selection.article.revision) selection.replace(result.value)
    else selection.updateWorkflow(result.value)
  }

  tell(text: string): void {
    const id = ++this.next
    this.toasts = [...this.toasts, { id, text }]
    setTimeout(() => this.dismiss(id), TOAST_MS)
  }

  dismiss(id: number): void {
    this.toasts = this.toasts.filter((toast) => toast.id !== id)
  }
}

export const liveEvents = new LiveEvents()
