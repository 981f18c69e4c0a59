import { describe, expect, it } from 'vitest'
import { bijoyToUnicode, convertIfBijoy, looksLikeBijoy } from '../../../src/shared/bangla/bijoy'
import { glyphOf } from '../../../src/shared/bangla/bijoy-table'
import { toBijoy, type EncodeStyle } from './bijoy-encode'

// A news story written for this test (about 300 words): pre-base vowel signs (ি ে ৈ ো ৌ), reph, ya- ra- ba- la- na-
// ma-phala, and the common conjuncts. It is encoded to Bijoy by an encoder written from public Unicode→Bijoy tables
// (bijoy-encode.ts), in both ways a typist writes ে and ৈ († or ‡, ‰ or ˆ), and must come back unchanged.
const STORY = `ঢাকা, ২১ জানুয়ারি: রাজধানীর কারওয়ান বাজারে গতকাল সকাল থেকে চালের দাম আবার বেড়েছে। ব্যবসায়ীরা বলছেন, উত্তরাঞ্চলের মোকামে সরবরাহ কমে যাওয়ায় পাইকারি বাজারে প্রতি কেজিতে তিন থেকে পাঁচ টাকা বেশি দিতে হচ্ছে।
খাদ্য মন্ত্রণালয়ের একজন কর্মকর্তা জানিয়েছেন, সরকারি গুদামে পর্যাপ্ত মজুত আছে এবং খোলাবাজারে বিক্রির কার্যক্রম আগামী সপ্তাহ থেকে আরও বাড়ানো হবে। তিনি বলেন, কৃষকেরা যেন ন্যায্য দাম পান, সে বিষয়েও নজর রাখা হচ্ছে।
অর্থনীতিবিদদের মতে, মূল্যস্ফীতি নিয়ন্ত্রণে রাখতে হলে আমদানি শুল্ক কমানো এবং বাজার তদারকি জোরদার করা জরুরি। বিশ্ববিদ্যালয়ের একজন অধ্যাপক বলেন, গত বছরের তুলনায় এবার উৎপাদন খরচ বেড়েছে, বিশেষ করে সার, সেচ ও জ্বালানির দাম।
এদিকে চট্টগ্রাম বন্দরে কনটেইনার জট কমাতে কর্তৃপক্ষ নতুন নির্দেশনা দিয়েছে। বন্দরের চেয়ারম্যান সাংবাদিকদের জানান, রাতের পালায় আরও শ্রমিক নিয়োগ দেওয়া হয়েছে এবং স্বয়ংক্রিয় ব্যবস্থায় পণ্য খালাসের সময় অর্ধেকে নেমে এসেছে।
অন্যদিকে আবহাওয়া অধিদপ্তর জানিয়েছে, দেশের উত্তর-পশ্চিমাঞ্চলে মৃদু শৈত্যপ্রবাহ বইছে। কুয়াশার কারণে নৌ চলাচল কয়েক ঘণ্টা বন্ধ ছিল। পঞ্চগড়ে সর্বনিম্ন তাপমাত্রা রেকর্ড করা হয়েছে আট দশমিক দুই ডিগ্রি সেলসিয়াস।
স্বাস্থ্য অধিদপ্তরের তথ্য অনুযায়ী, ঠান্ডাজনিত রোগে হাসপাতালে ভর্তি শিশুর সংখ্যা বাড়ছে। চিকিৎসকেরা শিশু ও বয়স্কদের গরম কাপড় পরার পরামর্শ দিয়েছেন। পরিস্থিতি মোকাবিলায় জেলা প্রশাসন শীতবস্ত্র বিতরণ শুরু করেছে।
রাজনৈতিক অঙ্গনে নির্বাচন কমিশনের সঙ্গে দলগুলোর সংলাপ আগামী মাসে শুরু হওয়ার কথা। কমিশনের সচিব বলেন, সব দলের মতামত নিয়ে একটি গ্রহণযোগ্য পরিবেশ তৈরির চেষ্টা চলছে। বিরোধী দলের নেতারা অবশ্য বলছেন, আস্থা ফেরাতে আগে কিছু দাবি মানতে হবে।
খেলার খবরে, জাতীয় ক্রিকেট দলের অধিনায়ক জানিয়েছেন, সিরিজের প্রথম ম্যাচে তাঁরা পূর্ণ শক্তির দল নিয়ে মাঠে নামবেন। কোচ বলেছেন, তরুণ খেলোয়াড়দের আত্মবিশ্বাস বাড়াতে তাঁদের বেশি সুযোগ দেওয়া হবে। মৌসুমের শুরুতে দর্শকদের উৎসাহ ছিল চোখে পড়ার মতো।
সন্ধ্যায় শহীদ মিনারে সাংস্কৃতিক অনুষ্ঠানে শিল্পীরা দেশাত্মবোধক গান পরিবেশন করেন। আয়োজকেরা জানান, ঐতিহ্য ধরে রাখতে প্রতিবছর এই উৎসব হবে। রাষ্ট্রপতি এক বাণীতে বলেন, ভাষা আন্দোলনের চেতনা আমাদের পথ দেখায়।
ঝঞ্ঝা বিক্ষুব্ধ সমুদ্রে অপরাহ্ণে একটি লঞ্চের তলায় সূক্ষ্ম ফাটল ধরা পড়ে, পদ্মা ও বুড়িগঙ্গার লঞ্চগুলো ঘাটে ফেরে; মুদ্রাস্ফীতির চাপে জ্যেষ্ঠ কর্মকর্তারা উদ্বিগ্ন।`

