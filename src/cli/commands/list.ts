import type { ArticleSummary } from '../../shared/article/model'
import { LIST_PAGE_MAX } from '../../shared/library'
import type { CliLibrary } from '../library-access'
import { CliError } from '../output'

/** `barta list [--json]`: the library, newest first — id, status, headline per line, or the summaries as JSON. */
export async function listCommand(library: CliLibrary, options: { json: boolean }, write: (text: string) => void): Promise<void> {
  const items: ArticleSummary[] = []
  // The contract answers one page at a time; the cursor walks them all.
  for (let after: string | undefined; ;) {
    const result = await library.call('library.list', { limit: LIST_PAGE_MAX, ...(after ? { after } : {}) })
    if (!result.ok) throw new CliError(result.message.bn, result.message.en)
    items.push(...result.value.items)
    if (result.value.next === null) break
    after = result.value.next
  }
  if (options.json) {
    write(`${JSON.stringify(items, null, 2)}\n`)
    return
  }
  for (const item of items) write(`${item.id}\t${item.status}\t${item.headline}\n`)
}
