/**
 * `npx tsx tests/tools/screenshot-publishing.ts [folder]`: pictures of publishing you can trust, at 1280×800 and
 * 1024×700 — the workflow bar with the live checklist, the confirmation that summarises what goes out, the locked text
 * with its banner, and the published versions compared. Starts the browser host on a fresh data folder and sets the
 * scene through the contract. Default folder: tests/screenshots.
 */
import { mkdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { launchChromium } from './launch-chromium'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { createHttpClient } from '../../src/shared/http-client'
import { makeDataDir, startBrowserHost } from '../e2e/browser-host'

const folder = process.argv[2] ?? 'tests/screenshots'
const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 }
]

const STORY = {
  headline: 'উজানের ঢলে তিস্তার পানি বিপৎসীমার ওপরে',
  byline: 'রংপুর প্রতিনিধি',
  dateline: 'রংপুর',
  section: 'সারাদেশ',
  publishedAt: '2024-07-02T09:15:00+06:00',
  body: 'উজানের ঢল ও টানা বৃষ্টিতে তিস্তার পানি ডালিয়া পয়েন্টে বিপৎসীমার ২০ সেন্টিমিটার ওপর দিয়ে বইছে।\nনদীতীরের অন্তত ১২টি গ্রামের মানুষ পানিবন্দী হয়ে পড়েছেন। জেলা প্রশাসন আশ্রয়কেন্দ্র খুলেছে।'
}

async function shoot(page: Page, name: string, width: number): Promise<void> {
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(400)
  const path = join(folder, `${name}-${width}.png`)
  await page.screenshot({ path })
  process.stdout.write(`screenshot: ${path}\n`)
}

async function main(): Promise<void> {
  await mkdir(folder, { recursive: true })
  const host = await startBrowserHost(await makeDataDir())
  const browser = await launchChromium()
  try {
    const api = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
    const call = async <T>(result: Promise<{ ok: true; value: T } | { ok: false; message: { en: string } }>) => {
      const answer = await result
      if (!answer.ok) throw new Error(answer.message.en)
      return answer.value
    }
    await call(api.call('profile.save', { profile: { name: 'মাহমুদা হক', role: 'chief', desk: '' } }))
    await call(api.call('settings.update', { patch: { site: { siteUrl: 'https://dainikbarta.example' } } }))
    const photo = await call(
      api.call('media.put', { name: 'tista.jpg', dataBase64: (await readFile('tests/fixtures/images/village.jpg')).toString('base64') })
    )
    const { body, ...fields } = STORY
    // A draft with half the checklist done, for the live checklist.
    await call(api.call('article.create', { content: { headline: 'হাওরে ধান কাটা শুরু, শ্রমিক সংকট', byline: 'সিলেট প্রতিনিধি' } }))
    const story = await call(
      api.call('article.create', {
        content: {
          ...fields,
          body: bodyFromPlainText(body),
          leadImage: { mediaId: photo.mediaId, caption: 'পানিবন্দী গ্রাম', credit: 'সংগৃহীত', alt: 'পানিতে ডোবা গ্রামের পথ' }
        }
      })
    )
    for (const action of ['submit', 'take', 'approve'] as const) await call(api.call('article.transition', { id: story.id, action }))

    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size, locale: 'bn-BD', timezoneId: 'Asia/Dhaka' })
      const page = await context.newPage()
      await page.goto(host.url)
      const library = page.getByRole('navigation', { name: 'লেখার তালিকা' })
      await library.getByRole('button', { name: /হাওরে ধান কাটা/ }).click()
      await page.getByRole('region', { name: /অনুমোদনের তালিকা/ }).waitFor()
      await shoot(page, 'checklist', size.width)

      await library.getByRole('button', { name: /তিস্তার পানি/ }).click()
      await page.getByRole('group', { name: 'লেখার ধাপ' }).getByRole('button', { name: 'প্রকাশ করুন' }).click()
      await page.getByRole('dialog', { name: 'লেখাটি প্রকাশ করবেন?' }).getByRole('img').waitFor()
      await shoot(page, 'publish-confirmation', size.width)
      await page.keyboard.press('Escape')
      await page.getByRole('note').filter({ hasText: 'লেখাটি অনুমোদিত' }).waitFor()
      await shoot(page, 'locked', size.width)
      await context.close()
    }

    // Published, corrected and published again: two versions to compare.
    await call(api.call('article.transition', { id: story.id, action: 'publish' }))
    await call(api.call('article.transition', { id: story.id, action: 'correct' }))
    const working = await call(api.call('article.get', { id: story.id }))
    await call(
      api.call('article.save', {
        id: story.id,
        baseRevision: working.revision,
        patch: {
          body: bodyFromPlainText(
            'উজানের ঢল ও টানা বৃষ্টিতে তিস্তার পানি ডালিয়া পয়েন্টে বিপৎসীমার ২৫ সেন্টিমিটার ওপর দিয়ে বইছে।\nনদীতীরের অন্তত ১৫টি গ্রামের মানুষ পানিবন্দী হয়ে পড়েছেন। জেলা প্রশাসন চারটি আশ্রয়কেন্দ্র খুলেছে।'
          )
        }
      })
    )
    await call(api.call('article.transition', { id: story.id, action: 'approve' }))
    await call(
      api.call('article.transition', {
        id: story.id,
        action: 'publish',
        correctionNote: 'পানির উচ্চতা ও পানিবন্দী গ্রামের সংখ্যা পানি উন্নয়ন বোর্ডের সর্বশেষ হিসাবে ঠিক করা হয়েছে।'
      })
    )
    for (const size of SIZES) {
      const context = await browser.newContext({ viewport: size, locale: 'bn-BD', timezoneId: 'Asia/Dhaka' })
      const page = await context.newPage()
      await page.goto(host.url)
      await page
        .getByRole('navigation', { name: 'লেখার তালিকা' })
        .getByRole('button', { name: /তিস্তার পানি/ })
        .click()
      await page.getByRole('button', { name: 'প্রকাশিত সংস্করণ' }).click()
      await page.getByRole('dialog', { name: 'প্রকাশিত সংস্করণ' }).locator('ins').first().waitFor()
      await shoot(page, 'published-versions', size.width)
      await context.close()
    }
  } finally {
    await browser.close()
    await host.stop()
  }
}

void main()
