// Bench for src/shared/bangla/bijoy: convert 100 KB of Bijoy (SutonnyMJ) text,
// median of several runs, plus detection and paste handling on the same text.
import { bijoyToUnicode, convertIfBijoy, looksLikeBijoy } from '../../src/shared/bangla/bijoy'

// Real Bijoy words covering pre-base signs, reph, phalas and conjunct glyphs.
const WORDS = (
  'Avwg evsjvq Mvb MvB evsjv‡`k miKvi cÖavbgš¿x †kL nvwmbv e‡j‡Qb Dbœq‡b KvR Ki‡Q XvKv wek¦we`¨vjq ' +
  'wk¶v_©x Av‡›`vjb Avš—R©vwZK wµ‡K‡U e¨vwUs KZ…©c¶ wm×všÍ Abyhvqx RvZxq msm‡` ev‡RU †ck Kiv n‡q‡Q ' +
  'cywjk Rvwb‡q‡Q NUbvi ci †_‡K Zviv cjvZK ïay Kv‡bi c`©vq †Rv‡i av°v †`Iqvi g‡Zv KvwË©K wKš‘ ‰R¨ô ' +
  'Ae¯’v ¯^vaxb †KŠZyK †LvuR DuwP‡q hy³ivóª wØZxq D¾¡j m¤§vb Kg©x Kvh©µg i¨ve ‡K›`ª g~j¨ e„wó'
).split(' ')
const ENDS = ['|', '|', '|', ',', '?']

function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a * 1664525 + 1013904223) >>> 0
    return a / 4294967296
  }
}

/** About `bytes` characters of Bijoy prose in paragraphs (each Bijoy glyph is one byte in SutonnyMJ). */
export function makeBijoy(bytes = 100 * 1024, seed = 11): string {
  const r = rng(seed)
  let out = ''
  let inPara = 0
  while (out.length < bytes) {
    out += WORDS[Math.floor(r() * WORDS.length)] ?? ''
    inPara++
    if (r() < 0.1) out += ENDS[Math.floor(r() * ENDS.length)] ?? ''
    if (r() < 0.02) out += ' ' + String(Math.floor(r() * 2030))
    out += inPara > 80 && r() < 0.1 ? ((inPara = 0), '\n') : ' '
  }
  return out.slice(0, bytes)
}

function time(fn: () => unknown): number {
  const start = performance.now()
  fn()
  return performance.now() - start
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

export async function bench(): Promise<string[]> {
  const text = makeBijoy()
  const runs = 21
  for (let i = 0; i < 5; i++) bijoyToUnicode(text) // warm the JIT

  const convert: number[] = []
  const detect: number[] = []
  const paste: number[] = []
  let out = ''
  for (let i = 0; i < runs; i++) {
    convert.push(time(() => (out = bijoyToUnicode(text))))
    detect.push(time(() => looksLikeBijoy(text)))
    paste.push(time(() => convertIfBijoy(text)))
  }
  const ms = median(convert)
  const mb = text.length / (1024 * 1024)
  return [
    `bangla-bijoy: ${text.length.toLocaleString('en-US')} chars of Bijoy (${(text.length / 1024).toFixed(0)} KB) → ` +
      `${out.length.toLocaleString('en-US')} UTF-16 units of Unicode; median of ${runs} runs`,
    `  bijoyToUnicode   ${ms.toFixed(2)} ms  (${(mb / (ms / 1000)).toFixed(1)} MB/s)`,
    `  looksLikeBijoy   ${median(detect).toFixed(2)} ms  (reads the first 20,000 chars)`,
    `  convertIfBijoy   ${median(paste).toFixed(2)} ms  (detection + per-paragraph word runs)`
  ]
}
