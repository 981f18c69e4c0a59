import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  corpusBytes,
  corpusJson,
  expectAlive,
  expectImportCleaned,
  expectImportRefused,
  expectNoPollution,
  expectRefused,
  openHarness,
  type Harness
} from './harness'

/**
 * Class: Bijoy-looking ASCII (SutonnyMJ key codes such as «Avwg») where names belong (tests/hostile/bijoy/) — as an
 * article id, a media id, a lead photo id, sidecar names, a slug, tags, media.put names and profile ids. Ids must be
 * ids: refused. Text fields keep what was typed (the desk converts Bijoy on paste, not behind the reporter's back), and
 * the export file name is still a safe stem.
 */
let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(async () => {
  await h.close()
})

describe('Bijoy ASCII in the wrong places', () => {
  it('as ids is refused', async () => {
    for (const rel of ['bijoy/article-id.barta.json', 'bijoy/media-id.barta.json', 'bijoy/lead-media-id.barta.json'])
      await expectImportRefused(h, rel)
    const names = await corpusJson<{ mediaNames: string[]; ids: string[]; profileIds: string[] }>('bijoy/names.json')
    for (const id of names.ids) expectRefused(await h.call('article.get', { id }), id, ['bad-request'])
    for (const id of names.profileIds) expectRefused(await h.call('profile.switch', { id }), id, ['not-found', 'bad-request'])
    for (const mediaId of names.mediaNames) expectRefused(await h.call('media.get', { mediaId }), mediaId, ['bad-request'])
    await expectAlive(h)
  })

  it('as names and text is kept as text, and exports stay safely named', async () => {
    const sidecar = await expectImportCleaned(h, 'bijoy/sidecar.ninjs.json', { sidecars: {} })
    expect(sidecar.warnings.map((w) => w.code)).toContain('photo-not-fetched')
    const story = await expectImportCleaned(h, 'bijoy/slug-tags.barta.json')
    expect(story.stored.slug).toBe('Avgvi-‡`k/../..')
    const exported = await h.call<{ name: string }>('export.article', { id: story.id, format: 'json' })
    expect(exported.ok && exported.value.name).toMatch(/^[\p{L}\p{M}\p{N}-]+\.barta\.json$/u)
    const png = (await corpusBytes('images/png-bytes.jpg')).toString('base64')
    const names = await corpusJson<{ mediaNames: string[] }>('bijoy/names.json')
    for (const name of names.mediaNames) {
      const put = await h.call<{ mediaId: string }>('media.put', { name, dataBase64: png })
      expect(put.ok && put.value.mediaId, name).toMatch(/^[a-f0-9]{64}\.png$/)
    }
    expectNoPollution()
  })
})
