import { describe, expect, it } from 'vitest'
import { readdir, readFile } from 'node:fs/promises'
import Ajv2020 from 'ajv/dist/2020'
import addFormats from 'ajv-formats'
import { join } from 'node:path'
import { bodyFromPlainText, bodyToPlainText } from '../../../src/shared/article/body'
import { diffWords } from '../../../src/shared/bangla/diff'
import { availableActions } from '../../../src/shared/workflow'
import { withTempDir } from '../helpers/tmp'
import { openDesk, value, type Desk } from './desk'

const FIRST = new Date('2024-01-21T08:30:00.000Z')
const CORRECTED = new Date('2024-01-22T04:05:00.000Z') // ১০:০৫ এএম in Dhaka

async function publishedStory(desk: Desk): Promise<string> {
  const id = await desk.complete('নদীভাঙনে বিলীন তিন গ্রাম', { body: bodyFromPlainText('যমুনার ভাঙনে তিনটি গ্রাম বিলীন হয়েছে।') })
  await desk.publish(id)
  return id
}

describe('a correction of a published story', () => {
  it('may be started by a desk or chief editor, not by a reporter', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const id = await publishedStory(desk)
      await desk.as('রহিমা খাতুন', 'reporter')
      expect(await desk.move(id, 'correct')).toMatchObject({ ok: false, code: 'forbidden' })
      await desk.as('করিম উদ্দিন', 'desk')
      const started = value(await desk.move(id, 'correct', 'জলকপাটের সংখ্যা ভুল'))
      expect(started).toMatchObject({ status: 'editing', publication: { version: 1 } })
      expect(started.workflow.at(-1)).toMatchObject({
        from: 'published',
        to: 'editing',
        by: { name: 'করিম উদ্দিন' },
        note: 'জলকপাটের সংখ্যা ভুল'
      })
      const desker = { id: 'd', name: 'ড', role: 'desk' as const }
      expect(availableActions({ status: 'published', owner: null }, { ...desker, role: 'reporter' })).toEqual([])
      expect(availableActions({ status: 'published', owner: null }, desker)).toEqual(['correct'])
      expect(availableActions(started, desker)).toEqual(['return', 'approve', 'discardCorrection'])
    })
  })

  it('keeps the published version in every export and the preview until the correction is published', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const id = await publishedStory(desk)
      await desk.as('করিম উদ্দিন', 'desk')
      value(await desk.move(id, 'correct'))
      expect(
        await desk.save(id, { headline: 'SECRET DRAFT: embargoed until Friday', body: bodyFromPlainText('এখনো যাচাই হয়নি।') })
      ).toMatchObject({
        ok: true
      })

      const html = await desk.html(id)
      expect(html).toContain('<h1>নদীভাঙনে বিলীন তিন গ্রাম</h1>')
      expect(html).not.toContain('SECRET DRAFT')
      expect(html).not.toContain('এখনো যাচাই হয়নি')
      expect(html).not.toContain('class="draft-mark"')
      const ninjs = value(await desk.handlers['export.article']({ id, format: 'ninjs' }))
      expect(Buffer.from(ninjs.files[0]!.dataBase64, 'base64').toString('utf8')).not.toContain('SECRET DRAFT')
      value(await desk.handlers['export.article']({ id, format: 'pdf' }))
      expect(desk.pdfPages.at(-1)).toContain('<h1>নদীভাঙনে বিলীন তিন গ্রাম</h1>')
      expect(desk.pdfPages.at(-1)).not.toContain('SECRET DRAFT')
      // The package between desks carries the working copy.
      const json = value(await desk.handlers['export.article']({ id, format: 'json' }))
      expect(JSON.parse(Buffer.from(json.files[0]!.dataBase64, 'base64').toString('utf8')).article.headline).toBe(
        'SECRET DRAFT: embargoed until Friday'
      )
      const context = value(await desk.handlers['page.context']({ id }))
      expect(context.published).toMatchObject({ headline: 'নদীভাঙনে বিলীন তিন গ্রাম', status: 'published' })
      // The library's line for the story still names what readers see.
      const line = value(await desk.handlers['library.list']({ ids: [id] })).items[0]
      expect(line).toMatchObject({
        headline: 'SECRET DRAFT: embargoed until Friday',
        live: { headline: 'নদীভাঙনে বিলীন তিন গ্রাম', version: 1 }
      })
    })
  })

  it('goes through approval again; publishing it sets the «আপডেট» time in Dhaka and prints the correction note', async () => {
    await withTempDir(async (dir) => {
      let clock = FIRST
      const desk = await openDesk(dir, { now: () => clock })
      const id = await publishedStory(desk)
      const first = value(await desk.handlers['article.get']({ id }))
      expect(first.contentUpdatedAt).toBeNull()
      expect(first.publication).toMatchObject({ version: 1, by: { name: 'প্রধান সম্পাদক' }, corrections: [] })

      clock = CORRECTED
      await desk.as('করিম উদ্দিন', 'desk')
      value(await desk.move(id, 'correct'))
      value(await desk.save(id, { body: bodyFromPlainText('যমুনার ভাঙনে চারটি গ্রাম বিলীন হয়েছে।') }))
      // Not straight to published: the correction is approved first, and the note belongs to the publish.
      await desk.as('প্রধান সম্পাদক', 'chief')
      expect(await desk.move(id, 'publish')).toMatchObject({ ok: false, code: 'conflict' })
      expect(await desk.move(id, 'approve', '', 'তিনটি নয়, চারটি গ্রাম')).toMatchObject({ ok: false, code: 'bad-request' })
      value(await desk.move(id, 'approve'))
      expect(await desk.save(id, { headline: 'অনুমোদনের পরে বদল' })).toMatchObject({ ok: false, code: 'locked' })
      const published = value(await desk.move(id, 'publish', '', 'প্রথম সংস্করণে গ্রামের সংখ্যা তিনটি লেখা হয়েছিল; সঠিক সংখ্যা চারটি।'))

      expect(published).toMatchObject({
        status: 'published',
        contentUpdatedAt: '2024-01-22T10:05:00+06:00',
        publication: {
          version: 2,
          at: CORRECTED.toISOString(),
          by: { name: 'প্রধান সম্পাদক' },
          corrections: [
            { version: 2, at: '2024-01-22T10:05:00+06:00', note: 'প্রথম সংস্করণে গ্রামের সংখ্যা তিনটি লেখা হয়েছিল; সঠিক সংখ্যা চারটি।' }
          ]
        }
      })
      const html = await desk.html(id)
      expect(html).toContain('<time datetime="2024-01-22T10:05:00+06:00">আপডেট : ২২ জানুয়ারি ২০২৪, ১০:০৫ এএম</time>')
      expect(html).toContain('<p class="correction">সংশোধনী: প্রথম সংস্করণে গ্রামের সংখ্যা তিনটি লেখা হয়েছিল; সঠিক সংখ্যা চারটি।')
      expect(html).toContain('চারটি গ্রাম বিলীন')
      expect(value(await desk.handlers['page.context']({ id })).published).toBeNull()
    })
  })

  it('exports IPTC ninjs that the official 2.2 schema accepts, with the update as versioncreated', async () => {
    await withTempDir(async (dir) => {
      let clock = FIRST
      const desk = await openDesk(dir, { now: () => clock })
      const id = await publishedStory(desk)
      clock = CORRECTED
      await desk.as('করিম উদ্দিন', 'desk')
      value(await desk.move(id, 'correct'))
      value(await desk.move(id, 'approve'))
      await desk.as('প্রধান সম্পাদক', 'chief')
      value(await desk.move(id, 'publish', '', 'বানান ঠিক করা হয়েছে।'))
      const bundle = value(await desk.handlers['export.article']({ id, format: 'ninjs' }))
      const item = JSON.parse(Buffer.from(bundle.files[0]!.dataBase64, 'base64').toString('utf8'))
      const ajv = new Ajv2020({ strict: false, allErrors: true })
      addFormats(ajv)
      const geojson = JSON.parse(await readFile('tests/fixtures/ninjs/GeoJSON.json', 'utf8'))
      delete geojson.$schema
      ajv.addSchema(geojson, 'https://geojson.org/schema/GeoJSON.json')
      const validate = ajv.compile(JSON.parse(await readFile('tests/fixtures/ninjs/ninjs-schema_2.2.json', 'utf8')))
      expect(validate(item), JSON.stringify(validate.errors)).toBe(true)
      expect(item).toMatchObject({ pubstatus: 'usable', versioncreated: '2024-01-22T10:05:00+06:00' })
    })
  })

  it('keeps every published version with who, when and the note, and they can be listed and compared', async () => {
    await withTempDir(async (dir) => {
      let clock = FIRST
      const desk = await openDesk(dir, { now: () => clock })
      const id = await publishedStory(desk)
      clock = CORRECTED
      await desk.as('করিম উদ্দিন', 'desk')
      value(await desk.move(id, 'correct'))
      value(await desk.save(id, { body: bodyFromPlainText('যমুনার ভাঙনে চারটি গ্রাম বিলীন হয়েছে।') }))
      value(await desk.move(id, 'approve'))
      await desk.as('প্রধান সম্পাদক', 'chief')
      value(await desk.move(id, 'publish', '', 'গ্রামের সংখ্যা ঠিক করা হয়েছে।'))

      const versions = value(await desk.handlers['published.list']({ id }))
      expect(versions.map(({ version, at, by, note }) => ({ version, at, by: by?.name, note }))).toEqual([
        { version: 2, at: CORRECTED.toISOString(), by: 'প্রধান সম্পাদক', note: 'গ্রামের সংখ্যা ঠিক করা হয়েছে।' },
        { version: 1, at: FIRST.toISOString(), by: 'প্রধান সম্পাদক', note: '' }
      ])
      expect(versions[0]).toMatchObject({ headline: 'নদীভাঙনে বিলীন তিন গ্রাম', wordCount: 6 })
      const one = value(await desk.handlers['published.get']({ id, version: 1 }))
      const two = value(await desk.handlers['published.get']({ id, version: 2 }))
      const changes = diffWords(bodyToPlainText(one.content.body), bodyToPlainText(two.content.body)).filter((part) => part.kind !== 'same')
      expect(changes).toEqual([
        { kind: 'removed', text: 'তিনটি' },
        { kind: 'added', text: 'চারটি' }
      ])
      expect(await desk.handlers['published.get']({ id, version: 3 })).toMatchObject({ ok: false, code: 'not-found' })
      // On disk beside the revisions, one file per version (revisions are pruned; these never are).
      expect((await readdir(join(dir, 'revisions', id, 'published'))).sort()).toEqual(['1.json', '2.json'])
    })
  })

  it('can be dropped: the published text comes back, and nothing is published again', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const id = await publishedStory(desk)
      await desk.as('করিম উদ্দিন', 'desk')
      expect(await desk.move(id, 'discardCorrection')).toMatchObject({ ok: false, code: 'conflict' })
      value(await desk.move(id, 'correct'))
      value(await desk.save(id, { headline: 'ভুল করে শুরু করা সংশোধন' }))
      const dropped = value(await desk.move(id, 'discardCorrection'))
      expect(dropped).toMatchObject({ status: 'published', headline: 'নদীভাঙনে বিলীন তিন গ্রাম', publication: { version: 1 } })
      expect(value(await desk.handlers['published.list']({ id }))).toHaveLength(1)
      // The working copy is not lost: it is a revision.
      const kept = value(await desk.handlers['revision.list']({ id })).find((info) => info.headline === 'ভুল করে শুরু করা সংশোধন')
      expect(kept).toBeDefined()
    })
  })

  it('refuses a correction note anywhere but the publish of a correction', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const id = await desk.complete('নদীভাঙনে বিলীন তিন গ্রাম')
      await desk.approve(id)
      await desk.as('প্রধান সম্পাদক', 'chief')
      const refused = await desk.move(id, 'publish', '', 'প্রথম প্রকাশে সংশোধনী হয় না')
      expect(refused).toMatchObject({ ok: false, code: 'bad-request' })
      expect(value(await desk.handlers['article.get']({ id })).status).toBe('approved')
    })
  })

  it('of a story published before versions were kept makes its text version 1 first', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const id = await desk.complete('পুরোনো প্রকাশিত খবর')
      await desk.services.store.updateMeta(id, (article) => ({ ...article, status: 'published' }))
      await desk.as('করিম উদ্দিন', 'desk')
      const started = value(await desk.move(id, 'correct'))
      expect(started.publication).toMatchObject({ version: 1, headline: 'পুরোনো প্রকাশিত খবর' })
      value(await desk.save(id, { headline: 'খসড়া সংশোধন' }))
      expect(await desk.html(id)).toContain('<h1>পুরোনো প্রকাশিত খবর</h1>')
      expect(value(await desk.handlers['published.get']({ id, version: 1 })).content.headline).toBe('পুরোনো প্রকাশিত খবর')
    })
  })

  it('is taken off the site when the story is killed during the correction', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const id = await publishedStory(desk)
      await desk.as('করিম উদ্দিন', 'desk')
      value(await desk.move(id, 'correct'))
      await desk.as('প্রধান সম্পাদক', 'chief')
      value(await desk.move(id, 'kill', 'আইনি কারণে প্রত্যাহার'))
      const line = value(await desk.handlers['library.list']({ ids: [id] })).items[0]
      expect(line?.live).toBeNull()
      expect(await desk.html(id)).toContain('class="draft-mark"')
    })
  })
})
