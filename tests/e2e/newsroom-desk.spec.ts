/**
 * Three people, three browsers, one newsroom server on a throwaway PostgreSQL cluster: a reporter submits, the desk
 * sees it arrive live, takes it («আমাকে দিন»), returns it with a reason the reporter sees live, approves the
 * resubmission; the chief publishes; and a reporter's forged approve is refused by the server.
 */
import { expect, test, type Browser, type Page } from '@playwright/test'
import { addUser, newsroomDatabase, startNewsroom, type NewsroomProcess } from './newsroom-harness'
import type { PgCluster } from '../tools/pg-cluster'

const PASSWORD = 'নদীর-ধারে-৭'
const HEADLINE = 'যমুনার ভাঙনে বিলীন তিন গ্রাম'

let cluster: PgCluster
let newsroom: NewsroomProcess

test.beforeAll(async () => {
  test.setTimeout(180_000)
  const database = await newsroomDatabase('desk')
  cluster = database.cluster
  await addUser(database.db, 'rahima', 'reporter', PASSWORD)
  await addUser(database.db, 'karim', 'desk', PASSWORD, 'জাতীয়')
  await addUser(database.db, 'nasrin', 'chief', PASSWORD)
  newsroom = await startNewsroom(database.db)
})

test.afterAll(async () => {
  await newsroom?.stop()
  await cluster?.stop()
})

async function loggedIn(browser: Browser, name: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'bn-BD', timezoneId: 'Asia/Dhaka', viewport: { width: 1280, height: 860 } })
  const page = await context.newPage()
  await page.goto(newsroom.url)
  if (name === 'rahima') await page.screenshot({ path: 'test-results/newsroom/login-1280x860.png' })
  await page.getByLabel('ব্যবহারকারীর নাম').fill(name)
  await page.getByLabel('পাসওয়ার্ড').fill(PASSWORD)
  await page.getByRole('button', { name: 'প্রবেশ করুন' }).click()
  await expect(page.getByRole('button', { name: 'বেরিয়ে যান' })).toBeVisible()
  return page
}

const workflow = (page: Page) => page.getByRole('group', { name: 'লেখার ধাপ' })

/** Fills the story the way a reporter does: every checklist item, a photo from disk. */
async function writeStory(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'নতুন লেখা' }).click()
  await page.getByLabel('শিরোনাম', { exact: true }).fill(HEADLINE)
  await page.getByRole('textbox', { name: 'মূল লেখা' }).click()
  await page.keyboard.insertText('সিরাজগঞ্জের চৌহালীতে যমুনার ভাঙনে তিনটি গ্রাম নদীতে বিলীন হয়েছে।')
  await expect(page.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()
}

