import { describe, expect, it } from 'vitest'
import { bijoyScore, bijoyToUnicode, convertBijoyRuns, convertIfBijoy, looksLikeBijoy } from '../../../src/shared/bangla/bijoy'

// Expected Unicode is compared in NFC (য় ড় ঢ় are base + nukta there).
const nfc = (s: string): string => s.normalize('NFC')

// Each pair was worked out glyph by glyph from the SutonnyMJ layout; most words
// come from real Bijoy documents. [Bijoy as pasted, Unicode].
const PAIRS: ReadonlyArray<readonly [string, string]> = [
  // plain letters and post-base vowel signs
  ['Avwg', 'আমি'],
  ['evsjvq', 'বাংলায়'],
  ['Mvb', 'গান'],
  ['MvB', 'গাই'],
  ['Kvievi', 'কারবার'],
  ['Rxeb', 'জীবন'],
  ['Zywg', 'তুমি'],
  ['Zzwg', 'তুমি'],
  ['g~j', 'মূল'],
  ['`‚i', 'দূর'],
  ['iƒc', 'রূপ'],
  ['ïiæ', 'শুরু'],
  ['`ª“Z', 'দ্রুত'],
  ['Z…Y', 'তৃণ'],
  ['e„wó', 'বৃষ্টি'],
  ['¯§…wZ', 'স্মৃতি'],
  // pre-base ি ে ৈ move after the cluster
  ['wK', 'কি'],
  ['w`b', 'দিন'],
  ['†`k', 'দেশ'],
  ['‡`k', 'দেশ'],
  ['evsjv‡`k', 'বাংলাদেশ'],
  ['‰Zwi', 'তৈরি'],
  ['‰ekvL', 'বৈশাখ'],
  ['wj‡LwQ', 'লিখেছি'],
  ['e‡j‡Qb', 'বলেছেন'],
  // ো = ে + cluster + া, ৌ = ে + cluster + Š
  ['†Kvb', 'কোন'],
  ['†gvevBj', 'মোবাইল'],
  ['†Zvgvq', 'তোমায়'],
  ['†KŠZyK', 'কৌতুক'],
  ['†`Šo', 'দৌড়'],
  ['‡eŠ', 'বৌ'],
  ['‡mŠfvM¨', 'সৌভাগ্য'],
  // reph © moves before its cluster (also past a pre-base sign or a ৃ)
  ['ag©', 'ধর্ম'],
  ['Kg©x', 'কর্মী'],
  ['Kgx©', 'কর্মী'],
  ['Kvh©µg', 'কার্যক্রম'],
  ['m~h©', 'সূর্য'],
  ['Avw_©K', 'আর্থিক'],
  ['KvwË©K', 'কার্ত্তিক'],
  ['Kv‡h©i', 'কার্যের'],
  ['m‡e©v”P', 'সর্বোচ্চ'],
  ['KZ„©c¶', 'কর্তৃপক্ষ'],
  ['Avš—R©vwZK', 'আন্তর্জাতিক'],
  ['gvP©', 'মার্চ'],
  // ya-phala (র + ya-phala takes a ZWJ, as Unicode spells র‍্যাব)
  ['e¨vsK', 'ব্যাংক'],
  ['m¨vi', 'স্যার'],
  ['D‡Ïk¨', 'উদ্দেশ্য'],
  ['wek¦we`¨vjq', 'বিশ্ববিদ্যালয়'],
  ['‰R¨ô', 'জ্যৈষ্ঠ'],
  ['i¨ve', 'র\u200D্যাব'],
  // ra-phala (ª « Ö)
  ['cÖ_g', 'প্রথম'],
  ['cÖavbgš¿x', 'প্রধানমন্ত্রী'],
  ['Mªvg', 'গ্রাম'],
  ['†Wª‡m', 'ড্রেসে'],
  ['A‡÷«wjqvi', 'অস্ট্রেলিয়ার'],
  ['cÖK…wZ', 'প্রকৃতি'],
  ['ivóª', 'রাষ্ট্র'],
  // chandrabindu, whichever side of া it was typed
  ['Pvu`', 'চাঁদ'],
  ['Puv`', 'চাঁদ'],
  ['†eu‡P', 'বেঁচে'],
  ['†LvuR', 'খোঁজ'],
  ['DuwP‡q', 'উঁচিয়ে'],
  ['†cŠu‡Q', 'পৌঁছে'],
  // conjunct glyphs, half forms and phalas
  ['wk¶v', 'শিক্ষা'],
  ['iÿv', 'রক্ষা'],
  ['weÁvb', 'বিজ্ঞান'],
  ['DËi', 'উত্তর'],
  ['QvÎ', 'ছাত্র'],
  ['Avb›`', 'আনন্দ'],
  ['‡K›`ª', 'কেন্দ্র'],
  ['kvšÍ', 'শান্ত'],
  ['ev¯Íe', 'বাস্তব'],
  ['Ae¯’v', 'অবস্থা'],
  ['Dcw¯’Z', 'উপস্থিত'],
  ['¯^vaxb', 'স্বাধীন'],
  ['Kó', 'কষ্ট'],
  ['†÷kb', 'স্টেশন'],
  ['Bw½Z', 'ইঙ্গিত'],
  ['m¤ú`', 'সম্পদ'],
  ['m¤§vb', 'সম্মান'],
  ['eÜy', 'বন্ধু'],
  ['wKš‘', 'কিন্তু'],
  ['Dbœqb', 'উন্নয়ন'],
  ['k³', 'শক্ত'],
  ['c×wZ', 'পদ্ধতি'],
  ['wØZxq', 'দ্বিতীয়'],
  ['ev”Pv', 'বাচ্চা'],
  ['B‡”Q', 'ইচ্ছে'],
  ['Rb¥', 'জন্ম'],
  ['m¤¢e', 'সম্ভব'],
  ['D¾¡j', 'উজ্জ্বল'],
  ['cøvw÷K', 'প্লাস্টিক'],
  ['wPý', 'চিহ্ন'],
  ['eªþv', 'ব্রহ্মা'],
  ['hy³ivóª', 'যুক্তরাষ্ট্র'],
  ['wm×všÍ', 'সিদ্ধান্ত'],
  ['cwðg', 'পশ্চিম'],
  ['ü`q', 'হৃদয়'],
  ['eû', 'বহু'],
  ['¸iæZ¡', 'গুরুত্ব'],
  ['Kíbv', 'কল্পনা'],
  ['jvÇy', 'লাড্ডু'],
  ['†QvÆ', 'ছোট্ট'],
  ['NÈv', 'ঘণ্টা'],
  ['mÂq', 'সঞ্চয়'],
  ['cvÄvex', 'পাঞ্জাবী'],
  ['BwÛ‡Ri', 'ইন্ডিজের'],
  ['A™¢yZ', 'অদ্ভুত'],
  ['m¤£všÍ', 'সম্ভ্রান্ত'],
  ['G·vg', 'এক্সাম'],
  ['W±i', 'ডক্টর'],
  ['gwjøKv', 'মল্লিকা'],
  ['¯‹zj', 'স্কুল'],
  ['w¯Œb', 'স্ক্রিন'],
  ['K¬všÍ', 'ক্লান্ত'],
  ['mßvn', 'সপ্তাহ'],
  ['k‡ãi', 'শব্দের'],
  ['åg', 'ভ্রম'],
  ['Z„òv', 'তৃষ্ণা'],
  ['AvbyôvwbK', 'আনুষ্ঠানিক'],
  ['Av°vm', 'আক্কাস'],
  ['k¼v', 'শঙ্কা'],
  ['j¾v', 'লজ্জা'],
  ['j¶¥x', 'লক্ষ্মী'],
  ['AveŸv', 'আব্বা'],
  ['†KvgjMvÜvi', 'কোমলগান্ধার'],
  ['DwØMœ', 'উদ্বিগ্ন'],
  ['dvêyb', 'ফাল্গুন'],
  ['wewìs', 'বিল্ডিং'],
  ['wbtk¦vm', 'নিঃশ্বাস'],
  ['`ytL', 'দুঃখ'],
  ['f&iæ‡¶c', 'ভ্রুক্ষেপ'],
  ['iex›`ª', 'রবীন্দ্র'],
  ['µgvš^‡q', 'ক্রমান্বয়ে'],
  ['b¤^i', 'নম্বর'],
  ['wiKkv', 'রিকশা'],
  // digits and dari
  ['1971', '১৯৭১'],
  ['Avwg hvB|', 'আমি যাই।'],
  ['15 AvM÷ 2024', '১৫ আগস্ট ২০২৪']
]

