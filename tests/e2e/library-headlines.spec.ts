import { expect, test, type Locator } from '@playwright/test'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { libraryNav, useScenes, valueOf } from './trust-harness'

/**
 * Library headlines clamp to two whole lines (issue 14, item 7): a long headline fills line one and line two with
 * whole words and stops there — no word cut in half by the clip, no third line peeking out, never an ellipsis at the
 * end of line one while line two goes on; a short one is shown whole.
 */
const scene = useScenes()

const LONG = 'শৈত্যপ্রবাহে কাঁপছে উত্তরাঞ্চল, তেঁতুলিয়ায় ৭ ডিগ্রি সেলসিয়াস তাপমাত্রা রেকর্ড করা হয়েছে আজ সকালে, জনজীবন বিপর্যস্ত'
const MIDDLE = 'রাজধানীতে মেট্রোরেলের নতুন সময়সূচি চালু, সকাল সাতটা থেকে রাত দশটা পর্যন্ত চলবে ট্রেন'
const SHORT = 'বইমেলা শুরু আজ'

/** Where each word of a headline falls against the headline's box, in pixels. */
async function layoutOf(headline: Locator) {
  return headline.evaluate((element) => {
    const box = element.getBoundingClientRect()
    const lineHeight = parseFloat(getComputedStyle(element).lineHeight)
    const words = [...element.querySelectorAll('.word')].map((word) => word.getBoundingClientRect())
    const shown = words.filter((word) => word.top < box.bottom - 1)
    const card = element.closest('button')!.getBoundingClientRect()
    const meta = element.parentElement!.querySelector('.meta')!.getBoundingClientRect()
    return {
      /** The headline and the line under it both inside the card (nothing clipped at its bottom). */
      fitsCard: box.top >= card.top && meta.bottom <= card.bottom + 0.5,
      lineHeight,
      height: box.height,
      words: words.length,
      shown: shown.length,
      /** Words the clip cuts through: a part shown, a part hidden. */
      cut: shown.filter((word) => word.bottom > box.bottom + 1).length,
      lines: new Set(shown.map((word) => Math.round(word.top))).size
    }
  })
}

for (const width of [1024, 1280]) {
  test(`library headlines end on a whole word within two lines at ${width} px`, async ({ page }) => {
    const { host, api } = await scene()
    for (const headline of [LONG, MIDDLE, SHORT])
      valueOf(await api.call('article.create', { content: { headline, body: bodyFromPlainText('খবরের প্রথম অনুচ্ছেদ।') } }))
    await page.setViewportSize({ width, height: 800 })
    await page.goto(host.url)
    await page.evaluate(() => document.fonts.ready)
    const headlineOf = (text: string) =>
      libraryNav(page)
        .getByRole('button', { name: new RegExp(text.slice(0, 12)) })
        .locator('.headline')

    const long = await layoutOf(headlineOf(LONG))
    // Clamped: at most two lines tall, both lines used, the rest hidden whole.
    expect(long.height).toBeLessThanOrEqual(2 * long.lineHeight + 1)
    expect(long.lines).toBe(2)
    expect(long.shown).toBeLessThan(long.words)
    expect(long.cut).toBe(0)
    expect(long.fitsCard).toBe(true)

    for (const text of [MIDDLE, SHORT]) {
      const layout = await layoutOf(headlineOf(text))
      expect(layout.lines).toBeLessThanOrEqual(2)
      expect(layout.cut).toBe(0)
      expect(layout.fitsCard).toBe(true)
    }
    // A short headline is shown whole, on one line.
    const short = await layoutOf(headlineOf(SHORT))
    expect(short).toEqual(expect.objectContaining({ shown: short.words, lines: 1 }))
    // The full headline is there for a pointer's tooltip and a screen reader's name.
    await expect(headlineOf(LONG)).toHaveAttribute('title', LONG)
  })
}
