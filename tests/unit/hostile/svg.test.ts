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
 * Class: SVG carrying script (tests/hostile/svg/) — put as a photo (under its own name and as .png), declared as a
 * package's media entry (as image/svg+xml and disguised as image/png), embedded as data: URIs in ninjs, and offered as
 * ninjs sidecar files. An SVG is never stored: only JPEG, PNG and WebP, judged by their bytes.
 */
let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(async () => {
  await h.close()
})

describe('SVG with script', () => {
  it('is refused by media.put whatever it is called', async () => {
    const svg = (await corpusBytes('svg/script.svg')).toString('base64')
    for (const name of ['script.svg', 'script-as.png', 'ছবি.jpg', 'x.webp']) {
      const before = await h.snapshot()
      const result = await h.call('media.put', { name, dataBase64: svg })
      expectRefused(result, name, ['bad-request'])
      expect(result.ok ? '' : result.message.bn).toContain(name)
      expect(await h.snapshot()).toEqual(before)
    }
    await expectAlive(h)
  })

  it('is refused as a package media entry, and left out of ninjs items (data: URI or sidecar)', async () => {
    await expectImportRefused(h, 'svg/svg-media.barta.json')
    await expectImportRefused(h, 'svg/svg-as-png-media.barta.json')
    const fromData = await expectImportCleaned(h, 'svg/svg-data-uri.ninjs.json')
    expect(fromData.warnings.map((w) => w.code)).toContain('photo-unreadable')
    const sidecars = await sidecarsOf(['script.svg', 'script-as.png'], 'svg')
    const fromSidecar = await expectImportCleaned(h, 'svg/svg-sidecar.ninjs.json', { sidecars })
    expect(fromSidecar.warnings.length).toBeGreaterThan(0)
    await expectMediaFolderClean(h.dataDir)
    await expectMediaFolderClean(h.cliDataDir)
    expectNoPollution()
  })
})
