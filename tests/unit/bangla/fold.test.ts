import { describe, expect, it } from 'vitest'
import { canonicalize } from '../../../src/shared/bangla/normalize'
import {
  FOLD_RULES,
  findAll,
  foldForSearch,
  foldWithMap,
  isLiteralMatch,
  toOriginalRange,
  type FoldRule
} from '../../../src/shared/bangla/fold'
import { RAB, SAMPLES, YA_DEC, YA_PRE, ZWJ, ZWNJ, randomStrings } from './text-samples'

// Each folding rule with a pair of spellings a reader takes for the same word (it must join them) and a near-miss
// that is another word or another spelling (it must keep them apart). The near-misses are the class of the bug that
// opened issue 13: ত্ without ZWJ folded to ৎ, so «সৎ» found «সত্য».
const RULE_CASES: Record<FoldRule, { join: readonly [string, string]; apart: readonly [string, string] }> = {
  'nukta-letters': { join: ['আওয়ামী', 'আও\u09AF\u09BCামী'], apart: ['যে', 'য়ে'] },
  'two-part-vowels': { join: ['কোথায়', 'ক\u09C7\u09BEথায়'], apart: ['কে', 'কো'] },
  'mark-order': { join: ['ড\u09BC\u09CD', 'ড\u09CD\u09BC'], apart: ['ড\u09BC', 'ড\u09CD'] },
  'khanda-ta': { join: ['উৎসব', 'উত্\u200Dসব'], apart: ['সৎ', 'সত্'] },
  invisible: { join: [RAB, 'র্যাব'], apart: ['ক্ষ', 'কষ'] },
  digits: { join: ['২০২৪', '2024'], apart: ['২০২৪', '2025'] },
  'latin-case': { join: ['DHAKA', 'dhaka'], apart: ['cafe', 'café'] },
  quotes: { join: ['‘খবর’', "'খবর'"], apart: ["'খবর'", '"খবর"'] },
  spaces: { join: ['১০\u00A0কিমি', '১০ কিমি'], apart: ['১০ কিমি', '১০কিমি'] },
  'line-breaks': { join: ['এক\r\nদুই', 'এক\nদুই'], apart: ['এক\nদুই', 'এক দুই'] }
}

describe('the folding rules table', () => {
  it('has a tested pair and near-miss for every rule', () => {
    expect(Object.keys(RULE_CASES).sort()).toEqual([...FOLD_RULES].sort())
  })

  for (const rule of FOLD_RULES) {
    it(`${rule}: joins its pair and keeps its near-miss apart`, () => {
      const { join, apart } = RULE_CASES[rule]
      expect(foldForSearch(join[0])).toBe(foldForSearch(join[1]))
      expect(findAll(join[0], join[1])).toEqual([{ start: 0, end: join[0].length }])
      expect(foldForSearch(apart[0])).not.toBe(foldForSearch(apart[1]))
      expect(findAll(apart[0], apart[1]).map((m) => apart[0].slice(m.start, m.end))).not.toContain(apart[0])
    })
  }
})

describe('khanda ta: only ত্‍ is ৎ', () => {
  it('never finds ৎ inside সত্য, মহত্ত্ব, উত্তর', () => {
    for (const word of ['সত্য', 'মহত্ত্ব', 'উত্তর', 'পত্র', 'আত্মা', 'রত্ন']) {
      expect(findAll(word, 'সৎ'), word).toEqual([])
      expect(findAll(word, 'ৎ'), word).toEqual([])
    }
    expect(findAll('সৎ মানুষ সত্য বলেন', 'সৎ')).toEqual([{ start: 0, end: 2 }])
  })

  it('finds the old spelling ত্‍ for ৎ and back, whole', () => {
    const text = 'উত্‍সব আর উৎসব, বিদ্যুত্‍ আর বিদ্যুৎ'
    const slices = (needle: string) => findAll(text, needle).map((m) => text.slice(m.start, m.end))
    expect(slices('উৎসব')).toEqual(['উত্‍সব', 'উৎসব'])
    expect(slices('বিদ্যুত্‍')).toEqual(['বিদ্যুত্‍', 'বিদ্যুৎ'])
    expect(findAll('বিদ্যুৎ', 'ত')).toEqual([])
    expect(findAll('বিদ্যুত্‍', 'ত')).toEqual([]) // never half of the old ৎ
  })
})

