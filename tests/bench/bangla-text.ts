// Bench for src/shared/bangla: normalize + fold + count of a 10,000-word
// article against the floor (Intl.Segmenter words, paragraph by paragraph),
// and the incremental recount after one keystroke.
import { canonicalize } from '../../src/shared/bangla/normalize'
import { foldForSearch } from '../../src/shared/bangla/fold'
import { countText, createCounter } from '../../src/shared/bangla/count'
import { pick, seededRandom as rng } from './_random'

// News vocabulary with conjuncts, nukta letters (য় ড় ঢ়), ৎ, ZWJ (র‍্যাব), ং ঃ ঁ.
const WORDS = (
  'বাংলাদেশ সরকার প্রধানমন্ত্রী মন্ত্রী রাষ্ট্রপতি সংসদ নির্বাচন কমিশন ভোট ভোটার ' +
  'দল রাজনীতি রাজনৈতিক আওয়ামী লীগ বিএনপি জাতীয় পার্টি নেতা কর্মী সমাবেশ মিছিল ' +
  'আন্দোলন দাবি বিক্ষোভ পুলিশ র‍্যাব আদালত বিচারপতি মামলা রায় আসামি গ্রেপ্তার ' +
  'ঢাকা চট্টগ্রাম খুলনা রাজশাহী সিলেট বরিশাল রংপুর ময়মনসিংহ কুমিল্লা নারায়ণগঞ্জ ' +
  'শহর গ্রাম জেলা উপজেলা ইউনিয়ন সড়ক মহাসড়ক সেতু নদী পদ্মা যমুনা মেঘনা বন্যা ' +
  'ঘূর্ণিঝড় বৃষ্টি আবহাওয়া তাপমাত্রা শীত গ্রীষ্ম বর্ষা কৃষক ধান চাল গম ফসল ' +
  'বাজার দাম মূল্য মূল্যস্ফীতি অর্থনীতি অর্থমন্ত্রী বাজেট রাজস্ব কর ব্যাংক ঋণ ' +
  'বিনিয়োগ রপ্তানি আমদানি পোশাক শিল্প কারখানা শ্রমিক মজুরি বেতন চাকরি ' +
  'বেকারত্ব শিক্ষা শিক্ষার্থী শিক্ষক বিশ্ববিদ্যালয় পরীক্ষা ফলাফল স্বাস্থ্য হাসপাতাল ' +
  'চিকিৎসক চিকিৎসা রোগী ডেঙ্গু টিকা ওষুধ বিদ্যুৎ গ্যাস জ্বালানি তেল পানি ' +
  'সরবরাহ উৎপাদন উন্নয়ন প্রকল্প পরিকল্পনা বাস্তবায়ন অগ্রগতি সমস্যা সমাধান ' +
  'সিদ্ধান্ত বৈঠক আলোচনা সংবাদ সম্মেলন বিবৃতি প্রতিবেদন তথ্য সূত্র জানা ' +
  'গেছে বলেন বলেছেন জানান জানিয়েছেন করেন করেছেন হয়েছে হবে ছিল থাকবে ' +
  'আজ গতকাল আগামীকাল সকাল দুপুর বিকেল সন্ধ্যা রাত সপ্তাহ মাস বছর ' +
  'এবং ও কিন্তু তবে যদি তাহলে কারণ জন্য সঙ্গে মধ্যে পর আগে পরে ' +
  'বড় ছোট নতুন পুরোনো গুরুত্বপূর্ণ বিশেষ সাধারণ মানুষ জনগণ নাগরিক ' +
  'স্বাধীনতা মুক্তিযুদ্ধ ইতিহাস সংস্কৃতি ভাষা সাহিত্য খেলা ক্রিকেট ফুটবল ' +
  'দুঃখ আনন্দ শ্রদ্ধা ঐতিহ্য ক্ষুধা স্ত্রী পরিবার শিশু নারী পুরুষ মুখপাত্র ' +
  'পরিস্থিতি প্রতিষ্ঠান আন্তর্জাতিক ক্ষতিগ্রস্ত নিরাপত্তা কর্মকর্তা পর্যবেক্ষণ দুর্নীতি ' +
  'সংক্রান্ত প্রতিমন্ত্রী মন্ত্রণালয় অধিদপ্তর ব্যবস্থাপনা জনপ্রতিনিধি সংবাদপত্র ' +
  'সাংবাদিক প্রযুক্তি ইন্টারনেট ডিজিটাল পৌরসভা ঢাকঢোল উৎসব স্বতঃস্ফূর্ত'
).split(' ')
const NUMBERS = ['২০২৪', '১৯৭১', '৩.৫', '১০,০০০', '২৫', '১২০', '৫০০']
const PAIRS = ['আম-জাম', 'আইন-শৃঙ্খলা', 'দেশ-বিদেশ', 'রাত-দিন']
const ENDS = ['।', '।', '।', '।', '?', '!']

