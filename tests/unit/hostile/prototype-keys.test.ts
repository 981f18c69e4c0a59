import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  corpusJson,
  expectAlive,
  expectCleanBody,
  expectImportCleaned,
  expectNoPollution,
  expectRefused,
  openHarness,
  type ApiResult,
  type Harness
} from './harness'

/**
 * Class: `__proto__`, `constructor` and `prototype` keys (tests/hostile/proto/) — in packages, ninjs items, sidecar
 * names and the contract's own arguments. Imports are read with those keys dropped, so a package comes in clean;
 * arguments carrying them are refused by the strict schemas; Object.prototype is never touched.
 */
let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(async () => {
  await h.close()
})

describe('prototype keys', () => {
  it('come in dropped from packages and ninjs items, and pollute nothing', async () => {
    for (const rel of [
      'proto/proto-top.barta.json',
      'proto/proto-article.barta.json',
      'proto/constructor-prototype.barta.json',
      'proto/proto-media-key.barta.json',
      'proto/proto.ninjs.json'
    ]) {
      const story = await expectImportCleaned(h, rel)
      const onDisk = await readFile(join(h.dataDir, 'articles', `${story.id}.json`), 'utf8')
      expect(onDisk, rel).not.toMatch(/__proto__|"constructor"|"prototype"|polluted/)
      expect(Object.getPrototypeOf(story.stored), rel).toBe(Object.prototype)
    }
  })

  it('as sidecar names and in the sidecar map are photos that are not there, not Object.prototype', async () => {
    const story = await expectImportCleaned(h, 'proto/proto-sidecar-names.ninjs.json', { sidecars: {} })
    // Inherited names are not sidecar files: the photo is reported missing, never read from Object.prototype.
    expect(story.warnings.map((w) => w.code)).toContain('photo-not-fetched')
    const withMap = await h.post(
      'article.import',
      `{"text": ${JSON.stringify(await readFile('tests/hostile/proto/proto-sidecar-names.ninjs.json', 'utf8'))}, "sidecars": {"__proto__": "iVBORw0KGgo=", "toString": "AAAA"}}`
    )
    expect(withMap.status).toBe(200)
    const result = JSON.parse(withMap.text) as ApiResult
    // Either refused as an unknown key or imported without the photo; never a crash, never pollution.
    if (!result.ok) expectRefused(result, 'sidecars with __proto__')
    expectNoPollution()
    await expectAlive(h)
  })

  it('in the contract arguments are refused by the strict schemas', async () => {
    const calls = await corpusJson<Array<{ method: string; body: string }>>('proto/proto-args.json')
    for (const { method, body } of calls) {
      const response = await h.post(method, body)
      expect(response.status, `${method} ${body}`).toBe(200)
      const result = JSON.parse(response.text) as ApiResult
      expectRefused(result, `${method} ${body}`, ['bad-request', 'unknown-method'])
      expectNoPollution(`${method} ${body}`)
    }
    // The profile list did not gain a chief from a __proto__ role.
    const profiles = await h.call<{ profiles: Array<{ role: string }> }>('profile.list', {})
    expect(profiles.ok && profiles.value.profiles.map((p) => p.role)).toEqual(['reporter'])
    await expectAlive(h)
  })

  it('in a body sent to article.save are refused, and a body merely shaped oddly is cleaned', async () => {
    const created = await h.call<{ id: string }>('article.create', { content: { headline: 'প্রোটোটাইপ সংরক্ষণ' } })
    if (!created.ok) throw new Error(created.message.en)
    const id = created.value.id
    const polluting = `{"id":"${id}","baseRevision":1,"patch":{"body":{"type":"doc","content":[{"type":"paragraph","__proto__":{"polluted":"হ্যাঁ"},"content":[{"type":"text","text":"লেখা"}]}]}}}`
    expectRefused(JSON.parse((await h.post('article.save', polluting)).text) as ApiResult, 'save with __proto__', ['bad-request'])
    const odd = {
      type: 'doc',
      content: [{ type: 'constructor', content: [{ type: 'text', text: 'কনস্ট্রাক্টর নামের নোড', marks: [{ type: 'prototype' }] }] }]
    }
    const saved = await h.call('article.save', { id, baseRevision: 1, patch: { body: odd } })
    expect(saved.ok).toBe(true)
    const article = await h.call<{ body: unknown }>('article.get', { id })
    if (!article.ok) throw new Error(article.message.en)
    expectCleanBody(article.value.body, 'odd body')
    expect(article.value.body).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'কনস্ট্রাক্টর নামের নোড' }] }]
    })
    expectNoPollution()
  })
})
