import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { paragraph, paste, text, type StoredNode, useDeskHost } from './desk-harness'

/**
 * Tables in the desk through the real UI: pasted from a web page, Word and Google Docs, edited by keyboard, seen in
 * the preview and in the exported HTML; pictures a paste cannot keep, named in a notice with a way to add them; the
 * formatting toolbar as one Tab stop with arrow keys inside; and axe on the desk with a table in it.
 */
test.describe.configure({ mode: 'parallel' })

const { savedBody, newArticle } = useDeskHost()

const cell = (type: 'table_cell' | 'table_header', value: string): StoredNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1 },
  content: [value === '' ? { type: 'paragraph' } : paragraph(text(value))]
})
const th = (value: string) => cell('table_header', value)
const td = (value: string) => cell('table_cell', value)
const row = (...cells: StoredNode[]): StoredNode => ({ type: 'table_row', content: cells })
const table = (...rows: StoredNode[]): StoredNode => ({ type: 'table', content: rows })

/** The two-column table of the bug report («দেশসফররাশিয়া২০০০»), as a news site writes it. */
const WEB_TABLE = [
  '<meta charset="utf-8"><h2 class="title">বিশ্বকাপ সফর</h2>',
  '<table class="wp-block-table" style="width:100%"><thead><tr><th style="text-align:left">দেশ</th><th>সফর</th></tr></thead>',
  '<tbody><tr><td>রাশিয়া</td><td>২০০০</td></tr><tr><td onclick="window.__pwned=1">জাপান</td><td>২০০২</td></tr></tbody></table>',
  '<p>সূত্র: ফিফা</p>'
].join('')

const WORD_TABLE = [
  '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><style>p.MsoNormal{margin:0}</style></head><body lang=EN-US>',
  '<!--StartFragment--><table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style="border-collapse:collapse;border:none;mso-yfti-tbllook:1184">',
  '<tr style="mso-yfti-irow:0;mso-yfti-firstrow:yes"><td width=312 valign=top style="width:233.75pt;border:solid windowtext 1.0pt">',
  '<p class=MsoNormal><b><span lang=BN-BD style="font-family:Nirmala UI">উপজেলা</span></b><o:p></o:p></p></td>',
  '<td width=312 valign=top style="width:233.75pt"><p class=MsoNormal><b><span lang=BN-BD>পরিবার</span></b><o:p></o:p></p></td></tr>',
  '<tr style="mso-yfti-irow:1;mso-yfti-lastrow:yes"><td width=312 valign=top><p class=MsoNormal><span lang=BN-BD>পাটগ্রাম</span><o:p></o:p></p></td>',
  '<td width=312 valign=top><p class=MsoNormal><span lang=BN-BD>৩,২০০</span><o:p></o:p></p></td></tr></table><!--EndFragment--></body></html>'
].join('')

const DOCS_TABLE = [
  '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-7f1"><div dir="ltr" style="margin-left:0pt;" align="left">',
  '<table style="border:none;border-collapse:collapse;"><colgroup><col width="301"><col width="301"></colgroup><tbody>',
  '<tr style="height:0pt"><td style="border-left:solid #000000 1pt;padding:5pt"><p dir="ltr" style="line-height:1.2;margin-top:0pt"><span style="font-size:11pt;font-weight:400;">খাত</span></p></td>',
  '<td style="padding:5pt"><p dir="ltr"><span style="font-size:11pt;font-weight:700;">বরাদ্দ</span></p></td></tr>',
  '<tr style="height:0pt"><td><p dir="ltr"><span style="font-weight:400;">শিক্ষা</span></p></td><td><p dir="ltr"><span style="font-weight:400;">৯৪,৭১১</span></p></td></tr>',
  '</tbody></table></div></b>'
].join('')

async function previewFrame(page: Page) {
  await page.keyboard.press('Control+p')
  await expect(page.getByRole('region', { name: 'প্রকাশিত পাতার প্রাকদর্শন' })).toBeVisible()
  return page.frameLocator('iframe[title="পাঠকেরা যেমন দেখবেন"]')
}

function toolbar(page: Page): Locator {
  return page.getByRole('toolbar', { name: 'লেখার বিন্যাস' })
}

