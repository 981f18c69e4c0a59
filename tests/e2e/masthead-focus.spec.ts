import { expect, test } from '@playwright/test'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

/**
 * The focus ring on the red masthead (issue 14, item 5): moving through the masthead with Tab, every control it
 * lands on shows a ring that stands out from the masthead — at least 3:1 against its red (WCAG 1.4.11), in both themes.
 * The app's own ring is the accent colour, dark red: it was invisible there.
 */
let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

/** The focused control's ring, and its contrast against the masthead's background, measured in the page. */
const focusRing = () => {
  const luminance = (colour: string): number => {
    const [r, g, b] = (colour.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [number, number, number]
    const linear = (value: number) => {
      const c = value / 255
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
    }
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
  }
  const focused = document.activeElement as HTMLElement | null
  const masthead = document.querySelector('header.masthead')
  if (!focused || !masthead?.contains(focused)) return null
  const ring = getComputedStyle(focused)
  const [lighter, darker] = [luminance(ring.outlineColor), luminance(getComputedStyle(masthead).backgroundColor)].sort((a, b) => b - a) as [
    number,
    number
  ]
  return {
    name: focused.getAttribute('aria-label') ?? focused.textContent?.trim() ?? focused.tagName,
    style: ring.outlineStyle,
    width: parseFloat(ring.outlineWidth),
    contrast: (lighter + 0.05) / (darker + 0.05)
  }
}

test('every control on the masthead shows a focus ring that stands out from the red, in both themes', async ({ page }) => {
  host = await startBrowserHost(await makeDataDir())
  await page.goto(host.url)
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') {
      // The theme is remembered: a fresh page starts the Tab walk from the top again.
      await page.getByRole('button', { name: 'গাঢ় থিম' }).click()
      await page.reload()
    }
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    await expect(page.getByRole('button', { name: 'নতুন লেখা' })).toBeVisible()
    const seen: string[] = []
    for (let step = 0; step < 12; step++) {
      await page.keyboard.press('Tab')
      const ring = await page.evaluate(focusRing)
      if (!ring) break
      seen.push(ring.name)
      expect(ring.style, `${ring.name} (${theme})`).not.toBe('none')
      expect(ring.width, `${ring.name} (${theme})`).toBeGreaterThanOrEqual(2)
      expect(ring.contrast, `${ring.name} (${theme})`).toBeGreaterThanOrEqual(3)
    }
    // The walk went through the masthead's controls: «নতুন লেখা», the profile, import, settings, theme, language.
    expect(seen).toEqual(expect.arrayContaining(['নতুন লেখা', 'সেটিংস', 'গাঢ় থিম']))
    expect(seen.length).toBeGreaterThanOrEqual(6)
  }
})
