import { expect, test } from '@playwright/test'
import { writeBigLibrary } from '../unit/store/big-library'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

let host: HostProcess | undefined

test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

test('a large library opens with one small page and the rest follows in pages, every story reachable', async ({ page }) => {
  const dataDir = await makeDataDir()
  await writeBigLibrary(dataDir, 2500, { trashEvery: 0 })
  host = await startBrowserHost(dataDir)
  const asked: Array<{ limit?: number; after?: string }> = []
  const answered: number[] = []
  page.on('request', (request) => {
    if (request.url().endsWith('/api/library.list')) asked.push((request.postDataJSON() ?? {}) as { limit?: number; after?: string })
  })
  page.on('response', async (response) => {
    if (!response.url().endsWith('/api/library.list')) return
    const body = (await response.json()) as { ok: boolean; value?: { items: unknown[] } }
    answered.push(body.value?.items.length ?? -1)
  })
  await page.goto(host.url)
  const library = page.getByRole('navigation', { name: 'লেখার তালিকা' })
  await expect(library.getByText('২,৫০০টি লেখা')).toBeVisible({ timeout: 20_000 })
  // The first call is one screenful, the rest follow by cursor; no call carried the whole library.
  expect(asked[0]).toEqual(expect.objectContaining({ limit: 60 }))
  expect(asked[0]?.after).toBeUndefined()
  expect(asked.length).toBeGreaterThanOrEqual(4)
  for (const args of asked.slice(1)) expect(args.after).toEqual(expect.any(String))
  await expect.poll(() => answered.length).toBe(asked.length)
  expect(Math.max(...answered)).toBeLessThanOrEqual(1000)
  // The last story is there at the bottom of the list.
  await library.locator('.viewport').evaluate((element) => element.scrollTo(0, element.scrollHeight))
  await expect(library.locator('li[aria-posinset="2500"]')).toBeVisible()
})
