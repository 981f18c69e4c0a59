import { expect, test, type Page } from '@playwright/test'
import { createHttpClient } from '../../src/shared/http-client'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

let host: HostProcess | undefined

test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

async function seed(stories: Array<{ headline: string; body: string; byline?: string }>) {
  host = await startBrowserHost(await makeDataDir())
  const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
  const ids: string[] = []
  for (const story of stories) {
    const created = await client.call('article.create', {
      content: { headline: story.headline, byline: story.byline ?? '', body: bodyFromPlainText(story.body) }
    })
    if (!created.ok) throw new Error(created.message.en)
    ids.push(created.value.id)
  }
  return { client, ids }
}

const library = (page: Page) => page.getByRole('navigation', { name: 'লেখার তালিকা' })

test('search folds Bengali spelling variants and Bengali/Latin digits', async ({ page }) => {
  await seed([
    { headline: 'নয়াপল্টনে সমাবেশ', body: 'বিকেলে 2024 সালের প্রথম বড় সমাবেশ হলো।' },
    { headline: 'বন্দরে জাহাজজট', body: 'চট্টগ্রাম বন্দরে অপেক্ষায় ২৫টি জাহাজ।' }
  ])
  await page.goto(host!.url)
  const search = page.getByRole('searchbox', { name: 'খুঁজুন' })
  // য় typed as য + nukta, and Bengali digits for a year stored in Latin digits.
  await search.fill('নয\u09BCাপল্টন')
  await expect(library(page).getByRole('button', { name: /নয়াপল্টনে সমাবেশ/ })).toBeVisible()
  await expect(library(page).getByRole('button', { name: /বন্দরে জাহাজজট/ })).toHaveCount(0)
  await search.fill('২০২৪')
  await expect(library(page).getByRole('button', { name: /নয়াপল্টনে সমাবেশ/ })).toBeVisible()
  await search.fill('25টি')
  await expect(library(page).getByRole('button', { name: /বন্দরে জাহাজজট/ })).toBeVisible()
  await search.fill('')
  await expect(library(page).getByText('২টি লেখা')).toBeVisible()
})

test('a story goes to the trash, comes back, and the trash is emptied only after confirmation', async ({ page }) => {
  const { client, ids } = await seed([
    { headline: 'থাকবে এমন খবর', body: 'এক।' },
    { headline: 'ট্র্যাশে যাবে এমন খবর', body: 'দুই।' }
  ])
  await page.goto(host!.url)
  await library(page)
    .getByRole('button', { name: /ট্র্যাশে যাবে এমন খবর/ })
    .click()
  await page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: 'ট্র্যাশে ফেলুন' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'ট্র্যাশে রাখা হয়েছে' })).toBeVisible()
  await expect(library(page).getByRole('button', { name: /ট্র্যাশে যাবে এমন খবর/ })).toHaveCount(0)

  await library(page).getByRole('button', { name: 'ট্র্যাশ', exact: true }).click()
  await library(page).getByRole('button', { name: 'ফিরিয়ে আনুন: ট্র্যাশে যাবে এমন খবর' }).click()
  await library(page).getByRole('button', { name: 'লেখা', exact: true }).click()
  await expect(library(page).getByRole('button', { name: /ট্র্যাশে যাবে এমন খবর/ })).toBeVisible()

  await client.call('article.trash', { id: ids[1]! })
  await library(page).getByRole('button', { name: 'ট্র্যাশ', exact: true }).click()
  await page.getByRole('button', { name: 'ট্র্যাশ খালি করুন' }).click()
  const dialog = page.getByRole('dialog', { name: 'ট্র্যাশ খালি করুন' })
  await expect(dialog).toContainText('চিরতরে')
  await dialog.getByRole('button', { name: 'বাতিল' }).click()
  expect((await client.call('library.list', { trash: 'only' })).ok).toBe(true)
  await expect(library(page).getByText('১টি লেখা')).toBeVisible()
  await page.getByRole('button', { name: 'ট্র্যাশ খালি করুন' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'হ্যাঁ, চিরতরে মুছুন' }).click()
  await expect(library(page).getByText('ট্র্যাশ খালি।')).toBeVisible()
  const remaining = await client.call('library.list', { trash: 'include' })
  expect(remaining.ok && remaining.value.items.map((item) => item.headline)).toEqual(['থাকবে এমন খবর'])
})

test('revisions show a word diff and restore on top without losing the current text', async ({ page }) => {
  const { client, ids } = await seed([{ headline: 'বাজেট পেশ আজ', body: 'অর্থমন্ত্রী সংসদে বাজেট পেশ করবেন।' }])
  const id = ids[0]!
  await client.call('revision.snapshot', { id })
  const saved = await client.call('article.save', {
    id,
    baseRevision: 1,
    patch: { headline: 'বাজেট পেশ হলো', body: bodyFromPlainText('অর্থমন্ত্রী সংসদে বাজেট পেশ করেছেন।') }
  })
  expect(saved.ok).toBe(true)

  await page.goto(host!.url)
  await library(page)
    .getByRole('button', { name: /বাজেট পেশ হলো/ })
    .click()
  await page.getByRole('button', { name: 'সংস্করণসমূহ' }).click()
  const dialog = page.getByRole('dialog', { name: 'লেখার আগের সংস্করণ' })
  await expect(dialog.locator('del').first()).toHaveText('আজ')
  await expect(dialog.locator('ins').first()).toHaveText('হলো')
  await expect(dialog).toContainText('২ শব্দ যোগ, ২ শব্দ বাদ')
  await dialog.getByRole('button', { name: 'এই সংস্করণ ফিরিয়ে আনুন' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'সংস্করণটি ফিরিয়ে আনা হয়েছে' })).toBeVisible()
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue('বাজেট পেশ আজ')

  const revisions = await client.call('revision.list', { id })
  expect(revisions.ok && revisions.value.map((info) => [info.reason, info.headline])).toEqual([
    ['restore', 'বাজেট পেশ হলো'],
    ['manual', 'বাজেট পেশ আজ']
  ])
})