// Bijoy lines that must be detected.
const BIJOY_LINES = [
  'Avwg evsjvq Mvb MvB',
  'evsjv‡`k',
  'XvKv',
  'Avgvi †mvbvi evsjv, Avwg †Zvgvq fvjevwm|',
  'cÖavbgš¿x †kL nvwmbv e‡j‡Qb, miKvi Dbœq‡b KvR Ki‡Q|',
  'XvKv wek¦we`¨vj‡qi wk¶v_©x‡`i Av‡›`vjb Pj‡Q',
  'Avš—R©vwZK wµ‡K‡U e¨vwUs Ki‡Z',
  'AvR mKv‡j e„wó n‡q‡Q',
  '†Kvb Ae¯’vq Zvqv¤§yg Ki‡e',
  'm¤úv`K',
  'KZ…©c‡¶i wm×všÍ Abyhvqx',
  'RvZxq msm‡` ev‡RU †ck Kiv n‡q‡Q',
  '2024 mv‡ji 15 Rvbyqvwi',
  'cywjk Rvwb‡q‡Q, NUbvi ci †_‡K Zviv cjvZK|',
  'ïay Kv‡bi c`©vq †Rv‡i av°v †`Iqvi g‡Zv',
  'wkÿv gš¿Yvjq bZzb wb‡`©kbv w`‡q‡Q',
  'AvenvIqv Awa`ßi Rvwb‡q‡Q, mvZ w`b e„wó n‡e',
  'XvKv, 12 gvP© (evmm) : mKvj †_‡K e„wó',
  'we¯ÍvwiZ Rvb‡Z †`Lyb https://example.com/news'
]