test('a two-column web-page table pastes as a table, is edited by keyboard, and reaches the preview and the exported HTML', async ({
  page,
  browser
}) => {
  const headline = 'সারণি পেস্ট ও সম্পাদনা'
  const body = await newArticle(page, headline)
  await paste(body, { 'text/html': WEB_TABLE, 'text/plain': 'দেশ\tসফর\nরাশিয়া\t২০০০\nজাপান\t২০০২' })

  await expect
    .poll(() => savedBody(headline))
    .toEqual([
      { type: 'heading', attrs: { level: 2 }, content: [text('বিশ্বকাপ সফর')] },
      table(row(th('দেশ'), th('সফর')), row(td('রাশিয়া'), td('২০০০')), row(td('জাপান'), td('২০০২'))),
      paragraph(text('সূত্র: ফিফা'))
    ])
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  await expect(body.getByRole('cell', { name: 'রাশিয়া' })).toBeVisible()
  // Never the run-together text of the bug report.
  expect(await body.innerText()).not.toContain('দেশসফর')

  // Keyboard only: Tab in the last cell adds a row; Tab and Shift+Tab move between cells (selecting the cell's text).
  await body.getByRole('cell', { name: '২০০২' }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('Tab')
  await page.keyboard.insertText('ব্রাজিল')
  await page.keyboard.press('Tab')
  await page.keyboard.insertText('২০১৪')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('End')
  await page.keyboard.insertText(' (আয়োজক)')
  // The table's own controls are in the toolbar while the caret is in the table.
  await expect(toolbar(page).getByRole('button', { name: 'প্রথম সারি শিরোনাম' })).toHaveAttribute('aria-pressed', 'true')
  await toolbar(page).getByRole('button', { name: 'ডানে কলাম যোগ করুন' }).click()
  await page.keyboard.press('Tab')
  await page.keyboard.insertText('ফাইনাল')
  await toolbar(page).getByRole('button', { name: 'নিচে সারি যোগ করুন' }).click()
  await expect(body.getByRole('row')).toHaveCount(5)
  await page.keyboard.press('ArrowDown') // into the new row
  await toolbar(page).getByRole('button', { name: 'সারি মুছুন' }).click()
  await expect(body.getByRole('row')).toHaveCount(4)

  const expected = table(
    row(th('দেশ'), th(''), th('সফর')),
    row(td('রাশিয়া'), td(''), td('২০০০')),
    row(td('জাপান'), td(''), td('২০০২')),
    row(td('ব্রাজিল (আয়োজক)'), td('ফাইনাল'), td('২০১৪'))
  )
  await expect.poll(async () => (await savedBody(headline))?.[1]).toEqual(expected)

  // The preview is the published page: a real table with header cells and scope, in its scrolling figure.
  const frame = await previewFrame(page)
  const published = frame.locator('figure.table table')
  // The preview is rendered by the host; on a loaded machine that can take a while.
  await expect(published.locator('thead th[scope="col"]')).toHaveText(['দেশ', 'সফর'], { timeout: 30_000 })
  await expect(published.locator('tbody tr').nth(2).locator('td')).toHaveText(['ব্রাজিল (আয়োজক)', 'ফাইনাল', '২০১৪'])
  await page.keyboard.press('Control+p')

  // The exported HTML carries the same table.
  await page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: 'রপ্তানি' }).click()
  const dialog = page.getByRole('dialog', { name: 'লেখা রপ্তানি' })
  await dialog.getByRole('radio', { name: 'HTML — একটি ফাইল' }).check()
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'রপ্তানি করুন' }).click()
  const html = await readFile((await (await downloading).path())!, 'utf8')
  // The new column's header cell is still empty: it heads nothing, so it is written as a data cell.
  expect(html).toContain('<thead>\n<tr><th scope="col">দেশ</th><td></td><th scope="col">সফর</th></tr>\n</thead>')
  expect(html).toContain('<tr><td>ব্রাজিল (আয়োজক)</td><td>ফাইনাল</td><td>২০১৪</td></tr>')

  // The exported page, with its table, passes axe — at phone width too, where the table scrolls inside its figure.
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true })
  const exportedPage = await context.newPage()
  await exportedPage.setContent(html)
  const scroller = exportedPage.locator('figure.table')
  expect(
    await scroller.evaluate((figure) => figure.scrollWidth <= figure.clientWidth || getComputedStyle(figure).overflowX === 'auto')
  ).toBe(true)
  expect(await exportedPage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
  // The draft mark sits outside the page's landmarks (axe «region»): the page frame's business, not the table's.
  const results = await new AxeBuilder({ page: exportedPage }).exclude('.draft-mark').analyze()
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
  await context.close()
})

