import { describe, expect, it } from 'vitest'
import { createLexicon, phoneticKey } from '../../../src/shared/bangla/lexicon'
import { findMisspellings, isKnownWord, spellSuggestions } from '../../../src/shared/bangla/spellcheck'
import { shippedLexicon } from './dictionary-fixture'

// The shipped word lists are the dictionary under test; the words below are ordinary news Bengali, checked by hand.
const lexicon = shippedLexicon()

describe('the shipped word list', () => {
  it('knows the common words of a news story', () => {
    const story =
      'ঢাকায় গতকাল সকালে সরকারের পক্ষ থেকে জানানো হয়েছে যে নির্বাচন কমিশন আগামী সপ্তাহে বৈঠক করবে। প্রধানমন্ত্রী বলেছেন, ' +
      'শিক্ষার্থীদের পরীক্ষা সময়মতো হবে। পুলিশ জানিয়েছে, মামলাগুলো তদন্ত করা হচ্ছে। বাজারে চালের দাম বেড়েছে।'
    expect(findMisspellings(story, lexicon)).toEqual([])
  })

  it('is large enough to be useful', () => {
    expect(lexicon.size).toBeGreaterThan(100_000)
  })
})

describe('isKnownWord', () => {
  it('does not flag inflected forms of known words', () => {
    for (const word of [
      'সরকারের',
      'মামলার',
      'সরকারকে',
      'শিক্ষার্থীরা',
      'মামলাগুলো',
      'মামলাগুলোর',
      'বইটি',
      'ঢাকাতে',
      'ঢাকায়',
      'শিক্ষকদের',
      'শিক্ষকদেরও',
      'আজই',
      'দেশে'
    ])
      expect(isKnownWord(word, lexicon), word).toBe(true)
  })

  it('flags misspellings, and never Latin words or numbers', () => {
    for (const word of ['মাম্লা', 'শরকার', 'নিরবাচন', 'পরিক্ষা']) expect(isKnownWord(word, lexicon), word).toBe(false)
    for (const word of ['Dhaka', '২০২৪', 'COVID-19']) expect(isKnownWord(word, lexicon), word).toBe(true)
  })

  it('knows a word in any encoding of it', () => {
    expect(isKnownWord('সময়', lexicon)).toBe(true)
    expect(isKnownWord('সম\u09DF', lexicon)).toBe(true)
    expect(isKnownWord('উত্\u200Dসব', lexicon)).toBe(true)
  })
})

describe('spellSuggestions', () => {
  it('puts the word the reporter meant first', () => {
    expect(spellSuggestions('মাম্লা', lexicon)[0]).toBe('মামলা')
    expect(spellSuggestions('শরকার', lexicon)[0]).toBe('সরকার')
    expect(spellSuggestions('নিরবাচন', lexicon)[0]).toBe('নির্বাচন')
    expect(spellSuggestions('পরিক্ষা', lexicon)[0]).toBe('পরীক্ষা')
  })

  it('keeps a known ending on a corrected word', () => {
    expect(spellSuggestions('শরকারের', lexicon)).toContain('সরকারের')
  })

  it('offers nothing for a known word and at most the limit', () => {
    expect(spellSuggestions('সরকার', lexicon)).toEqual([])
    expect(spellSuggestions('কখগঘ', lexicon, 3).length).toBeLessThanOrEqual(3)
  })
})

describe('findMisspellings', () => {
  it('reports unknown Bengali words in text offsets, skipping Latin and digits', () => {
    const text = 'সরকার মাম্লা করেছে, ঢাকায় ২০২৪ সালে Dhaka শরকারের।'
    expect(findMisspellings(text, lexicon)).toEqual([
      { start: 6, end: 12, word: 'মাম্লা' },
      { start: text.indexOf('শরকারের'), end: text.indexOf('শরকারের') + 7, word: 'শরকারের' }
    ])
  })

  it('learns the desk’s added words', () => {
    const withDesk = createLexicon(['সরকার'], ['ইউএনও'])
    expect(isKnownWord('ইউএনওর', withDesk)).toBe(true)
    expect(findMisspellings('ইউএনও', createLexicon(['সরকার']))).toHaveLength(1)
  })
})

describe('phoneticKey', () => {
  it('joins what phonetic typing cannot tell apart and nothing that it can', () => {
    expect(phoneticKey('মাম্লা')).toBe(phoneticKey('মামলা'))
    expect(phoneticKey('উতসব')).toBe(phoneticKey('উৎসব'))
    expect(phoneticKey('পরিক্ষা')).toBe(phoneticKey('পরীক্ষা'))
    expect(phoneticKey('উতর')).toBe(phoneticKey('উত্তর'))
    expect(phoneticKey('ধাকা')).toBe(phoneticKey('ঢাকা'))
    expect(phoneticKey('মামলা')).not.toBe(phoneticKey('মালা'))
    expect(phoneticKey('কাল')).not.toBe(phoneticKey('খাল'))
  })
})