// Text that must NOT be detected: English, URLs, code, numbers, Unicode Bengali.
const NOT_BIJOY = [
  'The minister said on Sunday that',
  'Prices of essential commodities rose sharply last week.',
  "Dhaka, March 12 (Reuters) - Bangladesh's central bank kept its policy rate unchanged.",
  'Please visit https://www.example.com/news?id=42 for details.',
  "const x = await fetch(url); if (!x.ok) { throw new Error('bad'); }",
  'function getElementById(id) { return document.querySelector("#" + id); }',
  '12345 67.89 2024-03-01',
  'আমি বাংলায় গান গাই',
  'প্রধানমন্ত্রী শেখ হাসিনা বলেছেন, সরকার উন্নয়নে কাজ করছে। Reuters',
  'I have never seen anything like it, he said.',
  'Copyright © 2024 Barta. All rights reserved.',
  "McDonald's iPhone sales rose",
  'The river level rose above the danger mark in Sylhet.',
  'John Smith† and Jane Doe‡ contributed reporting.',
  'Müller and José met Øresund officials in København.',
  'user@example.com',
  'www.prothomalo.com',
  'Flood waters have devastated over 200 villages, officials said.',
  'He lives on Park Avenue in New York with his family.',
  'Heavy rain is forecast for Chattogram and Barishal divisions.',
  'The “quick” brown fox… jumps over the lazy dog’s back.',
  'Police arrested three suspects in connection with the murder.',
  'Bangladesh won the toss and elected to bat first.',
  'Voters queued outside polling centres from early morning.',
  'Inflation eased to 9.5 percent in October, the bureau said.',
  'Kevin visited Vavuniya and Avignon last year.',
  ''
]

