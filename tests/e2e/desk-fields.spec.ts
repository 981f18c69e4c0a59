import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

/**
 * The desk's article fields: each one typed, autosaved to the article's own file on disk and back after a reload;
 * the English switch; axe-core on the desk; the layout at 1280×800 and 1920×1080 (with a screenshot for review).
 */
test.describe.configure({ mode: 'parallel' })

let host: HostProcess

test.beforeAll(async () => {
  host = await startBrowserHost(await makeDataDir())
})

test.afterAll(async () => {
  await host?.stop()
})

type Stored = Record<string, unknown> & { headline: string; body: { content: { content?: { text?: string }[] }[] } }

async function storedArticle(headline: string): Promise<Stored | null> {
  try {
    const folder = join(host.dataDir, 'articles')
    for (const name of await readdir(folder)) {
      if (!name.endsWith('.json')) continue
      const { article } = JSON.parse(await readFile(join(folder, name), 'utf8')) as { article: Stored }
      if (article.headline === headline) return article
    }
  } catch {
    // Not written yet: expect.poll asks again.
  }
  return null
}

async function newArticle(page: Page, headline: string): Promise<void> {
  await page.goto(host.url)
  await page.getByRole('button', { name: 'নতুন লেখা' }).click()
  const headlineBox = page.getByLabel('শিরোনাম', { exact: true })
  await expect(headlineBox).toBeFocused()
  await headlineBox.fill(headline)
}

test('every field is typed, saved to the article file on disk, and comes back after a reload', async ({ page }) => {
  const headline = 'সব ঘর পরীক্ষা: বাজেট পেশ আজ'
  await newArticle(page, headline)
  const field = (label: string) => page.getByLabel(label, { exact: true })

  await field('উপশিরোনাম').fill('সংসদে দুপুরে বাজেট উপস্থাপন করবেন অর্থমন্ত্রী')
  await field('প্রতিবেদক').fill('নিজস্ব প্রতিবেদক')
  await field('ডেটলাইন').fill('ঢাকা')
  await field('বিভাগ').fill('অর্থনীতি')
  await field('ট্যাগ').fill('বাজেট, সংসদ , অর্থনীতি, বাজেট,')
  await field('সারসংক্ষেপ').fill('আজ জাতীয় সংসদে নতুন অর্থবছরের বাজেট পেশ করা হবে।')
  await field('সংস্করণ').selectOption({ label: 'প্রিন্ট সংস্করণ' })
  await field('প্রকাশের সময়').fill('2024-06-06T15:00')
  await field('আপডেটের সময়').fill('2024-06-06T18:05')
  await field('স্লাগ').fill('budget-2024-25')
  await field('সম্পাদকীয় নোট').fill('অর্থ মন্ত্রণালয়ের সংখ্যাগুলো মিলিয়ে নিতে হবে।')
  const body = page.getByRole('textbox', { name: 'মূল লেখা' })
  await body.click()
  await page.keyboard.insertText('অর্থমন্ত্রী আজ বিকেল তিনটায় বাজেট পেশ করবেন।')

  // The lines readers will see appear beside the times, in Dhaka time.
  await expect(page.getByText('প্রকাশ : ০৬ জুন ২০২৪, ০৩:০০ পিএম')).toBeVisible()
  await expect(page.getByText('আপডেট : ০৬ জুন ২০২৪, ০৬:০৫ পিএম')).toBeVisible()
  // Live counts under the editor.
  await expect(page.getByText('৭ শব্দ', { exact: true })).toBeVisible()
  await expect(page.getByText('১ অনুচ্ছেদ', { exact: true })).toBeVisible()

  const expected = {
    headline,
    subheadline: 'সংসদে দুপুরে বাজেট উপস্থাপন করবেন অর্থমন্ত্রী',
    byline: 'নিজস্ব প্রতিবেদক',
    dateline: 'ঢাকা',
    section: 'অর্থনীতি',
    tags: ['বাজেট', 'সংসদ', 'অর্থনীতি'],
    summary: 'আজ জাতীয় সংসদে নতুন অর্থবছরের বাজেট পেশ করা হবে।',
    edition: 'print',
    publishedAt: '2024-06-06T15:00:00+06:00',
    contentUpdatedAt: '2024-06-06T18:05:00+06:00',
    slug: 'budget-2024-25',
    ednote: 'অর্থ মন্ত্রণালয়ের সংখ্যাগুলো মিলিয়ে নিতে হবে।'.normalize('NFC'),
    body: {
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'অর্থমন্ত্রী আজ বিকেল তিনটায় বাজেট পেশ করবেন।'.normalize('NFC') }] }]
    }
  }
  await expect.poll(() => storedArticle(headline)).toMatchObject(expected)

  await page.reload()
  await page
    .getByRole('navigation', { name: 'লেখার তালিকা' })
    .getByRole('button', { name: new RegExp(headline) })
    .click()
  await expect(field('শিরোনাম')).toHaveValue(headline)
  await expect(field('উপশিরোনাম')).toHaveValue(expected.subheadline)
  await expect(field('প্রতিবেদক')).toHaveValue(expected.byline)
  await expect(field('ডেটলাইন')).toHaveValue(expected.dateline)
  await expect(field('বিভাগ')).toHaveValue(expected.section)
  await expect(field('ট্যাগ')).toHaveValue('বাজেট, সংসদ, অর্থনীতি')
  await expect(field('সারসংক্ষেপ')).toHaveValue(expected.summary)
  await expect(field('সংস্করণ')).toHaveValue('print')
  // The time boxes write the stored times as the paper prints them (days 1–9 padded, the house default).
  await expect(field('প্রকাশের সময়')).toHaveValue('০৬ জুন ২০২৪, ০৩:০০ পিএম')
  await expect(field('আপডেটের সময়')).toHaveValue('০৬ জুন ২০২৪, ০৬:০৫ পিএম')
  await expect(field('স্লাগ')).toHaveValue(expected.slug)
  await expect(field('সম্পাদকীয় নোট')).toHaveValue(expected.ednote)
  await expect(body).toHaveText(expected.body.content[0]?.content[0]?.text ?? '')
  await expect(page.getByText('প্রকাশ : ০৬ জুন ২০২৪, ০৩:০০ পিএম')).toBeVisible()
})

