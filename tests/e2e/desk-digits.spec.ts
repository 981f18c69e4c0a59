import { expect, test } from '@playwright/test'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

async function savedText(dataDir: string): Promise<string> {
  const [name] = await readdir(join(dataDir, 'articles'))
  const file = JSON.parse(await readFile(join(dataDir, 'articles', name!), 'utf8'))
  return JSON.stringify(file.article.body)
}

test('digits are converted for the whole body or just the selection, as one undo step', async ({ page }) => {
  host = await startBrowserHost(await makeDataDir())
  await page.goto(host.url)
  await page.getByRole('button', { name: 'নতুন লেখা' }).click()
  await page.getByLabel('শিরোনাম', { exact: true }).fill('সংখ্যার পরীক্ষা')
  const body = page.getByRole('textbox', { name: 'মূল লেখা' })
  await body.click()
  await page.keyboard.insertText('2024 সালে 15 জন, ২০২৫ সালে ১৮ জন।')

  // Nothing selected: the whole body.
  await page.getByRole('button', { name: 'সংখ্যা বাংলায় (০–৯)' }).click()
  await expect(body).toHaveText('২০২৪ সালে ১৫ জন, ২০২৫ সালে ১৮ জন।')
  await expect.poll(() => savedText(host!.dataDir)).toContain('২০২৪ সালে ১৫ জন, ২০২৫ সালে ১৮ জন।')

  // One undo step brings the typed digits back.
  await body.click()
  await page.keyboard.press('Control+Z')
  await expect(body).toHaveText('2024 সালে 15 জন, ২০২৫ সালে ১৮ জন।')
  await page.keyboard.press('Control+Shift+Z')

  // A selection: only the selected digits change.
  await page.keyboard.press('Control+End')
  // The caret moves by grapheme cluster (সা, লে …), not by code unit.
  const graphemes = [...new Intl.Segmenter('bn', { granularity: 'grapheme' }).segment('সালে ১৮ জন।')].length
  for (let i = 0; i < graphemes; i++) await page.keyboard.press('Shift+ArrowLeft')
  await page.getByRole('button', { name: 'সংখ্যা ইংরেজিতে (0–9)' }).click()
  await expect(body).toHaveText('২০২৪ সালে ১৫ জন, ২০২৫ সালে 18 জন।')
  await expect.poll(() => savedText(host!.dataDir)).toContain('২০২৪ সালে ১৫ জন, ২০২৫ সালে 18 জন।')
})
