import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  corpusBytes,
  expectAlive,
  expectImportCleaned,
  expectImportRefused,
  expectNoPollution,
  expectRefused,
  openHarness,
  type ApiResult,
  type Harness
} from './harness'

/**
 * Class: invalid UTF-8 (tests/hostile/utf8/) — stray continuation bytes, overlong forms, encoded surrogates, 5-byte
 * forms, 0xFF and cut sequences inside strings; garbage bytes and a UTF-16 file where JSON should start; lone
 * surrogates written as JSON escapes. Bad bytes inside text become U+FFFD (the stored text is always valid Unicode);
 * bad bytes in the structure make the file unreadable, and it is refused. Sent raw to the host, the same holds.
 */
let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(async () => {
  await h.close()
})

/** Valid Unicode: no unpaired surrogate anywhere in the stored JSON text. */
const hasLoneSurrogate = (text: string) => /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(text)

describe('invalid UTF-8', () => {
  it('inside text is replaced, and what is stored is valid Unicode', async () => {
    for (const rel of ['utf8/bad-bytes.barta.json', 'utf8/bad-bytes.ninjs.json', 'utf8/lone-surrogates.barta.json']) {
      const story = await expectImportCleaned(h, rel)
      const stored = JSON.stringify(story.stored)
      expect(hasLoneSurrogate(stored), rel).toBe(false)
      expect(stored, rel).toContain('\uFFFD')
    }
  })

  it('in the structure makes the file unreadable, and it is refused', async () => {
    for (const rel of ['utf8/bad-structure.json', 'utf8/utf16le.ninjs.json']) await expectImportRefused(h, rel)
  })

  it('sent raw in a request body is answered, never a crash', async () => {
    for (const rel of ['utf8/bad-bytes.barta.json', 'utf8/bad-structure.json']) {
      const bytes = await corpusBytes(rel)
      // As the call's own JSON: the invalid bytes sit in the structure of the request.
      const asArgs = await h.post(
        'article.create',
        Buffer.concat([Buffer.from('{"content": {"headline": "'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('"}}')])
      )
      expect(asArgs.status).toBe(200)
      const created = JSON.parse(asArgs.text) as ApiResult<{ headline: string }>
      expect(created.ok && created.value.headline).toBe('\uFFFD(\uFFFD')
      // The whole file as a call's arguments: unreadable JSON is a 400, readable JSON of the wrong shape a refusal value.
      const garbage = await h.post('library.list', bytes)
      expect([200, 400], rel).toContain(garbage.status)
      expectRefused(JSON.parse(garbage.text) as ApiResult, rel, ['bad-request'])
    }
    expectNoPollution()
    await expectAlive(h)
  })
})
