import { afterEach, describe, expect, it, vi } from 'vitest'
import { countParagraphs, countText, createCounter, readingMinutes } from '../../../src/shared/bangla/count'
import { makeArticle } from '../../bench/bangla-text'

const graphemes = new Intl.Segmenter('bn', { granularity: 'grapheme' })
const intlGraphemes = (s: string): number => [...graphemes.segment(s)].length

// A paragraph whose counts were worked out by hand:
// words: ঢাকায় আজ ২০২৪ সালের বাজেট ঘোষণা করা হয়েছে | অর্থমন্ত্রী বলেন আম-জাম সব
// ফলের দাম ৩.৫ শতাংশ বেড়েছে | কেন  → 18 words, 3 sentences.
const PARAGRAPH = 'ঢাকায় আজ ২০২৪ সালের বাজেট ঘোষণা করা হয়েছে। অর্থমন্ত্রী বলেন, আম-জাম সব ফলের দাম ৩.৫ শতাংশ বেড়েছে! কেন?'

describe('characters (grapheme clusters)', () => {
  it('keeps conjuncts and ZWJ forms in one character', () => {
    expect(countText('ক্ষুধা').characters).toBe(2) // ক্ষু ধা
    expect(countText('স্ত্রী').characters).toBe(1)
    expect(countText('র‍্যাব').characters).toBe(2) // র‍্যা ব
    expect(countText('ক্‌ষ').characters).toBe(2) // ZWNJ keeps the hasant visible: ক্‌ ষ
  })

  it('counts spaces separately and leaves line breaks out', () => {
    const r = countText('আমি ভাত খাই\nতুমি')
    // আ মি ␠ ভা ত ␠ খা ই + তু মি
    expect(r.characters).toBe(10)
    expect(r.charactersNoSpaces).toBe(8)
  })

  it('agrees with Intl.Segmenter on random Bengali text', () => {
    const pool: string[] = []
    for (let c = 0x0980; c <= 0x09ff; c++) pool.push(String.fromCharCode(c))
    pool.push('\u200D', '\u200C', ' ', '\u00A0', '\t', '।', '-', 'a', '1', '\u00AD', '\u200B', '’', '😀', '\u0301')
    let seed = 5
    const r = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 4294967296
    for (let i = 0; i < 4000; i++) {
      let s = ''
      const len = 1 + Math.floor(r() * 14)
      for (let k = 0; k < len; k++) s += pool[Math.floor(r() * pool.length)] ?? ''
      expect(countText(s).characters, JSON.stringify(s)).toBe(intlGraphemes(s))
    }
  })

  it('agrees with Intl.Segmenter on the bench article, paragraph by paragraph', () => {
    const paragraphs = makeArticle(1500, 3)
    const expected = paragraphs.reduce((n, p) => n + intlGraphemes(p), 0)
    expect(countParagraphs(paragraphs).characters).toBe(expected)
  })
})

describe('words, sentences, paragraphs', () => {
  it('counts a hand-checked news paragraph', () => {
    expect(countText(PARAGRAPH)).toMatchObject({ words: 18, sentences: 3, paragraphs: 1, readingMinutes: 1 })
  })

  it('counts numbers as words and hyphenated pairs as one word', () => {
    expect(countText('১০,০০০ টাকা').words).toBe(2)
    expect(countText('২০২৪ সালে 2024').words).toBe(3)
    expect(countText('আম-জাম').words).toBe(1)
    expect(countText('আইন-শৃঙ্খলা-পরিস্থিতি').words).toBe(1)
    expect(countText('আম - জাম').words).toBe(2)
    expect(countText('e-mail Dhaka ঢাকা').words).toBe(3)
    expect(countText('-৫ ডিগ্রি').words).toBe(2)
  })

  it('ends sentences on runs of । ? ! ‼ ॥ and counts an unterminated tail', () => {
    expect(countText('হ্যাঁ!!! ঠিক আছে।।').sentences).toBe(2)
    expect(countText('তাই নাকি?! জানি না‼ আচ্ছা॥').sentences).toBe(3)
    expect(countText('শিরোনাম ছাড়া দাঁড়ি').sentences).toBe(1)
    expect(countText('৩.৫ শতাংশ। ড. ইউনূস বলেন').sentences).toBe(2)
    expect(countText('।।').sentences).toBe(0)
  })

  it('counts non-blank lines as paragraphs, whatever the line ending', () => {
    const r = countText('এক।\n\n\nদুই।\r\n   \r\nতিন\u2028চার')
    expect(r.paragraphs).toBe(4)
    expect(r.words).toBe(4)
    expect(r.sentences).toBe(4)
  })

  it('gives the same totals for text and for its paragraphs', () => {
    const paras = [PARAGRAPH, '', 'দ্বিতীয় অনুচ্ছেদ।', 'তৃতীয়']
    expect(countParagraphs(paras)).toEqual(countText(paras.join('\n')))
  })

  it('counts the generated 10,000-word article exactly', () => {
    const r = countParagraphs(makeArticle())
    expect(r.words).toBe(10_000)
    expect(r.readingMinutes).toBe(50)
  })

  it('handles long paragraphs by chunks without losing words or sentences', () => {
    const sentence = 'প্রধানমন্ত্রী আজ সংসদে বাজেট পেশ করবেন এবং বিরোধী দল আলোচনায় অংশ নেবে। '
    const long = sentence.repeat(200) // about 14,000 chars, one paragraph
    expect(long.length).toBeGreaterThan(10_000)
    const r = countText(long)
    expect(r.words).toBe(12 * 200)
    expect(r.sentences).toBe(200)
    expect(r.paragraphs).toBe(1)
    expect(r.characters).toBe(intlGraphemes(sentence) * 200)
  })

  it('survives long runs without spaces', () => {
    const conjuncts = 'ক্ষ'.repeat(3000)
    expect(countText(conjuncts).characters).toBe(3000)
    for (const prefix of ['', 'x', 'xx', 'xxx']) {
      const emoji = prefix + '😀a\u0301'.repeat(1500)
      expect(countText(emoji).characters).toBe(3000 + prefix.length)
    }
  })
})

