import type { Article, ArticleSummary } from '../../../shared/article/model'
import { api } from '../lib/api-client'
import { profilesState } from '../lib/profiles.svelte'

/**
 * Stories the desk returned to me that I have not opened since: a reporter sees them flagged the next time they look,
 * and the flag goes when the story is opened. When each of my returned stories was last opened is remembered on this
 * machine, per profile (profiles are this machine's too); a story returned again after that is flagged again.
 */
const STORAGE_PREFIX = 'barta.openedReturned.'
/** Enough for any reporter's returned stories; the oldest are forgotten first. */
const REMEMBERED = 300

type OpenedAt = Record<string, string>

function readOpened(profileId: string): OpenedAt {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_PREFIX + profileId) ?? '{}') as unknown
    return stored && typeof stored === 'object' ? (stored as OpenedAt) : {}
  } catch {
    return {}
  }
}

function writeOpened(profileId: string, opened: OpenedAt): void {
  const newest = Object.entries(opened)
    .sort((a, b) => b[1].localeCompare(a[1]))
    .slice(0, REMEMBERED)
  try {
    localStorage.setItem(STORAGE_PREFIX + profileId, JSON.stringify(Object.fromEntries(newest)))
  } catch {
    // Private mode: the flags last for this page only.
  }
}

/** When the story came back to its reporter (its latest move), else its last change. */
const returnedAt = (story: ArticleSummary) => story.lastMove?.at ?? story.modifiedAt

class ReturnedToMe {
  /** My returned stories not opened since they came back, newest first. */
  stories = $state.raw<ArticleSummary[]>([])
  private serial = 0

  isFlagged(id: string): boolean {
    return this.stories.some((story) => story.id === id)
  }

  /** Asks the library for my returned stories (a short list) and keeps those I have not opened since. */
  async check(): Promise<void> {
    const serial = ++this.serial
    const me = profilesState.currentId
    if (!me) {
      this.stories = []
      return
    }
    const result = await api.call('library.list', { status: ['returned'], ownerId: me, sort: 'modified', order: 'desc', limit: 100 })
    if (serial !== this.serial || !result.ok) return
    const opened = readOpened(me)
    this.stories = result.value.items.filter((story) => {
      const seen = opened[story.id]
      return seen === undefined || Date.parse(seen) < Date.parse(returnedAt(story))
    })
  }

  /** I opened a story: if it is one of my returned ones, its flag goes (until it is returned again). */
  opened(article: Pick<Article, 'id' | 'status' | 'owner'>): void {
    const me = profilesState.currentId
    if (!me || article.status !== 'returned' || article.owner?.id !== me) return
    writeOpened(me, { ...readOpened(me), [article.id]: new Date().toISOString() })
    if (this.isFlagged(article.id)) this.stories = this.stories.filter((story) => story.id !== article.id)
  }
}

export const returnedToMe = new ReturnedToMe()
