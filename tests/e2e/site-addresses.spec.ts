import { expect, test } from '@playwright/test'
import { useScenes, valueOf } from './trust-harness'

const scene = useScenes()

test('the site address and follow link are labelled, a bad address is refused with the reason beside it, a good one is saved', async ({
  page
}) => {
  const { host, api } = await scene()
  await page.goto(host.url)
  await page.getByRole('button', { name: 'সেটিংস' }).click()
  const settings = page.getByRole('dialog', { name: 'সেটিংস' })
  const siteUrl = settings.getByLabel('সাইটের ঠিকানা')
  const followUrl = settings.getByLabel('অনুসরণের লিংক')
  await expect(settings.getByLabel('অনুসরণের লাইন')).toBeVisible()
  await expect(settings.getByLabel('লাইনের যে অংশে লিংক থাকবে')).toBeVisible()

  // A right-to-left override would show readers one address and lead them to another.
  await siteUrl.fill('https://dainikbarta.example\u202E/moc.live')
  await followUrl.fill('news.google.com')
  await settings.getByRole('button', { name: 'সংরক্ষণ করুন' }).click()
  await expect(settings.getByRole('alert')).toHaveText('সেটিংস সংরক্ষণ হয়নি; চিহ্নিত ঘরগুলো ঠিক করুন।')
  await expect(siteUrl).toHaveAttribute('aria-invalid', 'true')
  await expect(siteUrl).toHaveAccessibleDescription(/http:\/\/ বা https:\/\/ দিয়ে শুরু/)
  await expect(followUrl).toHaveAttribute('aria-invalid', 'true')
  expect(valueOf(await api.call('settings.get', {})).site.siteUrl).toBe('')

  // Corrected, the marks go as the fields are fixed, and the save goes through.
  await siteUrl.fill('https://dainikbarta.example')
  await expect(siteUrl).not.toHaveAttribute('aria-invalid', 'true')
  await followUrl.fill(' https://news.google.com/publications/barta ')
  await settings.getByRole('button', { name: 'সংরক্ষণ করুন' }).click()
  await expect(settings).toHaveCount(0)
  await expect(page.getByText('সেটিংস সংরক্ষিত হয়েছে।')).toBeVisible()
  const site = valueOf(await api.call('settings.get', {})).site
  expect(site.siteUrl).toBe('https://dainikbarta.example')
  expect(site.followUrl).toBe('https://news.google.com/publications/barta')
})
