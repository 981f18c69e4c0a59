import AxeBuilder from '@axe-core/playwright'
import { expect, test } from '@playwright/test'
import { createHttpClient } from '../../src/shared/http-client'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

const violations = async (builder: AxeBuilder) =>
  (await builder.analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
  )

test('the library, the trash, the settings, revisions and the preview have no axe-core violations, in both themes', async ({ browser }) => {
  host = await startBrowserHost(await makeDataDir())
  const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
  for (const headline of ['বাজেটে শিক্ষা খাতে বরাদ্দ বাড়ল', 'রাজধানীতে ডেঙ্গু পরিস্থিতি', 'ট্র্যাশে যাওয়া খবর']) {
    await client.call('article.create', {
      content: { headline, byline: 'নিজস্ব প্রতিবেদক', body: bodyFromPlainText(`${headline}। বিস্তারিত আসছে।`) }
    })
  }
  const listed = await client.call('library.list', {})
  if (!listed.ok) throw new Error('list')
  await client.call('article.trash', { id: listed.value.items.find((item) => item.headline === 'ট্র্যাশে যাওয়া খবর')!.id })

  // AxeBuilder needs pages from browser.newContext(), not browser.newPage().
  const context = await browser.newContext({ locale: 'bn-BD' })
  const page = await context.newPage()
  await page.goto(host.url)
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'গাঢ় থিম' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    const library = page.getByRole('navigation', { name: 'লেখার তালিকা' })
    await expect(library.getByRole('button', { name: /বাজেটে শিক্ষা/ })).toBeVisible()
    expect(await violations(new AxeBuilder({ page })), `library (${theme})`).toEqual([])

    await library.getByRole('button', { name: 'ট্র্যাশ', exact: true }).click()
    await expect(library.getByText('ট্র্যাশে যাওয়া খবর')).toBeVisible()
    expect(await violations(new AxeBuilder({ page })), `trash (${theme})`).toEqual([])
    await library.getByRole('button', { name: 'লেখা', exact: true }).click()

    await page.getByRole('button', { name: 'সেটিংস' }).click()
    await expect(page.getByRole('dialog', { name: 'সেটিংস' })).toBeVisible()
    expect(await violations(new AxeBuilder({ page }).include('dialog')), `settings (${theme})`).toEqual([])
    await page.getByRole('dialog', { name: 'সেটিংস' }).getByRole('button', { name: 'বাতিল' }).click()

    await library.getByRole('button', { name: /বাজেটে শিক্ষা/ }).click()
    await page.getByRole('button', { name: 'সংস্করণসমূহ' }).click()
    await expect(page.getByRole('dialog', { name: 'লেখার আগের সংস্করণ' })).toBeVisible()
    expect(await violations(new AxeBuilder({ page }).include('dialog')), `revisions (${theme})`).toEqual([])
    await page.getByRole('dialog', { name: 'লেখার আগের সংস্করণ' }).getByRole('button', { name: 'বন্ধ করুন' }).click()

    await page.keyboard.press('Control+p')
    await expect(page.getByRole('region', { name: 'প্রকাশিত পাতার প্রাকদর্শন' })).toBeVisible()
    expect(await violations(new AxeBuilder({ page }).exclude('iframe')), `desk with preview (${theme})`).toEqual([])
    await page.keyboard.press('Control+p')
  }
  await context.close()
})
