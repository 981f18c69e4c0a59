import { expect, test, type Page } from '@playwright/test'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

const HEADLINE = 'পদ্মা সেতুতে রেকর্ড যান চলাচল'
const PARAGRAPH_ONE = 'ঈদের ছুটিতে শনিবার এক দিনে সেতু পার হয়েছে ৪২ হাজার যানবাহন।'
const PARAGRAPH_TWO = 'সেতু কর্তৃপক্ষ জানিয়েছে, টোল আদায় হয়েছে ৩ কোটি টাকার বেশি।'

let host: HostProcess | undefined

test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

/** Reads what is on disk: every article file, and the index as its snapshot plus the journal lines since. */
async function readArticleFiles(dataDir: string) {
  const names = (await readdir(join(dataDir, 'articles'))).filter((name) => name.endsWith('.json'))
  const articles = await Promise.all(names.map(async (name) => JSON.parse(await readFile(join(dataDir, 'articles', name), 'utf8'))))
  const snapshot = await readFile(join(dataDir, 'library.json'), 'utf8').then(
    (text) => JSON.parse(text).articles as Record<string, { headline: string }>,
    () => ({})
  )
  const journal = await readFile(join(dataDir, 'library.journal'), 'utf8').catch(() => '')
  const index: Record<string, { headline: string }> = { ...snapshot }
  for (const line of journal.split('\n').filter(Boolean)) {
    const entry = JSON.parse(line) as { put?: { id: string; headline: string } }
    if (entry.put) index[entry.put.id] = entry.put
  }
  return { index: { articles: index }, articles }
}

async function expectSaved(page: Page) {
  await expect(page.getByRole('status')).toContainText('সংরক্ষিত')
}

test('a Bengali story is typed, saved to disk, and survives a reload and a host restart', async ({ page }) => {
  const dataDir = await makeDataDir()
  host = await startBrowserHost(dataDir)
  await page.goto(host.url)
  await expect(page.getByText('এখনো কোনো লেখা নেই')).toBeVisible()

  await page.getByRole('button', { name: 'নতুন লেখা' }).click()
  const headline = page.getByLabel('শিরোনাম', { exact: true })
  await expect(headline).toBeFocused()
  await headline.pressSequentially(HEADLINE, { delay: 5 })
  const body = page.getByLabel('মূল লেখা')
  await body.click()
  await body.pressSequentially(PARAGRAPH_ONE, { delay: 2 })
  await body.press('Enter')
  await body.pressSequentially(PARAGRAPH_TWO, { delay: 2 })

  // Autosave, not blur: the status turns to saved without leaving the field (the autosave delay itself is unit-tested
  // with fake timers in tests/unit/foundation/autosave.test.ts).
  await expectSaved(page)

  // The text is on disk, in the article's own file and in the index.
  await expect.poll(async () => (await readArticleFiles(dataDir)).articles[0]?.article.body.content.length).toBe(2)
  const { index, articles } = await readArticleFiles(dataDir)
  expect(Object.values(index.articles).map((entry) => entry.headline)).toEqual([HEADLINE])
  expect(articles[0].article.headline).toBe(HEADLINE)
  expect(articles[0].article.body.content[1].content[0].text).toBe(PARAGRAPH_TWO)

  // The library lists it with its headline.
  const library = page.getByRole('navigation', { name: 'লেখার তালিকা' })
  await expect(library.getByRole('button', { name: new RegExp(HEADLINE) })).toBeVisible()

  // Reload: the token survives in the tab, the text comes back from disk.
  await page.reload()
  await library.getByRole('button', { name: new RegExp(HEADLINE) }).click()
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue(HEADLINE)
  await expect(page.getByLabel('মূল লেখা').locator('p')).toHaveText([PARAGRAPH_ONE, PARAGRAPH_TWO])

  // Restart the host on the same data folder: a new token, the same story.
  await host.stop()
  host = await startBrowserHost(dataDir)
  await page.goto(host.url)
  await page
    .getByRole('navigation', { name: 'লেখার তালিকা' })
    .getByRole('button', { name: new RegExp(HEADLINE) })
    .click()
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue(HEADLINE)
  await expect(page.getByLabel('মূল লেখা').locator('p')).toHaveText([PARAGRAPH_ONE, PARAGRAPH_TWO])
  expect(page.url()).not.toContain('token=')
})

test('Bengali text is drawn with the bundled Noto fonts, loaded from the app itself', async ({ page }) => {
  host = await startBrowserHost(await makeDataDir())
  const fontRequests: string[] = []
  page.on('requestfinished', (request) => {
    if (/\.woff2?$/.test(new URL(request.url()).pathname)) fontRequests.push(request.url())
  })
  await page.goto(host.url)
  await page.getByRole('button', { name: 'নতুন লেখা' }).click()
  await page.getByLabel('শিরোনাম', { exact: true }).fill('বাংলা হরফ: ক্ষ ঞ্জ র‍্যাব স্ত্রী')
  await page.evaluate(() => document.fonts.ready)
  const loaded = await page.evaluate(() =>
    [...document.fonts].filter((face) => face.status === 'loaded').map((face) => `${face.family.replace(/["']/g, '')}|${face.unicodeRange}`)
  )
  expect(loaded.some((face) => face.startsWith('Noto Serif Bengali|') && /U\+0?980-/.test(face))).toBe(true)
  expect(loaded.some((face) => face.startsWith('Noto Sans Bengali|') && /U\+0?980-/.test(face))).toBe(true)
  expect(fontRequests.some((url) => url.startsWith(host!.origin) && /noto-serif-bengali-bengali-\d+-normal/.test(url))).toBe(true)
  expect(fontRequests.every((url) => url.startsWith(host!.origin))).toBe(true)
  const fontFamily = await page.getByLabel('শিরোনাম', { exact: true }).evaluate((element) => getComputedStyle(element).fontFamily)
  expect(fontFamily).toMatch(/^["']?Noto Serif Bengali/)
})

test('the page without a token cannot reach the contract, and says so in Bengali first', async ({ page }) => {
  host = await startBrowserHost(await makeDataDir())
  await page.goto(host.origin + '/')
  await expect(page.getByRole('alert')).toContainText('টোকেন')
  await expect(page.getByRole('alert')).toContainText('token')
  const response = await page.request.post(`${host.origin}/api/library.list`, { data: {} })
  expect(response.status()).toBe(401)
})
