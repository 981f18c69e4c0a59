import { describe, expect, it } from 'vitest'
import { createServices } from '../../../src/core'
import { conflictingVersion, type ConflictResolution } from '../../../src/shared/api'
import { bodyFromPlainText } from '../../../src/shared/article/body'
import type { Article } from '../../../src/shared/article/model'
import { dispatch } from '../../../src/shared/dispatch'
import type { Err, Result } from '../../../src/shared/result'
import { withTempDir } from '../helpers/tmp'

/**
 * article.resolveConflict: a save refused because another window saved first is settled in one call, against the
 * stored version the user was shown. Everything goes through dispatch, as both transports do.
 */
async function twoWriters(dir: string) {
  const { handlers, store } = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
  const call = (method: string, args: unknown) => dispatch(handlers, method, args)
  const created = (await call('article.create', {
    content: { headline: 'লঞ্চডুবিতে নিখোঁজ ১২', body: bodyFromPlainText('মেঘনায় উদ্ধারকাজ চলছে।') }
  })) as Result<Article>
  if (!created.ok) throw new Error('create')
  const id = created.value.id
  // The first window saves a new headline (revision 2); the second, still on revision 1, saves its body.
  await call('article.save', { id, baseRevision: 1, patch: { headline: 'লঞ্চডুবিতে নিখোঁজ ১৫' } })
  const mine = { headline: 'লঞ্চডুবিতে নিখোঁজ ১২', body: bodyFromPlainText('মেঘনায় উদ্ধারকাজ চলছে। ডুবুরিরা কাজ করছেন।') }
  const refused = (await call('article.save', { id, baseRevision: 1, patch: mine })) as Err
  const theirs = conflictingVersion(refused)
  if (!theirs) throw new Error('expected a conflict carrying the stored version')
  const stored = async () => {
    const result = (await call('article.get', { id })) as Result<Article>
    if (!result.ok) throw new Error('get')
    return result.value
  }
  return { call, store, id, mine, theirs, stored }
}

