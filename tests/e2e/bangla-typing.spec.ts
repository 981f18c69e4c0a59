import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { createHttpClient } from '../../src/shared/http-client'
import { useDeskHost } from './desk-harness'

/**
 * Bengali typing in the desk: Avro-style word suggestions while typing phonetically (keyboard and mouse, one undo step
 * per word, the headline too), and the spell check — underlines that spare inflected forms, the right-click menu,
 * «অভিধানে যোগ করুন» for the desk (kept after a reload), the panel of unknown words and the switch. axe-core on the
 * suggestion list and the menu.
 */
const harness = useDeskHost()
const newArticle = harness.newArticle

const nfc = (text: string) => text.normalize('NFC')

async function deskPage(browser: Browser): Promise<Page> {
  // axe-core needs a page from a context of its own.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  return context.newPage()
}

/** The word list is in once the unknown-words button shows its count. */
async function dictionaryReady(page: Page): Promise<Locator> {
  const panelButton = page.getByRole('button', { name: /^অজানা শব্দ/ })
  await expect(panelButton).toBeVisible({ timeout: 30_000 })
  return panelButton
}

const violations = async (builder: AxeBuilder) =>
  (await builder.analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
  )

test('phonetic suggestions: the dictionary word first, ↑/↓ choose, Space and Enter commit, Escape keeps the rule result', async ({
  browser
}) => {
  const page = await deskPage(browser)
  const headline = 'ফোনেটিক প্রস্তাব'
  const body = await newArticle(page, headline)
  await dictionaryReady(page)
  await body.click()
  await page.keyboard.press('Control+m')
  const list = page.getByRole('listbox', { name: 'ফোনেটিক শব্দের প্রস্তাব' })
  const options = list.getByRole('option')

  // «mamla»: Avro's rules write মাম্লা, its dictionary mode commits মামলা — and so do we.
  await page.keyboard.type('mamla')
  await expect(list).toBeVisible()
  await expect(options.first()).toHaveText(nfc('মামলা'))
  await expect(options.nth(1)).toContainText(nfc('মাম্লা'))
  await expect(options.first()).toHaveAttribute('aria-selected', 'true')
  // The text box points at the chosen option, so a screen reader reads the choice.
  await expect(body).toHaveAttribute('aria-activedescendant', (await options.first().getAttribute('id'))!)
  await expect(body).toHaveAttribute('aria-controls', (await list.getAttribute('id'))!)
  expect(await violations(new AxeBuilder({ page }).include('.phonetic-popup')), 'the suggestion list').toEqual([])
  await page.keyboard.type(' ')
  await expect(list).toBeHidden()
  await expect(body).not.toHaveAttribute('aria-activedescendant')

  // «sorkar» → সরকার on Space; ↓ then Space takes the second candidate; ↑ wraps round to the last.
  await page.keyboard.type('sorkar ')
  await page.keyboard.type('mamla')
  await page.keyboard.press('ArrowDown')
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true')
  await expect(body).toHaveAttribute('aria-activedescendant', (await options.nth(1).getAttribute('id'))!)
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('ArrowUp')
  await expect(options.last()).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.type(' ')
  // Escape keeps what the rules wrote, whatever the list offered.
  await page.keyboard.type('mamla')
  await page.keyboard.press('Escape')
  await expect(list).toBeHidden()
  // A full stop after the word is the dari after the chosen word; Enter commits and starts a new paragraph.
  await page.keyboard.type(' dhaka.')
  await expect(options.first()).toHaveText(nfc('ঢাকা।'))
  await page.keyboard.press('Enter')
  await page.keyboard.type('notun')
  // A click picks a candidate without taking the caret from the text.
  await options.nth(1).click()
  await expect(body).toBeFocused()

  const paragraphs = body.locator(':scope > p')
  await expect(paragraphs).toHaveText([nfc('মামলা সরকার মাম্লা মাম্লা ঢাকা।'), nfc('নোতুন')])

  // One undo step per word.
  await page.keyboard.press('Control+z')
  await expect(paragraphs).toHaveText([nfc('মামলা সরকার মাম্লা মাম্লা ঢাকা।'), ''])
  await page.screenshot({ path: test.info().outputPath('suggestions.png') })
  await page.context().close()
})

