import { describe, expect, it } from 'vitest'
import { canonicalize, findAll, foldForSearch, foldWithMap, toOriginalRange } from '../../../src/shared/bangla/normalize'

const ZWJ = '\u200D'
const ZWNJ = '\u200C'
const RAB = 'র' + ZWJ + '্যাব' // র‍্যাব as typed on a phonetic keyboard
const YA_PRE = '\u09DF' // য় precomposed
const YA_DEC = '\u09AF\u09BC' // য + nukta

// Deterministic random strings over characters that stress the rules.
const ALPHABET = [
  ...'কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ',
  ...'অআইঈউঊঋএঐওঔ',
  ...'ািীুূৃেৈোৌ্ংঃঁ়ৎ',
  '\u09DC',
  '\u09DD',
  '\u09DF',
  '\u09D7',
  '\u09FE',
  ...'০১২৩৪৫৬৭৮৯0123456789',
  ...'aZé',
  '\u0301',
  ' ',
  '\u00A0',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '।',
  '?',
  '-',
  '‘',
  '’',
  ZWJ,
  ZWNJ,
  '\u200B',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u0085',
  '\u2028',
  '\uD83D\uDE00',
  '\uD83D',
  '\uDE00',
  'ত্‍'
]
function randomStrings(count: number, seed = 1): string[] {
  let a = seed
  const r = (): number => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0
    return a / 4294967296
  }
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    let s = ''
    const len = Math.floor(r() * 12)
    for (let k = 0; k < len; k++) s += ALPHABET[Math.floor(r() * ALPHABET.length)] ?? ''
    out.push(s)
  }
  return out
}

const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

const SAMPLES = [
  '',
  ' ',
  RAB,
  'র্যাব',
  'আওয়ামী লীগ',
  'বড় ঢাকঢোল, আষাঢ় মাস',
  'উত্‍সব',
  'উৎসব',
  'বিদ্যুত্‍',
  'ক্ষুধা স্ত্রী',
  'কো' + '\u09C7\u09BE',
  'বাংলাদেশ ২০২৪ সালে 2024',
  'line\r\nbreak\rhere\u2028and',
  '\uD800 lone \uDC00',
  '😀 ঠিক',
  'ক্\u0001়',
  '\uFEFFশুরু',
  'তথ্য\u00A0১০\u00A0কিমি',
  'এক\u000Bদুই\fতিন'
]

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

describe('foldForSearch', () => {
  it('treats precomposed and nukta spellings alike', () => {
    expect(foldForSearch('আও' + YA_PRE + 'ামী')).toBe(foldForSearch('আও' + YA_DEC + 'ামী'))
    expect(foldForSearch('ব\u09DC')).toBe(foldForSearch('ব\u09A1\u09BC'))
    expect(foldForSearch('আষা\u09DD')).toBe(foldForSearch('আষা\u09A2\u09BC'))
    expect(foldForSearch('কো')).toBe(foldForSearch('ক\u09C7\u09BE'))
  })

  it('treats ৎ and ত্‍ alike', () => {
    expect(foldForSearch('উৎসব')).toBe(foldForSearch('উত্‍সব'))
  })

  it('folds Bengali digits to Latin and lower-cases Latin', () => {
    expect(foldForSearch('২০২৪')).toBe('2024')
    expect(foldForSearch('DHAKA Tribune')).toBe('dhaka tribune')
  })

  it('ignores ZWJ/ZWNJ so that a joiner does not hide a match', () => {
    expect(foldForSearch(RAB)).toBe(foldForSearch('র্যাব'))
    expect(foldForSearch('ক্' + ZWNJ + 'ষ')).toBe(foldForSearch('ক্ষ'))
  })

  it('folds spaces and quotes', () => {
    expect(foldForSearch('১০\u00A0কিমি\tপথ')).toBe('10 কিমি পথ')
    expect(foldForSearch('‘খবর’ “শিরোনাম”')).toBe('\'খবর\' "শির\u09C7\u09BEনাম"')
  })

  it('gives the same key before and after canonicalize', () => {
    for (const s of [...SAMPLES, ...randomStrings(3000, 99)]) {
      expect(foldForSearch(canonicalize(s)), JSON.stringify(s)).toBe(foldForSearch(s))
    }
  })
})

