import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { formatPublishLine } from '../../src/shared/bangla/dates'
import { useDeskHost } from './desk-harness'

/**
 * The Bengali date-time field of the publish and update times: each way a reporter types a time, the live reader's
 * line, an unreadable entry (said in Bengali first, the last good time kept and never saved), the calendar by keyboard
 * alone (WAI-ARIA date picker dialog: arrows, Home/End, PageUp/PageDown, Enter, Escape), «এখন», axe-core on it.
 */
const harness = useDeskHost()

const violations = async (page: Page) =>
  (await new AxeBuilder({ page }).include('dialog').analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => `${node.target.join(' ')} ${node.failureSummary ?? ''}`).join(', ')}`
  )

const publishBox = (page: Page) => page.getByLabel('প্রকাশের সময়', { exact: true })

async function storedPublishedAt(headline: string): Promise<unknown> {
  return (await harness.storedArticle(headline))?.publishedAt
}

/** "2024-01-21" of today (+ days) in Dhaka. */
function dhakaDay(days = 0): string {
  const at = new Date(Date.now() + days * 86_400_000)
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Dhaka', year: 'numeric', month: '2-digit', day: '2-digit' }).format(at)
}

const TYPED: Array<{ typed: string; iso: () => string }> = [
  { typed: '২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম', iso: () => '2024-01-21T14:27:00+06:00' },
  { typed: '২১/০১/২০২৪ ১৪:২৭', iso: () => '2024-01-21T14:27:00+06:00' },
  { typed: '21/01/2024 02:27 PM', iso: () => '2024-01-21T14:27:00+06:00' },
  { typed: '5 February 2024 9:05', iso: () => '2024-02-05T09:05:00+06:00' },
  { typed: 'আজ ৩টা', iso: () => `${dhakaDay()}T15:00:00+06:00` },
  { typed: 'গতকাল সন্ধ্যা ৭টা', iso: () => `${dhakaDay(-1)}T19:00:00+06:00` }
]

test('each way of typing a time: the reader’s line live, the stored instant, the box written as the paper prints it', async ({ page }) => {
  const headline = 'সময় লেখার পরীক্ষা'
  await harness.newArticle(page, headline)
  const box = publishBox(page)
  for (const { typed, iso } of TYPED) {
    const expected = iso()
    // The settings' default pads days 1–9 («০৫ ফেব্রুয়ারি»), as the page does.
    const line = formatPublishLine(expected, { padDay: true })
    await box.fill(typed)
    await expect(page.getByText(line, { exact: true }), typed).toBeVisible()
    await expect(box).not.toHaveAttribute('aria-invalid')
    await box.press('Enter')
    await expect(box).toHaveValue(formatPublishLine(expected, { padDay: true, prefix: '' }))
    await box.blur()
    await expect.poll(() => storedPublishedAt(headline), typed).toBe(expected)
  }
})

test('what cannot be read is said in Bengali first, and the last good time stays — never saved, also after a reload', async ({ page }) => {
  const headline = 'ভুল সময়ের পরীক্ষা'
  await harness.newArticle(page, headline)
  const box = publishBox(page)
  await box.fill('২১/০১/২০২৪ ১৪:২৭')
  await box.blur()
  await expect.poll(() => storedPublishedAt(headline)).toBe('2024-01-21T14:27:00+06:00')

  // A half-typed year, as the old datetime box let through («01/21/202402»).
  await box.fill('২১/০১/২০২৪০২ ১৪:২৭')
  await expect(box).toHaveAttribute('aria-invalid', 'true')
  await expect(page.getByText('বছর চার অঙ্কে লিখুন (যেমন ২০২৪)')).toBeVisible()
  await expect(page.getByText('Write the year with four digits (e.g. 2024)')).toBeVisible()
  await expect(page.getByText('আগের সময়টিই থাকছে: প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')).toBeVisible()
  // The words a reporter might type that are not a time.
  await box.fill('কাল বিকেলের দিকে')
  await expect(page.getByText(/তারিখের ধরন বোঝা যায়নি/)).toBeVisible()
  await box.fill('২১/০১/২০২৪ ২৫:৯০')
  await expect(page.getByText('সময়টি সঠিক নয়', { exact: true })).toBeVisible()
  await box.blur()
  // The bad text stays in the box to be fixed; the story keeps its good time.
  await expect(box).toHaveValue('২১/০১/২০২৪ ২৫:৯০')
  await page.getByLabel('স্লাগ', { exact: true }).fill('bhul-somoy')
  await expect.poll(async () => (await harness.storedArticle(headline))?.slug).toBe('bhul-somoy')
  expect(await storedPublishedAt(headline)).toBe('2024-01-21T14:27:00+06:00')
  await page.reload()
  await page
    .getByRole('navigation', { name: 'লেখার তালিকা' })
    .getByRole('button', { name: new RegExp(headline) })
    .click()
  await expect(publishBox(page)).toHaveValue('২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')

  // Emptying the box clears the time.
  await publishBox(page).fill('')
  await expect(page.getByText('সময় ঠিক করা হয়নি')).toHaveCount(2)
  await publishBox(page).blur()
  await expect.poll(() => storedPublishedAt(headline)).toBeNull()
})

test('the calendar by keyboard only: Alt+↓ opens it, arrows, Home/End, PageUp/PageDown, Enter picks, Escape closes', async ({
  browser
}) => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  const headline = 'ক্যালেন্ডার পরীক্ষা'
  await harness.newArticle(page, headline)
  const box = publishBox(page)
  await box.fill('২১/০১/২০২৪ ১৪:২৭')

  await box.press('Alt+ArrowDown')
  const calendar = page.getByRole('dialog', { name: 'জানুয়ারি ২০২৪' })
  await expect(calendar).toBeVisible()
  const grid = calendar.getByRole('grid')
  // The week starts on Saturday, in Bengali; the field's day has focus and is selected.
  await expect(grid.getByRole('columnheader')).toHaveText(['শনি', 'রবি', 'সোম', 'মঙ্গল', 'বুধ', 'বৃহস্পতি', 'শুক্র'])
  const focusedDay = page.locator('dialog td:focus')
  await expect(focusedDay).toHaveAccessibleName('২১ জানুয়ারি ২০২৪, রবিবার')
  await expect(focusedDay).toHaveAttribute('aria-selected', 'true')
  expect(await violations(page)).toEqual([])
  await page.screenshot({ path: test.info().outputPath('calendar-1280.png') })

  await page.keyboard.press('ArrowRight')
  await expect(focusedDay).toHaveAccessibleName('২২ জানুয়ারি ২০২৪, সোমবার')
  await page.keyboard.press('ArrowDown')
  await expect(focusedDay).toHaveAccessibleName('২৯ জানুয়ারি ২০২৪, সোমবার')
  await page.keyboard.press('PageDown')
  await expect(page.getByRole('dialog', { name: 'ফেব্রুয়ারি ২০২৪' })).toBeVisible()
  await expect(focusedDay).toHaveAccessibleName('২৯ ফেব্রুয়ারি ২০২৪, বৃহস্পতিবার')
  await page.keyboard.press('PageUp')
  await page.keyboard.press('PageUp')
  await expect(focusedDay).toHaveAccessibleName('২৯ ডিসেম্বর ২০২৩, শুক্রবার')
  // Home and End: the week's Saturday and Friday.
  await page.keyboard.press('Home')
  await expect(focusedDay).toHaveAccessibleName('২৩ ডিসেম্বর ২০২৩, শনিবার')
  await page.keyboard.press('End')
  await expect(focusedDay).toHaveAccessibleName('২৯ ডিসেম্বর ২০২৩, শুক্রবার')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(calendar).toBeHidden()
  await expect(page.getByRole('dialog')).toHaveCount(0)
  // The day changed, the time of day stayed; focus is back in the box.
  await expect(box).toHaveValue('২২ ডিসেম্বর ২০২৩, ০২:২৭ পিএম')
  await expect(box).toBeFocused()
  await expect.poll(() => storedPublishedAt(headline)).toBe('2023-12-22T14:27:00+06:00')

  // Escape closes without a change; the button opens it too, and focus returns to the button.
  await box.press('Alt+ArrowDown')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(box).toHaveValue('২২ ডিসেম্বর ২০২৩, ০২:২৭ পিএম')
  await expect(box).toBeFocused()
  const opener = page.getByRole('button', { name: 'প্রকাশের সময়: ক্যালেন্ডার খুলুন' })
  await opener.focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog', { name: 'ডিসেম্বর ২০২৩' })).toBeVisible()
  // Tab stays inside the dialog: the month buttons, the grid's one day, «আজ», «বন্ধ করুন».
  for (let i = 0; i < 6; i++) await page.keyboard.press('Tab')
  await expect(page.getByRole('dialog').locator(':focus')).toHaveCount(1)
  await page.keyboard.press('Escape')
  await expect(opener).toBeFocused()

  // «এখন»: today's date and time.
  await page.getByRole('button', { name: 'প্রকাশের সময়: এখন' }).click()
  await expect.poll(async () => String(await storedPublishedAt(headline)).slice(0, 10)).toBe(dhakaDay())
  await context.close()
})

test('the calendar at 1024×700 opens where it fits, and passes axe-core in the dark theme', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 1024, height: 700 } })
  const page = await context.newPage()
  await harness.newArticle(page, 'ছোট পর্দায় ক্যালেন্ডার')
  await page.getByRole('button', { name: 'গাঢ় থিম' }).click()
  await page.getByLabel('আপডেটের সময়', { exact: true }).fill('০৫/০২/২০২৪ ১৮:০৫')
  await expect(page.getByText('আপডেট : ০৫ ফেব্রুয়ারি ২০২৪, ০৬:০৫ পিএম', { exact: true })).toBeVisible()
  await page.getByRole('button', { name: 'আপডেটের সময়: ক্যালেন্ডার খুলুন' }).click()
  const calendar = page.getByRole('dialog', { name: 'ফেব্রুয়ারি ২০২৪' })
  await expect(calendar).toBeVisible()
  await expect(calendar).toBeInViewport({ ratio: 1 })
  expect(await violations(page)).toEqual([])
  await page.screenshot({ path: test.info().outputPath('calendar-1024.png') })
  await page.keyboard.press('Escape')
  await context.close()
})