export function makeArticle(totalWords = 10_000, seed = 7): string[] {
  const r = rng(seed)
  const paragraphs: string[] = []
  let left = totalWords
  while (left > 0) {
    const target = Math.min(left, 60 + Math.floor(r() * 61))
    const words: string[] = []
    let sentence = 0
    for (let i = 0; i < target; i++) {
      const x = r()
      let w = x < 0.03 ? pick(NUMBERS, r) : x < 0.05 ? pick(PAIRS, r) : pick(WORDS, r)
      sentence++
      if (i === target - 1 || (sentence >= 6 && r() < 0.15)) {
        w += pick(ENDS, r)
        sentence = 0
      } else if (r() < 0.05) w += ','
      words.push(w)
    }
    paragraphs.push(words.join(' '))
    left -= target
  }
  return paragraphs
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? NaN
}

function floorSegment(paragraphs: readonly string[]): number {
  const seg = new Intl.Segmenter('bn', { granularity: 'word' })
  let n = 0
  for (const p of paragraphs) for (const s of seg.segment(p)) if (s.isWordLike) n++
  return n
}

function time(fn: () => unknown): number {
  const t0 = performance.now()
  fn()
  return performance.now() - t0
}

export async function bench(): Promise<string[]> {
  const paragraphs = makeArticle()
  const article = paragraphs.join('\n')
  const lines: string[] = []
  const runs = 15

  // Warm up the JIT and ICU before measuring.
  for (let i = 0; i < 3; i++) {
    countText(foldForSearch(canonicalize(article)))
    floorSegment(paragraphs)
  }

  const full: number[] = []
  const floor: number[] = []
  const parts = { canon: [] as number[], fold: [] as number[], count: [] as number[] }
  let result = countText(article)
  // Interleaved so drift in machine load hits both sides alike.
  for (let i = 0; i < runs; i++) {
    full.push(
      time(() => {
        const canon = canonicalize(article)
        foldForSearch(canon)
        result = countText(canon)
      })
    )
    floor.push(time(() => floorSegment(paragraphs)))
    let canon = ''
    parts.canon.push(time(() => (canon = canonicalize(article))))
    parts.fold.push(time(() => foldForSearch(canon)))
    parts.count.push(time(() => countText(canon)))
  }
  const a = median(full)
  const b = median(floor)
  lines.push(
    `bangla-text: article ${result.words} words, ${article.length} chars, ${result.characters} graphemes, ` +
      `${result.sentences} sentences, ${result.paragraphs} paragraphs`
  )
  lines.push(
    `  (a) normalize+fold+count   ${a.toFixed(2)} ms  (canonicalize ${median(parts.canon).toFixed(2)}, ` +
      `fold ${median(parts.fold).toFixed(2)}, count ${median(parts.count).toFixed(2)})`
  )
  lines.push(`  (b) floor: Intl words/para ${b.toFixed(2)} ms`)
  lines.push(`  a/b ratio                  ${(a / b).toFixed(2)}x  (target <= 1.5x) ${a / b <= 1.5 ? 'OK' : 'OVER'}`)

  // (c) one keystroke in the middle paragraph, counted incrementally.
  const counter = createCounter()
  counter.count(paragraphs)
  const mid = Math.floor(paragraphs.length / 2)
  const base = paragraphs[mid] ?? ''
  const edits: number[] = []
  for (let i = 0; i < 41; i++) {
    const at = Math.floor(base.length / 2) + i
    const edited = [...paragraphs]
    edited[mid] = base.slice(0, at) + 'ক' + base.slice(at)
    edits.push(time(() => counter.count(edited)))
  }
  const c = median(edits)
  lines.push(`  (c) recount after keystroke ${c.toFixed(3)} ms  (target <= 1 ms) ${c <= 1 ? 'OK' : 'OVER'}`)
  return lines
}
