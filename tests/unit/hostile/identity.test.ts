import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { corpusText, expectAlive, expectImportCleaned, expectImportRefused, expectNoPollution, openHarness, type Harness } from './harness'

/**
 * Class: a package that claims another profile's identity for a story the library already holds
 * (tests/hostile/identity/). The import is refused as forbidden, bilingually, naming the claimed owner; the story, its
 * owner and its revision stay exactly as they were.
 */
let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(async () => {
  await h.close()
})

interface Story {
  headline: string
  revision: number
  status: string
  owner: { id: string; name: string } | null
}

describe('a package claiming another profile for an existing story', () => {
  it('is refused, and the story is left exactly as it was', async () => {
    const base = await expectImportCleaned(h, 'identity/base.barta.json')
    const owner = (base.stored.owner as { id: string } | null)?.id
    expect(owner).toBeTruthy()
    const before = await h.call<Story>('article.get', { id: base.id })
    const refusal = await expectImportRefused(h, 'identity/claims-other-owner.barta.json', { codes: ['forbidden'] })
    expect(refusal.message.bn).toContain('অন্য প্রতিবেদক')
    expect(await h.call<Story>('article.get', { id: base.id })).toEqual(before)
    expectNoPollution()
    await expectAlive(h)
  })

  it('is refused by package.resolve as well', async () => {
    const text = await corpusText('identity/claims-other-owner.barta.json')
    const before = await h.call<Story>('article.get', { id: 'hostile-identity-01' })
    const resolved = await h.call('package.resolve', { text, choice: 'take' })
    expect(resolved).toMatchObject({ ok: false, code: 'forbidden' })
    expect(await h.call<Story>('article.get', { id: 'hostile-identity-01' })).toEqual(before)
  })
})