const STYLES: readonly EncodeStyle[] = [
  { e: '†', oi: '‰' },
  { e: '‡', oi: 'ˆ' }
]

describe('Bijoy news text, both ways of typing the pre-base signs', () => {
  it('has a few hundred words', () => {
    expect(STORY.split(/\s+/).length).toBeGreaterThan(280)
  })

  for (const style of STYLES) {
    it(`comes back unchanged with ে as ${style.e} and ৈ as ${style.oi}`, () => {
      const bijoy = toBijoy(STORY, style)
      expect(bijoy).not.toMatch(/[\u0980-\u09FF]/) // the encoder left no Bengali behind
      expect(looksLikeBijoy(bijoy)).toBe(true)
      const back = convertIfBijoy(bijoy)
      expect(back.converted).toBe(true)
      const got = back.text.split('\n')
      const want = STORY.normalize('NFC').split('\n')
      for (let i = 0; i < want.length; i++) expect(got[i], `line ${i + 1}`).toBe(want[i])
    })
  }
})

// Every glyph of the font's encoding: the ASCII letters and the code points of U+00A1–U+00FF and Windows-1252 0x80–0x9F
// that SutonnyMJ draws (bijoy-table.ts lists them; € Ž ž are empty slots of the font).
const FONT_RANGE = [...Array.from({ length: 26 }, (_, i) => String.fromCharCode(65 + i, 97 + i)).join('')]
for (let c = 0xa1; c <= 0xff; c++) FONT_RANGE.push(String.fromCharCode(c))
for (const ch of '‚ƒ„…†‡ˆ‰Š‹Œ‘’“”•–—˜™š›œŸ') FONT_RANGE.push(ch)

// What a glyph may stand for outside a Bengali word: the font's quotes (Ò Ó Ô Õ become “ ” ‘ ’), and the curly
// quotes, dashes, ellipsis, low quotes, bullet, caret and ™ that English text uses as themselves.
const PUNCTUATION = new Set([...'“”‘’…–—•‚„^™'])

describe('no Latin glyph survives a conversion', () => {
  it('maps every glyph of the font encoding', () => {
    const unmapped = FONT_RANGE.filter((ch) => glyphOf(ch.charCodeAt(0)) === undefined)
    expect(unmapped).toEqual([])
  })

  it('leaves no character of the font range in the output, whatever glyph comes before or after', () => {
    const survivors = new Set<string>()
    const inRange = new Set(FONT_RANGE)
    for (const glyph of FONT_RANGE) {
      for (const context of ['K', 'w', '†', 'Av', 'Kv', '©', '¯', ' ']) {
        for (const text of [`${context}${glyph}Kv`, `K${glyph}${context}`, `wK${glyph}`, `${glyph}`]) {
          for (const ch of bijoyToUnicode(text)) if (inRange.has(ch) && !PUNCTUATION.has(ch)) survivors.add(`${ch} in ${text}`)
        }
      }
    }
    expect([...survivors]).toEqual([])
  })
})
