import { expect, test } from '@playwright/test'
import { paragraph, text, useDeskHost } from './desk-harness'

/**
 * Editing the body like a word processor: shortcuts and the toolbar, the link dialog and the help sheet, find and
 * replace with Bengali folding, and phonetic typing. One browser host per worker; every test writes its own article
 * and finds it on disk by its headline.
 */
test.describe.configure({ mode: 'parallel' })

const { savedBody, newArticle } = useDeskHost()

test('Ctrl+B, Ctrl+I, undo and redo, the link dialog and the shortcuts sheet work as in a word processor', async ({ page }) => {
  const headline = 'শর্টকাট পরীক্ষা'
  const body = await newArticle(page, headline)
  const toolbar = page.getByRole('toolbar', { name: 'লেখার বিন্যাস' })
  const boldButton = toolbar.getByRole('button', { name: 'বোল্ড' })

  await page.keyboard.insertText('সাধারণ ')
  await page.keyboard.press('Control+B')
  await expect(boldButton).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.insertText('গাঢ়')
  await page.keyboard.press('Control+B')
  await page.keyboard.press('Control+I')
  await page.keyboard.insertText(' বাঁকা')
  await page.keyboard.press('Control+I')
  await expect(body.locator('strong')).toHaveText('গাঢ়')
  await expect(body.locator('em')).toHaveText(' বাঁকা')

  // Undo takes back the last typing; both redo shortcuts bring it back.
  await page.waitForTimeout(600) // let history close the typing group, as a pause in typing does
  await page.keyboard.insertText(' শেষ')
  await page.keyboard.press('Control+Z')
  await expect(body).toHaveText('সাধারণ গাঢ় বাঁকা')
  await page.keyboard.press('Control+Shift+Z')
  await expect(body).toHaveText('সাধারণ গাঢ় বাঁকা শেষ')
  await page.keyboard.press('Control+Z')
  await page.keyboard.press('Control+Y')
  await expect(body).toHaveText('সাধারণ গাঢ় বাঁকা শেষ')

  // Ctrl+K: a javascript: address is refused in Bengali first; https is accepted.
  await page.keyboard.press('Shift+Home')
  await page.keyboard.press('Control+K')
  const dialog = page.getByRole('dialog', { name: 'লিংক' })
  await expect(dialog).toBeVisible()
  await dialog.getByLabel('ঠিকানা (URL)').fill('javascript:alert(1)')
  await dialog.getByRole('button', { name: 'লিংক দিন' }).click()
  await expect(dialog.getByRole('alert')).toContainText('শুধু http, https বা mailto')
  await expect(dialog.getByRole('alert')).toContainText('only http, https or mailto')
  await dialog.getByLabel('ঠিকানা (URL)').fill('https://barta.example/news')
  await dialog.getByRole('button', { name: 'লিংক দিন' }).click()
  await expect(dialog).toBeHidden()
  await expect(body).toBeFocused()
  await expect(body.locator('a[href="https://barta.example/news"]')).toHaveText(['সাধারণ ', 'গাঢ়', ' বাঁকা', ' শেষ'])

  // Subheading, quote and lists from the toolbar, with aria-pressed following the caret.
  await page.keyboard.press('End')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('সাবহেড লাইন')
  await toolbar.getByRole('button', { name: 'সাবহেড', exact: true }).click()
  await expect(toolbar.getByRole('button', { name: 'সাবহেড', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await expect(body.locator('h2')).toHaveText('সাবহেড লাইন')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Control+Shift+8')
  await page.keyboard.insertText('তালিকা')
  await expect(toolbar.getByRole('button', { name: 'বুলেট তালিকা' })).toHaveAttribute('aria-pressed', 'true')

  await expect
    .poll(() => savedBody(headline).then((content) => content?.map((node) => node.type)))
    .toEqual(['paragraph', 'heading', 'bullet_list'])
  const first = (await savedBody(headline))?.[0]
  expect(first?.content?.map((node) => [node.text, (node.marks ?? []).map((mark) => mark.type).sort()])).toEqual([
    ['সাধারণ ', ['link']],
    ['গাঢ়', ['bold', 'link']],
    [' বাঁকা', ['italic', 'link']],
    [' শেষ', ['link']]
  ])

  // Ctrl+S saves at once, without waiting for the pause, and keeps the text as a named revision.
  await page.keyboard.insertText(' আরও')
  await page.keyboard.press('Control+S')
  await expect.poll(() => savedBody(headline).then((content) => JSON.stringify(content?.[2]))).toContain('তালিকা আরও')
  await expect(page.getByRole('status').filter({ hasText: 'সংস্করণ রাখা হয়েছে' })).toBeVisible()

  // The help sheet lists the shortcuts.
  await page.keyboard.press('Control+/')
  const help = page.getByRole('dialog', { name: 'কিবোর্ড শর্টকাট' })
  await expect(help.getByRole('row', { name: /বোল্ড\s+Ctrl\+B/ })).toBeVisible()
  await expect(help.getByRole('row', { name: /খুঁজে বদলান\s+Ctrl\+H/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
  await expect(body).toBeFocused()

  // Ctrl+N, Ctrl+P and Ctrl+E belong to the app shell: the editor lets them pass untouched. (Sent to the editor
  // alone, not bubbling, so the shell's own handlers do not act on them here.)
  const taken = await body.evaluate((element) =>
    ['n', 'p', 'e'].filter((key) => {
      const event = new KeyboardEvent('keydown', { key, code: `Key${key.toUpperCase()}`, ctrlKey: true, bubbles: false, cancelable: true })
      return !element.dispatchEvent(event)
    })
  )
  expect(taken).toEqual([])
})

test('find and replace folds Bengali variants and digits, and replace-all is one undo step', async ({ page }) => {
  const headline = 'খোঁজ পরীক্ষা'
  const body = await newArticle(page, headline)
  // য় typed precomposed (U+09DF) and as য + nukta; ৎ and its old spelling ত্‍; Bengali and Latin digits.
  const lines = ['বাংলায় খবর ২০২৪ সালের।', 'বাংলায় উৎসব আর উত্\u200Dসব, 2024 সালে।', 'কর করে Dhaka dhaka']
  await page.keyboard.insertText(lines[0] ?? '')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText(lines[1] ?? '')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText(lines[2] ?? '')

  await page.keyboard.press('Control+F')
  const panel = page.getByRole('region', { name: 'খোঁজ ও প্রতিস্থাপন' })
  const findBox = panel.getByLabel('যা খুঁজবেন')
  await expect(findBox).toBeFocused()
  await findBox.fill('বাংলায়')
  await expect(panel.getByText('২টির মধ্যে ১ নম্বর')).toBeVisible()
  await expect(body.locator('.find-match')).toHaveCount(2)
  await findBox.fill('2024')
  await expect(panel.getByText('২টির মধ্যে ১ নম্বর')).toBeVisible()
  await findBox.fill('উৎসব')
  await expect(body.locator('.find-match')).toHaveCount(2)
  await findBox.fill('কর')
  await expect(body.locator('.find-match')).toHaveCount(2)
  await panel.getByLabel('পুরো শব্দ').check()
  await expect(body.locator('.find-match')).toHaveCount(1)
  await panel.getByLabel('পুরো শব্দ').uncheck()
  await findBox.fill('Dhaka')
  await expect(body.locator('.find-match')).toHaveCount(2)
  await panel.getByLabel('ইংরেজি বড়-ছোট হাতের অক্ষর মেলান').check()
  await expect(body.locator('.find-match')).toHaveCount(1)
  await panel.getByLabel('ইংরেজি বড়-ছোট হাতের অক্ষর মেলান').uncheck()
  await expect(body.locator('.find-match')).toHaveCount(2)
  await findBox.press('Enter')
  await expect(panel.getByText('২টির মধ্যে ২ নম্বর')).toBeVisible()

  // Ctrl+H: replace all at once; one Ctrl+Z restores every match.
  await page.keyboard.press('Control+H')
  await findBox.fill('বাংলায়')
  await panel.getByLabel('যা দিয়ে বদলাবেন').fill('বাংলাতে')
  await panel.getByRole('button', { name: 'সব বদলান' }).click()
  await expect(panel.getByText('২টি বদলানো হয়েছে')).toBeVisible()
  await expect(body.locator('p').nth(0)).toHaveText('বাংলাতে খবর ২০২৪ সালের।')
  await expect(body.locator('p').nth(1)).toContainText('বাংলাতে উৎসব')
  await expect.poll(() => savedBody(headline).then((content) => content?.[1]?.content?.[0]?.text)).toBe('বাংলাতে উৎসব আর উৎসব, 2024 সালে।')
  // Replace-all never touches a match that folding alone made: 2024 finds ২০২৪ too, but only 2024 is replaced.
  await findBox.fill('2024')
  await panel.getByLabel('যা দিয়ে বদলাবেন').fill('2025')
  await panel.getByRole('button', { name: 'সব বদলান' }).click()
  await expect(panel.getByText('১টি বদলানো হয়েছে')).toBeVisible()
  await expect(body.locator('p').nth(0)).toHaveText('বাংলাতে খবর ২০২৪ সালের।')
  await expect(body.locator('p').nth(1)).toContainText('2025 সালে।')

  await panel.getByRole('button', { name: 'বন্ধ করুন' }).click()
  await expect(body).toBeFocused()
  await expect(body.locator('.find-match')).toHaveCount(0)
  await page.keyboard.press('Control+Z')
  await page.keyboard.press('Control+Z')
  await expect(body.locator('p').nth(0)).toHaveText(lines[0] ?? '')
  await expect(body.locator('p').nth(1)).toHaveText(lines[1] ?? '')
  // The server stores the canonical form: য় as য + nukta, ত্‍ as ৎ.
  await expect
    .poll(() => savedBody(headline).then((content) => content?.map((node) => node.content?.[0]?.text)))
    .toEqual(lines.map((line) => line.normalize('NFC').replace('ত্\u200D', 'ৎ')))
})

const nfc = (value: string) => value.normalize('NFC')

test('phonetic mode turns Latin typing into Bengali word by word, one undo step per word', async ({ page }) => {
  const headline = 'ফোনেটিক পরীক্ষা'
  const body = await newArticle(page, headline)
  const toggle = page.getByRole('toolbar', { name: 'লেখার বিন্যাস' }).getByRole('button', { name: 'ফোনেটিক' })
  await toggle.click()
  await expect(toggle).toHaveAttribute('aria-pressed', 'true')

  await page.keyboard.type('ami banglay gan gai')
  // The word being typed shows in Latin at the caret until it ends.
  await expect(body.locator('.phonetic-pending')).toHaveText('gai')
  await page.getByLabel('উপশিরোনাম').click() // leaving the body ends the word
  await expect(body.locator('p')).toHaveText(nfc('আমি বাংলায় গান গাই'))
  await expect.poll(() => savedBody(headline)).toEqual([paragraph(text(nfc('আমি বাংলায় গান গাই')))])

  // Ctrl+Z takes back exactly one word.
  await body.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Control+Z')
  await expect(body.locator('p')).toHaveText(nfc('আমি বাংলায় গান '))

  // The headline speaks phonetic too; Ctrl+M switches the mode off.
  const headlineBox = page.getByLabel('শিরোনাম', { exact: true })
  await headlineBox.fill('')
  await headlineBox.pressSequentially('notun khobor ')
  await expect(headlineBox).toHaveValue('নতুন খবর ')
  await page.keyboard.press('Control+M')
  await expect(toggle).toHaveAttribute('aria-pressed', 'false')
  await headlineBox.pressSequentially('ok')
  await expect(headlineBox).toHaveValue('নতুন খবর ok')
})