test('find and replace and the digit buttons reach inside cells', async ({ page }) => {
  const headline = 'সারণিতে খোঁজ'
  const body = await newArticle(page, headline)
  await page.keyboard.insertText('রাশিয়া সফর নিয়ে প্রতিবেদন।')
  await page.keyboard.press('Enter')
  await paste(body, { 'text/html': WEB_TABLE.replace(/<h2.*?<\/h2>/, ''), 'text/plain': 'দেশ' })
  await page.keyboard.press('Control+H')
  const panel = page.getByRole('region', { name: 'খোঁজ ও প্রতিস্থাপন' })
  await panel.getByLabel('যা খুঁজবেন').fill('রাশিয়া')
  await expect(body.locator('.find-match')).toHaveCount(2)
  await expect(body.getByRole('cell', { name: 'রাশিয়া' }).locator('.find-match')).toHaveCount(1)
  await panel.getByLabel('যা দিয়ে বদলাবেন').fill('রুশ ফেডারেশন')
  await panel.getByRole('button', { name: 'সব বদলান' }).click()
  await expect(panel.getByText('২টি বদলানো হয়েছে')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.getByRole('button', { name: 'সংখ্যা ইংরেজিতে (0–9)' }).click()
  await expect
    .poll(async () => (await savedBody(headline))?.find((node) => node.type === 'table')?.content?.[1])
    .toEqual(row(td('রুশ ফেডারেশন'), td('2000')))
})

test('Word and Google Docs tables paste as tables with their cells', async ({ page }) => {
  const headline = 'ওয়ার্ড ও ডকসের সারণি'
  const body = await newArticle(page, headline)
  await paste(body, { 'text/html': WORD_TABLE, 'text/plain': 'উপজেলা\tপরিবার\nপাটগ্রাম\t৩,২০০' })
  await page.keyboard.press('Control+End')
  await paste(body, { 'text/html': DOCS_TABLE, 'text/plain': 'খাত\tবরাদ্দ\nশিক্ষা\t৯৪,৭১১' })
  const bold = (value: string): StoredNode => ({
    type: 'table_cell',
    attrs: { colspan: 1, rowspan: 1 },
    content: [paragraph(text(value, 'bold'))]
  })
  await expect
    .poll(async () => (await savedBody(headline))?.filter((node) => node.type === 'table'))
    .toEqual([
      // Word: the header row is bold data cells, as Word wrote it.
      table(row(bold('উপজেলা'), bold('পরিবার')), row(td('পাটগ্রাম'), td('৩,২০০'))),
      // Google Docs: its whole-paste <b style="font-weight:normal"> is not bold; the one bold span is.
      table(row(td('খাত'), bold('বরাদ্দ')), row(td('শিক্ষা'), td('৯৪,৭১১')))
    ])
})

test('a table inserted from the toolbar is built by keyboard; header row, columns and the table itself can go', async ({ page }) => {
  const headline = 'নতুন সারণি'
  const body = await newArticle(page, headline)
  await page.keyboard.insertText('ফলাফল নিচে।')
  await toolbar(page).getByRole('button', { name: 'সারণি যোগ করুন' }).click()
  await expect(body.getByRole('table')).toBeVisible()
  // The caret waits in the first header cell; the insert button rests while the caret is in a table.
  await expect(toolbar(page).getByRole('button', { name: 'সারণি যোগ করুন' })).toBeDisabled()
  for (const value of ['দল', 'গোল', 'আবাহনী', '৩', 'মোহামেডান', '১']) {
    await page.keyboard.insertText(value)
    await page.keyboard.press('Tab')
  }
  await page.keyboard.insertText('শেখ জামাল')
  await expect
    .poll(async () => (await savedBody(headline))?.[1])
    .toEqual(table(row(th('দল'), th('গোল')), row(td('আবাহনী'), td('৩')), row(td('মোহামেডান'), td('১')), row(td('শেখ জামাল'), td(''))))

  await toolbar(page).getByRole('button', { name: 'প্রথম সারি শিরোনাম' }).click()
  await expect(toolbar(page).getByRole('button', { name: 'প্রথম সারি শিরোনাম' })).toHaveAttribute('aria-pressed', 'false')
  await expect.poll(async () => (await savedBody(headline))?.[1]?.content?.[0]).toEqual(row(td('দল'), td('গোল')))
  // The caret is in the first column (it went on to a new row with «শেখ জামাল»): that column goes.
  await toolbar(page).getByRole('button', { name: 'কলাম মুছুন' }).click()
  await expect.poll(async () => (await savedBody(headline))?.[1]?.content?.[0]).toEqual(row(td('গোল')))
  await toolbar(page).getByRole('button', { name: 'সারণি মুছুন' }).click()
  await expect.poll(() => savedBody(headline)).toEqual([paragraph(text('ফলাফল নিচে।')), { type: 'paragraph' }])
  await expect(body.getByRole('table')).toHaveCount(0)
  await expect(toolbar(page).getByRole('button', { name: 'সারি মুছুন' })).toHaveCount(0)
})

test('a pasted picture that cannot be kept is named in a notice, with a way to add it as a photo where it stood', async ({ page }) => {
  const headline = 'ছবিসহ পেস্ট'
  const body = await newArticle(page, headline)
  const html = [
    '<p>নদীর পাড়ে ভাঙন।</p>',
    '<p><img src="https://cdn.example.com/photos/2024/village.jpg" alt="ভাঙনে বিলীন গ্রাম" width="600"></p>',
    '<p>বাঁধ মেরামতের দাবি।</p>',
    '<img src="https://cdn.example.com/img/dhaka-flood.jpg?w=800">'
  ].join('')
  const foreign: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('cdn.example.com')) foreign.push(request.url())
  })
  await paste(body, { 'text/html': html, 'text/plain': 'নদীর পাড়ে ভাঙন।\nবাঁধ মেরামতের দাবি।' })

  const notice = page.getByRole('status').filter({ hasText: 'ছবি রাখা যায়নি' })
  await expect(notice).toContainText('পেস্ট করা ২টি ছবি রাখা যায়নি')
  await expect(notice.getByRole('listitem')).toHaveText([/ভাঙনে বিলীন গ্রাম/, /dhaka-flood\.jpg/])
  // Nothing was hot-linked: no request left for the picture's host, and no <img> of it in the editor.
  await expect(body.locator('img')).toHaveCount(0)
  expect(foreign).toEqual([])
  await expect.poll(() => savedBody(headline)).toEqual([paragraph(text('নদীর পাড়ে ভাঙন।')), paragraph(text('বাঁধ মেরামতের দাবি।'))])

  // «ছবি হিসেবে যোগ করুন» opens the photo picker; the photo lands where the picture stood, between the paragraphs.
  const choosing = page.waitForEvent('filechooser')
  await notice.getByRole('button', { name: 'ছবি হিসেবে যোগ করুন (ভাঙনে বিলীন গ্রাম)' }).click()
  await (await choosing).setFiles('tests/fixtures/articles/river.jpg')
  await expect.poll(async () => (await savedBody(headline))?.map((node) => node.type)).toEqual(['paragraph', 'image', 'paragraph'])
  await expect(notice.getByRole('listitem')).toHaveText([/dhaka-flood\.jpg/])
  await expect(notice).toContainText('পেস্ট করা ১টি ছবি রাখা যায়নি')
  await notice.getByRole('button', { name: 'বাদ দিন' }).click()
  await expect(notice).toHaveCount(0)

  // Cells pasted into a table go through prosemirror-tables, not the usual paste: the picture is still named.
  await body.locator('p').last().click()
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await toolbar(page).getByRole('button', { name: 'সারণি যোগ করুন' }).click()
  await paste(body, {
    'text/html': '<table><tr><td>নৌকা<img src="https://cdn.example.com/boat.png" alt="ঘাটে নৌকা"></td><td>১২টি</td></tr></table>',
    'text/plain': 'নৌকা\t১২টি'
  })
  await expect(notice.getByRole('listitem')).toHaveText([/ঘাটে নৌকা/])
  await expect
    .poll(async () => JSON.stringify((await savedBody(headline))?.find((node) => node.type === 'table')))
    .toContain('"text":"নৌকা"')
  expect(JSON.stringify(await savedBody(headline))).not.toMatch(/[\uE000\uE001]/)
  expect(foreign).toEqual([])
})

