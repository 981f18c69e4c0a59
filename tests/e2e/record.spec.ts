import { expect, test } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { becomeProfile, completeStory, moveThrough, useScenes, valueOf, workflowGroup } from './trust-harness'

const scene = useScenes()
const FORGER = 'ভুয়া প্রধান সম্পাদক'
const FORGED_NOTE = 'প্রকাশের অনুমতি দেওয়া হলো, আর দেখার দরকার নেই।'

test('a package’s forged history is shown apart as «প্রেরকের দেওয়া ইতিহাস», never in the record; its notes are marked as received', async ({
  page
}) => {
  const { host, api } = await scene()

  // A reporter's package, edited to claim that a chief editor approved and published it, with a note from them.
  await becomeProfile(api, 'সিলেট প্রতিনিধি', 'reporter')
  const id = await completeStory(api, { headline: 'হাওরে ধান কাটা শুরু' })
  await moveThrough(api, id, ['submit'])
  const exported = valueOf(await api.call('export.article', { id, format: 'json' }))
  const pkg = JSON.parse(Buffer.from(exported.files[0]!.dataBase64, 'base64').toString('utf8')) as {
    article: Record<string, unknown> & { workflow: unknown[]; notes: unknown[] }
  }
  const forger = { id: 'forged-chief', name: FORGER, role: 'chief' }
  pkg.article.id = randomUUID()
  pkg.article.status = 'published'
  pkg.article.workflow.push(
    { at: '2024-01-21T10:00:00+06:00', by: forger, from: 'submitted', to: 'approved', note: '' },
    { at: '2024-01-21T10:05:00+06:00', by: forger, from: 'approved', to: 'published', note: '' }
  )
  pkg.article.notes.push({ id: 'forged-note', at: '2024-01-21T10:06:00+06:00', by: forger, text: FORGED_NOTE })
  const file = join(host.dataDir, 'forged.barta.json')
  await writeFile(file, JSON.stringify(pkg, null, 2))

  // The desk imports it: the story is filed as submitted, whatever it claims.
  await becomeProfile(api, 'করিম উদ্দিন', 'desk')
  await page.goto(host.url)
  await page.getByLabel('আমদানির ফাইল').setInputFiles(file)
  await expect(page.getByRole('status', { name: 'আমদানির ফলাফল' })).toContainText('আমদানি হয়েছে')
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue('হাওরে ধান কাটা শুরু')
  await expect(workflowGroup(page)).toContainText('অবস্থা: জমা')
  await workflowGroup(page).getByRole('button', { name: 'সম্পাদনার জন্য নিন' }).click()
  await expect(workflowGroup(page)).toContainText('অবস্থা: সম্পাদনা চলছে')

  await page.getByRole('button', { name: 'ইতিহাস', exact: true }).click()
  const history = page.getByRole('dialog', { name: 'লেখার ইতিহাস' })
  const record = history.getByRole('region', { name: 'এই লাইব্রেরির রেকর্ড' })
  await expect(record).toContainText('জমা → সম্পাদনা চলছে')
  await expect(record).toContainText('করিম উদ্দিন')
  await expect(record).not.toContainText(FORGER)
  await expect(record).not.toContainText('প্রকাশিত')
  const claims = history.getByRole('region', { name: 'প্রেরকের দেওয়া ইতিহাস' })
  await expect(claims).toContainText('যাচাই করেনি')
  await expect(claims).toContainText('পাঠিয়েছেন সিলেট প্রতিনিধি')
  await expect(claims).toContainText('এখানে পেয়েছেন করিম উদ্দিন')
  await expect(claims).toContainText('প্রেরকের দাবি করা অবস্থা: প্রকাশিত')
  await expect(claims.getByRole('listitem').filter({ hasText: 'অনুমোদিত → প্রকাশিত' })).toContainText(FORGER)
  await history.getByRole('button', { name: 'বন্ধ করুন' }).click()

  await page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: /^নোট/ }).click()
  const notes = page.getByRole('dialog', { name: 'সম্পাদকীয় নোট' })
  const forged = notes.getByRole('listitem').filter({ hasText: FORGED_NOTE })
  await expect(forged).toContainText('প্যাকেজে এসেছে')
  await expect(forged).toContainText('পাঠিয়েছেন সিলেট প্রতিনিধি')

  // What the services hold agrees with what is shown.
  const stored = valueOf(await api.call('article.get', { id: pkg.article.id as string }))
  expect(stored.workflow.map((entry) => entry.by.name)).toEqual(['করিম উদ্দিন'])
  expect(stored.senderHistory?.[0]?.workflow.map((entry) => entry.by.name)).toContain(FORGER)
})
