import { expect, test, type Page } from '@playwright/test'
import { becomeProfile, completeStory, moveThrough, openStory, useScenes, valueOf, workflowGroup } from './trust-harness'

const scene = useScenes()
const checklist = (page: Page) => page.getByRole('region', { name: /^অনুমোদনের তালিকা/ })
const item = (page: Page, name: string, done: boolean) =>
  checklist(page).getByRole('button', { name: `${name} — ${done ? 'আছে' : 'বাকি'}`, exact: true })
const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()

test('the checklist ticks as the story is filled in, and each item takes the desk to its field', async ({ page }) => {
  const { host, api } = await scene()
  await becomeProfile(api, 'রহিমা খাতুন', 'reporter')
  await page.goto(host.url)
  await page.getByRole('button', { name: 'নতুন লেখা' }).click()
  for (const name of ['শিরোনাম', 'প্রতিবেদক', 'প্রকাশের সময়', 'বিভাগ', 'প্রধান ছবি']) await expect(item(page, name, false)).toBeVisible()
  // Without a photo, its caption, credit and alt text come with it: not listed apart.
  await expect(checklist(page).getByRole('button', { name: /ছবির ক্যাপশন/ })).toHaveCount(0)

  await page.getByLabel('শিরোনাম', { exact: true }).fill('হাওরে ধান কাটা শুরু')
  await saved(page)
  await expect(item(page, 'শিরোনাম', true)).toBeVisible()

  await item(page, 'প্রতিবেদক', false).click()
  const byline = page.getByLabel('প্রতিবেদক', { exact: true })
  await expect(byline).toBeFocused()
  await byline.fill('সিলেট প্রতিনিধি')
  await item(page, 'বিভাগ', false).click()
  await expect(page.getByLabel('বিভাগ', { exact: true })).toBeFocused()
  await expect(item(page, 'প্রতিবেদক', true)).toBeVisible()

  await item(page, 'প্রকাশের সময়', false).click()
  await expect(page.getByLabel('প্রকাশের সময়', { exact: true })).toBeFocused()

  const lead = page.getByRole('group', { name: 'প্রধান ছবি' })
  await item(page, 'প্রধান ছবি', false).click()
  await expect(lead.getByRole('button', { name: 'ছবি বাছুন' })).toBeFocused()
  await lead.getByLabel('ছবি বাছুন').setInputFiles('tests/fixtures/images/village.jpg')
  await expect(item(page, 'প্রধান ছবি', true)).toBeVisible()
  await item(page, 'ছবির ক্যাপশন', false).click()
  await expect(lead.getByLabel('ক্যাপশন', { exact: true })).toBeFocused()
  await lead.getByLabel('ক্যাপশন', { exact: true }).fill('হাওরে পাকা ধান')
  await item(page, 'ছবির সূত্র', false).click()
  await expect(lead.getByLabel('ছবির সূত্র', { exact: true })).toBeFocused()
  await expect(item(page, 'ছবির ক্যাপশন', true)).toBeVisible()
  await expect(item(page, 'ছবির বিকল্প লেখা', false)).toBeVisible()
})

test('the reporter is warned on «জমা দিন» when the story is incomplete, and approval stays refused by the services', async ({ page }) => {
  const { host, api } = await scene()
  await becomeProfile(api, 'রহিমা খাতুন', 'reporter')
  const incomplete = valueOf(await api.call('article.create', { content: { headline: 'বইমেলায় প্রথম সপ্তাহে রেকর্ড বিক্রি' } })).id
  await openStory(page, host, 'বইমেলায়')
  const workflow = workflowGroup(page)

  // Going back changes nothing.
  await workflow.getByRole('button', { name: 'জমা দিন' }).click()
  const warning = page.getByRole('dialog', { name: 'লেখাটি এখনো অসম্পূর্ণ' })
  await expect(warning.getByRole('button', { name: /^প্রতিবেদক — বাকি/ })).toBeVisible()
  await expect(warning.getByRole('button', { name: /^প্রধান ছবি — বাকি/ })).toBeVisible()
  await expect(warning.getByRole('button', { name: /^শিরোনাম/ })).toHaveCount(0)
  await expect(warning.getByRole('button', { name: 'ফিরে যান' })).toBeFocused()
  await warning.getByRole('button', { name: 'ফিরে যান' }).click()
  await expect(warning).toHaveCount(0)
  await expect(workflow).toContainText('অবস্থা: খসড়া')

  // A missing item in the warning takes the reporter to the field.
  await workflow.getByRole('button', { name: 'জমা দিন' }).click()
  await warning.getByRole('button', { name: /^বিভাগ — বাকি/ }).click()
  await expect(warning).toHaveCount(0)
  await expect(page.getByLabel('বিভাগ', { exact: true })).toBeFocused()
  await expect(workflow).toContainText('অবস্থা: খসড়া')

  // Submitted anyway, it goes to the desk.
  await workflow.getByRole('button', { name: 'জমা দিন' }).click()
  await warning.getByRole('button', { name: 'তবুও জমা দিন' }).click()
  await expect(workflow).toContainText('অবস্থা: জমা')
  expect(valueOf(await api.call('article.get', { id: incomplete })).status).toBe('submitted')

  // A complete story is submitted without a warning.
  await completeStory(api, { headline: 'হাওরে ধান কাটা শুরু' })
  await openStory(page, host, 'হাওরে ধান')
  await expect(checklist(page)).toHaveAccessibleName('অনুমোদনের তালিকা · সব আছে')
  await workflow.getByRole('button', { name: 'জমা দিন' }).click()
  await expect(workflow).toContainText('অবস্থা: জমা')
  await expect(warning).toHaveCount(0)

  // The desk cannot approve the incomplete one: the confirmation shows why, and offers no button to approve.
  await becomeProfile(api, 'করিম উদ্দিন', 'desk')
  await moveThrough(api, incomplete, ['take'])
  await openStory(page, host, 'বইমেলায়')
  await workflow.getByRole('button', { name: 'অনুমোদন দিন' }).click()
  const confirm = page.getByRole('dialog', { name: 'লেখাটি অনুমোদন দেবেন?' })
  await expect(confirm.getByRole('alert')).toContainText('এখন এই ধাপে যাওয়া যাবে না')
  await expect(confirm.getByRole('alert')).toContainText('অনুমোদনের আগে এগুলো লাগবে')
  await expect(confirm.getByRole('button', { name: 'অনুমোদন দিন' })).toHaveCount(0)
  await confirm.getByRole('button', { name: 'ফিরে যান' }).click()
  expect(valueOf(await api.call('article.get', { id: incomplete })).status).toBe('editing')
})