test('the headline is required and warns past 80 characters, counted as readers count them', async ({ page }) => {
  await newArticle(page, 'ক্ষুদ্র')
  const headlineBox = page.getByLabel('শিরোনাম', { exact: true })
  await expect(headlineBox).toHaveAttribute('required', '')
  // Graphemes, not code points: «ক্ষুদ্র» is two characters (ক্ষু, দ্র), not seven.
  await expect(page.getByText('২/৮০ অক্ষর')).toBeVisible()
  const long = 'পদ্মা সেতুতে ঈদের ছুটিতে এক দিনে রেকর্ড সংখ্যক যানবাহন পার হয়েছে, টোল আদায়ও ছাড়িয়েছে আগের সব হিসাব, জানাল সেতু কর্তৃপক্ষ শনিবার রাতে'
  await headlineBox.fill(long)
  await expect(page.getByText(/শিরোনাম ৮০ অক্ষরের চেয়ে লম্বা/)).toBeVisible()
  await expect(headlineBox).toHaveAttribute('aria-invalid', 'true')
  await headlineBox.fill('ছোট শিরোনাম')
  await expect(page.getByText(/অক্ষরের চেয়ে লম্বা/)).toBeHidden()
})

test('switching the interface to English relabels every field, and back', async ({ page }) => {
  await newArticle(page, 'ভাষা বদল')
  await page.getByRole('button', { name: 'Switch the interface to English' }).click()
  for (const label of [
    'Headline',
    'Subheadline',
    'Byline',
    'Dateline',
    'Section',
    'Tags',
    'Summary',
    'Edition',
    'Publish time',
    'Update time',
    'Slug',
    'Editorial note'
  ]) {
    await expect(page.getByLabel(label, { exact: true })).toBeVisible()
  }
  await expect(page.getByRole('textbox', { name: 'Body' })).toBeVisible()
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveCount(0)
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' })
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeVisible()
  await expect(toolbar.getByRole('button', { name: 'Phonetic' })).toBeVisible()
  await expect(page.getByLabel('Edition', { exact: true }).locator('option:checked')).toHaveText('Online edition')
  await expect(page.getByText('0 words', { exact: true })).toBeVisible()

  await page.getByRole('button', { name: 'ইন্টারফেস বাংলায় দেখান' }).click()
  await expect(page.getByRole('textbox', { name: 'মূল লেখা' })).toBeVisible()
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue('ভাষা বদল')
})

