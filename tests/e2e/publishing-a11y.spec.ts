import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { randomUUID } from 'node:crypto'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { becomeProfile, completeStory, HEADLINE, libraryNav, moveThrough, useScenes, valueOf, workflowGroup } from './trust-harness'

const scene = useScenes()

const violations = async (builder: AxeBuilder) =>
  (await builder.analyze()).violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
  )

/** axe-core on the open dialog only (the page behind it is inert while it is open). */
async function dialogIsClean(page: Page, name: string, label: string): Promise<void> {
  await expect(page.getByRole('dialog', { name })).toBeVisible()
  expect(await violations(new AxeBuilder({ page }).include('dialog')), label).toEqual([])
}

// One test per theme: each sets its own scene, so neither waits on the other.
for (const theme of ['light', 'dark'] as const) {
  test(`the workflow bar, checklist, lock banner and the publishing dialogs have no axe-core violations (${theme} theme)`, async ({
    browser
  }) => {
    const { host, api } = await scene()
    await becomeProfile(api, 'সিলেট প্রতিনিধি', 'reporter')
    // A package with a claimed history and a note, for the record and the notes.
    const sent = await completeStory(api, { headline: 'হাওরে ধান কাটা শুরু' })
    valueOf(await api.call('note.add', { id: sent, text: 'ছবিটি স্থানীয় এক কৃষকের তোলা।' }))
    await moveThrough(api, sent, ['submit'])
    const pkg = JSON.parse(
      Buffer.from(valueOf(await api.call('export.article', { id: sent, format: 'json' })).files[0]!.dataBase64, 'base64').toString('utf8')
    ) as { article: { id: string } }
    pkg.article.id = randomUUID()
    const file = join(host.dataDir, 'sent.barta.json')
    await writeFile(file, JSON.stringify(pkg))
    // The sender's own copy goes: the desk's copy arrives as a package.
    valueOf(await api.call('article.trash', { id: sent }))
    valueOf(await api.call('article.create', { content: { headline: 'বইমেলায় রেকর্ড বিক্রি', body: bodyFromPlainText('বিক্রি বেড়েছে।') } }))

    // A published story with a correction published, and one approved story.
    await becomeProfile(api, 'মাহমুদা হক', 'chief')
    const published = await completeStory(api)
    await moveThrough(api, published, ['submit', 'take', 'approve', 'publish', 'correct'])
    const working = valueOf(await api.call('article.get', { id: published }))
    valueOf(
      await api.call('article.save', { id: published, baseRevision: working.revision, patch: { headline: `${HEADLINE}, আরও একটি ঝুঁকিতে` } })
    )
    await moveThrough(api, published, ['approve'])
    valueOf(await api.call('article.transition', { id: published, action: 'publish', correctionNote: 'শিরোনামে ঝুঁকির কথা যোগ হয়েছে।' }))
    await completeStory(api, { headline: 'রাজধানীতে মেট্রোরেলের নতুন সময়সূচি' }).then((id) =>
      moveThrough(api, id, ['submit', 'take', 'approve'])
    )

    const context = await browser.newContext({ locale: 'bn-BD' })
    const page = await context.newPage()
    await page.goto(host.url)
    await page.getByLabel('আমদানির ফাইল').setInputFiles(file)
    await expect(page.getByRole('status', { name: 'আমদানির ফলাফল' })).toContainText('আমদানি হয়েছে')
    const library = libraryNav(page)
    if (theme === 'dark') await page.getByRole('button', { name: 'গাঢ় থিম' }).click()
    await expect(page.locator('html')).toHaveAttribute('data-theme', theme)

    // A draft: the checklist beside the buttons, and the reporter-style warning on submit.
    await library.getByRole('button', { name: /বইমেলায়/ }).click()
    await expect(page.getByRole('region', { name: /অনুমোদনের তালিকা/ })).toBeVisible()
    expect(await violations(new AxeBuilder({ page })), `draft with checklist (${theme})`).toEqual([])
    await workflowGroup(page).getByRole('button', { name: 'জমা দিন' }).click()
    await dialogIsClean(page, 'লেখাটি এখনো অসম্পূর্ণ', `submit warning (${theme})`)
    await page.getByRole('button', { name: 'ফিরে যান' }).click()

    // The imported story: its record with the sender's claim, and the received note.
    await library.getByRole('button', { name: /হাওরে ধান/ }).click()
    await page.getByRole('button', { name: 'ইতিহাস', exact: true }).click()
    await expect(page.getByRole('region', { name: 'প্রেরকের দেওয়া ইতিহাস' })).toBeVisible()
    await dialogIsClean(page, 'লেখার ইতিহাস', `history (${theme})`)
    await page.getByRole('dialog', { name: 'লেখার ইতিহাস' }).getByRole('button', { name: 'বন্ধ করুন' }).click()
    await page.getByRole('toolbar', { name: 'লেখার কাজ' }).getByRole('button', { name: /^নোট/ }).click()
    await expect(page.getByText(/প্যাকেজে এসেছে/)).toBeVisible()
    await dialogIsClean(page, 'সম্পাদকীয় নোট', `notes with a received note (${theme})`)
    await page.getByRole('dialog', { name: 'সম্পাদকীয় নোট' }).getByRole('button', { name: 'বন্ধ করুন' }).click()

    // The approved story: locked, and the confirmation before publishing (with its photo).
    await library.getByRole('button', { name: /মেট্রোরেলের/ }).click()
    await expect(page.getByRole('note').filter({ hasText: 'লেখাটি অনুমোদিত' })).toBeVisible()
    expect(await violations(new AxeBuilder({ page })), `locked story (${theme})`).toEqual([])
    await workflowGroup(page).getByRole('button', { name: 'প্রকাশ করুন' }).click()
    await expect(page.getByRole('dialog', { name: 'লেখাটি প্রকাশ করবেন?' }).getByRole('img')).toBeVisible()
    await dialogIsClean(page, 'লেখাটি প্রকাশ করবেন?', `publish confirmation (${theme})`)
    await page.getByRole('button', { name: 'ফিরে যান' }).click()
    await workflowGroup(page).getByRole('button', { name: 'বাতিল করুন' }).click()
    await dialogIsClean(page, 'লেখাটি বাতিল করবেন?', `kill confirmation (${theme})`)
    await page.getByRole('button', { name: 'ফিরে যান' }).click()

    // The corrected story: its published versions, compared; a new correction, and dropping it.
    await library.getByRole('button', { name: /আরও একটি ঝুঁকিতে/ }).click()
    await page.getByRole('button', { name: 'প্রকাশিত সংস্করণ' }).click()
    await expect(page.getByRole('dialog', { name: 'প্রকাশিত সংস্করণ' }).locator('ins').first()).toBeVisible()
    await dialogIsClean(page, 'প্রকাশিত সংস্করণ', `published versions (${theme})`)
    await page.getByRole('dialog', { name: 'প্রকাশিত সংস্করণ' }).getByRole('button', { name: 'বন্ধ করুন' }).click()
    await workflowGroup(page).getByRole('button', { name: 'সংশোধন করুন' }).click()
    await expect(page.getByRole('note').filter({ hasText: 'সংশোধন চলছে' })).toBeVisible()
    await page.keyboard.press('Control+p')
    await expect(page.getByRole('group', { name: 'প্রাকদর্শনে যা দেখাবে' })).toBeVisible()
    expect(await violations(new AxeBuilder({ page }).exclude('iframe')), `correction with preview (${theme})`).toEqual([])
    await page.keyboard.press('Control+p')
    await workflowGroup(page).getByRole('button', { name: 'সংশোধন বাদ দিন' }).click()
    await dialogIsClean(page, 'সংশোধন বাদ দেবেন?', `discard confirmation (${theme})`)
    await page.getByRole('dialog', { name: 'সংশোধন বাদ দেবেন?' }).getByRole('button', { name: 'বাতিল', exact: true }).click()
    await context.close()
  })
}
