import type { Checklist } from '../../../../shared/api'
import type { ChecklistEntry } from '../../../../shared/workflow'
import { api } from '../../lib/api-client'

/**
 * The approval checklist of the open story, as the services judge the saved story (a photo whose file is missing
 * counts as none). It is read when a story opens and again after each save and each move, so it is never ahead of
 * what approval would see; an answer for an older story or an older read is dropped.
 */
class StoryChecklist {
  id = $state<string | null>(null)
  value = $state.raw<Checklist | null>(null)
  private reads = 0

  /** Follows the open story: a new id clears the old list and reads the new one. */
  follow(id: string | null): void {
    if (id !== this.id) {
      this.id = id
      this.value = null
    }
    if (id && this.value === null) void this.refresh()
  }

  /** A save or a move of this story: read again. */
  saved(id: string): void {
    if (id === this.id) void this.refresh()
  }

  /** Reads the list now; the answer is also returned, for a caller that must decide on it (the reporter's «জমা দিন»). */
  async refresh(): Promise<Checklist | null> {
    const id = this.id
    if (!id) return null
    const read = ++this.reads
    const result = await api.call('article.checklist', { id })
    if (read !== this.reads || id !== this.id) return result.ok ? result.value : null
    this.value = result.ok ? result.value : null
    return this.value
  }
}

export const storyChecklist = new StoryChecklist()

/**
 * The items as the desk reads them: without a photo, its caption, credit and alt text are not listed apart — they come
 * with the photo, as the services' own refusal names them.
 */
export function listedItems(items: ChecklistEntry[]): ChecklistEntry[] {
  const photoMissing = items.some((item) => item.field === 'leadImage' && !item.done)
  return items.filter((item) => !(photoMissing && item.field.startsWith('leadImage.')))
}
