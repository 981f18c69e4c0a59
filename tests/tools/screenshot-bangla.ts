/**
 * `npx tsx tests/tools/screenshot-bangla.ts`: the pictures of the desk's Bengali tools, at 1280×800 and 1024×700, saved
 * to tests/screenshots/: the phonetic suggestion list (phonetic-suggestions-*.png), the spell-check menu
 * (spellcheck-menu-*.png) and the calendar of the publish time (calendar-*.png). A fresh browser host and data folder.
 */
import type { Browser, Page } from '@playwright/test'
import { launchChromium } from './launch-chromium'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { createHttpClient } from '../../src/shared/http-client'
import { makeDataDir, startBrowserHost, type HostProcess } from '../e2e/browser-host'

const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 }
]
const HEADLINE = 'উপকূলে ঘূর্ণিঝড়ের সতর্কতা, আশ্রয়কেন্দ্রে মানুষ'
const BODY =
  'বঙ্গোপসাগরে সৃষ্ট লঘুচাপটি ঘূর্ণিঝড়ে রূপ নিয়েছে। আবহাওয়া অধিদপ্তর চট্টগ্রাম ও কক্সবাজার সমুদ্রবন্দরকে সাত নম্বর বিপৎসংকেত দেখাতে বলেছে।\n' +
  'উপকূলের দূর্নীতি নিয়ে প্রশ্ন উঠলেও আশ্রয়কেন্দ্রগুলো প্রস্তুত রাখা হয়েছে বলে জেলা প্রশাসন জানিয়েছে। ঝিনাইগাতী থেকেও স্বেচ্ছাসেবকেরা এসেছেন।'

async function shoot(page: Page, name: string, width: number): Promise<void> {
  await page.evaluate(() => document.fonts.ready)
  await page.waitForTimeout(300)
  const path = `tests/screenshots/${name}-${width}.png`
  await page.screenshot({ path })
  process.stdout.write(`screenshot: ${path}\n`)
}

async function openStory(browser: Browser, host: HostProcess, viewport: { width: number; height: number }): Promise<Page> {
  const page = await (await browser.newContext({ viewport })).newPage()
  await page.goto(host.url)
  await page
    .getByRole('navigation', { name: 'লেখার তালিকা' })
    .getByRole('button', { name: new RegExp(HEADLINE.slice(0, 12)) })
    .click()
  // The word list is in once the unknown-words count shows.
  await page.getByRole('button', { name: /^অজানা শব্দ/ }).waitFor({ timeout: 60_000 })
  await page.locator('.spell-error').first().waitFor()
  return page
}

async function main(): Promise<void> {
  const host = await startBrowserHost(await makeDataDir())
  const browser = await launchChromium()
  try {
    const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
    const created = await client.call('article.create', {
      content: {
        headline: HEADLINE,
        byline: 'নিজস্ব প্রতিবেদক',
        dateline: 'চট্টগ্রাম',
        section: 'সারাদেশ',
        publishedAt: '2024-05-26T14:27:00+06:00',
        body: bodyFromPlainText(BODY)
      }
    })
    if (!created.ok) throw new Error(created.message.en)
    for (const viewport of VIEWPORTS) {
      const page = await openStory(browser, host, viewport)
      const body = page.getByRole('textbox', { name: 'মূল লেখা' })

      // Phonetic suggestions: «mamla» typed at the end of the story.
      await body.locator('p').last().click()
      await page.keyboard.press('Control+End')
      await page.keyboard.press('Control+m')
      await page.keyboard.type(' notun mamla')
      await page.getByRole('listbox', { name: 'ফোনেটিক শব্দের প্রস্তাব' }).waitFor()
      await shoot(page, 'phonetic-suggestions', viewport.width)
      await page.keyboard.press('Escape')
      await page.keyboard.press('Control+z')
      await page.keyboard.press('Control+z')
      await page.keyboard.press('Control+m')

      // The spell-check menu of «দূর্নীতি».
      await body.locator('.spell-error', { hasText: 'দূর্নীতি' }).click({ button: 'right' })
      await page.getByRole('menu', { name: 'বানানের প্রস্তাব' }).waitFor()
      await shoot(page, 'spellcheck-menu', viewport.width)
      await page.keyboard.press('Escape')

      // The calendar of the publish time.
      await page.getByLabel('প্রকাশের সময়', { exact: true }).press('Alt+ArrowDown')
      await page.getByRole('dialog', { name: 'মে ২০২৪' }).waitFor()
      await page.keyboard.press('ArrowRight')
      await shoot(page, 'calendar', viewport.width)
      await page.keyboard.press('Escape')
      await page.context().close()
    }
  } finally {
    await browser.close()
    await host.stop()
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
