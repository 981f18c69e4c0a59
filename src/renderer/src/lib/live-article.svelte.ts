import type { Article } from '../../../shared/article/model'

/**
 * The article as it stands in the editor right now, for the preview and exports. The editor registers a source and bumps
 * `version` on every change (cheap); readers call `read()` only when they need the article, after typing pauses —
 * building the full body JSON on every keystroke would cost a 10,000-word article its typing speed.
 */
interface LiveSource {
  read: () => Article | null
  flush: () => Promise<void>
}

export const liveArticle = $state<{ version: number; id: string | null }>({ version: 0, id: null })
let source: LiveSource | null = null

export function registerLiveSource(id: string, next: LiveSource): () => void {
  source = next
  liveArticle.id = id
  liveArticle.version += 1
  return () => {
    if (source === next) {
      source = null
      liveArticle.id = null
      liveArticle.version += 1
    }
  }
}

export function touchLiveArticle(): void {
  liveArticle.version += 1
}

export function readLiveArticle(): Article | null {
  return source?.read() ?? null
}

/** Saves what the editor holds, so an export reflects the last keystroke. */
export async function flushLiveArticle(): Promise<void> {
  await source?.flush()
}
