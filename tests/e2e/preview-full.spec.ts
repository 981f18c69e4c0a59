import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { createHttpClient } from '../../src/shared/http-client'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

/**
 * The preview you can read (issue 14, item 1): the page at full size in a view of its own, a side pane whose width the
 * user picks (and that is remembered), the story details reachable while the preview is open, Escape to leave — and
 * the lead photo in the first preview after every reload.
 */
let host: HostProcess | undefined

test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

const HEADLINE = 'কুয়াশায় ঢাকা উত্তরের গ্রাম, ফেরি চলাচল বন্ধ'

async function storyWithPhoto(current: HostProcess): Promise<void> {
  const client = createHttpClient({ baseUrl: current.origin, token: current.token, fetch })
  const photo = await client.call('media.put', {
    name: 'village.jpg',
    dataBase64: (await readFile('tests/fixtures/images/village.jpg')).toString('base64')
  })
  if (!photo.ok) throw new Error(photo.message.en)
  const created = await client.call('article.create', {
    content: {
      headline: HEADLINE,
      byline: 'নিজস্ব প্রতিবেদক',
      body: bodyFromPlainText('ভোর থেকে ঘন কুয়াশা। দুপুর পর্যন্ত ফেরি চলেনি।'),
      leadImage: { mediaId: photo.value.mediaId, caption: 'কুয়াশায় ঢাকা গ্রাম', credit: 'সংগৃহীত', alt: 'কুয়াশা' }
    }
  })
  if (!created.ok) throw new Error(created.message.en)
}

const FRAME = 'iframe[title="পাঠকেরা যেমন দেখবেন"]'
const library = (page: Page) => page.getByRole('navigation', { name: 'লেখার তালিকা' })
const pane = (page: Page) => page.getByRole('region', { name: 'প্রকাশিত পাতার প্রাকদর্শন' })

/** The lead photo in the side pane's frame has arrived and decoded. */
async function leadPhotoShown(page: Page): Promise<boolean> {
  const img = pane(page).frameLocator(FRAME).locator('figure.lead img')
  if ((await img.count()) === 0) return false
  return img.evaluate((element: HTMLImageElement) => element.complete && element.naturalWidth > 0)
}

async function openStory(page: Page): Promise<void> {
  await page.goto(host!.url)
  await library(page)
    .getByRole('button', { name: new RegExp(HEADLINE) })
    .click()
}

test('the lead photo is in the first preview after every reload', async ({ page }) => {
  test.setTimeout(180_000)
  host = await startBrowserHost(await makeDataDir())
  await storyWithPhoto(host)
  for (let round = 1; round <= 12; round++) {
    await openStory(page)
    // As fast as a user with the shortcut: the preview opens while the story is still being read.
    await page.keyboard.press('Control+p')
    await expect(pane(page).frameLocator(FRAME).locator('h1')).toContainText(HEADLINE)
    await expect.poll(() => leadPhotoShown(page), { message: `the photo after reload ${round}` }).toBe(true)
  }
})

test('photo reads that fail do not leave the preview without its photo', async ({ page }) => {
  host = await startBrowserHost(await makeDataDir())
  await storyWithPhoto(host)
  await openStory(page)
  // The desk has shown its own copy of the photo; the next two reads of it — the preview's — fail.
  await expect(page.getByRole('group', { name: 'প্রধান ছবি' }).locator('img')).toHaveJSProperty('complete', true)
  let failed = 0
  await page.route('**/api/media.get', async (route) => {
    if (failed >= 2) return route.continue()
    failed += 1
    await route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify({ ok: false, code: 'io', message: { bn: 'ডিস্ক ব্যস্ত।', en: 'The disk was busy.' } })
    })
  })
  await page.keyboard.press('Control+p')
  await expect(pane(page).frameLocator(FRAME).locator('h1')).toContainText(HEADLINE)
  await expect.poll(() => failed).toBe(2)
  await expect.poll(() => leadPhotoShown(page)).toBe(true)
})

