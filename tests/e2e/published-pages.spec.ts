import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { createHttpClient } from '../../src/shared/http-client'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

const SECRET = 'SECRET DRAFT: embargoed until Friday'

test('the preview rail lists only published stories as links, and published text is changed only through a correction', async ({
  page
}) => {
  host = await startBrowserHost(await makeDataDir())
  const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
  await client.call('profile.save', { profile: { name: 'প্রধান সম্পাদক', role: 'chief', desk: '' } })
  await client.call('settings.update', { patch: { site: { siteUrl: 'https://dainikbarta.example' } } })
  const photo = await client.call('media.put', {
    name: 'v.jpg',
    dataBase64: (await readFile('tests/fixtures/images/village.jpg')).toString('base64')
  })
  if (!photo.ok) throw new Error(photo.message.en)
  const published = await client.call('article.create', {
    content: {
      headline: 'যমুনার ভাঙনে বিলীন তিন গ্রাম',
      byline: 'নিজস্ব প্রতিবেদক',
      section: 'সারাদেশ',
      publishedAt: '2024-01-21T14:27:00+06:00',
      leadImage: { mediaId: photo.value.mediaId, caption: 'ভাঙনের মুখে বসতভিটা', credit: 'সংগৃহীত', alt: 'নদীর পাড়ে ভাঙা ঘর' },
      body: bodyFromPlainText('তিনটি গ্রাম নদীতে বিলীন হয়েছে।')
    }
  })
  if (!published.ok) throw new Error('create')
  for (const action of ['submit', 'take', 'approve', 'publish'] as const) {
    const moved = await client.call('article.transition', { id: published.value.id, action })
    if (!moved.ok) throw new Error(moved.message.en)
  }
  await client.call('article.create', { content: { headline: SECRET, body: bodyFromPlainText('গোপন।') } })
  await client.call('article.create', { content: { headline: 'হাওরে ধান কাটা শুরু', body: bodyFromPlainText('কৃষকেরা ধান কাটছেন।') } })

  await page.goto(host.url)
  const library = page.getByRole('navigation', { name: 'লেখার তালিকা' })
  await library.getByRole('button', { name: /হাওরে ধান কাটা/ }).click()
  await page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: 'প্রাকদর্শন' }).click()
  const frame = page.frameLocator('iframe[title="পাঠকেরা যেমন দেখবেন"]')
  const railLink = frame.locator('aside.rail a')
  await expect(railLink).toHaveText(['যমুনার ভাঙনে বিলীন তিন গ্রাম'])
  await expect(railLink).toHaveAttribute('href', 'https://dainikbarta.example/jomunar-bhangne-bilin-tin-gram')
  await expect(frame.locator('body')).not.toContainText('SECRET')

  // The published story: its text is locked, with the reason; a correction opens a working copy.
  await library.getByRole('button', { name: /যমুনার ভাঙনে/ }).click()
  const headline = page.getByLabel('শিরোনাম', { exact: true })
  await expect(headline).toBeDisabled()
  await expect(page.getByRole('note').filter({ hasText: 'সংশোধন করুন' })).toContainText('লেখাটি প্রকাশিত')
  const workflow = page.getByRole('group', { name: 'লেখার ধাপ' })
  await workflow.getByRole('button', { name: 'সংশোধন করুন' }).click()
  await expect(workflow).toContainText('অবস্থা: সম্পাদনা চলছে')
  await headline.fill('যমুনার ভাঙনে বিলীন চার গ্রাম')
  await expect(page.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()
  const exported = await client.call('export.article', { id: published.value.id, format: 'html' })
  const html = exported.ok ? Buffer.from(exported.value.files[0]!.dataBase64, 'base64').toString('utf8') : ''
  expect(html).toContain('<h1>যমুনার ভাঙনে বিলীন তিন গ্রাম</h1>')
  expect(html).not.toContain('চার গ্রাম')
})