describe('bijoyToUnicode', () => {
  it(`converts ${PAIRS.length} verified word pairs`, () => {
    expect(PAIRS.length).toBeGreaterThanOrEqual(60)
    for (const [bijoy, unicode] of PAIRS) expect(bijoyToUnicode(bijoy), bijoy).toBe(nfc(unicode))
  })

  it('converts whole sentences', () => {
    expect(bijoyToUnicode('Avwg evsjvq Mvb MvB')).toBe(nfc('আমি বাংলায় গান গাই'))
    expect(bijoyToUnicode('Avgvi †mvbvi evsjv, Avwg †Zvgvq fvjevwm|')).toBe(nfc('আমার সোনার বাংলা, আমি তোমায় ভালবাসি।'))
    expect(bijoyToUnicode('cÖavbgš¿x †kL nvwmbv e‡j‡Qb, miKvi Dbœq‡b KvR Ki‡Q|')).toBe(
      nfc('প্রধানমন্ত্রী শেখ হাসিনা বলেছেন, সরকার উন্নয়নে কাজ করছে।')
    )
    expect(bijoyToUnicode('XvKv, 12 gvP© (evmm) :')).toBe('ঢাকা, ১২ মার্চ (বাসস) :')
    expect(bijoyToUnicode('Ò‡K›`ªÓ\nÔbvÕ')).toBe('“কেন্দ্র”\n‘না’')
    // A paragraph as it came out of a SutonnyMJ document (both † and ‡ for ে, reph after the cluster).
    expect(bijoyToUnicode('‡divi c‡_ ‡nj‡gUUv Ly‡j e¨vUUv DuwP‡q ai‡jb M¨vjvwii w`‡K| evDÛvwii Icv‡k Zvu‡K Rwo‡q ai‡jb mZx_©iv|')).toBe(
      nfc('ফেরার পথে হেলমেটটা খুলে ব্যাটটা উঁচিয়ে ধরলেন গ্যালারির দিকে। বাউন্ডারির ওপাশে তাঁকে জড়িয়ে ধরলেন সতীর্থরা।')
    )
  })

  it('writes canonical Unicode: NFC, ো as one code point, য় as য + nukta, reph before the cluster', () => {
    for (const [bijoy] of PAIRS) {
      const u = bijoyToUnicode(bijoy)
      expect(u, bijoy).toBe(u.normalize('NFC'))
      expect(/(^|[^\u0980-\u09FF])[\u09BF\u09C7\u09C8]/.test(u), bijoy).toBe(false) // no orphan pre-base sign
      expect(/\u09C7\u09BE/.test(u), bijoy).toBe(false)
    }
    expect(bijoyToUnicode('†Kv')).toBe('\u0995\u09CB')
    expect(bijoyToUnicode('†KŠ')).toBe('\u0995\u09CC')
    expect(bijoyToUnicode('q')).toBe('\u09AF\u09BC')
    expect(bijoyToUnicode('ag©')).toBe('\u09A7\u09B0\u09CD\u09AE')
  })

  it('reads Windows-1252 glyphs that arrive as raw C1 controls (Latin-1 decoding)', () => {
    expect(bijoyToUnicode('\u0086`k')).toBe('দেশ')
    expect(bijoyToUnicode('\u0087K\u008A')).toBe('কৌ')
    expect(bijoyToUnicode('wKš\u0091')).toBe('কিন্তু')
  })

  it('keeps curly quotes and ellipses that stand outside a Bengali word', () => {
    expect(bijoyToUnicode('“Avwg” ’')).toBe('“আমি” ’')
    expect(bijoyToUnicode('2^10')).toBe('২^১০')
  })

  it('passes through what is not a Bijoy glyph', () => {
    expect(bijoyToUnicode('')).toBe('')
    expect(bijoyToUnicode('আমি বাংলায়')).toBe(nfc('আমি বাংলায়'))
    expect(bijoyToUnicode('., ? ! ( ) - : ; " \' / \t\n')).toBe('., ? ! ( ) - : ; " \' / \t\n')
    expect(bijoyToUnicode('😀')).toBe('😀')
  })

  it('never throws and stays linear on hostile input', () => {
    const odd = ['\uD800', '\uDC00x', 'w', '†', '©', '¨', '&&&', '‰‰K', 'u v', '\u0000\u0007\u001b', 'A', 'š', '”', '\uFFFF']
    for (const s of odd) expect(typeof bijoyToUnicode(s)).toBe('string')
    let seed = 12345
    const rnd = (): number => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
    const alphabet = 'AvwKgi†‡‰©¨ªÖ¯š’‘“”…&|u s \uD83D\uDE00\uD800\u0086\u09BF\u0995 '
    for (let n = 0; n < 500; n++) {
      let s = ''
      const len = Math.floor(rnd() * 40)
      for (let i = 0; i < len; i++)
        s += rnd() < 0.8 ? alphabet.charAt(Math.floor(rnd() * alphabet.length)) : String.fromCharCode(Math.floor(rnd() * 0x10000))
      expect(() => {
        bijoyToUnicode(s)
        looksLikeBijoy(s)
        bijoyScore(s)
        convertBijoyRuns(s)
        convertIfBijoy(s)
      }).not.toThrow()
    }
    // Shapes that would be quadratic if the builder searched its output or a regex backtracked.
    const nasty = [
      'K&'.repeat(100_000) + '©'.repeat(100_000),
      'Kv' + '.'.repeat(300_000) + 'x',
      'the x' + '|'.repeat(300_000),
      'K' + 'u'.repeat(200_000) + 'v'.repeat(200_000),
      'w'.repeat(300_000) + 'K',
      'a@' + 'xx.'.repeat(100_000) + '!'
    ]
    // Their cost against ordinary prose of the same length is a figure in `npm run bench -- hostile`, never asserted here.
    for (const s of nasty) {
      expect(() => {
        bijoyToUnicode(s)
        looksLikeBijoy(s)
        convertIfBijoy(s)
      }).not.toThrow()
    }
    const big = 'Avgvi †mvbvi evsjv, Avwg †Zvgvq fvjevwm| KvwË©K wKš‘ ‰R¨ô '.repeat(40_000) // ~2.4 MB
    const out = bijoyToUnicode(big)
    expect(out.length).toBeGreaterThan(big.length / 2)
    expect(convertIfBijoy(big).converted).toBe(true)
  })
})

