import { expect, test, type Page } from '@playwright/test'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createHttpClient } from '../../src/shared/http-client'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

const hosts: HostProcess[] = []
test.afterEach(async () => {
  await Promise.all(hosts.splice(0).map((host) => host.stop()))
})

async function host(): Promise<HostProcess> {
  const started = await startBrowserHost(await makeDataDir())
  hosts.push(started)
  return started
}

async function addProfile(page: Page, name: string, role: 'প্রতিবেদক' | 'ডেস্ক সম্পাদক' | 'প্রধান সম্পাদক') {
  await page.getByRole('button', { name: 'নতুন প্রোফাইল' }).click()
  const dialog = page.getByRole('dialog', { name: 'নতুন প্রোফাইল' })
  await dialog.getByLabel('নাম').fill(name)
  await dialog.getByLabel('ভূমিকা').selectOption({ label: role })
  await dialog.getByRole('button', { name: 'সংরক্ষণ করুন' }).click()
  await expect(page.getByRole('combobox', { name: 'প্রোফাইল', exact: true })).toHaveValue(/.+/)
  await expect(page.getByRole('combobox', { name: 'প্রোফাইল', exact: true }).locator('option:checked')).toHaveText(`${name} — ${role}`)
}

async function switchTo(page: Page, label: string) {
  await page.getByRole('combobox', { name: 'প্রোফাইল', exact: true }).selectOption({ label })
}

const workflow = (page: Page) => page.getByRole('group', { name: 'লেখার ধাপ' })