test('the formatting toolbar is one Tab stop between the subheadline and the body, with arrow keys inside', async ({ page }) => {
  await newArticle(page, 'কিবোর্ডে টুলবার')
  const subheadline = page.getByLabel('উপশিরোনাম')
  const body = page.getByRole('textbox', { name: 'মূল লেখা' })
  const focusedName = () => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '')

  await expect(toolbar(page).locator('button[tabindex="0"]')).toHaveCount(1)
  await subheadline.focus()
  await page.keyboard.press('Tab')
  // Undo and redo rest (nothing to undo yet), so «বোল্ড», the first button that works, holds the stop.
  expect(await focusedName()).toBe('বোল্ড')
  await page.keyboard.press('Tab')
  await expect(body).toBeFocused()

  await page.keyboard.press('Shift+Tab')
  expect(await focusedName()).toBe('বোল্ড')
  await page.keyboard.press('ArrowRight')
  expect(await focusedName()).toBe('ইটালিক')
  await page.keyboard.press('End')
  expect(await focusedName()).toBe('কিবোর্ড শর্টকাট')
  await page.keyboard.press('ArrowRight') // wraps
  expect(await focusedName()).toBe('বোল্ড')
  await page.keyboard.press('ArrowLeft')
  expect(await focusedName()).toBe('কিবোর্ড শর্টকাট')
  await page.keyboard.press('Home')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  const remembered = await focusedName()
  // The stop stays where the user left it: out and back in lands on the same button.
  await page.keyboard.press('Tab')
  await expect(body).toBeFocused()
  await page.keyboard.press('Shift+Tab')
  expect(await focusedName()).toBe(remembered)
  await expect(toolbar(page).locator('button[tabindex="0"]')).toHaveCount(1)
})

