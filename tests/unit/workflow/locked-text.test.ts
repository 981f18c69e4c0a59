import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bodyFromPlainText } from '../../../src/shared/article/body'
import { dispatch } from '../../../src/shared/dispatch'
import { withTempDir } from '../helpers/tmp'
import { openDesk, value } from './desk'

const onDisk = async (dir: string, id: string) => JSON.parse(await readFile(join(dir, 'articles', `${id}.json`), 'utf8')).article

describe('approved and published text is locked', () => {
  it('refuses a save of an approved story with a clear bn/en message, and changes nothing on disk', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const id = await desk.complete('নদীভাঙনে বিলীন তিন গ্রাম')
      await desk.approve(id)
      const before = await onDisk(dir, id)

      const refused = await desk.save(id, { headline: 'বদলে দেওয়া শিরোনাম' })
      expect(refused).toMatchObject({ ok: false, code: 'locked', details: { status: 'approved' } })
      if (!refused.ok) {
        expect(refused.message.bn).toContain('অনুমোদিত')
        expect(refused.message.bn).toContain('কিছুই বদলানো হয়নি')
        expect(refused.message.en).toContain('approved')
      }
      expect(await onDisk(dir, id)).toEqual(before)
      // Through the transport entry too, as the UI and the HTTP host call it.
      const viaDispatch = await dispatch(desk.handlers, 'article.save', { id, baseRevision: before.revision, patch: { byline: 'অন্য কেউ' } })
      expect(viaDispatch).toMatchObject({ ok: false, code: 'locked' })
    })
  })

  it('refuses a save, a revision restore and a package «take» of a published story, and keeps the published text', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const id = await desk.complete('নদীভাঙনে বিলীন তিন গ্রাম')
      value(await desk.handlers['revision.snapshot']({ id }))
      const exported = value(await desk.handlers['export.article']({ id, format: 'json' }))
      const pkg = JSON.parse(Buffer.from(exported.files[0]!.dataBase64, 'base64').toString('utf8'))
      await desk.publish(id)
      const published = value(await desk.handlers['article.get']({ id }))
      expect(published.status).toBe('published')

      const save = await desk.save(id, { body: bodyFromPlainText('পাঠকেরা যা দেখেননি এমন লেখা।') })
      expect(save).toMatchObject({ ok: false, code: 'locked', details: { status: 'published' } })
      if (!save.ok) expect(save.message.bn).toContain('«সংশোধন করুন»')

      const revisions = value(await desk.handlers['revision.list']({ id }))
      const restore = await desk.handlers['revision.restore']({
        id,
        revision: revisions.at(-1)!.revision,
        baseRevision: published.revision
      })
      expect(restore).toMatchObject({ ok: false, code: 'locked' })

      pkg.article.headline = 'প্যাকেজ থেকে বদলানো শিরোনাম'
      const take = await desk.handlers['package.resolve']({ text: JSON.stringify(pkg), choice: 'take' })
      expect(take).toMatchObject({ ok: false, code: 'locked' })

      const after = value(await desk.handlers['article.get']({ id }))
      expect(after).toMatchObject({ headline: 'নদীভাঙনে বিলীন তিন গ্রাম', revision: published.revision, status: 'published' })
      expect(await desk.html(id)).not.toContain('পাঠকেরা যা দেখেননি')
    })
  })

  it('accepts a save that changes nothing (an editor re-sending the text it was given) without a new revision', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const id = await desk.complete('নদীভাঙনে বিলীন তিন গ্রাম')
      await desk.publish(id)
      const current = value(await desk.handlers['article.get']({ id }))
      const same = await desk.handlers['article.save']({ id, baseRevision: current.revision, patch: { headline: current.headline } })
      expect(same).toMatchObject({ ok: true, value: { revision: current.revision, modifiedAt: current.modifiedAt } })
    })
  })

  it('opens the text again when a chief editor sends an approved story back, and still records the move', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const id = await desk.complete('নদীভাঙনে বিলীন তিন গ্রাম')
      await desk.approve(id)
      await desk.as('প্রধান সম্পাদক', 'chief')
      value(await desk.move(id, 'sendBack', 'শিরোনাম ছোট করুন'))
      expect(await desk.save(id, { headline: 'তিন গ্রাম বিলীন' })).toMatchObject({ ok: true })
      // A published story is not sent back: it is corrected.
      value(await desk.move(id, 'approve'))
      value(await desk.move(id, 'publish'))
      expect(await desk.move(id, 'sendBack', 'আবার')).toMatchObject({ ok: false, code: 'conflict' })
    })
  })
})
