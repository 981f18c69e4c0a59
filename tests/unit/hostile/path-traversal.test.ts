import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  corpusBytes,
  corpusJson,
  corpusPath,
  expectAlive,
  expectImportCleaned,
  expectImportRefused,
  expectNoPollution,
  expectRefused,
  openHarness,
  type Harness
} from './harness'

/**
 * Class: path traversal in every name field (tests/hostile/traversal/) — article ids, media ids (keys, lead photo,
 * body photos), revision ids, slugs, media entry names, sender names, ninjs sidecar hrefs, media.put names and the ids
 * of every contract call: `../../etc/passwd`, absolute paths, NUL bytes, Windows `..\\`. Names that become paths are
 * refused; names that are only labels stay labels; no file is read or written outside the data folder.
 */
let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(async () => {
  await h.close()
})

const REFUSED = [
  'traversal/article-id.barta.json',
  'traversal/article-id-absolute.barta.json',
  'traversal/article-id-windows.barta.json',
  'traversal/article-id-nul.barta.json',
  'traversal/media-id.barta.json',
  'traversal/media-id-absolute.barta.json',
  'traversal/lead-media-id.barta.json',
  'traversal/body-media-id-nul.barta.json',
  'traversal/revision-id.barta.json'
]

describe('path traversal in name fields', () => {
  it('is refused where a name would become a path', async () => {
    for (const rel of REFUSED) await expectImportRefused(h, rel)
  })

  it('stays a label where a name is only a label; exports are named safely', async () => {
    const story = await expectImportCleaned(h, 'traversal/slug-and-names.barta.json')
    for (const format of ['html', 'html-folder', 'json', 'ninjs'] as const) {
      const exported = await h.call<{ name: string; files: Array<{ path: string }> }>('export.article', { id: story.id, format })
      if (!exported.ok) throw new Error(exported.message.en)
      expect(exported.value.name, format).not.toMatch(/\.\.|[/\\\0]|^\s/)
      for (const file of exported.value.files) expect(file.path, format).toMatch(/^(?!.*\.\.)[\p{L}\p{N}._-]+(\/[\p{L}\p{N}._-]+)*$/u)
    }
    // The CLI writes a folder export only inside --out.
    const out = join(h.cliDataDir, '..', 'export-out')
    const run = await h.cli(['export', story.cliId, '--format', 'html-folder', '--out', out])
    expect(run.code, run.err).toBe(0)
    expect((await readdir(out)).sort()).toEqual(['assets', 'index.html'])
  })

  it('in ninjs sidecar hrefs never reads a file outside the item’s folder', async () => {
    // A secret one folder up, and a photo named like the traversal; only plain names in the item's own folder count.
    const root = join(h.cliDataDir, '..', 'inbox')
    await mkdir(join(root, 'item'), { recursive: true })
    const secret = await corpusBytes('images/png-bytes.jpg')
    await writeFile(join(root, 'secret.jpg'), secret)
    await writeFile(join(root, 'item', 'story.ninjs.json'), await readFile(corpusPath('traversal/sidecars.ninjs.json')))
    const mediaBefore = { cli: await readdir(join(h.cliDataDir, 'media')), host: await readdir(join(h.dataDir, 'media')) }
    const run = await h.cli(['import', join(root, 'item', 'story.ninjs.json')])
    expect(run.code, run.err).toBe(0)
    expect(await readdir(join(h.cliDataDir, 'media'))).toEqual(mediaBefore.cli)
    const story = await expectImportCleaned(h, 'traversal/sidecars.ninjs.json', { sidecars: { 'secret.jpg': secret.toString('base64') } })
    expect(story.warnings.every((w) => w.code === 'photo-not-fetched')).toBe(true)
    expect(await readdir(join(h.dataDir, 'media'))).toEqual(mediaBefore.host)
  })

  it('in media.put names and contract ids is refused or harmless', async () => {
    const names = await corpusJson<{ mediaNames: string[]; ids: string[]; mediaIds: string[] }>('traversal/names.json')
    const png = (await corpusBytes('images/png-bytes.jpg')).toString('base64')
    for (const name of names.mediaNames) {
      const before = await h.snapshot()
      const put = await h.call<{ mediaId: string }>('media.put', { name, dataBase64: png })
      if (put.ok) expect(put.value.mediaId, name).toMatch(/^[a-f0-9]{64}\.png$/)
      else expectRefused(put, name, ['bad-request'])
      // The name is never a path: media/ holds the one photo under its content address, nothing else appears.
      const after = await h.snapshot()
      expect(
        after.filter((entry) => !before.includes(entry)).every((entry) => /^host\/media\/[a-f0-9]{64}\.png /.test(entry)),
        name
      ).toBe(true)
    }
    for (const id of names.ids) {
      for (const method of ['article.get', 'article.trash', 'article.duplicate', 'revision.list', 'export.article'] as const) {
        const args = method === 'export.article' ? { id, format: 'json' } : { id }
        expectRefused(await h.call(method, args), `${method} ${JSON.stringify(id)}`, ['bad-request'])
      }
      expectRefused(await h.call('revision.get', { id, revision: 1 }), `revision.get ${JSON.stringify(id)}`, ['bad-request'])
      const profile = await h.call('profile.switch', { id })
      expectRefused(profile, `profile.switch ${JSON.stringify(id)}`, ['bad-request', 'not-found'])
    }
    for (const mediaId of names.mediaIds)
      expectRefused(await h.call('media.get', { mediaId }), `media.get ${JSON.stringify(mediaId)}`, ['bad-request'])
    // A lead photo id must be a content address: a path is refused before anything is written.
    const created = await h.call<{ id: string }>('article.create', {
      content: { headline: 'পথ-ফাঁদের ছবি', leadImage: { mediaId: '../../../etc/passwd', caption: 'ক্যাপশন', credit: 'সূত্র', alt: 'বিকল্প' } }
    })
    expectRefused(created, 'article.create with a path as the lead photo id', ['bad-request'])
    expectNoPollution()
    await expectAlive(h)
  })
})
