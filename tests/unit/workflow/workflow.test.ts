import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createServices, type Services } from '../../../src/core'
import { dispatch } from '../../../src/shared/dispatch'
import { availableActions, checkMove } from '../../../src/shared/workflow'
import { bodyFromPlainText } from '../../../src/shared/article/body'
import { withTempDir } from '../helpers/tmp'

async function as(services: Services, name: string, role: 'reporter' | 'desk' | 'chief') {
  const state = await services.handlers['profile.save']({ profile: { name, role, desk: 'জাতীয় ডেস্ক' } })
  if (!state.ok) throw new Error(state.message.en)
  return state.value.currentId
}

const complete = (mediaId: string) => ({
  headline: 'নদীভাঙনে বিলীন তিন গ্রাম',
  byline: 'নিজস্ব প্রতিবেদক',
  section: 'সারাদেশ',
  publishedAt: '2024-01-21T14:27:00+06:00',
  leadImage: { mediaId, caption: 'ভাঙনের মুখে বসতভিটা', credit: 'সংগৃহীত', alt: 'নদীর পাড়ে ভাঙা ঘর' },
  body: bodyFromPlainText('যমুনার ভাঙনে তিনটি গ্রাম নদীতে বিলীন হয়েছে।')
})

describe('the workflow', () => {
  it('walks a story from reporter to desk to chief, recording every move and snapshotting a revision', async () => {
    await withTempDir(async (dir) => {
      const services = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      const { handlers } = services
      const photo = await handlers['media.put']({
        name: 'p.jpg',
        dataBase64: (await readFile('tests/fixtures/images/village.jpg')).toString('base64')
      })
      if (!photo.ok) throw new Error('photo')
      const reporter = await as(services, 'রহিমা খাতুন', 'reporter')
      const created = await handlers['article.create']({ content: { headline: 'নদীভাঙন' } })
      if (!created.ok) throw new Error('create')
      const id = created.value.id
      expect(created.value.owner).toMatchObject({ id: reporter, name: 'রহিমা খাতুন', role: 'reporter' })

      // A reporter cannot approve, and the desk cannot publish.
      expect(await dispatch(handlers, 'article.transition', { id, action: 'approve' })).toMatchObject({ ok: false, code: 'forbidden' })
      expect(await dispatch(handlers, 'article.transition', { id, action: 'submit' })).toMatchObject({
        ok: true,
        value: { status: 'submitted' }
      })

      await as(services, 'করিম ডেস্ক', 'desk')
      expect(await dispatch(handlers, 'article.transition', { id, action: 'take' })).toMatchObject({
        ok: true,
        value: { status: 'editing' }
      })
      // Returning needs a reason; the reason travels with the story.
      expect(await dispatch(handlers, 'article.transition', { id, action: 'return' })).toMatchObject({ ok: false, code: 'bad-request' })
      const returned = await dispatch(handlers, 'article.transition', { id, action: 'return', note: 'ছবির সূত্র দিন' })
      expect(returned).toMatchObject({ ok: true, value: { status: 'returned' } })

      // Another reporter cannot submit it; its owner can.
      await as(services, 'অন্য প্রতিবেদক', 'reporter')
      expect(await dispatch(handlers, 'article.transition', { id, action: 'submit' })).toMatchObject({ ok: false, code: 'forbidden' })
      await dispatch(handlers, 'profile.switch', { id: reporter })
      expect(await dispatch(handlers, 'article.transition', { id, action: 'submit' })).toMatchObject({
        ok: true,
        value: { status: 'submitted' }
      })

      await as(services, 'ডেস্ক দুই', 'desk')
      await dispatch(handlers, 'article.transition', { id, action: 'take' })
      // Approval is blocked with the list of what is missing.
      const blocked = await dispatch(handlers, 'article.transition', { id, action: 'approve' })
      expect(blocked).toMatchObject({ ok: false, code: 'bad-request' })
      if (!blocked.ok) expect(blocked.message.bn).toContain('প্রধান ছবি')
      const article = await handlers['article.get']({ id })
      if (!article.ok) throw new Error('get')
      await handlers['article.save']({ id, baseRevision: article.value.revision, patch: complete(photo.value.mediaId) })
      expect(await dispatch(handlers, 'article.transition', { id, action: 'approve' })).toMatchObject({
        ok: true,
        value: { status: 'approved' }
      })
      expect(await dispatch(handlers, 'article.transition', { id, action: 'publish' })).toMatchObject({ ok: false, code: 'forbidden' })

      await as(services, 'প্রধান সম্পাদক', 'chief')
      const published = await dispatch(handlers, 'article.transition', { id, action: 'publish' })
      expect(published).toMatchObject({ ok: true, value: { status: 'published' } })
      if (!published.ok) return
      const log = (published.value as { workflow: Array<{ from: string; to: string; by: { name: string }; note: string }> }).workflow
      expect(log.map((entry) => `${entry.from}→${entry.to}`)).toEqual([
        'draft→submitted',
        'submitted→editing',
        'editing→returned',
        'returned→submitted',
        'submitted→editing',
        'editing→approved',
        'approved→published'
      ])
      expect(log[2]).toMatchObject({ by: { name: 'করিম ডেস্ক' }, note: 'ছবির সূত্র দিন' })
      const revisions = await handlers['revision.list']({ id })
      expect(revisions.ok && revisions.value.some((info) => info.reason === 'status')).toBe(true)
    })
  })

  it('keeps an editorial thread that never reaches the published page but travels in ninjs', async () => {
    await withTempDir(async (dir) => {
      const services = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      const { handlers } = services
      await as(services, 'ডেস্ক সম্পাদক', 'desk')
      const created = await handlers['article.create']({ content: { headline: 'বাজেট', body: bodyFromPlainText('বাজেট পেশ।') } })
      if (!created.ok) throw new Error('create')
      const id = created.value.id
      expect(await dispatch(handlers, 'note.add', { id, text: '   ' })).toMatchObject({ ok: false })
      const noted = await dispatch(handlers, 'note.add', { id, text: 'সংখ্যাগুলো অর্থ মন্ত্রণালয়ের সাথে মিলিয়ে নিন' })
      expect(noted).toMatchObject({
        ok: true,
        value: { notes: [{ text: 'সংখ্যাগুলো অর্থ মন্ত্রণালয়ের সাথে মিলিয়ে নিন', by: { name: 'ডেস্ক সম্পাদক' } }] }
      })
      const html = await handlers['export.article']({ id, format: 'html' })
      expect(html.ok && Buffer.from(html.value.files[0]!.dataBase64, 'base64').toString('utf8')).not.toContain('মন্ত্রণালয়ের সাথে মিলিয়ে')
      const ninjs = await handlers['export.article']({ id, format: 'ninjs' })
      const item = ninjs.ok ? JSON.parse(Buffer.from(ninjs.value.files[0]!.dataBase64, 'base64').toString('utf8')) : {}
      expect(item.ednote).toContain('ডেস্ক সম্পাদক: সংখ্যাগুলো অর্থ মন্ত্রণালয়ের সাথে মিলিয়ে নিন')
    })
  })

  it('marks a copy of an unapproved story «খসড়া — প্রকাশের জন্য নয়», and not an approved one', async () => {
    await withTempDir(async (dir) => {
      const services = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      const created = await services.handlers['article.create']({ content: { headline: 'খসড়া খবর' } })
      if (!created.ok) throw new Error('create')
      const html = await services.handlers['export.article']({ id: created.value.id, format: 'html' })
      expect(html.ok && Buffer.from(html.value.files[0]!.dataBase64, 'base64').toString('utf8')).toContain(
        '<p class="draft-mark" role="note">খসড়া — প্রকাশের জন্য নয়</p>'
      )
      const approved = await services.store.updateMeta(created.value.id, (article) => ({ ...article, status: 'approved' }))
      expect(approved).toBeDefined()
      const clean = await services.handlers['export.article']({ id: created.value.id, format: 'html' })
      expect(clean.ok && Buffer.from(clean.value.files[0]!.dataBase64, 'base64').toString('utf8')).not.toContain('<p class="draft-mark"')
    })
  })

  it('offers only the moves a role may make', () => {
    const reporter = { id: 'r', name: 'র', role: 'reporter' as const }
    const chief = { id: 'c', name: 'চ', role: 'chief' as const }
    expect(availableActions({ status: 'draft', owner: reporter }, reporter)).toEqual(['submit'])
    expect(availableActions({ status: 'draft', owner: chief }, reporter)).toEqual([])
    expect(availableActions({ status: 'approved', owner: reporter }, chief)).toEqual(['publish', 'sendBack', 'kill'])
    expect(
      checkMove(
        { status: 'killed', owner: null, headline: '', byline: '', publishedAt: null, section: '', leadImage: null },
        chief,
        'kill',
        'আবার'
      )
    ).toMatchObject({ ok: false, code: 'conflict' })
  })
})

