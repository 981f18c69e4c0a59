import { describe, expect, it } from 'vitest'
import { createLexicon, keyOfStoredWord, phoneticKey, storedWord } from '../../../src/shared/bangla/lexicon'
import { createLexiconPacker, packLexicon } from '../../../src/shared/bangla/lexicon-packed'
import { findMisspellings, spellSuggestions } from '../../../src/shared/bangla/spellcheck'
import { suggestWords } from '../../../src/shared/bangla/phonetic-suggest'
import { longArticleText } from '../../bench/desk/text'
import { shippedLexicon, shippedWords } from './dictionary-fixture'

/**
 * The packed lexicon (what the page keeps) answers exactly as createLexicon does, in the same order, over the whole
 * shipped list: every word, every key, completions of common prefixes, and the spell check and suggestions built on it.
 */
const nfc = (text: string) => text.normalize('NFC')

describe('the packed lexicon', () => {
  const words = shippedWords()
  const mapped = shippedLexicon()
  const packed = packLexicon(words)

  it('holds every shipped word once, and nothing else', () => {
    expect(packed.size).toBe(mapped.size)
    for (const word of words) expect(packed.has(word)).toBe(true)
    // Another encoding of a word is the same word (canonical form); a near-miss is not.
    expect(packed.has('সরকার'.normalize('NFD'))).toBe(mapped.has('সরকার'.normalize('NFD')))
    for (const notAWord of ['সরকারর', 'মাম্লা', 'দূর্নীতি', 'abc', '', 'ক']) expect(packed.has(notAWord)).toBe(mapped.has(notAWord))
  })

  it('gives the same words for every key, in the same order', () => {
    const keys = new Set(words.map((word) => keyOfStoredWord(storedWord(word.trim()))))
    for (const key of keys) expect(packed.byKey(key)).toEqual(mapped.byKey(key))
    expect(packed.byKey('নেই-এমন')).toEqual([])
  })

  it('completes prefixes as the map does', () => {
    const prefixes = new Set<string>()
    for (const [index, word] of words.entries()) {
      if (index % 97 !== 0) continue
      const key = phoneticKey(word)
      for (const length of [1, 2, 3, 4]) if (key.length > length) prefixes.add(key.slice(0, length))
    }
    for (const prefix of prefixes) expect(packed.completions(prefix, 6)).toEqual(mapped.completions(prefix, 6))
    expect(packed.completions('', 3)).toEqual([])
  })

  it('gives the spell check and the suggestions the same answers', () => {
    const paragraphs = longArticleText().text.split('\n')
    for (const paragraph of paragraphs.slice(0, 20))
      expect(findMisspellings(paragraph, packed)).toEqual(findMisspellings(paragraph, mapped))
    for (const word of ['পরিক্ষা', 'দূর্নীতি', 'প্রধানমন্ত্রির', 'শরকারের'])
      expect(spellSuggestions(word, packed)).toEqual(spellSuggestions(word, mapped))
    for (const latin of ['mamla', 'sorkar', 'dhaka', 'bangla', 'kobita', 'sorkarer', 'utsob']) {
      expect(suggestWords(latin, packed)).toEqual(suggestWords(latin, mapped))
    }
    expect(suggestWords('mamla', packed)[0]?.word).toBe(nfc('মামলা'))
  })

  it('packs in steps, a group of words per call, and keeps a repeated word once', () => {
    const packer = createLexiconPacker()
    for (const word of ['মামলা', 'মামলা', 'মামলার', 'সরকার', 'ঢাকা', 'মামলা']) packer.add(word)
    expect(() => packer.lexicon()).toThrow()
    let calls = 0
    while (!packer.pack(() => false)) calls++
    expect(calls).toBeGreaterThan(0)
    const lexicon = packer.lexicon()
    expect(lexicon.size).toBe(4)
    expect(lexicon.byKey(phoneticKey('মামলা'))).toEqual(createLexicon(['মামলা']).byKey(phoneticKey('মামলা')))
    expect(lexicon.has('সরকার')).toBe(true)
  })
})