test('the desk passes axe-core, with the find panel open too', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'bn-BD', timezoneId: 'Asia/Dhaka' })
  const page = await context.newPage()
  await newArticle(page, 'অ্যাক্সেসিবিলিটি পরীক্ষা')
  await page.getByLabel('প্রকাশের সময়', { exact: true }).fill('2024-01-21T14:27')
  await page.getByRole('textbox', { name: 'মূল লেখা' }).click()
  await page.keyboard.insertText('প্রথম অনুচ্ছেদ।')
  const axe = () => new AxeBuilder({ page })
  const desk = await axe().analyze()
  expect(desk.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual(
    []
  )

  await page.keyboard.press('Control+H')
  await page.getByLabel('যা খুঁজবেন').fill('প্রথম')
  const withPanel = await axe().analyze()
  expect(
    withPanel.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  ).toEqual([])
  await context.close()
})

for (const viewport of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 }
]) {
  test(`the desk fits ${viewport.width}×${viewport.height} without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize(viewport)
    await newArticle(page, 'পদ্মা সেতুতে রেকর্ড যান চলাচল')
    await page.getByLabel('প্রতিবেদক', { exact: true }).fill('নিজস্ব প্রতিবেদক')
    await page.getByLabel('বিভাগ', { exact: true }).fill('জাতীয়')
    await page.getByLabel('প্রকাশের সময়', { exact: true }).fill('2024-04-13T14:27')
    await page.getByRole('textbox', { name: 'মূল লেখা' }).click()
    await page.keyboard.insertText('ঈদের ছুটিতে শনিবার এক দিনে পদ্মা সেতু পার হয়েছে ৪২ হাজার যানবাহন।')
    await page.keyboard.press('Enter')
    await page.keyboard.insertText('সেতু কর্তৃপক্ষ জানিয়েছে, টোল আদায় হয়েছে ৩ কোটি টাকার বেশি।')
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
    expect(overflow).toBeLessThanOrEqual(0)
    // Filling the publish time scrolled the details column; look at the desk as it opens, from the top.
    await page.evaluate(() => document.querySelectorAll('*').forEach((pane) => pane.scrollTop > 0 && pane.scrollTo(0, 0)))
    // The three panes sit side by side: headline, toolbar, body and the details column all on the first screen.
    for (const name of ['শিরোনাম', 'প্রতিবেদক', 'বিভাগ']) await expect(page.getByLabel(name, { exact: true })).toBeInViewport()
    await expect(page.getByRole('toolbar', { name: 'লেখার বিন্যাস' })).toBeInViewport()
    await expect(page.getByRole('textbox', { name: 'মূল লেখা' })).toBeInViewport()
    await expect(page.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()
    // DESK_SCREENSHOTS=dir keeps the pictures somewhere a test run does not clean.
    const folder = process.env.DESK_SCREENSHOTS ?? test.info().outputDir
    await mkdir(folder, { recursive: true })
    await page.screenshot({ path: join(folder, `desk-${viewport.width}x${viewport.height}.png`) })
  })
}
