import { describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { withTempDir } from '../helpers/tmp'
import { openDesk, value, type Desk } from '../workflow/desk'

/**
 * What the desk's views ask of the library: who made each story's latest move and when (the summary's `lastMove`),
 * stories published in a window of time, and how many were published in it — counted from the index, on the page.
 */
const TODAY = { from: '2024-01-21T00:00:00+06:00', to: '2024-01-22T00:00:00+06:00' }

async function newsroom(desk: Desk): Promise<Record<string, string>> {
  const submitted = await desk.complete('জমা পড়া খবর')
  const taken = await desk.complete('সম্পাদনায় থাকা খবর')
  const approved = await desk.complete('অনুমোদিত খবর')
  const publishedToday = await desk.complete('আজ প্রকাশিত খবর', { publishedAt: '2024-01-21T00:00:00+06:00' })
  const publishedYesterday = await desk.complete('গতকাল প্রকাশিত খবর', { publishedAt: '2024-01-20T23:59:00+06:00' })
  const publishedTomorrow = await desk.complete('আগামীকালের খবর', { publishedAt: '2024-01-22T00:00:00+06:00' })
  await desk.complete('খসড়া খবর')
  await desk.as('রহিমা খাতুন', 'reporter')
  for (const id of [submitted, taken, approved]) value(await desk.move(id, 'submit'))
  await desk.as('করিম উদ্দিন', 'desk')
  value(await desk.move(taken, 'take'))
  value(await desk.move(approved, 'take'))
  value(await desk.move(approved, 'approve'))
  for (const id of [publishedToday, publishedYesterday, publishedTomorrow]) await desk.publish(id)
  return { submitted, taken, approved, publishedToday }
}

describe('the desk views', () => {
  it('name who made each story’s latest move and when, and list and count what was published in a window', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      try {
        const ids = await newsroom(desk)
        const list = desk.handlers['library.list']

        const submitted = value(await list({ status: ['submitted'] }))
        expect(submitted.items.map((item) => item.id)).toEqual([ids.submitted])
        expect(submitted.items[0]!.lastMove).toMatchObject({ from: 'draft', to: 'submitted', by: { name: 'রহিমা খাতুন', role: 'reporter' } })
        expect(Date.parse(submitted.items[0]!.lastMove!.at)).not.toBeNaN()

        const editing = value(await list({ status: ['editing'] }))
        expect(editing.items.map((item) => [item.id, item.lastMove?.to, item.lastMove?.by.name])).toEqual([
          [ids.taken, 'editing', 'করিম উদ্দিন']
        ])
        // Who sent it to the desk stays on the card after the desk took it; a draft was never submitted.
        expect(editing.items[0]!.submitted).toMatchObject({ by: { name: 'রহিমা খাতুন', role: 'reporter' } })
        expect(value(await list({ status: ['draft'] })).items[0]!.submitted).toBeNull()
        const approved = value(await list({ status: ['approved'] }))
        expect(approved.items[0]!.lastMove).toMatchObject({ from: 'editing', to: 'approved', by: { name: 'করিম উদ্দিন' } })

        // Published in the window [from, to): the start is in it, the end is not.
        const today = value(await list({ published: TODAY, countPublished: TODAY }))
        expect(today.items.map((item) => item.headline)).toEqual(['আজ প্রকাশিত খবর'])
        expect(today.total).toBe(1)
        expect(today.counts.published).toBe(1)
        // The window narrows the list, not the counts the tabs show.
        expect(today.counts.library).toBe(7)
        expect(today.counts.status).toMatchObject({ submitted: 1, editing: 1, approved: 1, published: 3, draft: 1 })

        // Asked beside another view, the count of the window comes with that view's page.
        const queue = value(await list({ status: ['submitted'], countPublished: TODAY }))
        expect(queue.counts.published).toBe(1)
        expect(queue.items).toHaveLength(1)
        expect(value(await list({ status: ['submitted'] })).counts.published).toBeUndefined()

        const drafts = value(await list({ status: ['draft'] }))
        expect(drafts.items[0]!.lastMove).toBeNull()
      } finally {
        await desk.services.close()
      }
    })
  })

  it('fills in the latest move of summaries written before it existed, when the library opens', async () => {
    await withTempDir(async (dir) => {
      let desk = await openDesk(dir)
      const ids = await newsroom(desk)
      await desk.services.close()
      // An index from before: no summary has the field.
      const indexPath = join(dir, 'library.json')
      const index = JSON.parse(await readFile(indexPath, 'utf8')) as { articles: Record<string, Record<string, unknown>> }
      for (const summary of Object.values(index.articles)) delete summary.lastMove
      await writeFile(indexPath, JSON.stringify(index))

      desk = await openDesk(dir)
      try {
        const taken = value(await desk.handlers['library.list']({ status: ['editing'] })).items[0]!
        expect(taken.id).toBe(ids.taken)
        expect(taken.lastMove).toMatchObject({ to: 'editing', by: { name: 'করিম উদ্দিন' } })
        const published = value(await desk.handlers['library.list']({ status: ['published'] })).items
        expect(published.every((item) => item.lastMove?.to === 'published')).toBe(true)
      } finally {
        await desk.services.close()
      }
    })
  })
})
