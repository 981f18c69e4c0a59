/**
 * `npm run screenshot`: starts the browser host on a fresh data folder, files three sample stories through the
 * contract, opens one in the desk and saves tests/screenshots/desk.png (the picture in the README).
 */
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'
import { createHttpClient } from '../../src/shared/http-client'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { makeDataDir, startBrowserHost } from '../e2e/browser-host'

const samples = [
  {
    headline: 'শৈত্যপ্রবাহে কাঁপছে উত্তরাঞ্চল, তেঁতুলিয়ায় ৭ ডিগ্রি',
    body: 'দেশের উত্তরাঞ্চলে মৃদু থেকে মাঝারি শৈত্যপ্রবাহ বইছে। আবহাওয়া অধিদপ্তর জানিয়েছে, আজ সকালে পঞ্চগড়ের তেঁতুলিয়ায় দেশের সর্বনিম্ন তাপমাত্রা রেকর্ড করা হয়েছে।\nকুয়াশার কারণে সকাল থেকে দূরপাল্লার বাস চলাচল ধীর ছিল। ঘাটে আটকে ছিল অন্তত ৪০টি যানবাহন।'
  },
  {
    headline: 'বইমেলায় প্রথম সপ্তাহে রেকর্ড বিক্রি',
    body: 'বাংলা একাডেমি আয়োজিত অমর একুশে বইমেলার প্রথম সপ্তাহে বিক্রি আগের বছরের তুলনায় বেড়েছে।'
  },
  {
    headline: 'রাজধানীতে মেট্রোরেলের নতুন সময়সূচি আজ থেকে',
    body: 'যাত্রীদের চাপ সামলাতে সকাল সাড়ে সাতটা থেকে রাত নয়টা পর্যন্ত প্রতি আট মিনিট পরপর ট্রেন চলবে।\nডিএমটিসিএল জানিয়েছে, শুক্রবারও সীমিত পরিসরে ট্রেন চলবে।'
  }
]

async function main(): Promise<void> {
  const host = await startBrowserHost(await makeDataDir())
  try {
    const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
    for (const sample of samples) {
      const created = await client.call('article.create', { content: { headline: sample.headline, body: bodyFromPlainText(sample.body) } })
      if (!created.ok) throw new Error(created.message.en)
    }
    const browser = await chromium.launch({
      executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']
    })
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, locale: 'bn-BD', timezoneId: 'Asia/Dhaka' })
    await page.goto(host.url)
    await page.getByRole('button', { name: new RegExp(samples[0]!.headline.slice(0, 10)) }).click()
    await page.getByLabel('শিরোনাম').waitFor()
    await page.evaluate(() => document.fonts.ready)
    const path = process.argv[2] ?? 'tests/screenshots/desk.png'
    await page.screenshot({ path })
    await browser.close()
    process.stdout.write(`screenshot: ${path}\n`)
  } finally {
    await host.stop()
  }
}

void main()
