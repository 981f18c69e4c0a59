import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import {
  becomeProfile,
  completeStory,
  countCalls,
  FIRST_PARAGRAPH,
  HEADLINE,
  moveThrough,
  openStory,
  useScenes,
  valueOf,
  workflowGroup
} from './trust-harness'

const scene = useScenes()
const CORRECTED = 'যমুনার ভাঙনে বিলীন চার গ্রাম'
const NOTE = 'আগের সংস্করণে গ্রামের সংখ্যা তিন লেখা হয়েছিল; সংখ্যাটি চার।'

test('a chief publishes from a summary, the text locks, and a correction goes out with its note and a second version', async ({ page }) => {
  const { host, api } = await scene()
  await becomeProfile(api, 'মাহমুদা হক', 'chief')
  valueOf(await api.call('settings.update', { patch: { site: { siteUrl: 'https://dainikbarta.example' } } }))
  const id = await completeStory(api)
  await moveThrough(api, id, ['submit', 'take', 'approve'])
  await openStory(page, host, HEADLINE)
  const workflow = workflowGroup(page)

  // Publishing asks first, showing what goes out.
  await workflow.getByRole('button', { name: 'প্রকাশ করুন' }).click()
  const confirm = page.getByRole('dialog', { name: 'লেখাটি প্রকাশ করবেন?' })
  await expect(confirm).toContainText(HEADLINE)
  await expect(confirm).toContainText('নিজস্ব প্রতিবেদক')
  await expect(confirm).toContainText('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')
  await expect(confirm).toContainText('সারাদেশ')
  await expect(confirm).toContainText('৯টি শব্দ')
  await expect(confirm).toContainText('jomunar-bhangne-bilin-tin-gram')
  await expect(confirm).toContainText('https://dainikbarta.example/jomunar-bhangne-bilin-tin-gram')
  await expect(confirm).toContainText('প্রথম প্রকাশ: সংস্করণ ১')
  await expect(confirm.getByRole('img', { name: 'নদীর পাড়ে ভাঙা ঘর' })).toBeVisible()
  await confirm.getByRole('button', { name: 'প্রকাশ করুন' }).click()
  await expect(confirm).toHaveCount(0)
  await expect(workflow).toContainText('অবস্থা: প্রকাশিত')

  // Published text is locked: every field refuses typing, the banner says why and what to do, nothing is sent.
  const saves = countCalls(page, 'article.save')
  const banner = page.getByRole('note').filter({ hasText: 'লেখাটি প্রকাশিত' })
  await expect(banner).toContainText('«সংশোধন করুন»')
  const headline = page.getByLabel('শিরোনাম', { exact: true })
  await expect(headline).toBeDisabled()
  await expect(page.getByLabel('প্রতিবেদক', { exact: true })).toBeDisabled()
  await expect(page.getByLabel('স্লাগ')).toBeDisabled()
  await expect(page.getByLabel('ক্যাপশন')).toBeDisabled()
  const body = page.getByRole('textbox', { name: 'মূল লেখা' })
  await expect(body).toHaveAttribute('contenteditable', 'false')
  await body.click()
  await page.keyboard.type('বাড়তি কথা')
  await page.keyboard.press('Control+b')
  await expect(body).toHaveText(FIRST_PARAGRAPH)
  await expect(page.getByRole('toolbar', { name: 'লেখার বিন্যাস' }).getByRole('button', { name: 'বোল্ড' })).toBeDisabled()
  expect(saves()).toBe(0)

  // «সংশোধন করুন»: a working copy opens; readers still see version 1.
  await workflow.getByRole('button', { name: 'সংশোধন করুন' }).click()
  await expect(workflow).toContainText('অবস্থা: সম্পাদনা চলছে')
  await expect(page.getByRole('note').filter({ hasText: 'সংশোধন চলছে' })).toContainText('পাঠকেরা এখনো প্রকাশিত সংস্করণ ১ দেখছেন')
  await expect(headline).toBeEnabled()
  await headline.fill(CORRECTED)
  await body.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.insertText(' চতুর্থ গ্রামটিও আংশিক ভেঙেছে।')
  await expect(page.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()

  // The preview shows the working copy (draft-marked), or what readers see now.
  await page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: 'প্রাকদর্শন' }).click()
  const frame = page.frameLocator('iframe[title="পাঠকেরা যেমন দেখবেন"]')
  await expect(frame.locator('h1')).toHaveText(CORRECTED)
  await expect(frame.locator('.draft-mark')).toHaveText('খসড়া — প্রকাশের জন্য নয়')
  const shows = page.getByRole('group', { name: 'প্রাকদর্শনে যা দেখাবে' })
  await shows.getByRole('button', { name: 'পাঠকেরা এখন যা দেখছেন' }).click()
  await expect(frame.locator('h1')).toHaveText(HEADLINE)
  await expect(frame.locator('.draft-mark')).toHaveCount(0)
  await shows.getByRole('button', { name: 'কাজের কপি' }).click()
  await expect(frame.locator('h1')).toHaveText(CORRECTED)

  // The correction is approved again (confirmed), which locks it again.
  await workflow.getByRole('button', { name: 'অনুমোদন দিন' }).click()
  const approve = page.getByRole('dialog', { name: 'লেখাটি অনুমোদন দেবেন?' })
  await expect(approve).toContainText(CORRECTED)
  await approve.getByRole('button', { name: 'অনুমোদন দিন' }).click()
  await expect(workflow).toContainText('অবস্থা: অনুমোদিত')
  await expect(page.getByRole('note').filter({ hasText: 'লেখাটি অনুমোদিত' })).toContainText('«আবার সম্পাদনায় পাঠান»')
  await expect(headline).toBeDisabled()

  // Publishing a correction: the next version, the update time, and an optional note.
  await workflow.getByRole('button', { name: 'প্রকাশ করুন' }).click()
  const publish = page.getByRole('dialog', { name: 'সংশোধনটি প্রকাশ করবেন?' })
  await expect(publish).toContainText('সংস্করণ ২ (পাঠকেরা এখন দেখছেন সংস্করণ ১)')
  await expect(publish).toContainText('আপডেট : ')
  await publish.getByLabel('সংশোধনী').fill(NOTE)
  await publish.getByRole('button', { name: 'প্রকাশ করুন' }).click()
  await expect(workflow).toContainText('অবস্থা: প্রকাশিত')
  await expect(headline).toHaveValue(CORRECTED)
  await expect(headline).toBeDisabled()

  // The page now says when it was updated and why; the preview and the export agree.
  await expect(shows).toHaveCount(0)
  await expect(frame.locator('.draft-mark')).toHaveCount(0)
  await expect(frame.locator('body')).toContainText('আপডেট : ')
  await expect(frame.locator('.corrections')).toContainText(`সংশোধনী: ${NOTE}`)
  await page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: 'রপ্তানি' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('dialog', { name: 'লেখা রপ্তানি' }).getByRole('button', { name: 'রপ্তানি করুন' }).click()
  const html = await readFile((await (await downloading).path())!, 'utf8')
  expect(html).toContain(`<h1>${CORRECTED}</h1>`)
  expect(html).toMatch(/আপডেট : [০-৯]+ [^<]+ [০-৯]{4}, [০-৯]{2}:[০-৯]{2} (এএম|পিএম)/)
  expect(html).toContain(`সংশোধনী: ${NOTE}`)

  // Both versions are kept, and can be compared word by word.
  await page.getByRole('button', { name: 'প্রকাশিত সংস্করণ' }).click()
  const versions = page.getByRole('dialog', { name: 'প্রকাশিত সংস্করণ' })
  const list = versions.getByRole('list', { name: 'প্রকাশিত সংস্করণ' }).getByRole('listitem')
  await expect(list).toHaveCount(2)
  await expect(list.nth(0)).toContainText('সংস্করণ ২')
  await expect(list.nth(0)).toContainText('প্রকাশ করেছেন মাহমুদা হক')
  await expect(list.nth(0)).toContainText(`সংশোধনী: ${NOTE}`)
  await expect(list.nth(1)).toContainText('সংস্করণ ১')
  await expect(list.nth(1)).toContainText('প্রথম প্রকাশ')
  await versions.getByLabel('আগের সংস্করণ').selectOption({ label: 'সংস্করণ ১' })
  await versions.getByLabel('পরের সংস্করণ').selectOption({ label: 'সংস্করণ ২' })
  await expect(versions.locator('del').filter({ hasText: 'তিন' })).toHaveCount(1)
  await expect(versions.locator('ins').filter({ hasText: 'চার' })).toHaveCount(1)
  await expect(versions.locator('ins').filter({ hasText: 'চতুর্থ' })).toHaveCount(1)
  // The other way round, the same words change sides.
  await versions.getByLabel('আগের সংস্করণ').selectOption({ label: 'সংস্করণ ২' })
  await versions.getByLabel('পরের সংস্করণ').selectOption({ label: 'সংস্করণ ১' })
  await expect(versions.locator('ins').filter({ hasText: 'তিন' })).toHaveCount(1)
  await expect(versions.locator('del').filter({ hasText: 'চতুর্থ' })).toHaveCount(1)
  await versions.getByRole('button', { name: 'বন্ধ করুন' }).click()

  const stored = valueOf(await api.call('article.get', { id }))
  expect(stored.publication?.version).toBe(2)
  expect(stored.publication?.corrections.map((entry) => entry.note)).toEqual([NOTE])
})