test('reporter, desk and chief on one server: submit, live arrival, take, return with a reason, approve, publish', async ({ browser }) => {
  test.setTimeout(240_000)
  const reporter = await loggedIn(browser, 'rahima')
  const desk = await loggedIn(browser, 'karim')
  const chief = await loggedIn(browser, 'nasrin')

  // Roles come from the server: nobody can pick «প্রধান সম্পাদক».
  await expect(reporter.getByRole('combobox', { name: 'প্রোফাইল' })).toHaveCount(0)
  await expect(reporter.getByRole('banner')).toContainText('rahima')

  await writeStory(reporter)
  await workflow(reporter).getByRole('button', { name: 'জমা দিন' }).click()
  await reporter.getByRole('dialog', { name: 'লেখাটি এখনো অসম্পূর্ণ' }).getByRole('button', { name: 'তবুও জমা দিন' }).click()
  await expect(workflow(reporter)).toContainText('অবস্থা: জমা')

  // The desk is told at once, and finds it in the shared queue.
  await expect(desk.getByText(`নতুন লেখা জমা পড়েছে: ${HEADLINE}`)).toBeVisible()
  // Its list follows too: the story shows as submitted there.
  await expect(desk.getByRole('navigation', { name: 'লেখার তালিকা' }).getByRole('button', { name: new RegExp(HEADLINE) })).toContainText(
    'জমা'
  )
  await desk.getByRole('button', { name: 'ডেস্কের সারি' }).click()
  const queue = desk.getByRole('main', { name: 'ডেস্কের সারি' })
  const submitted = queue.getByRole('region', { name: /^জমা পড়েছে/ })
  const card = submitted.getByRole('article', { name: HEADLINE })
  await expect(card).toBeVisible()
  await card.getByRole('button', { name: 'আমাকে দিন' }).click()
  await expect(card.getByText('দায়িত্বে: karim')).toBeVisible()
  // What the README shows (tests/screenshots/newsroom-queue.png is copied from here by hand when the queue changes).
  await desk.screenshot({ path: 'test-results/newsroom/queue-1280x860.png' })
  await card.getByRole('button', { name: `খুলুন: ${HEADLINE}` }).click()
  await workflow(desk).getByRole('button', { name: 'সম্পাদনার জন্য নিন' }).click()
  await expect(workflow(desk)).toContainText('অবস্থা: সম্পাদনা চলছে')
  await workflow(desk).getByRole('button', { name: 'ফেরত পাঠান' }).click()
  const reason = desk.getByRole('dialog', { name: 'ফেরত পাঠান' })
  await reason.getByLabel('কারণ').fill('ছবি ও ছবির সূত্র দিন')
  await reason.getByRole('button', { name: 'ফেরত পাঠান' }).click()
  await expect(workflow(desk)).toContainText('অবস্থা: ফেরত')

  // The reporter sees the return and its reason live, without reloading.
  await expect(reporter.getByText(`আপনার লেখা ফেরত এসেছে: ${HEADLINE} — কারণ: ছবি ও ছবির সূত্র দিন`)).toBeVisible()

  // The reporter adds what was missing and resubmits; a forged approve from the reporter's page is refused.
  const forged = await reporter.evaluate(async () => {
    const list = await fetch('/api/library.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    const id = ((await list.json()) as { value: { items: { id: string }[] } }).value.items[0]!.id
    const response = await fetch('/api/article.transition', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ id, action: 'approve' })
    })
    return (await response.json()) as { ok: boolean; code?: string }
  })
  expect(forged).toMatchObject({ ok: false, code: 'forbidden' })

  await reporter.reload()
  await reporter
    .getByRole('navigation', { name: 'লেখার তালিকা' })
    .getByRole('button', { name: new RegExp(HEADLINE) })
    .click()
  await reporter.getByLabel('প্রতিবেদক', { exact: true }).fill('নিজস্ব প্রতিবেদক')
  await reporter.getByLabel('বিভাগ', { exact: true }).fill('সারাদেশ')
  await reporter.getByLabel('প্রকাশের সময়', { exact: true }).fill('2024-01-21T14:27')
  const lead = reporter.getByRole('group', { name: 'প্রধান ছবি' })
  await lead.getByLabel('ছবি বাছুন').setInputFiles('tests/fixtures/images/village.jpg')
  await lead.getByLabel('ক্যাপশন', { exact: true }).fill('ভাঙনের মুখে বসতভিটা')
  await lead.getByLabel('ছবির সূত্র', { exact: true }).fill('সংগৃহীত')
  await lead.getByLabel('বিকল্প লেখা', { exact: true }).fill('নদীর পাড়ে ভাঙা ঘর')
  await expect(reporter.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()
  await workflow(reporter).getByRole('button', { name: 'জমা দিন' }).click()
  await expect(workflow(reporter)).toContainText('অবস্থা: জমা')

  await desk.getByRole('button', { name: 'ডেস্কের সারি' }).click()
  await desk
    .getByRole('main', { name: 'ডেস্কের সারি' })
    .getByRole('button', { name: `খুলুন: ${HEADLINE}` })
    .first()
    .click()
  await workflow(desk).getByRole('button', { name: 'সম্পাদনার জন্য নিন' }).click()
  await workflow(desk).getByRole('button', { name: 'অনুমোদন দিন' }).click()
  await desk.getByRole('dialog', { name: 'লেখাটি অনুমোদন দেবেন?' }).getByRole('button', { name: 'অনুমোদন দিন' }).click()
  await expect(workflow(desk)).toContainText('অবস্থা: অনুমোদিত')
  // The desk cannot publish: only the chief's page offers it, and the server would refuse it anyway.
  await expect(workflow(desk).getByRole('button', { name: 'প্রকাশ করুন' })).toHaveCount(0)

  await chief.getByRole('button', { name: 'ডেস্কের সারি' }).click()
  const approved = chief.getByRole('main', { name: 'ডেস্কের সারি' }).getByRole('region', { name: /^অনুমোদিত/ })
  await approved.getByRole('button', { name: `খুলুন: ${HEADLINE}` }).click()
  await workflow(chief).getByRole('button', { name: 'প্রকাশ করুন' }).click()
  await chief.getByRole('dialog', { name: 'লেখাটি প্রকাশ করবেন?' }).getByRole('button', { name: 'প্রকাশ করুন' }).click()
  await expect(workflow(chief)).toContainText('অবস্থা: প্রকাশিত')
  await expect(reporter.getByText(`প্রকাশিত হয়েছে: ${HEADLINE}`)).toBeVisible()

  // The record names each person as the server knew them.
  await chief.getByRole('button', { name: 'ডেস্কের সারি' }).click()
  await expect(chief.getByRole('main', { name: 'ডেস্কের সারি' }).getByRole('region', { name: /^আজ প্রকাশিত/ })).toContainText(HEADLINE)
})
