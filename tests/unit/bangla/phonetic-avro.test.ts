import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { phoneticToBengali } from '../../../src/shared/bangla/phonetic'

// The public Avro Phonetic test suites (sources in the fixture's header) are the authority here: Barta's phonetic
// typing must give what Avro gives. Compared in NFC, Barta's stored form.
const CASES = readFileSync(join(__dirname, 'fixtures', 'avro-phonetic.tsv'), 'utf8')
  .split('\n')
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((line) => {
    const [input = '', expected = ''] = line.split('\t')
    return [input, expected] as const
  })

describe('Avro Phonetic compatibility', () => {
  it('has the suites loaded', () => {
    expect(CASES.length).toBeGreaterThan(400)
  })

  it('passes every case of the public Avro test suites', () => {
    const failures = CASES.filter(([input, expected]) => phoneticToBengali(input) !== expected.normalize('NFC')).map(
      ([input, expected]) => `${JSON.stringify(input)} → ${phoneticToBengali(input)} (Avro: ${expected})`
    )
    expect(failures).toEqual([])
  })

  it('types the words from issue 13 the way Avro users expect', () => {
    const words: Array<[string, string]> = [
      ['tarpor', 'তারপর'],
      ['barbar', 'বারবার'],
      ['korbo', 'করব'],
      ['porshu', 'পরশু'],
      ['kx', 'ক্ষ'],
      ['bhladimir', 'ভ্লাদিমির'],
      ['vladimir', 'ভ্লাদিমির'],
      ['dhorrmo', 'ধর্ম'],
      ['marrkin', 'মার্কিন'],
      ['sorkar', 'সরকার'],
      ['rZab', 'র‍্যাব']
    ]
    for (const [latin, bengali] of words) expect(phoneticToBengali(latin), latin).toBe(bengali.normalize('NFC'))
  })

  it('gives reph only from rr', () => {
    expect(phoneticToBengali('korte')).toBe('করতে')
    expect(phoneticToBengali('nirbacon')).toBe('নিরবাচন') // Avro's result; the dictionary suggests নির্বাচন
    expect(phoneticToBengali('nirrbacon')).toBe('নির্বাচন')
  })

  it('keeps a decimal point between digits (the one house difference)', () => {
    expect(phoneticToBengali('3.5')).toBe('৩.৫')
    expect(phoneticToBengali('ses.')).toBe('সেস।')
  })

  it('writes NFC and never throws', () => {
    expect(phoneticToBengali('amader')).toBe('আমাদের')
    expect(phoneticToBengali('Y')).toBe('য়'.normalize('NFC'))
    expect(phoneticToBengali('')).toBe('')
    expect(phoneticToBengali(null as unknown as string)).toBe('')
    const long = 'ami banglay gan gai '.repeat(5000)
    expect(phoneticToBengali(long).length).toBeGreaterThan(50_000)
  })
})
