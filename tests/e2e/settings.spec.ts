import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

let host: HostProcess | undefined

test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

test('the masthead shows the three-calendar date line, and the settings change it and persist', async ({ page }) => {
  host = await startBrowserHost(await makeDataDir())
  await page.clock.setFixedTime(new Date('2024-01-21T10:00:00+06:00'))
  await page.goto(host.url)
  const banner = page.getByRole('banner')
  // The Hijri date defaults to one day behind Umm al-Qura (Bangladesh sights the moon a day later).
  await expect(banner).toContainText('রোববার, ২১ জানুয়ারি ২০২৪, ৭ মাঘ ১৪৩০, ৮ রজব ১৪৪৫ হিজরি')

  await page.getByRole('button', { name: 'সেটিংস' }).click()
  const dialog = page.getByRole('dialog', { name: 'সেটিংস' })
  await dialog.getByLabel('রবিবারের নাম').selectOption('robibar')
  await dialog.getByLabel('হিজরি তারিখ সমন্বয় (দিন)').fill('0')
  await dialog.getByRole('checkbox', { name: 'ইংরেজি তারিখ' }).uncheck()
  await expect(dialog.getByLabel('আজকের তারিখ লাইন')).toHaveText('রবিবার, ৭ মাঘ ১৪৩০, ৯ রজব ১৪৪৫ হিজরি')
  await dialog.getByRole('button', { name: 'সংরক্ষণ করুন' }).click()
  await expect(banner).toContainText('রবিবার, ৭ মাঘ ১৪৩০, ৯ রজব ১৪৪৫ হিজরি')

  const saved = JSON.parse(await readFile(join(host.dataDir, 'settings.json'), 'utf8'))
  expect(saved.settings.calendar).toMatchObject({ weekdayStyle: 'robibar', hijriOffsetDays: 0, parts: ['weekday', 'bangla', 'hijri'] })
  await page.reload()
  await expect(page.getByRole('banner')).toContainText('রবিবার, ৭ মাঘ ১৪৩০, ৯ রজব ১৪৪৫ হিজরি')
})
