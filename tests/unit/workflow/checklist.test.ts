import { describe, expect, it } from 'vitest'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { createServices } from '../../../src/core'
import { approvalChecklist, approvalChecklistEntries } from '../../../src/shared/workflow'
import { withTempDir } from '../helpers/tmp'
import { openDesk, value } from './desk'

const NOW = new Date('2024-01-22T04:05:00.000Z')

describe('the approval checklist', () => {
  it('lists every item ticked or not, through the contract, for the live checklist', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const created = value(await desk.handlers['article.create']({ content: { headline: 'শুধু শিরোনাম' } }))
      const checklist = value(await desk.handlers['article.checklist']({ id: created.id }))
      expect(checklist.ready).toBe(false)
      expect(checklist.items.map((item) => [item.field, item.done])).toEqual([
        ['headline', true],
        ['byline', false],
        ['publishedAt', false],
        ['section', false],
        ['leadImage', false],
        ['leadImage.caption', false],
        ['leadImage.credit', false],
        ['leadImage.alt', false]
      ])
      expect(checklist.items[1]).toMatchObject({ bn: 'প্রতিবেদক', en: 'byline' })
      const id = await desk.complete('সব আছে এমন খবর')
      expect(value(await desk.handlers['article.checklist']({ id }))).toMatchObject({ ready: true })
    })
  })

  it('counts a lead photo whose file is missing from the media store as no photo, and the services refuse approval', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const id = await desk.complete('ছবির ফাইল হারানো খবর')
      const mediaId = value(await desk.handlers['article.get']({ id })).leadImage!.mediaId
      value(await desk.move(id, 'submit'))
      await desk.as('করিম উদ্দিন', 'desk')
      value(await desk.move(id, 'take'))
      await rm(join(dir, 'media', mediaId))

      const checklist = value(await desk.handlers['article.checklist']({ id }))
      const photo = checklist.items.find((item) => item.field === 'leadImage')
      expect(photo).toMatchObject({ done: false, problem: { bn: 'ছবির ফাইলটি পাওয়া যায়নি; ছবিটি আবার দিন।' } })
      expect(checklist.ready).toBe(false)
      const refused = await desk.move(id, 'approve')
      expect(refused).toMatchObject({ ok: false, code: 'bad-request', details: { missing: [{ field: 'leadImage' }] } })
      if (!refused.ok) expect(refused.message.bn).toBe('অনুমোদনের আগে এগুলো লাগবে: প্রধান ছবি।')
      expect(value(await desk.handlers['article.get']({ id })).status).toBe('editing')

      // The photo again (the same bytes, the same id): now it counts.
      await desk.photo()
      expect(value(await desk.move(id, 'approve')).status).toBe('approved')
    })
  })

  it('counts a photo that a package could not carry as no photo', async () => {
    await withTempDir(async (dir) => {
      const sender = await openDesk(join(dir, 'sender'))
      const id = await sender.complete('প্যাকেজে ছবি ছিল না')
      const exported = value(await sender.handlers['export.article']({ id, format: 'json' }))
      const pkg = JSON.parse(Buffer.from(exported.files[0]!.dataBase64, 'base64').toString('utf8'))
      pkg.media = {}
      pkg.article.status = 'submitted'
      const desk = await openDesk(join(dir, 'desk'))
      const imported = value(await desk.handlers['article.import']({ text: JSON.stringify(pkg) }))
      expect(imported).toMatchObject({ kind: 'imported', warnings: [{ code: 'photo-unreadable' }] })
      await desk.as('করিম উদ্দিন', 'desk')
      value(await desk.move(id, 'take'))
      expect(await desk.move(id, 'approve')).toMatchObject({
        ok: false,
        code: 'bad-request',
        details: { missing: [{ field: 'leadImage' }] }
      })
    })
  })

  it('names only the photo when there is none, and every missing part of a photo that is there', () => {
    const base = { headline: 'খ', byline: 'প', publishedAt: '2024-01-21T14:27:00+06:00', section: 'স' }
    expect(approvalChecklist({ ...base, leadImage: null }).map((item) => item.field)).toEqual(['leadImage'])
    const photo = { mediaId: `${'a'.repeat(64)}.jpg`, caption: '', credit: 'সংগৃহীত', alt: '' }
    expect(approvalChecklist({ ...base, leadImage: photo }).map((item) => item.field)).toEqual(['leadImage.caption', 'leadImage.alt'])
    expect(approvalChecklist({ ...base, leadImage: photo }, () => false).map((item) => item.field)).toEqual(['leadImage'])
    expect(approvalChecklistEntries({ ...base, leadImage: null }).filter((item) => item.done)).toHaveLength(4)
  })
})