describe('looksLikeBijoy / bijoyScore', () => {
  it(`detects ${BIJOY_LINES.length} Bijoy lines`, () => {
    for (const line of BIJOY_LINES) {
      expect(looksLikeBijoy(line), line).toBe(true)
      expect(bijoyScore(line), line).toBeGreaterThan(0.3)
    }
  })

  it(`rejects ${NOT_BIJOY.length} English sentences, URLs, code, numbers and Unicode Bengali`, () => {
    for (const text of NOT_BIJOY) expect(looksLikeBijoy(text), text).toBe(false)
    expect(bijoyScore('The minister said on Sunday that')).toBe(0)
    expect(bijoyScore('আমি বাংলায় গান গাই')).toBe(0)
  })

  it('detects every converted pair word', () => {
    const many = PAIRS.map(([b]) => b).join(' ')
    expect(looksLikeBijoy(many)).toBe(true)
  })
})

describe('convertBijoyRuns', () => {
  it('keeps surely-English words and converts the rest', () => {
    expect(convertBijoyRuns('Avwg Facebook G wj‡LwQ|')).toBe(nfc('আমি Facebook এ লিখেছি।'))
    expect(convertBijoyRuns('we¯ÍvwiZ: https://example.com/news')).toBe('বিস্তারিত: https://example.com/news')
    expect(convertBijoyRuns('†hvMv‡hvM: info@barta.com.bd|')).toBe('যোগাযোগ: info@barta.com.bd।')
    expect(convertBijoyRuns('GwU the Daily Star cwÎKvi Lei|')).toBe(nfc('এটি the Daily Star পত্রিকার খবর।'))
  })

  it('converts words without evidence when Bijoy is around them', () => {
    expect(convertBijoyRuns('me bq')).toBe(nfc('সব নয়'))
    expect(convertBijoyRuns('wZwb I Zvi fvB')).toBe(nfc('তিনি ও তার ভাই'))
  })
})

describe('convertIfBijoy', () => {
  it('leaves English, Unicode Bengali and empty text alone', () => {
    for (const text of NOT_BIJOY) expect(convertIfBijoy(text)).toEqual({ converted: false, text })
  })

  it('converts a Bijoy paste', () => {
    expect(convertIfBijoy('Avwg evsjvq Mvb MvB')).toEqual({ converted: true, text: nfc('আমি বাংলায় গান গাই') })
    const paste = 'XvKv\n\ncÖavbgš¿x †kL nvwmbv e‡j‡Qb, miKvi Dbœq‡b KvR Ki‡Q|\r\n2024'
    expect(convertIfBijoy(paste)).toEqual({
      converted: true,
      text: nfc('ঢাকা\n\nপ্রধানমন্ত্রী শেখ হাসিনা বলেছেন, সরকার উন্নয়নে কাজ করছে।\r\n২০২৪')
    })
  })

  it('converts only the Bijoy paragraphs of a mixed paste', () => {
    const r = convertIfBijoy('The minister said on Sunday that\nAvwg evsjvq Mvb MvB\nআমি বাংলায়')
    expect(r).toEqual({ converted: true, text: nfc('The minister said on Sunday that\nআমি বাংলায় গান গাই\nআমি বাংলায়') })
    const s = convertIfBijoy('Avgvi †mvbvi evsjv, Avwg †Zvgvq fvjevwm|\nThe minister said on Sunday that the talks would resume.')
    expect(s.text).toBe(nfc('আমার সোনার বাংলা, আমি তোমায় ভালবাসি।\nThe minister said on Sunday that the talks would resume.'))
  })
})
