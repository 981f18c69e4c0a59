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
  // The other tab's headline is not lost: it is kept as a revision — by the one resolving call, which names it so.
  const revisions = await client.call('revision.list', { id })
  expect(revisions.ok && revisions.value.map((info) => info.headline)).toContain('লঞ্চডুবিতে নিখোঁজ ১৫')
  expect(revisions.ok && revisions.value.find((info) => info.headline === 'লঞ্চডুবিতে নিখোঁজ ১৫')?.reason).toBe('conflict')
  await context.close()
})

test('keep both: my text becomes a new story in the list, and the stored one opens in its place', async ({ browser }) => {
  host = await startBrowserHost(await makeDataDir())
  const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
  const created = await client.call('article.create', {
    content: { headline: 'নদীভাঙনে ঘরহারা ৫০ পরিবার', body: bodyFromPlainText('যমুনার ভাঙনে গ্রাম বিলীন হচ্ছে।') }
  })
  if (!created.ok) throw new Error('create')
  const id = created.value.id

  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(host.url)
  const library = page.getByRole('navigation', { name: 'লেখার তালিকা' })
  await library.getByRole('button', { name: /নদীভাঙনে/ }).click()
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue('নদীভাঙনে ঘরহারা ৫০ পরিবার')

  // Another writer saves a new headline behind this window's back; this window's next save meets it.
  const saved = await client.call('article.save', { id, baseRevision: 1, patch: { headline: 'নদীভাঙনে ঘরহারা ৮০ পরিবার' } })
  expect(saved.ok).toBe(true)
  await page.getByRole('textbox', { name: 'মূল লেখা' }).click()
  await page.keyboard.press('End')
  await page.keyboard.insertText(' ত্রাণ পৌঁছেছে।')
  const dialog = page.getByRole('dialog', { name: 'লেখাটি অন্য কোথাও বদলেছে' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'দুটোই রাখুন' }).click()
  await expect(dialog).toBeHidden()

  // The stored story is open again, unchanged; mine is a story of its own, marked as mine.
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue('নদীভাঙনে ঘরহারা ৮০ পরিবার')
  await expect(library.getByRole('button', { name: /নদীভাঙনে ঘরহারা ৫০ পরিবার \(আমার সংস্করণ\)/ })).toBeVisible()
  const stories = await client.call('library.list', {})
  if (!stories.ok) throw new Error('list')
  const copy = stories.value.items.find((item) => item.id !== id)
  expect(copy?.headline).toBe('নদীভাঙনে ঘরহারা ৫০ পরিবার (আমার সংস্করণ)')
  const copied = copy && (await client.call('article.get', { id: copy.id }))
  expect(copied && copied.ok && JSON.stringify(copied.value.body)).toContain('ত্রাণ পৌঁছেছে')
  const original = await client.call('article.get', { id })
  expect(original.ok && original.value).toMatchObject({ revision: 2, headline: 'নদীভাঙনে ঘরহারা ৮০ পরিবার' })
  expect(original.ok && JSON.stringify(original.value.body)).not.toContain('ত্রাণ পৌঁছেছে')
  await context.close()
})