describe('reading time', () => {
  it('rounds up, with a minimum of one minute for non-empty text', () => {
    expect(readingMinutes(0)).toBe(0)
    expect(readingMinutes(1)).toBe(1)
    expect(readingMinutes(200)).toBe(1)
    expect(readingMinutes(201)).toBe(2)
    expect(readingMinutes(201, 100)).toBe(3)
    expect(readingMinutes(0, 200, true)).toBe(1)
  })

  it('falls back to 200 wpm for nonsense speeds', () => {
    for (const wpm of [0, -5, Number.NaN, Infinity]) expect(readingMinutes(400, wpm)).toBe(2)
  })

  it('is part of the counts', () => {
    const words = Array.from({ length: 250 }, () => 'খবর').join(' ')
    expect(countText(words).readingMinutes).toBe(2)
    expect(countText(words, { wordsPerMinute: 100 }).readingMinutes).toBe(3)
    expect(countText('').readingMinutes).toBe(0)
    expect(countText('।').readingMinutes).toBe(1)
  })
})

describe('odd input', () => {
  it('never throws', () => {
    const zero = { words: 0, characters: 0, charactersNoSpaces: 0, sentences: 0, paragraphs: 0, readingMinutes: 0 }
    expect(countText('')).toEqual(zero)
    expect(countText(null as unknown as string)).toEqual(zero)
    expect(countParagraphs(undefined as unknown as string[])).toEqual(zero)
    expect(countParagraphs([1, null, 'ক'] as unknown as string[]).words).toBe(1)
    expect(countText('\uD800ক\uDC00\u0000\u0007 খ').words).toBe(2)
    expect(countText('\u09CD\u09BE\u200D').characters).toBe(intlGraphemes('\u09CD\u09BE\u200D'))
  })
})

describe('createCounter', () => {
  afterEach(() => vi.restoreAllMocks())

  it('gives the same totals as countParagraphs', () => {
    const paras = makeArticle(800, 11)
    const counter = createCounter()
    expect(counter.count(paras)).toEqual(countParagraphs(paras))
    expect(counter.count(paras)).toEqual(countParagraphs(paras))
    expect(counter.countText(paras.join('\n'))).toEqual(countText(paras.join('\n')))
  })

  it('re-segments only the edited paragraph after a keystroke', () => {
    const paras = makeArticle(800, 12)
    const counter = createCounter()
    counter.count(paras)
    const edited = [...paras]
    edited[3] = (edited[3] ?? '') + ' নতুন'
    const spy = vi.spyOn(Intl.Segmenter.prototype, 'segment')
    const r = counter.count(edited)
    expect(spy).toHaveBeenCalledTimes(1)
    expect(r).toEqual(countParagraphs(edited))
    expect(r.words).toBe(801)
  })

  it('keeps the cache bounded', () => {
    const counter = createCounter({ maxEntries: 2 })
    counter.count(['এক', 'দুই', 'তিন'])
    expect(counter.size).toBe(2)
    counter.clear()
    expect(counter.size).toBe(0)
  })

  it('uses the counter reading speed unless the call overrides it', () => {
    const words = Array.from({ length: 250 }, () => 'খবর').join(' ')
    const counter = createCounter({ wordsPerMinute: 100 })
    expect(counter.count([words]).readingMinutes).toBe(3)
    expect(counter.count([words], { wordsPerMinute: 250 }).readingMinutes).toBe(1)
  })
})
