import { expect, test, type Page, type Request } from '@playwright/test'
import { createHttpClient } from '../../src/shared/http-client'
import type { ListQuery } from '../../src/shared/library'
import { writeBigLibrary } from '../unit/store/big-library'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

/**
 * A big library in the sidebar (issue 14, item 8): the first screenful at once, the true total and the counts per state
 * from the service before the rows have arrived, and any row — the last of 2,500, one in the middle — reached at once,
 * its page fetched by offset when it comes into view; search hits page the same way.
 */
let host: HostProcess | undefined

test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

type Asked = ListQuery & { query?: string }

/** The calls the list makes (not the check for stories returned to me, which asks for returned stories only). */
function recordCalls(page: Page, method: 'library.list' | 'library.search'): Asked[] {
  const asked: Asked[] = []
  page.on('request', (request: Request) => {
    if (!request.url().endsWith(`/api/${method}`)) return
    const args = (request.postDataJSON() ?? {}) as Asked
    if (args.status?.join() !== 'returned') asked.push(args)
  })
  return asked
}

const library = (page: Page) => page.getByRole('navigation', { name: 'লেখার তালিকা' })
const viewport = (page: Page) => library(page).locator('.viewport')
const row = (page: Page, position: number) => library(page).locator(`li[aria-posinset="${position}"]`)

test('a large library opens with one small page and its true counts, and any row is reached by offset', async ({ page }) => {
  const dataDir = await makeDataDir()
  await writeBigLibrary(dataDir, 2500, { trashEvery: 0 })
  host = await startBrowserHost(dataDir)
  const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
  const whole = await client.call('library.list', { limit: 1 })
  if (!whole.ok) throw new Error('list')
  const asked = recordCalls(page, 'library.list')
  await page.goto(host.url)

  // The total and the counts come with the first answer: no walk through the library to know them.
  await expect(library(page).getByText('২,৫০০টি লেখা')).toBeVisible()
  expect(asked[0]).toEqual(expect.objectContaining({ limit: 60, offset: 0 }))
  const articlesTab = library(page).getByRole('button', { name: 'লেখা', exact: true })
  await expect(articlesTab).toHaveAccessibleDescription('মোট ২,৫০০')
  const submitted = whole.value.counts.status.submitted
  await expect(library(page).getByLabel('অবস্থা').locator('option[value="submitted"]')).toHaveText(
    `জমা (${submitted.toLocaleString('bn-BD')})`
  )
  // Nothing more is fetched while the first screenful is what is in view.
  await page.waitForTimeout(1500)
  expect(asked).toHaveLength(1)

  // The scroll bar covers the whole library: the bottom is there at once, its rows fetched by offset.
  await viewport(page).evaluate((element) => element.scrollTo(0, element.scrollHeight))
  const last = await client.call('library.list', { offset: 2499, limit: 1 })
  if (!last.ok) throw new Error('list')
  await expect(row(page, 2500).getByRole('button', { name: new RegExp(last.value.items[0]!.headline) })).toBeVisible()
  // And the middle.
  await viewport(page).evaluate((element) => element.scrollTo(0, 1250 * 84))
  const middle = await client.call('library.list', { offset: 1250, limit: 1 })
  if (!middle.ok) throw new Error('list')
  await expect(row(page, 1251).getByRole('button', { name: new RegExp(middle.value.items[0]!.headline) })).toBeVisible()
  // Only pages in view were asked for, by offset; no call carried more than a page, none walked by cursor.
  expect(asked.length).toBeLessThanOrEqual(6)
  for (const args of asked) {
    expect(args.after).toBeUndefined()
    expect(args.limit).toBeLessThanOrEqual(200)
  }
  expect(asked.some((args) => (args.offset ?? 0) >= 2400)).toBe(true)
})

test('the keyboard moves through the list and jumps to its ends, fetching what it lands on', async ({ page }) => {
  const dataDir = await makeDataDir()
  await writeBigLibrary(dataDir, 1200, { trashEvery: 0 })
  host = await startBrowserHost(dataDir)
  const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
  const last = await client.call('library.list', { offset: 1199, limit: 1 })
  if (!last.ok) throw new Error('list')
  await page.goto(host.url)
  await expect(library(page).getByText('১,২০০টি লেখা')).toBeVisible()
  const first = row(page, 1).getByRole('button').last()
  await first.focus()
  await page.keyboard.press('ArrowDown')
  await expect(row(page, 2).getByRole('button').last()).toBeFocused()
  await page.keyboard.press('End')
  await expect(row(page, 1200).getByRole('button', { name: new RegExp(last.value.items[0]!.headline) })).toBeFocused()
  await page.keyboard.press('Home')
  await expect(first).toBeFocused()
  await page.keyboard.press('PageDown')
  await expect(library(page).locator('li[aria-posinset] button:focus')).toHaveCount(1)
  const position = Number(await library(page).locator('li:has(button:focus)').getAttribute('aria-posinset'))
  expect(position).toBeGreaterThan(3)
})

test('search hits arrive a page at a time, with their total', async ({ page }) => {
  const dataDir = await makeDataDir()
  await writeBigLibrary(dataDir, 1500, { trashEvery: 0 })
  host = await startBrowserHost(dataDir)
  const asked = recordCalls(page, 'library.search')
  await page.goto(host.url)
  // A word many generated headlines share: hundreds of hits (more as the full-text index covers more stories).
  await page.getByRole('searchbox', { name: 'খুঁজুন' }).fill('সরকার')
  await expect.poll(() => asked.length).toBeGreaterThan(0)
  // While the full-text index is built the hits grow by themselves, and the list says how far it has got.
  await expect(library(page).getByText(/খোঁজার সূচি তৈরি হচ্ছে/)).toBeHidden({ timeout: 30_000 })
  const count = library(page).locator('p.count')
  await expect(count).toHaveText(/^[০-৯,]+টি লেখা$/)
  const total = Number(
    (await count.textContent())!.replace(/[^০-৯]/g, '').replace(/[০-৯]/g, (digit) => String('০১২৩৪৫৬৭৮৯'.indexOf(digit)))
  )
  expect(total).toBeGreaterThan(150)
  await viewport(page).evaluate((element) => element.scrollTo(0, element.scrollHeight))
  const lastRow = library(page).locator('li[aria-posinset]').last()
  await expect(lastRow.getByRole('button').last()).toBeVisible()
  expect(Number(await lastRow.getAttribute('aria-posinset'))).toBeGreaterThan(150)
  for (const args of asked) expect((args as { limit?: number }).limit).toBeLessThanOrEqual(100)
  expect(asked.some((args) => ((args as { offset?: number }).offset ?? 0) > 0)).toBe(true)
})