test('a correction is dropped after a confirmation, and killing asks first and can be called off', async ({ page }) => {
  const { host, api } = await scene()
  await becomeProfile(api, 'করিম উদ্দিন', 'desk')
  const id = await completeStory(api)
  await becomeProfile(api, 'মাহমুদা হক', 'chief')
  await moveThrough(api, id, ['submit', 'take', 'approve', 'publish'])
  await openStory(page, host, HEADLINE)
  const workflow = workflowGroup(page)
  const headline = page.getByLabel('শিরোনাম', { exact: true })

  // Killing asks what goes, and why; going back changes nothing.
  await workflow.getByRole('button', { name: 'বাতিল করুন' }).click()
  const kill = page.getByRole('dialog', { name: 'লেখাটি বাতিল করবেন?' })
  await expect(kill).toContainText(HEADLINE)
  await expect(kill.getByLabel('কারণ')).toBeVisible()
  await kill.getByRole('button', { name: 'ফিরে যান' }).click()
  await expect(kill).toHaveCount(0)
  await expect(workflow).toContainText('অবস্থা: প্রকাশিত')

  await workflow.getByRole('button', { name: 'সংশোধন করুন' }).click()
  await expect(workflow).toContainText('অবস্থা: সম্পাদনা চলছে')
  await headline.fill(CORRECTED)
  await page.getByLabel('বিভাগ').click()
  await expect(page.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()

  // Dropping it asks first; cancelling keeps the working copy.
  await workflow.getByRole('button', { name: 'সংশোধন বাদ দিন' }).click()
  const discard = page.getByRole('dialog', { name: 'সংশোধন বাদ দেবেন?' })
  await expect(discard).toContainText('প্রকাশিত লেখাটি (সংস্করণ ১) ফিরে আসবে')
  await discard.getByRole('button', { name: 'বাতিল', exact: true }).click()
  await expect(headline).toHaveValue(CORRECTED)
  await workflow.getByRole('button', { name: 'সংশোধন বাদ দিন' }).click()
  await page.getByRole('dialog', { name: 'সংশোধন বাদ দেবেন?' }).getByRole('button', { name: 'সংশোধন বাদ দিন' }).click()

  // The published text is back in the editor, locked again; nothing was published again.
  await expect(workflow).toContainText('অবস্থা: প্রকাশিত')
  await expect(headline).toHaveValue(HEADLINE)
  await expect(headline).toBeDisabled()
  await expect(page.getByRole('note').filter({ hasText: 'সংশোধন চলছে' })).toHaveCount(0)
  const stored = valueOf(await api.call('article.get', { id }))
  expect(stored.headline).toBe(HEADLINE)
  expect(stored.publication?.version).toBe(1)

  // A reporter is told whom to ask, not to press a button they do not have.
  await becomeProfile(api, 'রহিমা খাতুন', 'reporter')
  await openStory(page, host, HEADLINE)
  await expect(page.getByRole('note').filter({ hasText: 'লেখাটি প্রকাশিত' })).toContainText('সম্পাদকীয় নোটে ডেস্ককে জানান')
  await expect(workflow.getByRole('button', { name: 'সংশোধন করুন' })).toHaveCount(0)
})