test('the page at full size in a view of its own; Escape leaves it, then closes the pane, and the focus comes back', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  host = await startBrowserHost(await makeDataDir())
  await storyWithPhoto(host)
  await openStory(page)
  const previewButton = page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: 'প্রাকদর্শন' })
  await previewButton.click()
  await expect(pane(page)).toBeVisible()
  // Beside the editor the desktop page is shrunk to the pane; full size it is 1280 CSS pixels wide, unscaled.
  const sideWidth = (await pane(page).locator(FRAME).boundingBox())!.width
  expect(sideWidth).toBeLessThan(700)

  const fullButton = pane(page).getByRole('button', { name: 'পূর্ণ আকারে' })
  await fullButton.click()
  const full = page.getByRole('dialog', { name: 'পূর্ণ আকারে প্রাকদর্শন' })
  await expect(full).toBeVisible()
  const frame = full.locator(FRAME)
  await expect(full.frameLocator(FRAME).locator('h1')).toContainText(HEADLINE)
  expect((await frame.boundingBox())!.width).toBeCloseTo(1280, 0)
  // The view covers the window, and its way back is on screen.
  const dialogBox = (await full.boundingBox())!
  expect(dialogBox.width).toBeGreaterThanOrEqual(1279)
  expect(dialogBox.height).toBeGreaterThanOrEqual(799)
  await expect(full.getByRole('button', { name: 'ফিরে যান' })).toBeInViewport({ ratio: 1 })
  // The widths work here too: mobile is 375 wide, at real size.
  await full.getByRole('button', { name: 'মোবাইল', exact: true }).click()
  await expect.poll(async () => Math.round((await frame.boundingBox())!.width)).toBe(375)
  await full.getByRole('button', { name: 'ডেস্কটপ', exact: true }).click()

  await page.keyboard.press('Escape')
  await expect(full).toBeHidden()
  await expect(fullButton).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(pane(page)).toBeHidden()
  await expect(previewButton).toBeFocused()
  await expect(previewButton).toHaveAttribute('aria-pressed', 'false')

  // From the editor too: Ctrl+P opens it, Escape closes it and the text keeps the focus.
  const body = page.getByRole('textbox', { name: 'মূল লেখা' })
  await body.click()
  await page.keyboard.press('Control+p')
  await expect(pane(page)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(pane(page)).toBeHidden()
  await expect(body).toBeFocused()
})

test('the side pane takes the width the user gives it, by keyboard or by dragging, and keeps it after a reload', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  host = await startBrowserHost(await makeDataDir())
  await storyWithPhoto(host)
  await openStory(page)
  await page.keyboard.press('Control+p')
  const splitter = page.getByRole('separator', { name: 'প্রাকদর্শনের প্রস্থ' })
  await expect(splitter).toHaveAttribute('aria-valuenow', '40')
  const before = (await pane(page).boundingBox())!.width

  await splitter.focus()
  await page.keyboard.press('ArrowLeft')
  await page.keyboard.press('ArrowLeft')
  await expect(splitter).toHaveAttribute('aria-valuenow', '50')
  await expect.poll(async () => (await pane(page).boundingBox())!.width).toBeGreaterThan(before + 60)
  await page.keyboard.press('End')
  await expect(splitter).toHaveAttribute('aria-valuenow', '75')
  await page.keyboard.press('Home')
  await expect(splitter).toHaveAttribute('aria-valuenow', '25')

  // Dragged to the middle of the desk: about half of it.
  const desk = (await page.locator('main.desk').boundingBox())!
  const handle = (await splitter.boundingBox())!
  await page.mouse.move(handle.x + handle.width / 2, handle.y + 200)
  await page.mouse.down()
  await page.mouse.move(desk.x + desk.width * 0.4, handle.y + 200, { steps: 5 })
  await page.mouse.up()
  const dragged = Number(await splitter.getAttribute('aria-valuenow'))
  expect(dragged).toBeGreaterThanOrEqual(58)
  expect(dragged).toBeLessThanOrEqual(62)

  await page.reload()
  await library(page)
    .getByRole('button', { name: new RegExp(HEADLINE) })
    .click()
  await page.keyboard.press('Control+p')
  await expect(page.getByRole('separator', { name: 'প্রাকদর্শনের প্রস্থ' })).toHaveAttribute('aria-valuenow', String(dragged))
})

test('with the preview open the story details are one button away', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  host = await startBrowserHost(await makeDataDir())
  await storyWithPhoto(host)
  await openStory(page)
  const details = page.getByRole('complementary', { name: 'লেখার তথ্য' })
  const jump = page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: 'লেখার তথ্যে যান' })
  // Beside the writing column there is room: the details are on screen and the button is not needed.
  await expect(details.getByLabel('প্রতিবেদক')).toBeInViewport()
  await expect(jump).toBeHidden()
  await page.keyboard.press('Control+p')
  await expect(pane(page)).toBeVisible()
  await expect(jump).toBeVisible()
  await jump.click()
  await expect(details.getByLabel('প্রতিবেদক')).toBeFocused()
  await expect(details.getByLabel('প্রতিবেদক')).toBeInViewport()
  await expect(details.getByLabel('প্রতিবেদক')).toHaveValue('নিজস্ব প্রতিবেদক')
})
