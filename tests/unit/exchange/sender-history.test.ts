import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Article } from '../../../src/shared/article/model'
import { PACKAGE_CHOICES } from '../../../src/shared/api'
import { withTempDir } from '../helpers/tmp'
import { openDesk, value, type Desk } from '../workflow/desk'

/**
 * Hostile packages against the workflow record: the record of who moved a story is written only by this library; a
 * package's history is the sender's claim, kept apart; its notes are added, never substituted.
 */

const FORGED_CHIEF = { id: 'forged-chief-0001', name: 'প্রধান সম্পাদক (জাল)', role: 'chief' as const }

interface Package {
  exportedAt: string
  exportedBy?: string
  article: Article
}

async function packageOf(desk: Desk, id: string): Promise<Package> {
  const bundle = value(await desk.handlers['export.article']({ id, format: 'json' }))
  return JSON.parse(Buffer.from(bundle.files[0]!.dataBase64, 'base64').toString('utf8')) as Package
}

/** A package that says the story was approved and published by a chief who never touched it, with a forged note. */
function forge(pkg: Package): Package {
  const forged = structuredClone(pkg)
  forged.article.status = 'approved'
  forged.article.workflow = [
    ...forged.article.workflow,
    { at: '2024-01-21T10:00:00+06:00', by: FORGED_CHIEF, from: 'editing', to: 'approved', note: 'অনুমোদিত — সরাসরি প্রকাশ করুন' }
  ]
  forged.article.notes = [
    ...forged.article.notes,
    { id: 'forged-note-1', at: '2024-01-21T10:01:00+06:00', by: FORGED_CHIEF, text: 'আইনি যাচাই লাগবে না, আমি দেখেছি।' }
  ]
  return forged
}

async function twoDesks(dir: string) {
  const reporter = await openDesk(join(dir, 'reporter'))
  const id = value(await reporter.handlers['article.create']({ content: { headline: 'হাওরে ধান কাটা শুরু' } })).id
  value(await reporter.handlers['note.add']({ id, text: 'কৃষি অফিসের বক্তব্য পরে যোগ করব।' }))
  value(await reporter.move(id, 'submit'))
  const desk = await openDesk(join(dir, 'desk'))
  await desk.as('করিম উদ্দিন', 'desk')
  return { reporter, desk, id }
}

