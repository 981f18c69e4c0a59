import { describe, expect, it } from 'vitest'
import { diffStats, diffWords } from '../../../src/shared/bangla/diff'

const join = (parts: ReturnType<typeof diffWords>, keep: 'before' | 'after') =>
  parts
    .filter((part) => part.kind === 'same' || part.kind === (keep === 'before' ? 'removed' : 'added'))
    .map((part) => part.text)
    .join('')

describe('diffWords', () => {
  it('marks whole changed words and reassembles both texts exactly', () => {
    const before = 'রাজধানীতে আজ বৃষ্টি হয়েছে।\nর‍্যাব জানিয়েছে, যানজট কম।'
    const after = 'রাজধানীতে আজ ভারী বৃষ্টি হয়েছে।\nর‍্যাব জানিয়েছে, যানজট বেশি।'
    const parts = diffWords(before, after)
    expect(join(parts, 'before')).toBe(before)
    expect(join(parts, 'after')).toBe(after)
    expect(parts.filter((part) => part.kind === 'added').map((part) => part.text.trim())).toEqual(['ভারী', 'বেশি'])
    expect(parts.filter((part) => part.kind === 'removed').map((part) => part.text.trim())).toEqual(['কম'])
    expect(diffStats(parts)).toEqual({ added: 2, removed: 1 })
  })

  it('never splits a conjunct or a ZWJ sequence', () => {
    const parts = diffWords('ক্ষুদ্র ঋণ', 'স্ত্রী ঋণ')
    expect(parts).toEqual([
      { kind: 'removed', text: 'ক্ষুদ্র' },
      { kind: 'added', text: 'স্ত্রী' },
      { kind: 'same', text: ' ঋণ' }
    ])
    const zwj = diffWords('র‍্যাব এসেছে', 'র‍্যাবের দল এসেছে')
    for (const part of zwj) expect(part.text.startsWith('\u200D')).toBe(false)
    expect(join(zwj, 'after')).toBe('র‍্যাবের দল এসেছে')
  })

  it('handles empty and identical texts', () => {
    expect(diffWords('', '')).toEqual([])
    expect(diffWords('একই লেখা', 'একই লেখা')).toEqual([{ kind: 'same', text: 'একই লেখা' }])
    expect(diffWords('', 'নতুন')).toEqual([{ kind: 'added', text: 'নতুন' }])
  })
})