describe('article.resolveConflict', () => {
  it('keep mine: saves mine on top in one step and keeps the other text as a revision', async () => {
    await withTempDir(async (dir) => {
      const { call, store, id, mine, theirs, stored } = await twoWriters(dir)
      expect(theirs).toMatchObject({ id, revision: 2, headline: 'লঞ্চডুবিতে নিখোঁজ ১৫' })

      const result = (await call('article.resolveConflict', {
        id,
        baseRevision: theirs.revision,
        mine,
        choice: 'mine'
      })) as Result<ConflictResolution>
      expect(result).toMatchObject({ ok: true, value: { choice: 'mine', revision: 3 } })
      const after = await stored()
      expect(after).toMatchObject({ revision: 3, headline: mine.headline, body: mine.body })
      const revisions = await store.revisions(id)
      expect(revisions.map((info) => [info.reason, info.revision, info.headline])).toContainEqual(['conflict', 2, 'লঞ্চডুবিতে নিখোঁজ ১৫'])
      expect((await store.revision(id, 2))?.content.headline).toBe('লঞ্চডুবিতে নিখোঁজ ১৫')
      expect((await store.list()).total).toBe(1)
    })
  })

  it('keep both: files mine as a new story with the given mark and leaves the stored one as it is', async () => {
    await withTempDir(async (dir) => {
      const { call, store, id, mine, theirs, stored } = await twoWriters(dir)
      const revisionsBefore = await store.revisions(id)
      const result = (await call('article.resolveConflict', {
        id,
        baseRevision: theirs.revision,
        mine,
        choice: 'both',
        copySuffix: '(my version)'
      })) as Result<ConflictResolution>
      if (!result.ok || result.value.choice !== 'both') throw new Error(`expected a copy: ${JSON.stringify(result)}`)
      const { copy, current } = result.value
      expect(copy.id).not.toBe(id)
      expect(copy).toMatchObject({ headline: 'লঞ্চডুবিতে নিখোঁজ ১২ (my version)', body: mine.body, status: 'draft', revision: 1 })
      expect(current).toEqual(theirs)
      expect(await stored()).toEqual(theirs)
      expect(await store.revisions(id)).toEqual(revisionsBefore)
      expect((await store.list()).items.map((entry) => entry.id).sort()).toEqual([id, copy.id].sort())

      // Without a mark from the caller the copy is marked in Bengali.
      const again = await twoWriters(dir)
      const second = (await again.call('article.resolveConflict', {
        id: again.id,
        baseRevision: again.theirs.revision,
        mine: again.mine,
        choice: 'both'
      })) as Result<ConflictResolution>
      expect(second.ok && second.value.choice === 'both' && second.value.copy.headline).toBe('লঞ্চডুবিতে নিখোঁজ ১২ (আমার সংস্করণ)')
    })
  })

  it('refuses a stale base: when the story moved on again, nothing is written and the newer version comes back', async () => {
    await withTempDir(async (dir) => {
      const { call, store, id, mine, theirs, stored } = await twoWriters(dir)
      // While the dialog is open the first window saves once more (revision 3).
      await call('article.save', { id, baseRevision: 2, patch: { headline: 'লঞ্চডুবিতে নিখোঁজ ১৭' } })
      const before = await stored()
      for (const choice of ['mine', 'both'] as const) {
        const result = await call('article.resolveConflict', { id, baseRevision: theirs.revision, mine, choice })
        expect(result.ok).toBe(false)
        if (result.ok) continue
        expect(result.code).toBe('conflict')
        expect(conflictingVersion(result)).toMatchObject({ revision: 3, headline: 'লঞ্চডুবিতে নিখোঁজ ১৭' })
      }
      expect(await stored()).toEqual(before)
      expect((await store.revisions(id)).map((info) => info.reason)).not.toContain('conflict')
      expect((await store.list()).total).toBe(1)
    })
  })

  it('keep mine is refused as locked once the stored story is approved; keep both still files a copy', async () => {
    await withTempDir(async (dir) => {
      const { call, store, id, mine, theirs, stored } = await twoWriters(dir)
      // Meanwhile the desk approved the stored version: its text is locked (README "The newsroom workflow").
      await store.updateMeta(id, (article) => ({ ...article, status: 'approved' }))
      const before = await stored()
      const refused = await call('article.resolveConflict', { id, baseRevision: theirs.revision, mine, choice: 'mine' })
      expect(refused).toMatchObject({ ok: false, code: 'locked' })
      expect(await stored()).toEqual(before)
      const copied = await call('article.resolveConflict', { id, baseRevision: theirs.revision, mine, choice: 'both' })
      expect(copied).toMatchObject({ ok: true, value: { choice: 'both' } })
      expect(await stored()).toEqual(before)
      expect((await store.list()).total).toBe(2)
    })
  })

  it('answers a missing story and a bad choice with errors, writing nothing', async () => {
    await withTempDir(async (dir) => {
      const { call, store, id, mine } = await twoWriters(dir)
      const missing = await call('article.resolveConflict', { id: 'abcdefgh-0000', baseRevision: 2, mine, choice: 'mine' })
      expect(missing).toMatchObject({ ok: false, code: 'not-found' })
      const bad = await call('article.resolveConflict', { id, baseRevision: 2, mine, choice: 'theirs' })
      expect(bad).toMatchObject({ ok: false, code: 'bad-request' })
      expect((await store.list()).total).toBe(1)
    })
  })

  it('reads the stored version out of a conflict only when it is a whole article', () => {
    const conflict = (current: unknown): Err => ({ ok: false, code: 'conflict', message: { bn: '', en: '' }, details: { current } })
    expect(conflictingVersion(conflict({ id: 'abcdefgh-1', headline: 'অর্ধেক' }))).toBeUndefined()
    expect(conflictingVersion(conflict(undefined))).toBeUndefined()
    expect(conflictingVersion(undefined)).toBeUndefined()
  })
})
