import type { CliLibrary } from '../library-access'
import { CliError } from '../output'

/** `barta list [--json]`: the library, newest first — id, status, headline per line, or the summaries as JSON. */
export async function listCommand(library: CliLibrary, options: { json: boolean }, write: (text: string) => void): Promise<void> {
  const result = await library.call('library.list', {})
  if (!result.ok) throw new CliError(result.message.bn, result.message.en)
  if (options.json) {
    write(`${JSON.stringify(result.value.items, null, 2)}\n`)
    return
  }
  for (const item of result.value.items) write(`${item.id}\t${item.status}\t${item.headline}\n`)
}