describe('foldForSearch', () => {
  it('folds Bengali digits to Latin, lower-cases Latin, spaces and quotes', () => {
    expect(foldForSearch('২০২৪')).toBe('2024')
    expect(foldForSearch('DHAKA Tribune')).toBe('dhaka tribune')
    expect(foldForSearch('১০\u00A0কিমি\tপথ')).toBe('10 কিমি পথ')
    expect(foldForSearch('‘খবর’ “শিরোনাম”')).toBe('\'খবর\' "শির\u09C7\u09BEনাম"')
  })

  it('ignores ZWJ/ZWNJ except inside ত্‍', () => {
    expect(foldForSearch(RAB)).toBe(foldForSearch('র্যাব'))
    expect(foldForSearch('ক্' + ZWNJ + 'ষ')).toBe(foldForSearch('ক্ষ'))
    expect(foldForSearch('ত্' + ZWJ)).toBe('ৎ')
    expect(foldForSearch('ত্')).toBe('ত্')
  })

  it('gives the same key before and after canonicalize, and the same as the careful path', () => {
    for (const s of [...SAMPLES, ...randomStrings(3000, 99)]) {
      expect(foldForSearch(canonicalize(s)), JSON.stringify(s)).toBe(foldForSearch(s))
      expect(foldWithMap(s).folded, JSON.stringify(s)).toBe(foldForSearch(s))
    }
  })
})

describe('foldWithMap', () => {
  it('maps every folded unit to a valid original offset, with a sentinel', () => {
    for (const s of [...SAMPLES, ...randomStrings(500, 7)]) {
      const { folded, map } = foldWithMap(s)
      expect(map.length).toBe(folded.length + 1)
      expect(map[folded.length]).toBe(s.length)
      for (let i = 0; i < folded.length; i++) {
        expect(map[i]).toBeGreaterThanOrEqual(0)
        expect(map[i]).toBeLessThan(s.length)
      }
    }
  })

  it('maps both halves of an expansion to the one source character', () => {
    const fold = foldWithMap('ক' + YA_PRE)
    expect(fold.folded).toBe('ক' + YA_DEC)
    expect(fold.map).toEqual([0, 1, 1, 2])
    expect(toOriginalRange(fold, 'ক' + YA_PRE, 1, 3)).toEqual({ start: 1, end: 2 })
    expect(toOriginalRange(fold, 'ক' + YA_PRE, 1, 2)).toBeNull() // only the য of য়
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

  it('is case-insensitive for Latin and keeps offsets after astral characters', () => {
    expect(findAll('😀 Dhaka ঢাকা', 'dhaka')).toEqual([{ start: 3, end: 8 }])
    expect(slices('CAFÉ cafe\u0301', 'café')).toEqual(['CAFÉ', 'cafe\u0301'])
    expect(findAll('café', 'cafe')).toEqual([])
  })

  it('returns non-overlapping matches, left to right', () => {
    expect(findAll('আআআআআ', 'আআ')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 }
    ])
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

describe('isLiteralMatch: what replace-all may touch', () => {
  it('accepts canonical equivalents and, unless asked, other Latin case', () => {
    expect(isLiteralMatch('আও' + YA_PRE + 'ামী', 'আও' + YA_DEC + 'ামী')).toBe(true)
    expect(isLiteralMatch('উত্\u200Dসব', 'উৎসব')).toBe(true)
    expect(isLiteralMatch('Dhaka', 'dhaka')).toBe(true)
    expect(isLiteralMatch('Dhaka', 'dhaka', true)).toBe(false)
  })

  it('refuses matches that folding alone made', () => {
    expect(isLiteralMatch('২০২৪', '2024')).toBe(false)
    expect(isLiteralMatch(RAB, 'র্যাব')).toBe(false)
    expect(isLiteralMatch('১০\u00A0কিমি', '১০ কিমি')).toBe(false)
    expect(isLiteralMatch('‘খবর’', "'খবর'")).toBe(false)
  })
})
