/**
 * Newsroom screens drawn against a UI FIXTURE (tests/e2e/ui-fixture/fake-newsroom.ts): a fake of the newsroom's part of
 * the contract, so the login, the desk queue, the edit-lock banner, the notifications and a laptop's connection line
 * can be looked at (screenshots at 1280×800 and 1024×700 in test-results/ui-fixture/), checked for layout and with
 * axe-core. The behaviour against the real server is proved by the lead's tests/e2e/newsroom-*.spec.ts.
 */
import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { startFakeNewsroom, USERS, type FakeNewsroom } from './ui-fixture/fake-newsroom'

const SIZES = [
  { width: 1280, height: 800 },
  { width: 1024, height: 700 }
]
const [reporter, karim, nasrin] = USERS as [(typeof USERS)[0], (typeof USERS)[0], (typeof USERS)[0]]

let fake: FakeNewsroom
test.beforeEach(async () => {
  fake = await startFakeNewsroom()
})
test.afterEach(async () => {
  await fake.stop()
})

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).exclude('iframe').analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
  )

async function shoot(page: Page, name: string): Promise<void> {
  for (const size of SIZES) {
    await page.setViewportSize(size)
    await page.waitForTimeout(150)
    // Nothing wider than the window: the page never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${name} fits ${size.width}`).toBe(true)
    await page.screenshot({ path: `test-results/ui-fixture/${name}-${size.width}x${size.height}.png` })
  }
}

/** Stories in every column: created and submitted by the reporter, one taken by the desk and held by নাসরিন. */
async function seed(): Promise<Record<string, string>> {
  const h = fake.services.handlers
  const ids: Record<string, string> = {}
  await h['profile.switch']({ id: reporter.id })
  const headlines = [
    'যমুনার ভাঙনে বিলীন তিন গ্রাম',
    'রাজধানীতে ডেঙ্গু পরিস্থিতির অবনতি',
    'বাজেটে শিক্ষা খাতে বরাদ্দ বাড়ল',
    'পদ্মা সেতুতে রেকর্ড যান চলাচল'
  ]
  for (const headline of headlines) {
    const created = await h['article.create']({
      content: { headline, byline: 'নিজস্ব প্রতিবেদক', section: 'সারাদেশ', body: bodyFromPlainText(`${headline}। বিস্তারিত আসছে।`) }
    })
    if (!created.ok) throw new Error('create')
    ids[headline] = created.value.id
    await h['article.transition']({ id: created.value.id, action: 'submit' })
  }
  await h['profile.switch']({ id: nasrin.id })
  await h['article.transition']({ id: ids[headlines[1]!]!, action: 'take' })
  fake.locks.set(ids[headlines[1]!]!, { holder: nasrin, since: new Date().toISOString() })
  fake.assignees.set(ids[headlines[1]!]!, nasrin)
  await h['article.transition']({ id: ids[headlines[2]!]!, action: 'take' })
  return ids
}

async function login(page: Page, name: string) {
  await page.getByLabel('ব্যবহারকারীর নাম').fill(name)
  await page.getByLabel('পাসওয়ার্ড').fill('pass')
  await page.getByRole('button', { name: 'প্রবেশ করুন' }).click()
}

test('the login screen, its refusals, and the user in the top bar (UI fixture)', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'bn-BD' })
  const page = await context.newPage()
  await page.goto(fake.origin)
  await expect(page.getByRole('heading', { name: 'বার্তা নিউজরুমে প্রবেশ' })).toBeVisible()
  await shoot(page, 'login')
  expect(await violations(page), 'login').toEqual([])

  await page.getByLabel('ব্যবহারকারীর নাম').fill(karim.login)
  await page.getByLabel('পাসওয়ার্ড').fill('wrong')
  await page.getByRole('button', { name: 'প্রবেশ করুন' }).click()
  await expect(page.getByRole('alert')).toContainText('ব্যবহারকারীর নাম বা পাসওয়ার্ড ঠিক নয়। The user name or password is wrong.')
  fake.rateLimitNext = true
  await page.getByRole('button', { name: 'প্রবেশ করুন' }).click()
  await expect(page.getByRole('alert')).toContainText('৬০ সেকেন্ড পরে আবার চেষ্টা করুন।')
  await shoot(page, 'login-rate-limited')
  fake.rateLimitNext = false

  await login(page, karim.login)
  const masthead = page.getByRole('banner')
  await expect(masthead.getByText(karim.name)).toBeVisible()
  await expect(masthead.getByText('ডেস্ক সম্পাদক')).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'প্রোফাইল' })).toHaveCount(0)
  // No token in the page: every call goes with the cookie only.
  const request = page.waitForRequest((r) => r.url().includes('/api/'))
  await page.getByRole('button', { name: 'ডেস্কের সারি' }).click()
  expect((await request).headers()['x-barta-token']).toBeUndefined()

  await page.getByRole('button', { name: 'বেরিয়ে যান' }).click()
  await expect(page.getByRole('button', { name: 'প্রবেশ করুন' })).toBeVisible()
  await context.close()
})

