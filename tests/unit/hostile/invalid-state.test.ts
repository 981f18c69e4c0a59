import { afterAll, beforeAll, describe, it } from 'vitest'
import { expectImportRefused, expectNoPollution, openHarness, type Harness } from './harness'

/**
 * Class: packages whose status, owner, workflow, revision, dates or format version were edited by hand into states the
 * format does not have (tests/hostile/state/). Each is refused as a whole, naming the field, before anything is
 * written.
 */
let h: Harness
beforeAll(async () => {
  h = await openHarness()
})
afterAll(async () => {
  await h.close()
})

const FILES = [
  'bad-status',
  'status-null',
  'bad-owner-role',
  'owner-missing-id',
  'owner-wrong-types',
  'bad-workflow',
  'negative-revision',
  'fraction-revision',
  'future-version',
  'bad-dates',
  'extra-fields'
]

describe('packages edited into an invalid state', () => {
  it('are refused whole, naming the part, with nothing written', async () => {
    for (const name of FILES) {
      const refusal = await expectImportRefused(h, `state/${name}.barta.json`, { codes: ['bad-request'] })
      // The message names the field, so the sender can be told what to fix.
      if (!/«.+»/.test(refusal.message.bn)) throw new Error(`${name}: the Bengali message names no field: ${refusal.message.bn}`)
    }
    expectNoPollution()
  })
})
