import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

let host: HostProcess | undefined

test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

const PACKAGE = 'tests/fixtures/articles/tista.barta.json'

test('import a story package, preview the published page at each width, and export it again', async ({ page }) => {
  host = await startBrowserHost(await makeDataDir())
  await page.goto(host.url)

  await page.getByLabel('আমদানির ফাইল').setInputFiles(PACKAGE)
  const report = page.getByRole('status', { name: 'আমদানির ফলাফল' })
  await expect(report).toContainText('আমদানি হয়েছে: tista.barta.json')
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue(/তিস্তার পানি/)

  await page.keyboard.press('Control+p')
  const frame = page.frameLocator('iframe[title="পাঠকেরা যেমন দেখবেন"]')
  await expect(frame.locator('h1')).toContainText('তিস্তার পানি বিপৎসীমার ওপরে')
  await expect(frame.locator('body')).toContainText('প্রকাশ : ২১ জানুয়ারি ২০২৪')
  await expect(frame.locator('figcaption').first()).toContainText('ছবি : সংগৃহীত')
  const iframe = page.locator('iframe[title="পাঠকেরা যেমন দেখবেন"]')
  await expect(iframe).toHaveAttribute('sandbox', '')
  // The photo is shown from the media store.
  await expect(frame.locator('figure img').first()).toHaveJSProperty('complete', true)
  expect(
    await frame
      .locator('figure img')
      .first()
      .evaluate((img: HTMLImageElement) => img.naturalWidth)
  ).toBeGreaterThan(0)

  for (const [label, width] of [
    ['ট্যাবলেট', 768],
    ['মোবাইল', 375],
    ['ছাপা', 794],
    ['ডেস্কটপ', 1280]
  ] as const) {
    await page.getByRole('button', { name: label, exact: true }).click()
    await expect(iframe).toHaveCSS('width', `${width}px`)
  }

  // Export as Barta JSON: the download is the package the API produces.
  await page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: 'রপ্তানি' }).click()
  const dialog = page.getByRole('dialog', { name: 'লেখা রপ্তানি' })
  await dialog.getByRole('radio', { name: /বার্তা JSON/ }).check()
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'রপ্তানি করুন' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/\.barta\.json$/)
  const exported = JSON.parse(await readFile((await download.path())!, 'utf8'))
  const original = JSON.parse(await readFile(PACKAGE, 'utf8'))
  // The package had no owner (it predates profiles), so the library adopted it for the profile that imported it; it
  // said "published", and approval is given on this desk, so it was filed as submitted.
  expect({ ...exported.article, owner: null, status: original.article.status }).toEqual(original.article)
  expect(exported.article.owner).toMatchObject({ role: 'reporter' })
  expect(exported.article.status).toBe('submitted')
  expect(Object.keys(exported.media)).toEqual(Object.keys(original.media))
})

test('the preview looks as the published page should, at desktop and mobile widths', async ({ page }) => {
  host = await startBrowserHost(await makeDataDir())
  await page.setViewportSize({ width: 1600, height: 1000 })
  await page.goto(host.url)
  await page.getByLabel('আমদানির ফাইল').setInputFiles(PACKAGE)
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue(/তিস্তার পানি/)
  await page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: 'প্রাকদর্শন' }).click()
  const iframe = page.locator('iframe[title="পাঠকেরা যেমন দেখবেন"]')
  const frame = page.frameLocator('iframe[title="পাঠকেরা যেমন দেখবেন"]')
  await expect(frame.locator('h1')).toBeVisible()
  await frame.locator('body').evaluate(() => document.fonts.ready)
  await expect(frame.locator('figure img').first()).toHaveJSProperty('complete', true)
  await expect(iframe).toHaveScreenshot('preview-desktop.png', { maxDiffPixelRatio: 0.02 })
  await page.getByRole('button', { name: 'মোবাইল', exact: true }).click()
  await expect(iframe).toHaveCSS('width', '375px')
  await frame.locator('body').evaluate(() => document.fonts.ready)
  await expect(iframe).toHaveScreenshot('preview-mobile.png', { maxDiffPixelRatio: 0.02 })
})

test('a file that is not a story is refused with a clear message and nothing is added', async ({ page }) => {
  host = await startBrowserHost(await makeDataDir())
  await page.goto(host.url)
  await page.getByLabel('আমদানির ফাইল').setInputFiles({
    name: 'evil.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format":"barta.article","version":1,"__proto__":{"x":1},"article":{"headline":"<script>alert(1)</script>"}}')
  })
  await expect(page.getByRole('status', { name: 'আমদানির ফলাফল' })).toContainText('নেওয়া হয়নি: evil.json')
  await expect(page.getByText('এখনো কোনো লেখা নেই')).toBeVisible()
})
