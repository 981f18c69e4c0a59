/**
 * An offline reporter: a laptop (the local browser host on its own data folder) linked to a newsroom server keeps
 * working while the server is down — saves land locally, the status line counts what waits — and when the server is
 * back the edits and the submission arrive, and the desk sees them.
 */
import { expect, test, type Page } from '@playwright/test'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'
import { addUser, startNewsroom, type NewsroomProcess } from './newsroom-harness'
import { startPgCluster, type PgCluster } from '../tools/pg-cluster'

const PASSWORD = 'চরের-পথে-৯'
const FIRST = 'চরে নতুন স্কুল খুলল'
const OFFLINE = 'চরে নতুন স্কুল খুলল, প্রথম দিনেই দুশো শিশু'
const SECOND = 'নৌকায় করে স্কুলে যায় শিশুরা'

let cluster: PgCluster
let db: string
let newsroom: NewsroomProcess | undefined
let laptop: HostProcess | undefined

test.beforeAll(async () => {
  test.setTimeout(180_000)
  cluster = await startPgCluster()
})

test.afterEach(async () => {
  await laptop?.stop()
  await newsroom?.stop()
  laptop = undefined
  newsroom = undefined
})

test.afterAll(async () => {
  await cluster?.stop()
})

const connectionLine = (page: Page) => page.getByText(/^(সংযুক্ত|অফলাইন — .+|পাঠানো হচ্ছে — .+)$/)

test('edits made while the server is down arrive after it is back, and the desk sees them', async ({ page, browser }) => {
  test.setTimeout(300_000)
  // A database of its own for each run, so that a repeated run starts from an empty newsroom.
  db = await cluster.createDatabase(`offline_${Date.now()}`)
  await addUser(db, 'rahima', 'reporter', PASSWORD)
  await addUser(db, 'karim', 'desk', PASSWORD)
  newsroom = await startNewsroom(db)
  const port = Number(new URL(newsroom.url).port)
  laptop = await startBrowserHost(await makeDataDir())

  // The reporter links the laptop's library to the newsroom.
  await page.goto(laptop.url)
  await page.getByRole('button', { name: 'সেটিংস' }).click()
  const settings = page.getByRole('dialog', { name: 'সেটিংস' })
  await settings.getByLabel('সার্ভারের ঠিকানা').fill(newsroom.url)
  await settings.getByLabel('ব্যবহারকারীর নাম').fill('rahima')
  await settings.getByLabel('পাসওয়ার্ড').fill(PASSWORD)
  await settings.getByRole('button', { name: 'সংযুক্ত করুন' }).click()
  await expect(settings.getByRole('button', { name: 'সংযোগ বিচ্ছিন্ন করুন' })).toBeVisible()
  await settings.getByRole('button', { name: 'বাতিল' }).click()
  await expect(connectionLine(page)).toHaveText('সংযুক্ত')

  await page.getByRole('button', { name: 'নতুন লেখা' }).click()
  await page.getByLabel('শিরোনাম', { exact: true }).fill(FIRST)
  await page.getByRole('textbox', { name: 'মূল লেখা' }).click()
  await page.keyboard.insertText('চৌহালীর চরে আজ একটি নতুন প্রাথমিক বিদ্যালয়ের পাঠদান শুরু হয়েছে।')
  await expect(page.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()
  await expect(connectionLine(page)).toHaveText('সংযুক্ত')

  // The server goes away. The reporter keeps writing: every save lands on the laptop, and the line counts what waits.
  await newsroom.stop()
  newsroom = undefined
  await page.getByLabel('শিরোনাম', { exact: true }).fill(OFFLINE)
  await page.getByRole('textbox', { name: 'মূল লেখা' }).click()
  await page.keyboard.press('End')
  await page.keyboard.insertText(' প্রথম দিনেই দুশো শিশু ক্লাসে এসেছে।')
  await expect(page.getByRole('navigation', { name: 'লেখার তালিকা' }).getByRole('button', { name: new RegExp(OFFLINE) })).toBeVisible()
  await expect(connectionLine(page)).toHaveText(/^অফলাইন — [০-৯]+ টি পরিবর্তন পাঠানোর অপেক্ষায়$/, { timeout: 30_000 })
  await page.getByRole('group', { name: 'লেখার ধাপ' }).getByRole('button', { name: 'জমা দিন' }).click()
  await page.getByRole('dialog', { name: 'লেখাটি এখনো অসম্পূর্ণ' }).getByRole('button', { name: 'তবুও জমা দিন' }).click()
  await expect(page.getByRole('group', { name: 'লেখার ধাপ' })).toContainText('অবস্থা: জমা')

  await page.getByRole('button', { name: 'নতুন লেখা' }).click()
  // The new story is open (an empty headline, focused) before typing: not the one just submitted.
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toBeFocused()
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue('')
  await page.getByLabel('শিরোনাম', { exact: true }).fill(SECOND)
  // Saved on the laptop: the library lists it by its headline (the «সংরক্ষিত» of the story just created may still show).
  await expect(page.getByRole('navigation', { name: 'লেখার তালিকা' }).getByRole('button', { name: new RegExp(SECOND) })).toBeVisible()
  await expect(connectionLine(page)).toHaveText(/^অফলাইন — [০-৯]+ টি পরিবর্তন পাঠানোর অপেক্ষায়$/)

  // The server is back on the same address: the outbox drains by itself.
  newsroom = await startNewsroom(db, port)
  await expect(connectionLine(page)).toHaveText('সংযুক্ত', { timeout: 120_000 })

  // The desk sees the offline edit and the submission; the second story arrived as the reporter's draft.
  const deskContext = await browser.newContext({ locale: 'bn-BD', timezoneId: 'Asia/Dhaka' })
  const desk = await deskContext.newPage()
  await desk.goto(newsroom.url)
  await desk.getByLabel('ব্যবহারকারীর নাম').fill('karim')
  await desk.getByLabel('পাসওয়ার্ড').fill(PASSWORD)
  await desk.getByRole('button', { name: 'প্রবেশ করুন' }).click()
  await desk.getByRole('button', { name: 'ডেস্কের সারি' }).click()
  const submitted = desk.getByRole('main', { name: 'ডেস্কের সারি' }).getByRole('region', { name: /^জমা পড়েছে/ })
  await expect(submitted.getByRole('article', { name: OFFLINE })).toBeVisible()
  const stored = await desk.evaluate(async () => {
    const response = await fetch('/api/library.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })
    const page = (await response.json()) as { value: { items: { headline: string; status: string; wordCount: number }[] } }
    return page.value.items.map(({ headline, status }) => `${headline} · ${status}`).sort()
  })
  expect(stored).toEqual([`${OFFLINE} · submitted`, `${SECOND} · draft`].sort())
  await deskContext.close()
})