describe('what a confirmation dialog shows', () => {
  it('summarises a publish: headline, byline, times, photo, word count, slug and address — and changes nothing', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir, { now: () => NOW })
      value(await desk.handlers['settings.update']({ patch: { site: { siteUrl: 'https://dainikbarta.example/news/' } } }))
      const id = await desk.complete('নদীভাঙনে বিলীন তিন গ্রাম', { dateline: 'সিরাজগঞ্জ' })
      await desk.approve(id)
      const before = value(await desk.handlers['article.get']({ id }))

      // A desk editor asking about a publish is told why not; the chief is not.
      const asDesk = value(await desk.handlers['transition.summary']({ id, action: 'publish' }))
      expect(asDesk.refusal).toMatchObject({ code: 'forbidden' })
      await desk.as('প্রধান সম্পাদক', 'chief')
      const summary = value(await desk.handlers['transition.summary']({ id, action: 'publish' }))
      expect(summary).toMatchObject({
        id,
        action: 'publish',
        from: 'approved',
        to: 'published',
        refusal: null,
        headline: 'নদীভাঙনে বিলীন তিন গ্রাম',
        byline: 'নিজস্ব প্রতিবেদক',
        dateline: 'সিরাজগঞ্জ',
        section: 'সারাদেশ',
        publishedAt: '2024-01-21T14:27:00+06:00',
        contentUpdatedAt: null,
        photo: { present: true, caption: 'ভাঙনের মুখে বসতভিটা', credit: 'সংগৃহীত', alt: 'নদীর পাড়ে ভাঙা ঘর' },
        wordCount: 10,
        slug: 'nodibhangne-bilin-tin-gram',
        url: 'https://dainikbarta.example/news/nodibhangne-bilin-tin-gram',
        publishedVersion: null,
        nextVersion: 1,
        correction: false
      })
      expect(summary.checklist.every((item) => item.done)).toBe(true)
      expect(value(await desk.handlers['article.get']({ id }))).toEqual(before)

      // The publish does what the dialog said.
      const published = value(await desk.move(id, 'publish'))
      expect(published).toMatchObject({ slug: summary.slug, publication: { version: 1, slug: summary.slug } })
    })
  })

  it('summarises a correction publish with the «আপডেট» time it will set, and a kill with its refusal when a reporter asks', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir, { now: () => NOW })
      const id = await desk.complete('নদীভাঙনে বিলীন তিন গ্রাম')
      await desk.publish(id)
      await desk.as('করিম উদ্দিন', 'desk')
      value(await desk.move(id, 'correct'))
      value(await desk.move(id, 'approve'))
      await desk.as('প্রধান সম্পাদক', 'chief')
      const summary = value(await desk.handlers['transition.summary']({ id, action: 'publish' }))
      expect(summary).toMatchObject({
        correction: true,
        publishedVersion: 1,
        nextVersion: 2,
        contentUpdatedAt: '2024-01-22T10:05:00+06:00',
        url: ''
      })
      await desk.as('রহিমা খাতুন', 'reporter')
      const kill = value(await desk.handlers['transition.summary']({ id, action: 'kill' }))
      expect(kill).toMatchObject({ to: 'killed', refusal: { code: 'forbidden' } })
    })
  })

  it('shows a photo whose file is missing as not present', async () => {
    await withTempDir(async (dir) => {
      const services = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      const bytes = await readFile('tests/fixtures/images/village.jpg')
      const mediaId = value(await services.handlers['media.put']({ name: 'v.jpg', dataBase64: bytes.toString('base64') })).mediaId
      const created = value(
        await services.handlers['article.create']({
          content: { headline: 'খ', leadImage: { mediaId, caption: 'ক', credit: 'স', alt: 'অ' } }
        })
      )
      await rm(join(dir, 'media', mediaId))
      const summary = value(await services.handlers['transition.summary']({ id: created.id, action: 'submit' }))
      expect(summary.photo).toMatchObject({ mediaId, present: false })
    })
  })
})
