import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { open, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  corpusJson,
  corpusPath,
  corpusText,
  expectAlive,
  expectCliRefused,
  expectNoPollution,
  expectRefused,
  openHarness,
  type ApiResult,
  type Harness
} from './harness'

/**
 * Class: size as the attack — made here, never committed: a request over the host's 40 MB limit, a 51 MB file for the
 * CLI (sparse: it costs no disk), a 26 MB photo, a 10 MB headline, a body text past its 2,000,000-character limit,
 * 1,001 revisions and 21 sidecars. Each is refused with a bilingual message and nothing is written; a long story just
 * inside the limits is saved, and the host stays quick to answer.
 */
let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(async () => {
  await h.close()
})

const MB = 1024 * 1024

describe('huge inputs', { timeout: 90_000 }, () => {
  it('are refused at the door: 413 from the host, a size error from the CLI', async () => {
    const before = await h.snapshot()
    const tooBig = JSON.stringify({ text: 'ক'.repeat(14 * MB) }) // 3 bytes a letter in UTF-8: 42 MB
    const response = await h.post('article.import', tooBig)
    expect(response.status).toBe(413)
    expectRefused(JSON.parse(response.text) as ApiResult, '413', ['too-large'])
    await expectAlive(h, 'after 413')

    const sparse = join(h.cliDataDir, '..', 'huge.barta.json')
    const handle = await open(sparse, 'w')
    await handle.truncate(51 * MB)
    await handle.close()
    expectCliRefused(await h.cli(['import', sparse]), '51 MB file')
    expect(await h.snapshot()).toEqual(before)
  })

  it('are refused by the services with the limit named, nothing written', async () => {
    const before = await h.snapshot()
    // A PNG signature and header, then padding: just over the media store's 25 MB (refused by the store), and 26 MB
    // (its base64 is already longer than the contract accepts).
    const header = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
    for (const [size, codes] of [
      [25 * MB + 64 * 1024, ['too-large']],
      [26 * MB, ['bad-request', 'too-large']]
    ] as const) {
      const photo = Buffer.concat([header, Buffer.alloc(size - header.length)])
      const put = await h.call('media.put', { name: 'বিশাল-ছবি.png', dataBase64: photo.toString('base64') })
      expectRefused(put, `${size} byte photo`, [...codes])
    }

    const pkg = await corpusJson<{ article: Record<string, unknown>; revisions?: unknown[] }>('identity/base.barta.json')
    pkg.article.id = 'hostile-huge-0001'
    pkg.article.headline = 'শিরোনাম '.repeat(1.25 * MB)
    expectRefused(await h.call('article.import', { text: JSON.stringify(pkg) }), '10 MB headline', ['bad-request'])
    pkg.article.headline = 'অনেক সংস্করণ'
    pkg.revisions = Array.from({ length: 1001 }, (_, i) => ({ ...pkg.article, revision: i + 1 }))
    expectRefused(await h.call('article.import', { text: JSON.stringify(pkg) }), '1,001 revisions', ['bad-request'])
    const sidecars = Object.fromEntries(Array.from({ length: 21 }, (_, i) => [`ছবি-${i}.jpg`, 'AAAA']))
    expectRefused(await h.call('article.import', { text: await corpusText('identity/base.barta.json'), sidecars }), '21 sidecars', [
      'bad-request'
    ])

    const created = await h.call<{ id: string }>('article.create', { content: { headline: 'দীর্ঘ লেখা' } })
    if (!created.ok) throw new Error(created.message.en)
    const id = created.value.id
    const overLimit = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ক'.repeat(2_000_001) }] }] }
    expectRefused(await h.call('article.save', { id, baseRevision: 1, patch: { body: overLimit } }), 'text over 2,000,000', ['bad-request'])
    expectRefused(await h.call('article.save', { id, baseRevision: 1, patch: { headline: 'ক'.repeat(1001) } }), 'headline over 1,000', [
      'bad-request'
    ])
    const after = await h.snapshot()
    expect(after.filter((entry) => !before.includes(entry) && !entry.includes(`${id}.json`))).toEqual([])
    expect(await h.call('article.get', { id })).toMatchObject({ ok: true, value: { revision: 1 } })
    expectNoPollution()
  })

  it('just inside the limits are saved, and the host keeps answering', async () => {
    const created = await h.call<{ id: string }>('article.create', { content: { headline: 'সীমার ভেতরে দীর্ঘ লেখা' } })
    if (!created.ok) throw new Error(created.message.en)
    const sentence = 'নদীভাঙনে ঘর হারাল তিন শতাধিক পরিবার। '
    const long = sentence.repeat(Math.floor(1_900_000 / sentence.length))
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: long }] }] }
    const saved = await h.call('article.save', { id: created.value.id, baseRevision: 1, patch: { body } })
    expect(saved).toMatchObject({ ok: true, value: { revision: 2 } })
    // How quickly it answers afterwards is a figure in `npm run bench -- hostile`.
    await expectAlive(h)
    const onDisk = JSON.parse(await readFile(join(h.dataDir, 'articles', `${created.value.id}.json`), 'utf8')) as {
      article: { body: typeof body }
    }
    expect(onDisk.article.body.content[0]?.content[0]?.text.length).toBe(long.length)
    // The CLI reads a large but legal package the same way.
    const file = join(h.cliDataDir, '..', 'long.barta.json')
    const pkg = JSON.parse(await readFile(corpusPath('identity/base.barta.json'), 'utf8')) as { article: Record<string, unknown> }
    pkg.article.body = body
    await writeFile(file, JSON.stringify(pkg))
    expect((await h.cli(['import', file])).code).toBe(0)
  })
})
