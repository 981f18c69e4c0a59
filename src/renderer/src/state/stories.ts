import type { Article } from '../../../shared/article/model'
import { summarize } from '../../../shared/article/summary'
import { api } from '../lib/api-client'
import type { ImportReportEntry } from '../lib/import-report'
import { dialogs } from './dialogs.svelte'
import { importReport } from './import-report.svelte'
import { library } from './library.svelte'
import { notices } from './notices.svelte'
import { selection } from './selection.svelte'

/**
 * What the desk does to whole stories — new, duplicate, trash, restore, import — each keeping the list, the open story
 * and the notices in step. A failed call is shown in the problem banner and changes nothing else.
 */

export async function createStory(): Promise<void> {
  const result = await api.call('article.create', {})
  if (!result.ok) return notices.fail(result)
  selection.show(result.value, { justCreated: true })
  await library.add(summarize(result.value, null))
}

export async function duplicateStory(): Promise<void> {
  if (!selection.id) return
  const result = await api.call('article.duplicate', { id: selection.id })
  if (!result.ok) return notices.fail(result)
  selection.show(result.value)
  await library.refresh()
}

export async function trashStory(): Promise<void> {
  const id = selection.id
  if (!id) return
  selection.close()
  const result = await api.call('article.trash', { id })
  if (!result.ok) return notices.fail(result)
  notices.tell('movedToTrash')
  await library.refresh()
}

export async function restoreFromTrash(id: string): Promise<void> {
  const result = await api.call('article.restore', { id })
  if (!result.ok) return notices.fail(result)
  await library.refresh()
}

export async function emptyTrash(): Promise<void> {
  dialogs.close('emptyTrash')
  const result = await api.call('trash.empty', {})
  if (!result.ok) return notices.fail(result)
  await library.refresh()
}

/** A revision was restored on top: the editor starts again from the restored text. */
export function restoredRevision(article: Article): void {
  dialogs.close('revisions')
  notices.tell('restoredRevision')
  selection.replace(article)
  void library.refresh()
}

/** Files were imported: the report is shown and the first story added is opened. */
export function imported(report: ImportReportEntry[]): void {
  importReport.show(report)
  const first = importReport.firstImported()
  if (first) void selection.open(first)
  void library.refresh()
}

/** The desk settled a package that needed a decision; the story it chose (if any) is opened from disk again. */
export function decided(entry: ImportReportEntry, id: string | null): void {
  importReport.settled(entry)
  if (id) void selection.open(id)
  void library.refresh()
}

/** A conflict was settled by keeping both: mine is a new story in the list; the editor reopens the stored text. */
export function keptBoth(current: Article): void {
  selection.replace(current)
  void library.refresh()
}