describe('foldWithMap', () => {
  it('maps every folded unit to a valid original offset, with a sentinel', () => {
    for (const s of [...SAMPLES, ...randomStrings(500, 7)]) {
      const { folded, map } = foldWithMap(s)
      expect(folded).toBe(foldForSearch(s))
      expect(map.length).toBe(folded.length + 1)
      expect(map[folded.length]).toBe(s.length)
      for (let i = 0; i < folded.length; i++) {
        expect(map[i]).toBeGreaterThanOrEqual(0)
        expect(map[i]).toBeLessThan(s.length)
      }
    }
  })

  it('maps both halves of an expansion to the one source character', () => {
    const fold = foldWithMap('কৎ')
    expect(fold.folded).toBe('কত্')
    expect(fold.map).toEqual([0, 1, 1, 2])
    expect(toOriginalRange(fold, 'কৎ', 1, 3)).toEqual({ start: 1, end: 2 })
    expect(toOriginalRange(fold, 'কৎ', 1, 2)).toBeNull() // only the ত of ৎ
    expect(toOriginalRange(fold, 'কৎ', 2, 2)).toBeNull()
  })
})

describe('findAll', () => {
  const slices = (h: string, n: string): string[] => findAll(h, n).map((m) => h.slice(m.start, m.end))

  it('finds ২০২৪ written with Latin digits and vice versa', () => {
    const text = 'সালটা 2024, আর ২০২৪ সালের বাজেট'
    expect(slices(text, '২০২৪')).toEqual(['2024', '২০২৪'])
    expect(slices(text, '2024')).toEqual(['2024', '২০২৪'])
  })

  it('finds য় spelled either way and reports original offsets', () => {
    const text = 'সম' + YA_DEC + ' এবং সম' + YA_PRE
    expect(findAll(text, 'সম' + YA_PRE)).toEqual([
      { start: 0, end: 4 },
      { start: 9, end: 12 }
    ])
  })

  it('covers an inner ZWJ but does not swallow one at the edge', () => {
    expect(slices('র‍্যাবের অভিযান', 'র্যাব')).toEqual([RAB])
    expect(findAll(RAB, 'র')).toEqual([{ start: 0, end: 1 }])
  })

  it('matches ৎ and ত্‍ and never half of ৎ', () => {
    expect(slices('উত্‍সব আর উৎসব', 'উৎসব')).toEqual(['উত্‍সব', 'উৎসব'])
    expect(findAll('বিদ্যুৎ', 'ত')).toEqual([])
    expect(slices('বিদ্যুৎ', 'বিদ্যুত্')).toEqual(['বিদ্যুৎ'])
  })

  it('is case-insensitive for Latin and keeps offsets after astral characters', () => {
    expect(findAll('😀 Dhaka ঢাকা', 'dhaka')).toEqual([{ start: 3, end: 8 }])
    expect(slices('CAFÉ cafe\u0301', 'café')).toEqual(['CAFÉ', 'cafe\u0301'])
  })

  it('returns non-overlapping matches, left to right', () => {
    expect(findAll('আআআআআ', 'আআ')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 }
    ])
  })

  it('supports replace-all through the offsets', () => {
    const text = 'বড় খবর: বড়\u00A0খবর এবং বড় খবর'
    const matches = findAll(text, 'বড় খবর')
    expect(matches).toHaveLength(3)
    let out = text
    for (const m of [...matches].reverse()) out = out.slice(0, m.start) + 'সংবাদ' + out.slice(m.end)
    expect(out).toBe('সংবাদ: সংবাদ এবং সংবাদ')
  })

  it('finds nothing for empty or invisible needles and never throws', () => {
    expect(findAll('কিছু', '')).toEqual([])
    expect(findAll('কিছু', ZWJ + ZWNJ)).toEqual([])
    expect(findAll('', 'ক')).toEqual([])
    expect(findAll('\uD800\uDC00\uDBFF', '\uDBFF')).toEqual([{ start: 2, end: 3 }])
    expect(findAll('a\uDBFFb', '\uFFFD')).toEqual([{ start: 1, end: 2 }])
    expect(findAll(undefined as unknown as string, 'x')).toEqual([])
  })
})
