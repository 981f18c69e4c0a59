/**
 * `npm run screenshot`: starts the browser host on a fresh data folder, files sample stories through the contract, and
 * saves the README pictures: tests/screenshots/desk.png (light), desk-dark.png, and workflow.png (the desk queue with
 * a story's state and moves).
 */
import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { launchChromium } from './launch-chromium'
import { createHttpClient } from '../../src/shared/http-client'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { makeDataDir, startBrowserHost } from '../e2e/browser-host'

const samples = [
  {
    headline: 'শৈত্যপ্রবাহে কাঁপছে উত্তরাঞ্চল, তেঁতুলিয়ায় ৭ ডিগ্রি',
    subheadline: 'কুয়াশায় ধীর দূরপাল্লার যান চলাচল',
    byline: 'নিজস্ব প্রতিবেদক',
    dateline: 'পঞ্চগড়',
    section: 'সারাদেশ',
    tags: ['শীত', 'আবহাওয়া'],
    summary: 'দেশের উত্তরাঞ্চলে মৃদু থেকে মাঝারি শৈত্যপ্রবাহ বইছে।',
    publishedAt: '2024-01-21T14:27:00+06:00',
    body: 'দেশের উত্তরাঞ্চলে মৃদু থেকে মাঝারি শৈত্যপ্রবাহ বইছে। আবহাওয়া অধিদপ্তর জানিয়েছে, আজ সকালে পঞ্চগড়ের তেঁতুলিয়ায় দেশের সর্বনিম্ন তাপমাত্রা রেকর্ড করা হয়েছে।\nকুয়াশার কারণে সকাল থেকে দূরপাল্লার বাস চলাচল ধীর ছিল। ঘাটে আটকে ছিল অন্তত ৪০টি যানবাহন।\nচিকিৎসকেরা শিশু ও বয়স্কদের বাড়তি সতর্ক থাকার পরামর্শ দিয়েছেন।'
  },
  {
    headline: 'বইমেলায় প্রথম সপ্তাহে রেকর্ড বিক্রি',
    byline: 'সংস্কৃতি ডেস্ক',
    section: 'বিনোদন',
    body: 'বাংলা একাডেমি আয়োজিত অমর একুশে বইমেলার প্রথম সপ্তাহে বিক্রি আগের বছরের তুলনায় বেড়েছে।'
  },
  {
    headline: 'রাজধানীতে মেট্রোরেলের নতুন সময়সূচি আজ থেকে',
    byline: 'অনলাইন ডেস্ক',
    section: 'জাতীয়',
    body: 'যাত্রীদের চাপ সামলাতে সকাল সাড়ে সাতটা থেকে রাত নয়টা পর্যন্ত প্রতি আট মিনিট পরপর ট্রেন চলবে।'
  }
]

async function shoot(page: Page, path: string): Promise<void> {
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(300)
  await page.screenshot({ path })
  process.stdout.write(`screenshot: ${path}\n`)
}

async function main(): Promise<void> {
  const host = await startBrowserHost(await makeDataDir())
  try {
    const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
    const photo = await client.call('media.put', {
      name: 'village.jpg',
      dataBase64: (await readFile('tests/fixtures/images/village.jpg')).toString('base64')
    })
    if (!photo.ok) throw new Error(photo.message.en)
    for (const [index, sample] of samples.entries()) {
      const { body, ...fields } = sample
      const created = await client.call('article.create', {
        content: {
          ...fields,
          body: bodyFromPlainText(body),
          ...(index === 0
            ? {
                leadImage: {
                  mediaId: photo.value.mediaId,
                  caption: 'কুয়াশা ঢাকা গ্রামের পথ',
                  credit: 'সংগৃহীত',
                  alt: 'কুয়াশায় ঢাকা গ্রাম ও নদী'
                }
              }
            : {})
        }
      })
      if (!created.ok) throw new Error(created.message.en)
      if (index === 2) await client.call('article.transition', { id: created.value.id, action: 'submit' })
    }
    const browser = await launchChromium()
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'bn-BD', timezoneId: 'Asia/Dhaka' })
    await page.goto(host.url)
    const library = page.getByRole('navigation', { name: 'লেখার তালিকা' })
    await library.getByRole('button', { name: /শৈত্যপ্রবাহে/ }).click()
    await page.getByLabel('শিরোনাম', { exact: true }).waitFor()
    await shoot(page, process.argv[2] ?? 'tests/screenshots/desk.png')
    await page.getByRole('button', { name: 'গাঢ় থিম' }).click()
    await shoot(page, 'tests/screenshots/desk-dark.png')
    await page.getByRole('button', { name: 'গাঢ় থিম' }).click()
    await library.getByRole('button', { name: 'ডেস্ক', exact: true }).click()
    await library.getByRole('button', { name: /মেট্রোরেলের/ }).click()
    await page.keyboard.press('Control+p')
    await page.frameLocator('iframe').locator('h1').waitFor()
    await shoot(page, 'tests/screenshots/workflow.png')
    await browser.close()
  } finally {
    await host.stop()
  }
}

void main()