test('the desk with a table, a paste notice and the digit buttons has no axe violations, in both themes', async ({ browser }) => {
  // AxeBuilder needs pages made from browser.newContext() (FACTS.md).
  const context = await browser.newContext({ locale: 'bn-BD', timezoneId: 'Asia/Dhaka' })
  const page = await context.newPage()
  const body = await newArticle(page, 'সারণিসহ অ্যাক্সেসিবিলিটি')
  const tableOnly = WEB_TABLE.replace(/<h2.*?<\/h2>/, '')
  await paste(body, { 'text/html': `${tableOnly}<p><img src="https://cdn.example.com/a.jpg" alt="মাঠের ছবি"></p>`, 'text/plain': 'দেশ' })
  await body.getByRole('cell', { name: 'রাশিয়া' }).click()
  await expect(toolbar(page).getByRole('button', { name: 'সারণি মুছুন' })).toBeVisible()
  for (const theme of ['light', 'dark']) {
    if (theme === 'dark') await page.getByRole('button', { name: 'গাঢ় থিম' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)
    // label-content-name-mismatch is experimental in axe; it is switched on here for the «০–৯» / «0–9» buttons.
    const results = await new AxeBuilder({ page }).options({ rules: { 'label-content-name-mismatch': { enabled: true } } }).analyze()
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([])
    expect(
      results.passes
        .find((rule) => rule.id === 'label-content-name-mismatch')
        ?.nodes.map((node) => node.html)
        .join('\n')
    ).toMatch(/০–৯<\/button>[\s\S]*0–9<\/button>/)
  }
  // The digit buttons are named with their visible text in them: «সংখ্যা বাংলায় (০–৯)», «সংখ্যা ইংরেজিতে (0–9)».
  const digits: Array<[string, string]> = [
    ['০–৯', 'সংখ্যা বাংলায় (০–৯)'],
    ['0–9', 'সংখ্যা ইংরেজিতে (0–9)']
  ]
  for (const [visible, name] of digits) await expect(page.getByRole('button', { name, exact: true })).toHaveText(visible)
  await context.close()
})
