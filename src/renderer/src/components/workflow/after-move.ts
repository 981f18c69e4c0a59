import type { Article } from '../../../../shared/article/model'
import { CONTENT_KEYS } from '../../../../shared/article/model'
import { readLiveArticle } from '../../lib/live-article.svelte'
import { library } from '../../state/library.svelte'
import { selection } from '../../state/selection.svelte'
import { storyChecklist } from './checklist.svelte'

/**
 * A move was made. Most moves change only the story's state and record: the editor keeps its text (and its undo).
 * Some also change the text — publishing fills the slug and, for a correction, the «আপডেট» time; dropping a
 * correction brings the published text back — and then the editor starts again from the stored story, so it never
 * holds (or saves) a text older than the one on disk.
 */
export function afterMove(moved: Article): void {
  const held = readLiveArticle()
  const textChanged = !held || CONTENT_KEYS.some((key) => JSON.stringify(held[key]) !== JSON.stringify(moved[key]))
  if (textChanged) selection.replace(moved)
  else selection.updateWorkflow(moved)
  storyChecklist.saved(moved.id)
  library.followMove(moved.status)
}