test('phonetic suggestions in the headline: the list under the box, ↓ and Space', async ({ browser }) => {
  const page = await deskPage(browser)
  await newArticle(page, 'শিরোনামে ফোনেটিক')
  await dictionaryReady(page)
  const headlineBox = page.getByLabel('শিরোনাম', { exact: true })
  await headlineBox.fill('')
  await headlineBox.focus()
  await page.keyboard.press('Control+m')
  await page.keyboard.type('mamla')
  const list = page.getByRole('listbox', { name: 'ফোনেটিক শব্দের প্রস্তাব' })
  await expect(list.getByRole('option').first()).toHaveText(nfc('মামলা'))
  await expect(headlineBox).toHaveAttribute('aria-activedescendant', (await list.getByRole('option').first().getAttribute('id'))!)
  await page.keyboard.type(' ')
  await page.keyboard.type('dhaka')
  await page.keyboard.press('ArrowDown')
  await page.keyboard.type(' ')
  await expect(headlineBox).toHaveValue(nfc('মামলা ধাকা '))
  await expect(list).toBeHidden()
  await page.context().close()
})

async function storyWithBody(headline: string, text: string): Promise<void> {
  const client = createHttpClient({ baseUrl: harness.host.origin, token: harness.host.token, fetch })
  const created = await client.call('article.create', { content: { headline, body: bodyFromPlainText(text) } })
  if (!created.ok) throw new Error(created.message.en)
}

async function openStory(page: Page, headline: string): Promise<Locator> {
  await page.goto(harness.host.url)
  await page
    .getByRole('navigation', { name: 'লেখার তালিকা' })
    .getByRole('button', { name: new RegExp(headline) })
    .click()
  return page.getByRole('textbox', { name: 'মূল লেখা' })
}

test('spell check: unknown words underlined, inflections spared, right-click to correct, «অভিধানে যোগ করুন» kept after a reload', async ({
  browser
}) => {
  const headline = 'বানান পরীক্ষার খবর'
  await storyWithBody(
    headline,
    'প্রধানমন্ত্রীর দপ্তরে দূর্নীতি নিয়ে বৈঠক হয়েছে। শিক্ষার্থীরা ও শিক্ষকদেরও মত নেওয়া হয়েছে।\nঝিনাইগাতী উপজেলার পরিক্ষা কেন্দ্রে সরকারের কর্মকর্তারা ছিলেন।'
  )
  const page = await deskPage(browser)
  const body = await openStory(page, headline)
  await dictionaryReady(page)
  const underlined = body.locator('.spell-error')
  // Inflected forms of known words (প্রধানমন্ত্রীর, শিক্ষার্থীরা, শিক্ষকদেরও, সরকারের, কর্মকর্তারা) are not flagged.
  await expect(underlined).toHaveText([nfc('দূর্নীতি'), nfc('ঝিনাইগাতী'), nfc('পরিক্ষা')])

  // Right-click: the suggestions, then «অভিধানে যোগ করুন» and «উপেক্ষা করুন».
  await underlined.filter({ hasText: nfc('দূর্নীতি') }).click({ button: 'right' })
  const menu = page.getByRole('menu', { name: 'বানানের প্রস্তাব' })
  await expect(menu).toBeVisible()
  await expect(menu.getByRole('menuitem').first()).toBeFocused()
  expect(await violations(new AxeBuilder({ page }).include('.spell-menu')), 'the spelling menu').toEqual([])
  await page.screenshot({ path: test.info().outputPath('spell-menu.png') })
  await menu.getByRole('menuitem', { name: nfc('দুর্নীতি'), exact: true }).click()
  await expect(menu).toBeHidden()
  await expect(body.locator(':scope > p').first()).toContainText(nfc('দপ্তরে দুর্নীতি নিয়ে'))
  await expect(underlined).toHaveText([nfc('ঝিনাইগাতী'), nfc('পরিক্ষা')])

  // «অভিধানে যোগ করুন»: the underline goes at once, and with it the word's inflected forms.
  await underlined.filter({ hasText: nfc('ঝিনাইগাতী') }).click({ button: 'right' })
  await menu.getByRole('menuitem', { name: 'অভিধানে যোগ করুন' }).click()
  await expect(underlined).toHaveText([nfc('পরিক্ষা')])

  // By keyboard: the caret in the word, Shift+F10, ↓ to the next item, Escape back to the text.
  await underlined.click()
  await page.keyboard.press('Shift+F10')
  await expect(menu.getByRole('menuitem', { name: nfc('পরীক্ষা'), exact: true })).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(menu).toBeHidden()
  await expect(body).toBeFocused()

  // Kept for the desk: after a reload the added word is known, and a new paragraph with its inflected form is not flagged.
  await page.reload()
  const again = await openStory(page, headline)
  await dictionaryReady(page)
  await expect(again.locator('.spell-error')).toHaveText([nfc('পরিক্ষা')])
  await page.context().close()
})

