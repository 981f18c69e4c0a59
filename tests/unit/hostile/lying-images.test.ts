import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  corpusBytes,
  expectAlive,
  expectImportCleaned,
  expectImportRefused,
  expectMediaFolderClean,
  expectNoPollution,
  expectRefused,
  openHarness,
  sidecarsOf,
  type Harness
} from './harness'

/**
 * Class: images that lie about their type (tests/hostile/images/) — PNG bytes named .jpg, HTML named .png, a JPEG cut
 * off before its frame header, an empty file, impossible dimensions, a JPEG-magic polyglot, a RIFF that is not WebP;
 * and packages whose media entries claim the wrong type or the wrong hash. A photo's type comes from its bytes: a real
 * photo under a wrong name is stored under its real type, anything else is refused, and media/ only ever holds photos.
 */
let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(async () => {
  await h.close()
})

const REFUSED = ['html.png', 'truncated.jpg', 'empty.jpg', 'zero-width.png', 'huge-dimensions.png', 'jpeg-polyglot.jpg', 'riff-wave.webp']

describe('images that lie about their type', () => {
  it('are judged by their bytes in media.put', async () => {
    for (const name of REFUSED) {
      const before = await h.snapshot()
      const result = await h.call('media.put', { name, dataBase64: (await corpusBytes(`images/${name}`)).toString('base64') })
      expectRefused(result, name, ['bad-request'])
      expect(await h.snapshot(), name).toEqual(before)
    }
    // The control: a real (header-only) JPEG is accepted as one.
    const jpeg = await h.call('media.put', { name: 'real.jpg', dataBase64: (await corpusBytes('images/real.jpg')).toString('base64') })
    expect(jpeg).toMatchObject({ ok: true, value: { type: 'image/jpeg', width: 3, height: 2 } })
    // A real PNG named .jpg is a PNG: stored as one, under its content address.
    const png = await h.call<{ mediaId: string; type: string }>('media.put', {
      name: 'png-bytes.jpg',
      dataBase64: (await corpusBytes('images/png-bytes.jpg')).toString('base64')
    })
    expect(png).toMatchObject({ ok: true, value: { type: 'image/png', mediaId: expect.stringMatching(/^[a-f0-9]{64}\.png$/) } })
    await expectMediaFolderClean(h.dataDir)
    await expectAlive(h)
  })

  it('are refused inside packages, and left out of ninjs items', async () => {
    for (const rel of ['images/lying-media.barta.json', 'images/wrong-type-field.barta.json', 'images/wrong-sha.barta.json'])
      await expectImportRefused(h, rel)
    // A JPEG that has the magic number but no readable header: the package is read, the photo is not stored.
    await expectImportCleaned(h, 'images/truncated-media.barta.json')
    const sidecars = await sidecarsOf([...REFUSED, 'png-bytes.jpg'], 'images')
    const story = await expectImportCleaned(h, 'images/lying-sidecars.ninjs.json', { sidecars })
    expect(story.warnings.length).toBeGreaterThan(0)
    await expectMediaFolderClean(h.dataDir)
    await expectMediaFolderClean(h.cliDataDir)
    expectNoPollution()
  })
})