test('the slug is suggested from the headline, taken with one click, and kept as edited', async ({ page }) => {
  const { host, api } = await scene()
  await becomeProfile(api, 'করিম উদ্দিন', 'desk')
  await page.goto(host.url)
  await page.getByRole('button', { name: 'নতুন লেখা' }).click()
  await page.getByLabel('শিরোনাম', { exact: true }).fill('উজানের ঢলে তিস্তার পানি বিপৎসীমার ওপরে')
  const slug = page.getByLabel('স্লাগ')
  await expect(slug).toHaveValue('')
  await expect(page.getByText('ujaner-dhole-tistar-pani-bipotsimar-opore')).toBeVisible()
  await page.getByRole('button', { name: 'প্রস্তাবটি নিন' }).click()
  await expect(slug).toHaveValue('ujaner-dhole-tistar-pani-bipotsimar-opore')
  await expect(page.getByRole('button', { name: 'প্রস্তাবটি নিন' })).toHaveCount(0)
  await saved(page)
  await slug.fill('tista-flood')
  await page.getByLabel('বিভাগ', { exact: true }).click()
  await saved(page)
  const listed = valueOf(await api.call('library.list', {}))
  expect(valueOf(await api.call('article.get', { id: listed.items[0]!.id })).slug).toBe('tista-flood')
  // An edited slug still shows the suggestion beside it, to take back.
  await expect(page.getByRole('button', { name: 'প্রস্তাবটি নিন' })).toBeVisible()
})

test('a note and a move keep what the editor holds, and the next save goes through', async ({ page }) => {
  const { host, api } = await scene()
  await becomeProfile(api, 'রহিমা খাতুন', 'reporter')
  const id = valueOf(await api.call('article.create', { content: { headline: 'প্রথম শিরোনাম' } })).id
  await openStory(page, host, 'প্রথম শিরোনাম')
  const headline = page.getByLabel('শিরোনাম', { exact: true })
  await headline.fill('দ্বিতীয় শিরোনাম')
  await page.getByLabel('বিভাগ', { exact: true }).click()
  await saved(page)

  await page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: /^নোট/ }).click()
  const notes = page.getByRole('dialog', { name: 'সম্পাদকীয় নোট' })
  await notes.getByLabel('নতুন নোট').fill('ছবি পরে দিচ্ছি।')
  await notes.getByRole('button', { name: 'নোট যোগ করুন' }).click()
  await notes.getByRole('button', { name: 'বন্ধ করুন' }).click()
  await expect(headline).toHaveValue('দ্বিতীয় শিরোনাম')

  await workflowGroup(page).getByRole('button', { name: 'জমা দিন' }).click()
  await page.getByRole('dialog', { name: 'লেখাটি এখনো অসম্পূর্ণ' }).getByRole('button', { name: 'তবুও জমা দিন' }).click()
  await expect(workflowGroup(page)).toContainText('অবস্থা: জমা')
  await expect(headline).toHaveValue('দ্বিতীয় শিরোনাম')

  await headline.fill('তৃতীয় শিরোনাম')
  await page.getByLabel('বিভাগ', { exact: true }).click()
  await saved(page)
  await expect.poll(async () => valueOf(await api.call('article.get', { id })).headline).toBe('তৃতীয় শিরোনাম')
})
