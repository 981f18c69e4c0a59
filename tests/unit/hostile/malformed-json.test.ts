import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import {
  CORPUS,
  expectAlive,
  expectCliRefused,
  expectImportRefused,
  expectNoPollution,
  expectRefused,
  openHarness,
  type Harness
} from './harness'

/**
 * Class: malformed and deeply nested JSON (tests/hostile/json/, plus nesting 100,000 deep made here). Every file is
 * refused with a bilingual message by article.import over HTTP and by `barta import`; nothing is written; the host
 * keeps answering. Nesting sent as the call's own arguments is refused before it is parsed.
 */
let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(async () => {
  await h.close()
})

const deepArrays = (n: number) => `${'['.repeat(n)}${']'.repeat(n)}`
const deepObjects = (n: number) => `${'{"a":'.repeat(n)}1${'}'.repeat(n)}`

describe('malformed and deeply nested JSON', () => {
  it('is refused everywhere it can enter, with nothing written and the host still answering', async () => {
    const files = (await readdir(join(CORPUS, 'json'))).sort()
    expect(files.length).toBeGreaterThanOrEqual(15)
    for (const name of files) await expectImportRefused(h, `json/${name}`)

    // Generated here rather than committed: 100,000 nested arrays and objects, as a file and as import text.
    for (const [label, text] of [
      ['100,000 nested arrays', deepArrays(100_000)],
      ['100,000 nested objects', deepObjects(100_000)],
      [
        'a package whose body nests 20,000 deep',
        `{"format":"barta.article","version":1,"exportedAt":"2024-02-10T12:00:00+06:00","media":{},"article":{"id":"hostile-deep-0001","body":${'{"type":"blockquote","content":['.repeat(20_000)}${']}'.repeat(20_000)}}}`
      ]
    ] as const) {
      const before = await h.snapshot()
      expectRefused(await h.call('article.import', { text }), label)
      const file = join(h.cliDataDir, '..', `deep-${before.length}.json`)
      await writeFile(file, text)
      expectCliRefused(await h.cli(['import', file]), `${label} (CLI)`)
      expect(await h.snapshot(), label).toEqual(before)
      await expectAlive(h, label)
    }
    expectNoPollution()
  })

  it('refuses a call whose own arguments nest too deeply (400, bilingual), then keeps serving', async () => {
    const created = await h.call<{ id: string; revision: number }>('article.create', { content: { headline: 'গভীর নেস্টিং পরীক্ষা' } })
    if (!created.ok) throw new Error(created.message.en)
    const deepBody = `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(50_000)}${']}'.repeat(50_000)}]}`
    for (const body of [
      deepArrays(100_000),
      deepObjects(100_000),
      `{"id":"${created.value.id}","baseRevision":1,"patch":{"body":${deepBody}}}`
    ]) {
      const response = await h.post(body.startsWith('{"id"') ? 'article.save' : 'library.list', body)
      expect(response.status).toBe(400)
      const refusal = JSON.parse(response.text) as { ok: boolean; code: string; message: { bn: string; en: string } }
      expectRefused(refusal as never, 'nested arguments', ['bad-request'])
      await expectAlive(h)
    }
    // Nothing was saved: the article is still at its first revision.
    expect(await h.call('article.get', { id: created.value.id })).toMatchObject({ ok: true, value: { revision: 1 } })
    // Brackets inside strings are text, not nesting (escaped quotes and backslashes included).
    const bracketed = `[[[${'['.repeat(400)}\\"{{{${'{'.repeat(400)}\\`
    expect(await h.call('article.save', { id: created.value.id, baseRevision: 1, patch: { summary: bracketed } })).toMatchObject({
      ok: true,
      value: { revision: 2 }
    })
    expect(await h.call('article.get', { id: created.value.id })).toMatchObject({ ok: true, value: { summary: bracketed } })
    // Malformed JSON bodies and broken method names are answered as values too.
    for (const [method, body] of [
      ['library.list', '{"a": '],
      ['library.list', '\u0000\u0001'],
      ['%E0%A6', '{}'],
      ['%', '{}'],
      ['article.get', '{"id": "x", "id": {"$gt": ""}}']
    ] as const) {
      const response = await h.post(method, body)
      expect([200, 400], `${method} ${body}`).toContain(response.status)
      expectRefused(JSON.parse(response.text) as never, `${method} ${body}`)
    }
    await expectAlive(h)
  })
})
