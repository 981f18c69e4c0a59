import { expect, test, type Locator } from '@playwright/test'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { libraryNav, useScenes, valueOf } from './trust-harness'

/**
 * Find shows what it found (issue 14, item 2): in a story longer than the screen, every match is highlighted, and
 * «পরেরটি» brings the current one — marked apart from the others — into view, even when it was far off screen; the
 * position line and the mark agree.
 */
const scene = useScenes()

/**
 * Whether the whole element is on screen: inside the window and inside every ancestor that clips it (the editor's
 * scrolling column), measured from the layout rather than trusted to a scroll call.
 */
function onScreen(match: Locator): Promise<boolean> {
  return match.evaluate((element) => {
    const box = element.getBoundingClientRect()
    if (box.top < 0 || box.bottom > window.innerHeight || box.height === 0) return false
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflowY === 'visible') continue
      const frame = parent.getBoundingClientRect()
      if (box.top < frame.top || box.bottom > frame.bottom) return false
    }
    return true
  })
}

const HEADLINE = 'ইলিশের দাম বাড়ল চাঁদপুরে'
const WORD = 'জাটকা'

function longStory(): string {
  const paragraphs: string[] = []
  for (let n = 1; n <= 90; n++) {
    const mention = n === 2 || n === 80 ? ` এখানে ${WORD} ধরার কথা এসেছে।` : ''
    paragraphs.push(`অনুচ্ছেদ ${n.toLocaleString('bn-BD')}: মেঘনা নদীর মোহনায় জেলেরা ভোর থেকে জাল ফেলেছেন, তবে আশানুরূপ মাছ মেলেনি।${mention}`)
  }
  return paragraphs.join('\n\n')
}

for (const size of [
  { width: 1024, height: 700 },
  { width: 1280, height: 800 }
]) {
  test(`«পরেরটি» scrolls the current match into view and marks it, at ${size.width}×${size.height}`, async ({ page }) => {
    const { host, api } = await scene()
    valueOf(await api.call('article.create', { content: { headline: HEADLINE, body: bodyFromPlainText(longStory()) } }))
    await page.setViewportSize(size)
    await page.goto(host.url)
    await libraryNav(page)
      .getByRole('button', { name: new RegExp(HEADLINE) })
      .click()
    const body = page.getByRole('textbox', { name: 'মূল লেখা' })
    await body.getByText('অনুচ্ছেদ ১:').click()
    await page.keyboard.press('Control+f')
    const panel = page.getByRole('region', { name: 'খোঁজ ও প্রতিস্থাপন' })
    await panel.getByLabel('যা খুঁজবেন').fill(WORD)

    // Both matches are highlighted; the first is current and in view, the second far below the fold.
    const matches = body.locator('.find-match')
    await expect(matches).toHaveCount(2)
    await expect(panel).toContainText('২টির মধ্যে ১ নম্বর')
    await expect(body.locator('.find-current')).toHaveCount(1)
    await expect(matches.nth(0)).toHaveClass(/find-current/)
    await expect.poll(() => onScreen(matches.nth(0))).toBe(true)
    expect(await onScreen(matches.nth(1))).toBe(false)

    // «পরেরটি»: the second becomes current, is marked, and is scrolled into view.
    await panel.getByRole('button', { name: 'পরেরটি' }).click()
    await expect(panel).toContainText('২টির মধ্যে ২ নম্বর')
    await expect(matches.nth(1)).toHaveClass(/find-current/)
    await expect(matches.nth(0)).not.toHaveClass(/find-current/)
    await expect.poll(() => onScreen(matches.nth(1))).toBe(true)
    await expect(body.locator('.find-current')).toHaveText(WORD)
    // The panel keeps the focus, so «পরেরটি» can be pressed again.
    await expect(panel.getByRole('button', { name: 'পরেরটি' })).toBeFocused()

    // Again: it wraps to the first, far above now, and brings it back.
    await panel.getByRole('button', { name: 'পরেরটি' }).click()
    await expect(panel).toContainText('২টির মধ্যে ১ নম্বর')
    await expect.poll(() => onScreen(matches.nth(0))).toBe(true)
    expect(await onScreen(matches.nth(1))).toBe(false)
  })
}