test('the desk queue, the «… কে দিন» menu, the lock banner and the notifications (UI fixture)', async ({ browser }) => {
  const ids = await seed()
  const context = await browser.newContext({ locale: 'bn-BD' })
  const page = await context.newPage()
  await page.goto(fake.origin)
  await login(page, karim.login)
  await page.getByRole('button', { name: 'ডেস্কের সারি' }).click()
  const queue = page.getByRole('main', { name: 'ডেস্কের সারি' })
  for (const column of ['জমা পড়েছে', 'সম্পাদনায়', 'অনুমোদিত', 'আজ প্রকাশিত']) {
    await expect(queue.getByRole('region', { name: new RegExp(`^${column}`) })).toBeVisible()
  }
  await expect(queue.getByText(`এখন সম্পাদনা করছেন: ${nasrin.name}`)).toBeVisible()
  await shoot(page, 'queue')
  expect(await violations(page), 'queue').toEqual([])

  const card = queue.getByRole('article', { name: 'যমুনার ভাঙনে বিলীন তিন গ্রাম' })
  await card.getByRole('button', { name: '… কে দিন' }).click()
  for (const person of USERS.filter((user) => user.role !== 'reporter')) {
    await expect(card.getByRole('menuitem', { name: `${person.name} কে দিন`, exact: true })).toBeVisible()
  }
  await shoot(page, 'queue-assign-menu')
  expect(await violations(page), 'assign menu').toEqual([])
  await card.getByRole('menuitem', { name: `${nasrin.name} কে দিন` }).click()
  await expect(card.getByText(`দায়িত্বে: ${nasrin.name}`)).toBeVisible()
  await card.getByRole('button', { name: 'আমাকে দিন' }).click()
  await expect(card.getByText(`দায়িত্বে: ${karim.name}`)).toBeVisible()

  // A story নাসরিন is editing opens read-only, with her name and the take-over.
  await queue.getByRole('button', { name: 'খুলুন: রাজধানীতে ডেঙ্গু পরিস্থিতির অবনতি' }).click()
  await expect(page.getByText(`এখন সম্পাদনা করছেন: ${nasrin.name}`)).toBeVisible()
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toBeDisabled()

  fake.emit({
    storyId: ids['যমুনার ভাঙনে বিলীন তিন গ্রাম']!,
    kind: 'submit',
    headline: 'যমুনার ভাঙনে বিলীন তিন গ্রাম',
    by: reporter,
    ownerId: reporter.id
  })
  fake.emit({
    storyId: ids['পদ্মা সেতুতে রেকর্ড যান চলাচল']!,
    kind: 'publish',
    headline: 'পদ্মা সেতুতে রেকর্ড যান চলাচল',
    by: USERS[3]!,
    ownerId: reporter.id
  })
  const news = page.getByRole('region', { name: 'নিউজরুমের খবর' })
  await expect(news).toContainText('নতুন লেখা জমা পড়েছে: যমুনার ভাঙনে বিলীন তিন গ্রাম')
  await expect(news).toContainText('প্রকাশিত হয়েছে: পদ্মা সেতুতে রেকর্ড যান চলাচল')
  await shoot(page, 'lock-banner-and-notifications')
  expect(await violations(page), 'lock banner and notifications').toEqual([])

  await page.getByRole('button', { name: 'দায়িত্ব নিন' }).click()
  await expect(page.getByText(`এখন সম্পাদনা করছেন: ${nasrin.name}`)).toHaveCount(0)
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toBeEnabled()

  // নাসরিন takes it back unannounced: my next save is refused as 'held' — the banner, and my text stays.
  const dengue = ids['রাজধানীতে ডেঙ্গু পরিস্থিতির অবনতি']!
  fake.locks.set(dengue, { holder: nasrin, since: new Date().toISOString() })
  const typed = 'রাজধানীতে ডেঙ্গু পরিস্থিতির আরও অবনতি'
  await page.getByLabel('শিরোনাম', { exact: true }).fill(typed)
  await expect(page.getByText(`এখন সম্পাদনা করছেন: ${nasrin.name}`)).toBeVisible()
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue(typed)
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toBeDisabled()
  // Taken over again, the kept text is saved.
  await page.getByRole('button', { name: 'দায়িত্ব নিন' }).click()
  await expect
    .poll(async () => {
      const stored = await fake.services.handlers['article.get']({ id: dengue })
      return stored.ok ? stored.value.headline : ''
    })
    .toBe(typed)

  // নাসরিন takes it back: I am told, and the editor turns read-only again.
  fake.locks.set(ids['রাজধানীতে ডেঙ্গু পরিস্থিতির অবনতি']!, { holder: nasrin, since: new Date().toISOString() })
  fake.emit({
    storyId: ids['রাজধানীতে ডেঙ্গু পরিস্থিতির অবনতি']!,
    kind: 'locked',
    headline: 'রাজধানীতে ডেঙ্গু পরিস্থিতির অবনতি',
    by: nasrin,
    ownerId: reporter.id,
    // The server names the previous holder in a take-over's note.
    note: karim.id
  })
  await expect(news).toContainText(`${nasrin.name} আপনার কাছ থেকে সম্পাদনার দায়িত্ব নিয়েছেন`)
  await expect(page.getByText(`এখন সম্পাদনা করছেন: ${nasrin.name}`)).toBeVisible()
  await context.close()
})

