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
  const asked: Array<{ limit?: number; after?: string; items: number }> = []
  page.on('response', async (response) => {
    if (!response.url().endsWith('/api/library.list')) return
    const args = (response.request().postDataJSON() ?? {}) as { limit?: number; after?: string }
    const body = (await response.json()) as { ok: boolean; value?: { items: unknown[] } }
    asked.push({ limit: args.limit, after: args.after, items: body.value?.items.length ?? -1 })
  })
  await page.goto(host.url)
  const library = page.getByRole('navigation', { name: 'লেখার তালিকা' })
  await expect(library.getByText('২,৫০০টি লেখা')).toBeVisible({ timeout: 20_000 })
  // The first call is one screenful; no call carried the whole library.
  expect(asked[0]).toMatchObject({ limit: 60, after: undefined, items: 60 })
  expect(asked.length).toBeGreaterThan(2)
  for (const call of asked) expect(call.items).toBeLessThanOrEqual(1000)
  // The last story is there at the bottom of the list.
  await library.locator('.viewport').evaluate((element) => element.scrollTo(0, element.scrollHeight))
  await expect(library.locator('li[aria-posinset="2500"]')).toBeVisible()
})
