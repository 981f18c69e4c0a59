/**
 * Pathological inputs, as figures and ratios (the unit tests check only that they are handled, never how fast): shapes
 * that would be quadratic if the Bijoy converter searched its own output or a regex backtracked, a 690 KB phonetic
 * paste, and the services answering right after a 1.9 MB body was saved. Each is set against a baseline of the same
 * size measured in the same run; a ratio far above 1 means the pathological shape costs more than ordinary text.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices } from '../../src/core'
import { bijoyToUnicode, convertIfBijoy, looksLikeBijoy } from '../../src/shared/bangla/bijoy'
import { phoneticToBengali } from '../../src/shared/bangla/phonetic'
import { makeBijoy } from './bangla-bijoy'
import { makeLatinArticle } from './bangla-phonetic'
import { best } from './_timing'

async function bestAsync(runs: number, fn: () => Promise<unknown>): Promise<number> {
  let fastest = Infinity
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await fn()
    fastest = Math.min(fastest, performance.now() - started)
  }
  return fastest
}

const NASTY_BIJOY: Array<[string, string]> = [
  ['K& ×100k + © ×100k', 'K&'.repeat(100_000) + '©'.repeat(100_000)],
  ['Kv + 300k dots', 'Kv' + '.'.repeat(300_000) + 'x'],
  ['300k pipes', 'the x' + '|'.repeat(300_000)],
  ['K + 200k u + 200k v', 'K' + 'u'.repeat(200_000) + 'v'.repeat(200_000)],
  ['300k w + K', 'w'.repeat(300_000) + 'K'],
  ['a@ + xx. ×100k', 'a@' + 'xx.'.repeat(100_000) + '!']
]

function bijoyLines(): string[] {
  const lines: string[] = []
  const all = (text: string) => {
    bijoyToUnicode(text)
    looksLikeBijoy(text)
    convertIfBijoy(text)
  }
  for (const [name, text] of NASTY_BIJOY) {
    const prose = makeBijoy(text.length, 7)
    const baseline = best(3, () => all(prose))
    const nasty = best(3, () => all(text))
    lines.push(
      `  bijoy ${name.padEnd(22)} ${nasty.toFixed(1).padStart(7)} ms  prose of the same length ${baseline.toFixed(1).padStart(7)} ms  ratio ${(nasty / baseline).toFixed(2)}`
    )
  }
  const big = 'Avgvi †mvbvi evsjv, Avwg †Zvgvq fvjevwm| KvwË©K wKš‘ ‰R¨ô '.repeat(40_000)
  const small = big.slice(0, big.length / 10)
  const whole = best(3, () => convertIfBijoy(big))
  const tenth = best(3, () => convertIfBijoy(small))
  lines.push(
    `  bijoy 2.4 MB paste ${whole.toFixed(0)} ms; a tenth of it ${tenth.toFixed(1)} ms; ratio ${(whole / tenth).toFixed(1)} (10 = linear)`
  )
  return lines
}

function phoneticLines(): string[] {
  const big = 'prodhanomontrI rrr``::..$ 12.5 kkkk aaaa ngng k+++k sorkar korte ekTi '.repeat(10_000)
  const prose = makeLatinArticle(Math.ceil(big.length / 6), 5).slice(0, big.length)
  const nasty = best(3, () => phoneticToBengali(big))
  const baseline = best(3, () => phoneticToBengali(prose))
  return [
    `  phonetic ${(big.length / 1024).toFixed(0)} KB of awkward keys ${nasty.toFixed(0)} ms; news prose of the same length ${baseline.toFixed(0)} ms; ratio ${(nasty / baseline).toFixed(2)}`
  ]
}

async function serviceLines(): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'barta-bench-hostile-'))
  try {
    const services = await createServices({ dataDir: dir, transport: 'http', version: 'bench' })
    const { handlers } = services
    const answer = async () => {
      for (let i = 0; i < 50; i++) await Promise.all([handlers['app.info']({}), handlers['library.list']({})])
    }
    const before = await bestAsync(5, answer)
    const created = await handlers['article.create']({ content: { headline: 'সীমার ভেতরে দীর্ঘ লেখা' } })
    if (!created.ok) throw new Error(created.message.en)
    const sentence = 'নদীভাঙনে ঘর হারাল তিন শতাধিক পরিবার। '
    const long = sentence.repeat(Math.floor(1_900_000 / sentence.length))
    const body = { type: 'doc' as const, content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: long }] }] }
    const started = performance.now()
    const saved = await handlers['article.save']({ id: created.value.id, baseRevision: 1, patch: { body } })
    const saveMs = performance.now() - started
    if (!saved.ok) throw new Error(saved.message.en)
    const after = await bestAsync(5, answer)
    await services.store.close()
    return [
      `  services: save of a 1.9 MB body ${saveMs.toFixed(0)} ms; 50 × (app.info + library.list) after it ${after.toFixed(1)} ms, before it ${before.toFixed(1)} ms; ratio ${(after / before).toFixed(2)}`
    ]
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export async function bench(): Promise<string[]> {
  return [
    'hostile inputs: best of 3–5 runs, each against a baseline of the same size',
    ...bijoyLines(),
    ...phoneticLines(),
    ...(await serviceLines())
  ]
}
