import { describe, expect, it } from 'vitest'
import { createLexicon } from '../../../src/shared/bangla/lexicon'
import { suggestWords } from '../../../src/shared/bangla/phonetic-suggest'
import { shippedLexicon } from './dictionary-fixture'

const lexicon = shippedLexicon()
const words = (latin: string) => suggestWords(latin, lexicon).map((s) => s.word)

describe('suggestWords: Avro-style candidates for the word being typed', () => {
  it('ranks the dictionary word first where Avro’s rule result is not a word, and keeps the rule result', () => {
    expect(words('mamla').slice(0, 2)).toEqual(['মামলা', 'মাম্লা'])
    expect(words('utsob').slice(0, 2)).toEqual(['উৎসব', 'উতসব'])
    expect(words('haspatal')[0]).toBe('হাসপাতাল')
    expect(words('nirbacon')[0]).toBe('নির্বাচন')
    expect(words('porikkha')[0]).toBe('পরীক্ষা')
  })

  it('keeps the rule result first when it is a word', () => {
    expect(words('sorkar')[0]).toBe('সরকার')
    expect(words('korben')[0]).toBe('করবেন')
    expect(words('tarpor')[0]).toBe('তারপর')
  })

  it('finds a dictionary word with the ending typed after it', () => {
    expect(words('mamlar')[0]).toBe('মামলার')
    expect(words('sorkarer')[0]).toBe('সরকারের')
    expect(words('dhakay')[0]).toBe('ঢাকায়')
  })

  it('offers completions of a longer word after the exact ones', () => {
    const list = words('bangla')
    expect(list[0]).toBe('বাংলা')
    expect(list).toContain('বাংলাদেশ')
  })

  it('gives the rule result alone for a name the dictionary lacks', () => {
    expect(suggestWords('vladimir', lexicon)).toEqual([{ word: 'ভ্লাদিমির', source: 'rule' }])
  })

  it('uses the desk’s added words, limits the list and never throws', () => {
    const small = createLexicon(['মামলা'], ['মেট্রোরেল'])
    expect(suggestWords('meTrorel', small).map((s) => s.word)).toEqual(['মেট্রোরেল', 'মেট্ররেল'])
    expect(suggestWords('mamla', lexicon, 2)).toHaveLength(2)
    expect(suggestWords('', lexicon)).toEqual([])
    expect(suggestWords(undefined as unknown as string, lexicon)).toEqual([])
  })
})
