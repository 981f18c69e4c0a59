import { describe, expect, it } from 'vitest'
import { canonicalize } from '../../../src/shared/bangla/normalize'
import { LONE, RAB, SAMPLES, YA_DEC, YA_PRE, ZWJ, ZWNJ, randomStrings } from './text-samples'

describe('canonicalize', () => {
  it('keeps ZWJ and ZWNJ, which carry meaning', () => {
    expect(canonicalize(RAB)).toBe(RAB)
    expect(canonicalize(RAB)).toContain(ZWJ)
    const explicitHasant = 'ক্' + ZWNJ + 'ষ'
    expect(canonicalize(explicitHasant)).toBe(explicitHasant)
  })

  it('stores য় ড় ঢ় as NFC leaves them: base + nukta', () => {
    expect(canonicalize('সম' + YA_PRE)).toBe('সম' + YA_DEC)
    expect(canonicalize('সম' + YA_DEC)).toBe('সম' + YA_DEC)
    expect(canonicalize('\u09DC')).toBe('\u09A1\u09BC')
    expect(canonicalize('\u09DD')).toBe('\u09A2\u09BC')
  })

  it('composes split vowel signs (ে + া → ো)', () => {
    expect(canonicalize('ক\u09C7\u09BE')).toBe('কো')
    expect(canonicalize('ক\u09C7\u09D7')).toBe('কৌ')
  })

  it('turns ত + ্ + ZWJ into khanda ta ৎ', () => {
    expect(canonicalize('উত্‍সব')).toBe('উৎসব')
    expect(canonicalize('বিদ্যুত্‍')).toBe('বিদ্যুৎ')
    // ZWJ before the virama is a different request (ya-phala shape): untouched.
    expect(canonicalize('ত' + ZWJ + '্য')).toBe('ত' + ZWJ + '্য')
  })

  it('normalises line endings to \\n', () => {
    expect(canonicalize('ক\r\nখ\rগ\u2028ঘ\u2029ঙ\u0085চ\u000Bছ')).toBe('ক\nখ\nগ\nঘ\nঙ\nচ\nছ')
  })

  it('strips control characters and the BOM but keeps \\n and \\t', () => {
    expect(canonicalize('\uFEFF\u0000ক\u0007খ\u001B\u009B\t\n')).toBe('কখ\t\n')
  })

  it('reorders marks that a removed control had kept apart', () => {
    expect(canonicalize('ক্\u0001়')).toBe('ক়্')
  })

  it('keeps NBSP and repeated spaces', () => {
    expect(canonicalize('১০\u00A0কিমি  দূরে')).toBe('১০\u00A0কিমি  দূরে')
  })

  it('replaces unpaired surrogates with U+FFFD and keeps real pairs', () => {
    expect(canonicalize('a\uD800b\uDC00c')).toBe('a\uFFFDb\uFFFDc')
    expect(canonicalize('😀\uD83D')).toBe('😀\uFFFD')
  })

  it('never throws on odd input', () => {
    expect(canonicalize('')).toBe('')
    expect(canonicalize(null as unknown as string)).toBe('')
    expect(canonicalize(42 as unknown as string)).toBe('')
  })

  it('is idempotent', () => {
    for (const s of [...SAMPLES, ...randomStrings(3000)]) {
      const once = canonicalize(s)
      expect(canonicalize(once), JSON.stringify(s)).toBe(once)
      expect(LONE.test(once)).toBe(false)
      expect(once.normalize('NFC')).toBe(once)
    }
  })
})
