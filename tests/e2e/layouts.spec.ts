import { expect, test, type Locator, type Page } from '@playwright/test'
import { writeFile } from 'node:fs/promises'
import { completeStory, libraryNav, moveThrough, useScenes, valueOf, workflowGroup } from './trust-harness'

/**
 * Layouts from 1024 px (issue 14, item 4): the desk with a story open and its preview beside it, at 1024×700,
 * 1280×800, 1366×768 and 1920×1080, in both themes. Nothing is clipped: no sideways scroll, every story button and
 * move shown whole (not «ট» for «নোট»), the masthead on one row with its date line whole and clear of «নতুন লেখা»,
 * the story's text starting above the fold, the preview's close button on screen. Each takes a picture; `npm run screenshot:layouts` files them as tests/screenshots/desk-<size>-<theme>.png (shown in
 * the README).
 */
const scene = useScenes()

const SIZES = [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 }
]
const HEADLINE = 'শৈত্যপ্রবাহে কাঁপছে উত্তরাঞ্চল, তেঁতুলিয়ায় ৭ ডিগ্রি সেলসিয়াস'

/**
 * Whether an element is shown whole: inside the window, inside every ancestor that clips it, and its own content not
 * cut (a button whose label overflows it is not shown whole). Returns what is wrong, or '' when nothing is.
 */
function clipped(locator: Locator): Promise<string> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect()
    if (box.width === 0 || box.height === 0) return 'not laid out'
    if (box.left < 0 || box.top < 0 || box.right > window.innerWidth + 0.5 || box.bottom > window.innerHeight + 0.5)
      return `outside the window: ${JSON.stringify(box)}`
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent)
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue
      const frame = parent.getBoundingClientRect()
      if (box.left < frame.left - 0.5 || box.right > frame.right + 0.5 || box.top < frame.top - 0.5 || box.bottom > frame.bottom + 0.5)
        return `cut by ${parent.tagName.toLowerCase()}.${parent.className}`
    }
    if (element.scrollWidth > element.clientWidth + 1) return `its text overflows (${element.scrollWidth} > ${element.clientWidth})`
    return ''
  })
}

async function expectWhole(locator: Locator, what: string): Promise<void> {
  const count = await locator.count()
  expect(count, `${what}: none found`).toBeGreaterThan(0)
  for (let index = 0; index < count; index++) {
    const item = locator.nth(index)
    const name = `${what} «${((await item.textContent()) ?? '').trim()}»`
    expect(await clipped(item), name).toBe('')
  }
}

async function checkLayout(page: Page, label: string): Promise<void> {
  // No sideways scroll anywhere on the page.
  const overflow = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - window.innerWidth,
    body: document.body.scrollWidth - window.innerWidth
  }))
  expect(overflow, `${label}: sideways scroll`).toEqual({ page: 0, body: 0 })

  // The masthead: one row, the date line shown whole and clear of the buttons.
  const masthead = page.locator('header.masthead')
  const newStory = masthead.getByRole('button', { name: 'নতুন লেখা' })
  expect((await masthead.boundingBox())!.height, `${label}: masthead on one row`).toBeLessThan(72)
  const dateLine = masthead.locator('.date-line .fit')
  await expect(dateLine, `${label}: the date line`).toHaveText(/\d|[০-৯]/)
  expect(await clipped(dateLine), `${label}: the date line`).toBe('')
  const line = (await dateLine.boundingBox())!
  expect(line.height, `${label}: the date line on one line`).toBeLessThan(30)
  expect(line.x + line.width, `${label}: the date line clear of «নতুন লেখা»`).toBeLessThanOrEqual((await newStory.boundingBox())!.x)
  await expectWhole(masthead.getByRole('button'), `${label}: masthead button`)

  // The story's buttons and moves, whole.
  await expectWhole(page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button'), `${label}: story button`)
  await expectWhole(workflowGroup(page).getByRole('button'), `${label}: move`)
  // Above the fold: the story's text starts on screen, above the status bar (the head of the desk does not push it off).
  const body = (await page.getByRole('textbox', { name: 'মূল লেখা' }).boundingBox())!
  const statusBar = (await page.locator('.status-bar').boundingBox())!
  expect(body.y + 40, `${label}: the story's text in sight`).toBeLessThanOrEqual(statusBar.y)
  // The preview's own buttons, the close button among them, on screen.
  const preview = page.getByRole('region', { name: 'প্রকাশিত পাতার প্রাকদর্শন' })
  await expectWhole(preview.getByRole('button', { name: 'বন্ধ করুন' }), `${label}: preview close`)
  await expectWhole(preview.getByRole('button'), `${label}: preview button`)
  // The library's tabs, whole.
  await expectWhole(libraryNav(page).getByRole('group', { name: 'লেখার তালিকা' }).getByRole('button'), `${label}: library tab`)
  // The desk's four views, named whole, and back.
  await libraryNav(page).getByRole('button', { name: 'ডেস্ক', exact: true }).click()
  await expectWhole(libraryNav(page).getByRole('group', { name: 'ডেস্কের লেখা' }).getByRole('button'), `${label}: desk view`)
  await expectWhole(libraryNav(page).locator('li').getByRole('button'), `${label}: desk card`)
  await libraryNav(page).getByRole('button', { name: 'লেখা', exact: true }).click()
}

for (const size of SIZES) {
  const name = `${size.width}x${size.height}`
  test(`the desk at ${name} in both themes: nothing clipped; screenshots`, async ({ page }) => {
    const { host, api } = await scene()
    const id = await completeStory(api, { headline: HEADLINE, publishedAt: undefined })
    await completeStory(api, { headline: 'বইমেলায় প্রথম সপ্তাহে রেকর্ড বিক্রি, প্রকাশকেরা খুশি' })
    const submitted = await completeStory(api, { headline: 'রাজধানীতে মেট্রোরেলের নতুন সময়সূচি আজ থেকে' })
    await moveThrough(api, submitted, ['submit'])
    valueOf(await api.call('article.get', { id }))

    await page.setViewportSize(size)
    await page.goto(host.url)
    await libraryNav(page)
      .getByRole('button', { name: new RegExp(HEADLINE.slice(0, 20)) })
      .click()
    await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue(HEADLINE)
    await page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: 'প্রাকদর্শন' }).click()
    const frame = page.getByRole('region', { name: 'প্রকাশিত পাতার প্রাকদর্শন' }).frameLocator('iframe[title="পাঠকেরা যেমন দেখবেন"]')
    await expect(frame.locator('figure.lead img')).toBeVisible()

    for (const theme of ['light', 'dark'] as const) {
      if (theme === 'dark') await page.getByRole('button', { name: 'গাঢ় থিম' }).click()
      await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
      await page.evaluate(() => document.fonts.ready)
      await checkLayout(page, `${name} ${theme}`)
      // Let the photo decode and the preview settle before the picture is taken.
      await expect
        .poll(() => frame.locator('figure.lead img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
        .toBe(true)
      await page.mouse.move(0, size.height - 1)
      // Every run keeps its pictures with the test's results; `npm run screenshot:layouts` also files them for the README
      // (not every run: the date line and «এইমাত্র» change, and a test run should not change tracked files).
      const picture = await page.screenshot({ path: test.info().outputPath(`desk-${name}-${theme}.png`) })
      await test.info().attach(`desk-${name}-${theme}`, { body: picture, contentType: 'image/png' })
      if (process.env.BARTA_UPDATE_SCREENSHOTS === '1') await writeFile(`tests/screenshots/desk-${name}-${theme}.png`, picture)
    }
  })
}
