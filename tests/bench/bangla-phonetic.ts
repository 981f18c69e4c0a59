// Bench for src/shared/bangla/phonetic: the cost of one keystroke in phonetic
// typing mode. A 2,000-word Latin article is typed character by character
// through applyKey, which re-converts the whole pending word on every key
// (exactly what the editor will do), and each call is timed on its own.
import { applyKey, phoneticToBengali } from '../../src/shared/bangla/phonetic'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLexicon, parseWordList } from '../../src/shared/bangla/lexicon'
import { suggestWords } from '../../src/shared/bangla/phonetic-suggest'
import { findMisspellings } from '../../src/shared/bangla/spellcheck'
import { pick, seededRandom as rng } from './_random'

// Phonetic spellings of news vocabulary, typed the natural way (sorkar, mamla),
// with conjuncts, reph, phala, verb endings, ৎ, ং ঃ ঁ and the + join.
const WORDS = (
  'ami banglay gan gai bangladesh sorkar prodhanomontrI montrI raShTropoti songsod ' +
  'nirbacon komishon bhOT bhOTar dol rajnIti rajnOItik jatIyo netrI kormI somabesh ' +
  'michil andOlon dabi bikkhOv pulish rZab adalot bicaropoti mamla raY asami greptar ' +
  'Dhaka coTTogram khulona rajoshahI sileT borishal rongpur shohor gram jela upojela ' +
  'soRok mohasoRok setu nodI podma zomuna meghona bonya ghUrNijhoR brriShTi abohawa ' +
  'tapmatra krriShok dhan cal phosol bajar dam mUlyo orthonIti bajeT rajswo byangk ' +
  'rriN biniyOg roptani amdani pOshak shilpo karkhana shromik mojuri beton cakori ' +
  'shikSha shikkharthI shikkhok bishwobidyaloy porIkkha folafol swasthyo haspatal ' +
  'cikitsok cikitsa rOgI Tika OShudh bidyut`` gyas jwalani tel pani soroboraho utpadon ' +
  'unnoyon prokolpo porikolpona bastobayon sidhanto bOIThok alOcona songbad protibedon ' +
  'tothyo sUtro jana gecche bolen bolechen janan korechen hoyeche hobe chilo thakbe ' +
  'aj gotokal sokal dupur bikel sondhya rat soptaho mas bochor ebong kintu tobe zodi ' +
  'karoN jonyo songe modhye por age pore boRo choTo notun gurutwopUrNo bisheSh ' +
  'sadharoN manuSh jonogoN nagorik swadhInota muktizuddho itihas songskrriti bhaSha ' +
  'sahityo khela kriketa phuTbol du:kho anondo shroddha OItihyo kkhudha strI poribar ' +
  'shishu narI puruSh mukhopatro poristhiti protiShThan antorjatik kkhotigrosto ' +
  'nirapotta kormokorta porzobekkhoN durnIti prozukti inTaroneT DijiTal pOUrosova utsob ca^d ' +
  'sorkari dorkar korte korche korlen korben bollen thakte jante ekTi ekTu kolkata amra islam ' +
  'marrkin om+lo hoytO'
).split(' ')
const NUMBERS = ['2024', '1971', '3.5', '10,000', '25', '120', '$500']
const ENDS = ['.', '.', '.', '?', ',', ',']

export function makeLatinArticle(totalWords = 2_000, seed = 11): string {
  const r = rng(seed)
  const words: string[] = []
  for (let i = 0; i < totalWords; i++) {
    let w = r() < 0.03 ? pick(NUMBERS, r) : pick(WORDS, r)
    if (r() < 0.1) w += pick(ENDS, r)
    words.push(w)
  }
  return words.join(' ')
}

/** Types `text` key by key; returns per-key microseconds and the Bengali typed. */
function typeThrough(text: string, samples: number[] | null): string {
  let pending = ''
  let doc = ''
  for (let i = 0; i < text.length; i++) {
    const key = text.charAt(i)
    const t0 = performance.now()
    const step = applyKey(pending, key)
    const t1 = performance.now()
    if (samples) samples.push((t1 - t0) * 1000)
    if (step.commit !== undefined) doc += step.commit
    else if (step.passKey) doc += key
    pending = step.pending
  }
  return doc + phoneticToBengali(pending)
}

function quantile(sorted: readonly number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

export async function bench(): Promise<string[]> {
  const text = makeLatinArticle()
  // Warm up the JIT before measuring.
  for (let i = 0; i < 3; i++) typeThrough(text, null)

  const runs = 5
  const samples: number[] = []
  let doc = ''
  const t0 = performance.now()
  for (let i = 0; i < runs; i++) doc = typeThrough(text, samples)
  const wall = performance.now() - t0
  samples.sort((a, b) => a - b)
  const med = quantile(samples, 0.5)
  const p99 = quantile(samples, 0.99)
  const max = samples[samples.length - 1] ?? NaN
  const ok = doc === phoneticToBengali(text)
  const lines = [
    `bangla-phonetic: ${text.split(' ').length} words, ${text.length} keystrokes x ${runs} runs ` +
      `(${(wall / runs).toFixed(1)} ms per article); incremental == whole-text: ${ok ? 'yes' : 'NO'}`,
    `  per keystroke  median ${med.toFixed(2)} µs  p99 ${p99.toFixed(2)} µs  max ${max.toFixed(1)} µs` +
      `  (target <= 1000 µs) ${p99 <= 1000 ? 'OK' : 'OVER'}`
  ]
  return [...lines, ...suggestionLines(text, doc)]
}

/** The shipped word list: building the lexicon once, then a keystroke with suggestions, and spell-checking the text. */
function suggestionLines(text: string, bengali: string): string[] {
  const dir = join(process.cwd(), 'resources', 'dictionary')
  const words = [
    ...parseWordList(readFileSync(join(dir, 'bn_BD.dic'), 'utf8')),
    ...parseWordList(readFileSync(join(dir, 'barta-news.txt'), 'utf8'))
  ]
  const t0 = performance.now()
  const lexicon = createLexicon(words)
  const build = performance.now() - t0
  // Every keystroke of the article: applyKey plus the ranked candidates for the pending word (what the popup shows).
  const samples: number[] = []
  for (let run = 0; run < 3; run++) {
    let pending = ''
    for (const key of text) {
      const k0 = performance.now()
      const step = applyKey(pending, key)
      if (step.pending !== '') suggestWords(step.pending, lexicon)
      if (run > 0) samples.push((performance.now() - k0) * 1000)
      pending = step.pending
    }
  }
  samples.sort((a, b) => a - b)
  const p99 = quantile(samples, 0.99)
  const paragraphs = bengali.split(/(?<=।)\s+/)
  const s0 = performance.now()
  let flagged = 0
  for (const paragraph of paragraphs) flagged += findMisspellings(paragraph, lexicon).length
  const spell = performance.now() - s0
  return [
    `  lexicon: ${lexicon.size} words built in ${build.toFixed(0)} ms (once, when phonetic typing or spell check starts)`,
    `  suggestion keystroke (applyKey + suggestWords)  median ${quantile(samples, 0.5).toFixed(1)} µs  p99 ${p99.toFixed(1)} µs` +
      `  (target <= 1000 µs) ${p99 <= 1000 ? 'OK' : 'OVER'}`,
    `  spell check: ${bengali.length} chars in ${paragraphs.length} sentences, ${flagged} unknown words, ${spell.toFixed(1)} ms` +
      ` (${((spell / Math.max(1, paragraphs.length)) * 1000).toFixed(0)} µs per sentence)`
  ]
}