describe('a package cannot write the local workflow record', () => {
  it('keeps a forged «approved by» apart as the sender’s claim, files the story as this desk decides, and says so', async () => {
    await withTempDir(async (dir) => {
      const { reporter, desk, id } = await twoDesks(dir)
      const forged = forge(await packageOf(reporter, id))
      const imported = value(await desk.handlers['article.import']({ text: JSON.stringify(forged) }))
      expect(imported).toMatchObject({ kind: 'imported', id })
      if (imported.kind === 'imported') expect(imported.warnings.map((warning) => warning.code)).toContain('history-claimed')

      const story = value(await desk.handlers['article.get']({ id }))
      expect(story.status).toBe('submitted')
      expect(story.workflow).toEqual([])
      expect(JSON.stringify(story.workflow)).not.toContain('forged-chief')
      expect(story.senderHistory).toHaveLength(1)
      expect(story.senderHistory![0]).toMatchObject({
        sentBy: 'রহিমা খাতুন (প্রতিবেদক)',
        sentAt: forged.exportedAt,
        status: 'approved',
        receivedBy: { name: 'করিম উদ্দিন', role: 'desk' },
        workflow: [
          { from: 'draft', to: 'submitted', by: { name: 'রহিমা খাতুন' } },
          { from: 'editing', to: 'approved', by: FORGED_CHIEF }
        ]
      })
      // Nothing the package claimed counts: the desk still has to take and approve it itself.
      expect(await desk.move(id, 'approve')).toMatchObject({ ok: false, code: 'conflict' })
      value(await desk.move(id, 'take'))
      expect(value(await desk.handlers['article.get']({ id })).workflow.map((entry) => entry.by.name)).toEqual(['করিম উদ্দিন'])
    })
  })

  it('marks notes that arrived as received, and adds them beside the local ones', async () => {
    await withTempDir(async (dir) => {
      const { reporter, desk, id } = await twoDesks(dir)
      const forged = forge(await packageOf(reporter, id))
      value(await desk.handlers['article.import']({ text: JSON.stringify(forged) }))
      const notes = value(await desk.handlers['article.get']({ id })).notes
      expect(notes.map((note) => note.text)).toEqual(['কৃষি অফিসের বক্তব্য পরে যোগ করব।', 'আইনি যাচাই লাগবে না, আমি দেখেছি।'])
      for (const note of notes) expect(note.received).toMatchObject({ from: 'রহিমা খাতুন (প্রতিবেদক)' })
      // A note written here is not marked.
      const mine = value(await desk.handlers['note.add']({ id, text: 'ছবি লাগবে।' })).notes.at(-1)
      expect(mine?.received).toBeUndefined()
    })
  })

  it.each(PACKAGE_CHOICES)('never erases the local record or notes on package.resolve «%s»', async (choice) => {
    await withTempDir(async (dir) => {
      const { reporter, desk, id } = await twoDesks(dir)
      value(await desk.handlers['article.import']({ text: JSON.stringify(await packageOf(reporter, id)) }))
      value(await desk.move(id, 'take'))
      value(await desk.handlers['note.add']({ id, text: 'ডেস্কের নিজের নোট' }))
      value(await desk.save(id, { summary: 'ডেস্কের সারাংশ' }))
      const before = value(await desk.handlers['article.get']({ id }))
      expect(before.workflow).toHaveLength(1)

      // The reporter sends a newer text; the package is then doctored to claim an approval and carry a note that
      // reuses the id of the desk's own note with other words.
      value(await reporter.save(id, { headline: 'হাওরে ধান কাটা শুরু, দাম ভালো' }))
      const forged = forge(await packageOf(reporter, id))
      forged.article.notes.push({ ...before.notes.at(-1)!, text: 'ডেস্কের নোট বদলে দেওয়া হলো' })
      forged.article.workflow = [{ at: '2024-01-20T09:00:00+06:00', by: FORGED_CHIEF, from: 'draft', to: 'published', note: '' }]
      const text = JSON.stringify(forged)
      expect(value(await desk.handlers['article.import']({ text }))).toMatchObject({ kind: 'decision', id })

      const resolved = value(await desk.handlers['package.resolve']({ text, choice }))
      const after = value(await desk.handlers['article.get']({ id }))
      expect(after.workflow).toEqual(before.workflow)
      expect(after.status).toBe('editing')
      expect(after.owner).toEqual(before.owner)
      // Every local note is there, word for word; what arrived was added after them (to the new copy for «both»).
      expect(after.notes.slice(0, before.notes.length)).toEqual(before.notes)
      expect(after.headline).toBe(choice === 'take' ? 'হাওরে ধান কাটা শুরু, দাম ভালো' : 'হাওরে ধান কাটা শুরু')
      let receiver = after
      if (choice === 'both') {
        expect(after).toEqual(before)
        expect(resolved).toMatchObject({ kind: 'imported', renamed: true })
        receiver = value(await desk.handlers['article.get']({ id: resolved.kind === 'imported' ? resolved.id : '' }))
        expect(receiver.workflow).toEqual([])
      }
      const texts = receiver.notes.map((note) => note.text)
      expect(texts).toContain('ডেস্কের নোট বদলে দেওয়া হলো')
      expect(texts).toContain('আইনি যাচাই লাগবে না, আমি দেখেছি।')
      expect(new Set(receiver.notes.map((note) => note.id)).size).toBe(receiver.notes.length)
      expect(receiver.senderHistory?.at(-1)).toMatchObject({ status: 'approved', workflow: [{ by: FORGED_CHIEF, to: 'published' }] })
      // The same package again adds nothing twice.
      if (choice !== 'both') {
        await desk.handlers['package.resolve']({ text, choice: 'keep' })
        const again = value(await desk.handlers['article.get']({ id }))
        expect(again.notes).toEqual(after.notes)
        expect(again.senderHistory).toEqual(after.senderHistory)
      }
    })
  })

  it('refuses a package that carries what only the receiving library may know', async () => {
    await withTempDir(async (dir) => {
      const { reporter, desk, id } = await twoDesks(dir)
      const pkg = await packageOf(reporter, id)
      const withPublication = structuredClone(pkg) as Package & { article: Record<string, unknown> }
      withPublication.article.publication = {
        version: 1,
        at: '2024-01-21T10:00:00.000Z',
        by: FORGED_CHIEF,
        headline: 'x',
        slug: 'x',
        publishedAt: null,
        contentUpdatedAt: null,
        corrections: []
      }
      const withClaims = structuredClone(pkg) as Package & { article: Record<string, unknown> }
      withClaims.article.senderHistory = []
      for (const bad of [withPublication, withClaims]) {
        expect(await desk.handlers['article.import']({ text: JSON.stringify(bad) })).toMatchObject({ ok: false, code: 'bad-request' })
      }
      expect(value(await desk.handlers['library.list']({})).total).toBe(0)
    })
  })

  it('never sends local knowledge onwards: an exported package carries no publication or sender history', async () => {
    await withTempDir(async (dir) => {
      const { reporter, desk, id } = await twoDesks(dir)
      value(await desk.handlers['article.import']({ text: JSON.stringify(forge(await packageOf(reporter, id))) }))
      const onwards = await packageOf(desk, id)
      expect(onwards.article).not.toHaveProperty('senderHistory')
      expect(onwards.article).not.toHaveProperty('publication')
      // What the desk sends is its own record (empty here), not the claim it received.
      expect(onwards.article.workflow).toEqual([])
    })
  })
})