test('a story walks from reporter to desk to chief, with a return, a blocked approval and a draft-marked export', async ({ page }) => {
  const barta = await host()
  await page.goto(barta.url)
  await addProfile(page, 'রহিমা খাতুন', 'প্রতিবেদক')
  await page.getByRole('button', { name: 'নতুন লেখা' }).click()
  await page.getByLabel('শিরোনাম', { exact: true }).fill('যমুনার ভাঙনে বিলীন তিন গ্রাম')
  await page.getByRole('textbox', { name: 'মূল লেখা' }).click()
  await page.keyboard.insertText('সিরাজগঞ্জের চৌহালীতে যমুনার ভাঙনে তিনটি গ্রাম নদীতে বিলীন হয়েছে।')
  await expect(page.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()

  // A draft exported before approval carries the mark.
  await page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: 'রপ্তানি' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('dialog', { name: 'লেখা রপ্তানি' }).getByRole('button', { name: 'রপ্তানি করুন' }).click()
  const html = await readFile((await (await downloading).path())!, 'utf8')
  expect(html).toContain('<p class="draft-mark" role="note">খসড়া — প্রকাশের জন্য নয়</p>')

  await expect(workflow(page)).toContainText('অবস্থা: খসড়া')
  await expect(workflow(page).getByRole('button', { name: 'অনুমোদন দিন' })).toHaveCount(0)
  // Incomplete: the reporter is warned, and may submit anyway.
  await workflow(page).getByRole('button', { name: 'জমা দিন' }).click()
  await page.getByRole('dialog', { name: 'লেখাটি এখনো অসম্পূর্ণ' }).getByRole('button', { name: 'তবুও জমা দিন' }).click()
  await expect(workflow(page)).toContainText('অবস্থা: জমা')

  // The desk editor sees it in the desk queue, takes it and returns it with a reason.
  await addProfile(page, 'করিম উদ্দিন', 'ডেস্ক সম্পাদক')
  const library = page.getByRole('navigation', { name: 'লেখার তালিকা' })
  await library.getByRole('button', { name: 'ডেস্ক', exact: true }).click()
  await library.getByRole('button', { name: /যমুনার ভাঙনে/ }).click()
  await workflow(page).getByRole('button', { name: 'সম্পাদনার জন্য নিন' }).click()
  await expect(workflow(page)).toContainText('অবস্থা: সম্পাদনা চলছে')
  await workflow(page).getByRole('button', { name: 'ফেরত পাঠান' }).click()
  const reason = page.getByRole('dialog', { name: 'ফেরত পাঠান' })
  await reason.getByLabel('কারণ').fill('ছবি ও ছবির সূত্র দিন')
  await reason.getByRole('button', { name: 'ফেরত পাঠান' }).click()
  await expect(workflow(page)).toContainText('অবস্থা: ফেরত')

  // The reporter sees why and resubmits.
  await switchTo(page, 'রহিমা খাতুন — প্রতিবেদক')
  await expect(page.getByRole('note').filter({ hasText: 'ফেরত পাঠিয়েছেন করিম উদ্দিন' })).toContainText('ছবি ও ছবির সূত্র দিন')
  await workflow(page).getByRole('button', { name: 'জমা দিন' }).click()
  await page.getByRole('dialog', { name: 'লেখাটি এখনো অসম্পূর্ণ' }).getByRole('button', { name: 'তবুও জমা দিন' }).click()
  await expect(workflow(page)).toContainText('অবস্থা: জমা')

  // The desk tries to approve an incomplete story: blocked, with the list of what is missing.
  await switchTo(page, 'করিম উদ্দিন — ডেস্ক সম্পাদক')
  await workflow(page).getByRole('button', { name: 'সম্পাদনার জন্য নিন' }).click()
  await workflow(page).getByRole('button', { name: 'অনুমোদন দিন' }).click()
  const confirmApproval = page.getByRole('dialog', { name: 'লেখাটি অনুমোদন দেবেন?' })
  const blocked = confirmApproval.getByRole('alert').filter({ hasText: 'অনুমোদনের আগে এগুলো লাগবে' })
  await expect(blocked).toContainText('প্রতিবেদক')
  await expect(blocked).toContainText('প্রধান ছবি')
  await expect(confirmApproval.getByRole('button', { name: 'অনুমোদন দিন' })).toHaveCount(0)
  await confirmApproval.getByRole('button', { name: 'ফিরে যান' }).click()
  await expect(workflow(page)).toContainText('অবস্থা: সম্পাদনা চলছে')

  // Complete it (the photo through the contract), then approve; only the chief editor may publish.
  const client = createHttpClient({ baseUrl: barta.origin, token: barta.token, fetch })
  const photo = await client.call('media.put', {
    name: 'vangon.jpg',
    dataBase64: (await readFile('tests/fixtures/images/village.jpg')).toString('base64')
  })
  if (!photo.ok) throw new Error(photo.message.en)
  const list = await client.call('library.list', {})
  const id = list.ok ? list.value.items[0]!.id : ''
  const current = await client.call('article.get', { id })
  if (!current.ok) throw new Error('get')
  await client.call('article.save', {
    id,
    baseRevision: current.value.revision,
    patch: {
      byline: 'নিজস্ব প্রতিবেদক',
      section: 'সারাদেশ',
      publishedAt: '2024-01-21T14:27:00+06:00',
      leadImage: { mediaId: photo.value.mediaId, caption: 'ভাঙনের মুখে বসতভিটা', credit: 'সংগৃহীত', alt: 'নদীর পাড়ে ভাঙা ঘর' }
    }
  })
  await page.reload()
  await library.getByRole('button', { name: 'লেখা', exact: true }).click()
  await library.getByRole('button', { name: /যমুনার ভাঙনে/ }).click()
  await workflow(page).getByRole('button', { name: 'অনুমোদন দিন' }).click()
  await page.getByRole('dialog', { name: 'লেখাটি অনুমোদন দেবেন?' }).getByRole('button', { name: 'অনুমোদন দিন' }).click()
  await expect(workflow(page)).toContainText('অবস্থা: অনুমোদিত')
  await expect(workflow(page).getByRole('button', { name: 'প্রকাশ করুন' })).toHaveCount(0)

  await addProfile(page, 'প্রধান সম্পাদক', 'প্রধান সম্পাদক')
  await workflow(page).getByRole('button', { name: 'প্রকাশ করুন' }).click()
  await page.getByRole('dialog', { name: 'লেখাটি প্রকাশ করবেন?' }).getByRole('button', { name: 'প্রকাশ করুন' }).click()
  await expect(workflow(page)).toContainText('অবস্থা: প্রকাশিত')

  const story = await client.call('article.get', { id })
  expect(story.ok && story.value.workflow.map((entry) => `${entry.by.name}: ${entry.from}→${entry.to}`)).toEqual([
    'রহিমা খাতুন: draft→submitted',
    'করিম উদ্দিন: submitted→editing',
    'করিম উদ্দিন: editing→returned',
    'রহিমা খাতুন: returned→submitted',
    'করিম উদ্দিন: submitted→editing',
    'করিম উদ্দিন: editing→approved',
    'প্রধান সম্পাদক: approved→published'
  ])
  // Published: the export no longer carries the draft mark.
  const exported = await client.call('export.article', { id, format: 'html' })
  expect(exported.ok && Buffer.from(exported.value.files[0]!.dataBase64, 'base64').toString('utf8')).not.toContain('<p class="draft-mark"')
})

test('a story package goes from a reporter machine to the desk, and a conflicting edit is shown before anything changes', async ({
  page
}) => {
  const reporter = await host()
  const desk = await host()
  const reporterApi = createHttpClient({ baseUrl: reporter.origin, token: reporter.token, fetch })

  // The reporter files a story and sends it as a package.
  await reporterApi.call('profile.save', { profile: { name: 'সিলেট প্রতিনিধি', role: 'reporter', desk: '' } })
  const created = await reporterApi.call('article.create', { content: { headline: 'হাওরে ধান কাটা শুরু' } })
  if (!created.ok) throw new Error('create')
  const id = created.value.id
  const sendPackage = async (name: string) => {
    const exported = await reporterApi.call('export.article', { id, format: 'json' })
    if (!exported.ok) throw new Error('export')
    const path = join(reporter.dataDir, name)
    await writeFile(path, Buffer.from(exported.value.files[0]!.dataBase64, 'base64'))
    return path
  }
  const first = await sendPackage('first.barta.json')

  await page.goto(desk.url)
  await page.getByLabel('আমদানির ফাইল').setInputFiles(first)
  await expect(page.getByRole('status', { name: 'আমদানির ফলাফল' })).toContainText('আমদানি হয়েছে')
  const headline = page.getByLabel('শিরোনাম', { exact: true })
  await expect(headline).toHaveValue('হাওরে ধান কাটা শুরু')

  // The desk edits its copy while the reporter sends a newer version.
  await headline.fill('হাওরে ধান কাটা শুরু, শ্রমিক সংকট')
  await expect(page.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()
  await reporterApi.call('article.save', { id, baseRevision: 1, patch: { summary: 'দাম ভালো পাচ্ছেন কৃষকেরা' } })
  const second = await sendPackage('second.barta.json')

  await page.getByLabel('আমদানির ফাইল').setInputFiles(second)
  const decision = page.getByRole('dialog', { name: 'এই লেখার আরেকটি সংস্করণ এসেছে' })
  await expect(decision).toContainText('পাঠিয়েছেন সিলেট প্রতিনিধি (প্রতিবেদক)')
  await expect(decision.locator('ins').filter({ hasText: 'দাম ভালো পাচ্ছেন কৃষকেরা' })).toHaveCount(1)
  await expect(decision.locator('del').filter({ hasText: 'শ্রমিক সংকট' })).toHaveCount(1)
  await decision.getByRole('button', { name: 'নতুন সংস্করণ নিন' }).click()
  await expect(headline).toHaveValue('হাওরে ধান কাটা শুরু')

  const deskApi = createHttpClient({ baseUrl: desk.origin, token: desk.token, fetch })
  const revisions = await deskApi.call('revision.list', { id })
  expect(revisions.ok && revisions.value.find((info) => info.reason === 'import')?.headline).toBe('হাওরে ধান কাটা শুরু, শ্রমিক সংকট')
})
