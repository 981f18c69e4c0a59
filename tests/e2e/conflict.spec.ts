import { expect, test } from '@playwright/test'
import { createHttpClient } from '../../src/shared/http-client'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

test('two tabs edit the same story: the later save is refused, both texts are shown, and neither is lost', async ({ browser }) => {
  host = await startBrowserHost(await makeDataDir())
  const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
  const created = await client.call('article.create', {
    content: { headline: 'লঞ্চডুবিতে নিখোঁজ ১২', body: bodyFromPlainText('মেঘনায় লঞ্চডুবির ঘটনায় উদ্ধারকাজ চলছে।') }
  })
  if (!created.ok) throw new Error('create')
  const id = created.value.id

  const context = await browser.newContext()
  const [first, second] = [await context.newPage(), await context.newPage()]
  for (const page of [first, second]) {
    await page.goto(host.url)
    await page
      .getByRole('navigation', { name: 'লেখার তালিকা' })
      .getByRole('button', { name: /লঞ্চডুবিতে/ })
      .click()
    await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue('লঞ্চডুবিতে নিখোঁজ ১২')
  }

  // The first tab saves a new headline.
  await first.getByLabel('শিরোনাম', { exact: true }).fill('লঞ্চডুবিতে নিখোঁজ ১৫')
  await expect(first.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()
  await expect
    .poll(async () => (await client.call('article.get', { id })).ok && (await client.call('article.get', { id })))
    .toMatchObject({ value: { revision: 2 } })

  // The second tab, still on the old text, edits the body: its save is refused and both versions are offered.
  await second.getByRole('textbox', { name: 'মূল লেখা' }).click()
  await second.keyboard.press('End')
  await second.keyboard.insertText(' ডুবুরিরা কাজ করছেন।')
  const dialog = second.getByRole('dialog', { name: 'লেখাটি অন্য কোথাও বদলেছে' })
  await expect(dialog).toBeVisible()
  await expect(dialog.locator('ins').filter({ hasText: 'ডুবুরিরা কাজ করছেন' })).toHaveCount(1)
  await expect(dialog.locator('del').filter({ hasText: '১৫' })).toHaveCount(1)

  await dialog.getByRole('button', { name: 'আমার সংস্করণ রাখুন' }).click()
  await expect(second.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()
  const stored = await client.call('article.get', { id })
  expect(stored.ok && JSON.stringify(stored.value.body)).toContain('ডুবুরিরা কাজ করছেন')
  // The other tab's headline is not lost: it is kept as a revision.
  const revisions = await client.call('revision.list', { id })
  expect(revisions.ok && revisions.value.map((info) => info.headline)).toContain('লঞ্চডুবিতে নিখোঁজ ১৫')
  await context.close()
})