test('spell check: the panel lists unknown words with suggestions, and the switch turns the underlines off', async ({ browser }) => {
  const headline = 'বানানের তালিকা'
  await storyWithBody(headline, 'পরিক্ষা শেষে আবার পরিক্ষা হবে। স্বাস্থ্যমন্ত্রি আসবেন।')
  const page = await deskPage(browser)
  const body = await openStory(page, headline)
  const panelButton = await dictionaryReady(page)
  await expect(body.locator('.spell-error')).toHaveCount(3)
  await expect(panelButton).toHaveText('অজানা শব্দ (২)')
  await panelButton.click()
  const panel = page.getByRole('region', { name: /অজানা শব্দ/ })
  await expect(panel.getByRole('listitem')).toHaveCount(2)
  await expect(panel.getByRole('listitem').first()).toContainText('২ বার')
  // A suggestion replaces every occurrence, as one undo step.
  await panel.getByRole('button', { name: nfc('«পরীক্ষা» বসান') }).click()
  await expect(body.locator('p')).toHaveText(nfc('পরীক্ষা শেষে আবার পরীক্ষা হবে। স্বাস্থ্যমন্ত্রি আসবেন।'))
  await expect(panel.getByRole('listitem')).toHaveCount(1)
  await page.keyboard.press('Control+z')
  await expect(body.locator('p')).toHaveText(nfc('পরিক্ষা শেষে আবার পরিক্ষা হবে। স্বাস্থ্যমন্ত্রি আসবেন।'))

  // The switch: off removes every underline (and is remembered), on brings them back.
  const toggle = page.getByRole('button', { name: 'বানান পরীক্ষা', exact: true })
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await expect(body.locator('.spell-error')).toHaveCount(0)
  await expect(panel).toBeHidden()
  await page.reload()
  const reopened = await openStory(page, headline)
  await expect(page.getByRole('button', { name: 'বানান পরীক্ষা', exact: true })).toHaveAttribute('aria-pressed', 'false')
  await page.getByRole('button', { name: 'বানান পরীক্ষা', exact: true }).click()
  await dictionaryReady(page)
  await expect(reopened.locator('.spell-error')).toHaveCount(3)
  await page.context().close()
})

test('spell check never flags the word being typed, and checks a typed word once the caret leaves it', async ({ browser }) => {
  const page = await deskPage(browser)
  const body = await newArticle(page, 'টাইপ করার সময় বানান')
  await dictionaryReady(page)
  await body.click()
  await page.keyboard.insertText('দূর্নীতি')
  // Typing has paused long enough for a check: the word at the caret is still not underlined.
  await page.waitForTimeout(1200)
  await expect(body.locator('.spell-error')).toHaveCount(0)
  await page.keyboard.insertText(' নিয়ে কথা')
  await expect(body.locator('.spell-error')).toHaveText([nfc('দূর্নীতি')])
  await page.context().close()
})

test('spell check draws the underlines on and near the screen only, and the rest when scrolled to', async ({ browser }) => {
  const headline = 'দীর্ঘ লেখায় বানান'
  const filler = 'আজ সকালে রাজধানীর বিভিন্ন এলাকায় বৃষ্টি হয়েছে এবং মানুষ ঘরে ছিলেন। জেলা প্রশাসন খাবার ও পানি পৌঁছে দিচ্ছে বলে জানিয়েছে।'
  const paragraphs = Array.from({ length: 80 }, (_, index) =>
    index === 0 || index === 79 ? `প্রথমে পরিক্ষা করা হবে। ${filler}` : `${filler} ${filler}`
  )
  await storyWithBody(headline, paragraphs.join('\n'))
  const page = await deskPage(browser)
  const body = await openStory(page, headline)
  const panelButton = await dictionaryReady(page)
  // Both are known to the panel; only the one on screen is drawn (every drawn underline costs the browser on each keystroke).
  await panelButton.click()
  await expect(
    page
      .getByRole('region', { name: /অজানা শব্দ/ })
      .getByRole('listitem')
      .first()
  ).toContainText('২ বার')
  const underlined = body.locator('.spell-error')
  await expect(underlined).toHaveCount(1)
  await expect(body.locator(':scope > p').first().locator('.spell-error')).toHaveText(nfc('পরিক্ষা'))
  // Scrolled to the end, the last paragraph's is drawn.
  await body.locator(':scope > p').last().scrollIntoViewIfNeeded()
  await expect(body.locator(':scope > p').last().locator('.spell-error')).toHaveText(nfc('পরিক্ষা'))
  await page.context().close()
})