describe('story packages between machines', () => {
  it('shows a conflicting newer version to the desk, and takes it, keeps theirs or keeps both as asked', async () => {
    await withTempDir(async (dir) => {
      const reporterBox = await createServices({ dataDir: join(dir, 'reporter'), transport: 'http', version: 'test' })
      await as(reporterBox, 'জেলা প্রতিনিধি', 'reporter')
      const created = await reporterBox.handlers['article.create']({
        content: { headline: 'হাওরে ধান কাটা শুরু', body: bodyFromPlainText('কৃষকেরা ধান কাটছেন।') }
      })
      if (!created.ok) throw new Error('create')
      const id = created.value.id
      const first = await reporterBox.handlers['export.article']({ id, format: 'json' })
      if (!first.ok) throw new Error('export')
      const firstText = Buffer.from(first.value.files[0]!.dataBase64, 'base64').toString('utf8')
      expect(JSON.parse(firstText).exportedBy).toBe('জেলা প্রতিনিধি (প্রতিবেদক)')

      const desk = await createServices({ dataDir: join(dir, 'desk'), transport: 'http', version: 'test' })
      await as(desk, 'ডেস্ক', 'desk')
      expect(await desk.handlers['article.import']({ text: firstText })).toMatchObject({ ok: true, value: { kind: 'imported', id } })
      // The desk edits its copy while the reporter sends a newer version.
      await desk.handlers['article.save']({ id, baseRevision: 1, patch: { headline: 'হাওরে ধান কাটা শুরু, শ্রমিক সংকট' } })
      await reporterBox.handlers['article.save']({
        id,
        baseRevision: 1,
        patch: { body: bodyFromPlainText('কৃষকেরা ধান কাটছেন। দাম ভালো।') }
      })
      const second = await reporterBox.handlers['export.article']({ id, format: 'json' })
      if (!second.ok) throw new Error('export')
      const secondText = Buffer.from(second.value.files[0]!.dataBase64, 'base64').toString('utf8')

      const pending = await desk.handlers['article.import']({ text: secondText })
      expect(pending).toMatchObject({
        ok: true,
        value: { kind: 'decision', id, existing: { headline: 'হাওরে ধান কাটা শুরু, শ্রমিক সংকট' }, sentBy: 'জেলা প্রতিনিধি (প্রতিবেদক)' }
      })
      // Nothing was written while the desk decides.
      expect((await desk.handlers['article.get']({ id })).ok && (await desk.handlers['article.get']({ id }))).toMatchObject({
        value: { headline: 'হাওরে ধান কাটা শুরু, শ্রমিক সংকট' }
      })

      expect(await desk.handlers['package.resolve']({ text: secondText, choice: 'keep' })).toMatchObject({ ok: true })
      expect(await desk.handlers['article.get']({ id })).toMatchObject({ value: { headline: 'হাওরে ধান কাটা শুরু, শ্রমিক সংকট' } })
      const both = await desk.handlers['package.resolve']({ text: secondText, choice: 'both' })
      expect(both).toMatchObject({ ok: true, value: { kind: 'imported', renamed: true } })
      const taken = await desk.handlers['package.resolve']({ text: secondText, choice: 'take' })
      expect(taken).toMatchObject({ ok: true, value: { kind: 'imported', id } })
      const now = await desk.handlers['article.get']({ id })
      expect(now.ok && JSON.stringify(now.value.body)).toContain('দাম ভালো')
      const revisions = await desk.handlers['revision.list']({ id })
      expect(revisions.ok && revisions.value.find((info) => info.reason === 'import')?.headline).toBe('হাওরে ধান কাটা শুরু, শ্রমিক সংকট')
    })
  })

  it('refuses a package that claims another profile owns an existing story, and changes nothing', async () => {
    await withTempDir(async (dir) => {
      const services = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      await as(services, 'আসল প্রতিবেদক', 'reporter')
      const created = await services.handlers['article.create']({ content: { headline: 'মূল খবর' } })
      if (!created.ok) throw new Error('create')
      const exported = await services.handlers['export.article']({ id: created.value.id, format: 'json' })
      if (!exported.ok) throw new Error('export')
      const pkg = JSON.parse(Buffer.from(exported.value.files[0]!.dataBase64, 'base64').toString('utf8'))
      pkg.article.owner = { id: 'someone-else-1234', name: 'ভুয়া', role: 'reporter' }
      pkg.article.headline = 'বদলে দেওয়া খবর'
      const result = await services.handlers['article.import']({ text: JSON.stringify(pkg) })
      expect(result).toMatchObject({ ok: false, code: 'forbidden' })
      expect(await services.handlers['article.get']({ id: created.value.id })).toMatchObject({ value: { headline: 'মূল খবর' } })
      pkg.article.owner = created.value.owner
      pkg.article.status = 'half-approved'
      expect(await services.handlers['article.import']({ text: JSON.stringify(pkg) })).toMatchObject({ ok: false, code: 'bad-request' })
    })
  })

  it('files a package that arrives approved or published as submitted: approval is given on this desk', async () => {
    await withTempDir(async (dir) => {
      const sender = await createServices({ dataDir: join(dir, 'sender'), transport: 'http', version: 'test' })
      const created = await sender.handlers['article.create']({ content: { headline: 'আগেই প্রকাশিত দাবি' } })
      if (!created.ok) throw new Error('create')
      await sender.store.updateMeta(created.value.id, (article) => ({ ...article, status: 'published' }))
      const exported = await sender.handlers['export.article']({ id: created.value.id, format: 'json' })
      if (!exported.ok) throw new Error('export')
      const desk = await createServices({ dataDir: join(dir, 'desk'), transport: 'http', version: 'test' })
      const imported = await desk.handlers['article.import']({
        text: Buffer.from(exported.value.files[0]!.dataBase64, 'base64').toString('utf8')
      })
      expect(imported).toMatchObject({ ok: true, value: { kind: 'imported', warnings: [{ detail: 'published' }] } })
      expect(await desk.handlers['article.get']({ id: created.value.id })).toMatchObject({ value: { status: 'submitted' } })
    })
  })
})
