import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

/**
 * The house details of dates in the settings: the Hijri offset said in words under the preview (the default of −1 day
 * explained), and the padded-day setting — which the masthead, the desk's reader line and the published page all follow.
 */
let host: HostProcess | undefined

test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

test('the settings show the Hijri offset in words and switch padded days for the masthead, the desk and the page', async ({ browser }) => {
  host = await startBrowserHost(await makeDataDir())
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  await page.clock.setFixedTime(new Date('2024-02-05T10:00:00+06:00'))
  await page.goto(host.url)
  const banner = page.getByRole('banner')
  // The house default: days 1–9 padded, Hijri one day behind Umm al-Qura (5 February 2024 is 24 Rajab by Umm al-Qura).
  await expect(banner).toContainText('সোমবার, ০৫ ফেব্রুয়ারি ২০২৪, ২২ মাঘ ১৪৩০, ২৩ রজব ১৪৪৫ হিজরি')

  await page.getByRole('button', { name: 'সেটিংস' }).click()
  const dialog = page.getByRole('dialog', { name: 'সেটিংস' })
  await expect(dialog.getByText('হিজরি তারিখ: উম্ম আল-কুরা থেকে ১ দিন পিছিয়ে')).toBeVisible()
  await expect(dialog.getByText(/নির্ধারিত মান −১ দিন: বাংলাদেশের জাতীয় চাঁদ দেখা কমিটি/)).toBeVisible()
  const offset = dialog.getByLabel('হিজরি তারিখ সমন্বয় (দিন)')
  await expect(offset).toHaveAccessibleDescription(/নির্ধারিত মান −১ দিন/)
  await offset.fill('0')
  await expect(dialog.getByText('হিজরি তারিখ: উম্ম আল-কুরা অনুযায়ী')).toBeVisible()
  await expect(dialog.getByLabel('আজকের তারিখ লাইন')).toHaveText('সোমবার, ০৫ ফেব্রুয়ারি ২০২৪, ২২ মাঘ ১৪৩০, ২৪ রজব ১৪৪৫ হিজরি')
  await offset.fill('2')
  await expect(dialog.getByText('হিজরি তারিখ: উম্ম আল-কুরা থেকে ২ দিন এগিয়ে')).toBeVisible()
  await offset.fill('-1')

  // Padded days: a choice shown on a real date.
  const padded = dialog.getByRole('radio', { name: 'শূন্যসহ দুই অঙ্কে: ০৫ ফেব্রুয়ারি ২০২৪' })
  const unpadded = dialog.getByRole('radio', { name: 'এক অঙ্কে: ৫ ফেব্রুয়ারি ২০২৪' })
  await expect(padded).toBeChecked()
  expect((await new AxeBuilder({ page }).include('dialog').analyze()).violations.map((violation) => violation.id)).toEqual([])
  await page.screenshot({ path: test.info().outputPath('settings-dates.png') })
  await unpadded.check()
  await expect(dialog.getByLabel('আজকের তারিখ লাইন')).toHaveText('সোমবার, ৫ ফেব্রুয়ারি ২০২৪, ২২ মাঘ ১৪৩০, ২৩ রজব ১৪৪৫ হিজরি')
  await dialog.getByRole('button', { name: 'সংরক্ষণ করুন' }).click()
  await expect(banner).toContainText('সোমবার, ৫ ফেব্রুয়ারি ২০২৪,')
  const saved = JSON.parse(await readFile(join(host.dataDir, 'settings.json'), 'utf8'))
  expect(saved.settings.calendar).toMatchObject({ padDay: false, hijriOffsetDays: -1 })

  // The desk's reader line and the published page (the preview) write the day the same way.
  await page.getByRole('button', { name: 'নতুন লেখা' }).click()
  await page.getByLabel('শিরোনাম', { exact: true }).fill('এক অঙ্কের তারিখ')
  await page.getByLabel('প্রকাশের সময়', { exact: true }).fill('০৫/০২/২০২৪ ০৯:০৫')
  await expect(page.getByText('প্রকাশ : ৫ ফেব্রুয়ারি ২০২৪, ০৯:০৫ এএম', { exact: true })).toBeVisible()
  await page.keyboard.press('Control+p')
  const frame = page.frameLocator('iframe')
  await expect(frame.locator('time').first()).toHaveText('প্রকাশ : ৫ ফেব্রুয়ারি ২০২৪, ০৯:০৫ এএম')
  await context.close()
})