test('an ended session asks for the login over the editor and saves the text typed before it (UI fixture)', async ({ browser }) => {
  const ids = await seed()
  const context = await browser.newContext({ locale: 'bn-BD' })
  const page = await context.newPage()
  await page.goto(fake.origin)
  await login(page, reporter.login)
  await page
    .getByRole('navigation', { name: 'লেখার তালিকা' })
    .getByRole('button', { name: /পদ্মা সেতুতে/ })
    .click()
  const headline = page.getByLabel('শিরোনাম', { exact: true })
  await expect(headline).toBeEnabled()
  // Typed, then the session ends before the autosave (~0.8 s later) sends it: the save meets the ended session.
  await headline.fill('পদ্মা সেতুতে রেকর্ড যান চলাচল, ঈদের আগে')
  fake.expireSessions()
  const dialog = page.getByRole('dialog', { name: 'বার্তা নিউজরুমে প্রবেশ' })
  await expect(dialog).toBeVisible()
  await shoot(page, 'session-expired')
  await login(page, reporter.login)
  await expect(dialog).toHaveCount(0)
  await expect(headline).toHaveValue('পদ্মা সেতুতে রেকর্ড যান চলাচল, ঈদের আগে')
  await expect
    .poll(async () => {
      const stored = await fake.services.handlers['article.get']({ id: ids['পদ্মা সেতুতে রেকর্ড যান চলাচল']! })
      return stored.ok ? stored.value.headline : ''
    })
    .toBe('পদ্মা সেতুতে রেকর্ড যান চলাচল, ঈদের আগে')
  await context.close()
})

test("a laptop's connection: the status line and the «নিউজরুম» settings (UI fixture)", async ({ browser }) => {
  const ids = await seed()
  fake.transport = 'http'
  fake.connection = {
    configured: true,
    serverUrl: 'http://newsroom.local:8080/',
    user: reporter,
    online: false,
    pending: 3,
    conflicts: [ids['যমুনার ভাঙনে বিলীন তিন গ্রাম']!],
    lastSyncAt: null,
    lastError: null
  }
  const context = await browser.newContext({ locale: 'bn-BD' })
  const page = await context.newPage()
  await page.goto(fake.origin)
  await expect(page.getByText('অফলাইন — ৩ টি পরিবর্তন পাঠানোর অপেক্ষায়')).toBeVisible()
  await expect(page.getByRole('button', { name: 'মিলিয়ে দেখুন: যমুনার ভাঙনে বিলীন তিন গ্রাম' })).toBeVisible()
  await shoot(page, 'status-line-offline')
  expect(await violations(page), 'status line').toEqual([])
  fake.connection = { ...fake.connection, online: true, pending: 2, conflicts: [] }
  await expect(page.getByText('পাঠানো হচ্ছে — ২ টি পরিবর্তন')).toBeVisible({ timeout: 8000 })
  fake.connection = { ...fake.connection, pending: 0 }
  await expect(page.getByText('সংযুক্ত', { exact: true })).toBeVisible({ timeout: 8000 })

  await page.getByRole('button', { name: 'সেটিংস' }).click()
  const settings = page.getByRole('dialog', { name: 'সেটিংস' })
  await expect(settings.getByRole('button', { name: 'সংযোগ বিচ্ছিন্ন করুন' })).toBeVisible()
  fake.connection = { ...fake.connection, configured: false, user: null }
  await settings.getByRole('button', { name: 'বাতিল' }).click()
  await page.waitForTimeout(5500)
  await page.getByRole('button', { name: 'সেটিংস' }).click()
  await expect(settings.getByLabel('সার্ভারের ঠিকানা')).toBeVisible()
  await expect(settings.getByRole('button', { name: 'সংযুক্ত করুন' })).toBeVisible()
  await shoot(page, 'settings-newsroom')
  expect(await violations(page), 'settings').toEqual([])
  await context.close()
})
