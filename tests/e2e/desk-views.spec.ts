import { expect, test, type Page } from '@playwright/test'
import type { BartaApi } from '../../src/shared/api'
import type { Role } from '../../src/shared/workflow'
import { completeStory, libraryNav, moveThrough, useScenes, valueOf, workflowGroup } from './trust-harness'

/**
 * The desk keeps track (issue 14, item 6): four views — «জমা পড়েছে», «সম্পাদনা চলছে» (with who holds the story),
 * «অনুমোদিত», «আজ প্রকাশিত» — each card saying who moved the story there and when; a story taken leaves «জমা পড়েছে»
 * for «সম্পাদনা চলছে» and the empty queue says where the desk's stories are, not «নতুন লেখা» চাপুন; a story the desk
 * returned is flagged to its reporter the next time they look, until they open it.
 */
const scene = useScenes()

/** A profile, made current; its id, to switch back to it later. */
async function profile(api: BartaApi, name: string, role: Role): Promise<string> {
  const state = valueOf(await api.call('profile.save', { profile: { name, role, desk: '' } }))
  return state.currentId
}

const deskViews = (page: Page) => libraryNav(page).getByRole('group', { name: 'ডেস্কের লেখা' })
const card = (page: Page, headline: string) => libraryNav(page).getByRole('button', { name: new RegExp(headline) })

const WAITING = 'পদ্মা সেতুতে যান চলাচল বেড়েছে'
const HELD = 'চট্টগ্রাম বন্দরে কনটেইনার জট কমেছে'
const APPROVED = 'রাজশাহীতে আমের দাম নিয়ে চাষিদের হতাশা'
const PUBLISHED = 'সিলেটে বন্যার পানি নামতে শুরু করেছে'
const RETURNED = 'খুলনায় লবণাক্ততায় ধানের ক্ষতি'

test('the desk views show where each story stands, who moved it and when, and follow a story the desk takes', async ({ page }) => {
  const { host, api } = await scene()
  await profile(api, 'রহিমা খাতুন', 'reporter')
  const ids: Record<string, string> = {}
  for (const headline of [WAITING, HELD, APPROVED, PUBLISHED]) {
    const publishedAt = headline === PUBLISHED ? new Date().toISOString() : undefined
    ids[headline] = await completeStory(api, { headline, ...(publishedAt ? { publishedAt } : {}) })
    await moveThrough(api, ids[headline]!, ['submit'])
  }
  const desk = await profile(api, 'করিম উদ্দিন', 'desk')
  await moveThrough(api, ids[HELD]!, ['take'])
  await moveThrough(api, ids[APPROVED]!, ['take', 'approve'])
  await moveThrough(api, ids[PUBLISHED]!, ['take', 'approve'])
  await profile(api, 'নাসরিন আক্তার', 'chief')
  await moveThrough(api, ids[PUBLISHED]!, ['publish'])
  valueOf(await api.call('profile.switch', { id: desk }))

  await page.goto(host.url)
  await libraryNav(page).getByRole('button', { name: 'ডেস্ক', exact: true }).click()
  // The four views by name, each with its count as the button's description.
  const views = deskViews(page)
  for (const name of ['জমা পড়েছে', 'সম্পাদনা চলছে', 'অনুমোদিত', 'আজ প্রকাশিত'])
    await expect(views.getByRole('button', { name, exact: true })).toHaveAccessibleDescription('মোট ১')
  await expect(views.getByRole('button', { name: 'জমা পড়েছে', exact: true })).toHaveAttribute('aria-pressed', 'true')

  // Each card says who moved the story into its view, and when — not only the byline.
  await expect(card(page, WAITING)).toContainText(/জমা দিয়েছেন রহিমা খাতুন, (এইমাত্র|.+ আগে)/)
  await expect(card(page, HELD)).toHaveCount(0)
  await views.getByRole('button', { name: 'সম্পাদনা চলছে', exact: true }).click()
  await expect(card(page, HELD)).toContainText('সম্পাদনা করছেন করিম উদ্দিন')
  // Who sent it to the desk stays on the card after an editor took it.
  await expect(card(page, HELD)).toContainText(/জমা: রহিমা খাতুন, (এইমাত্র|.+ আগে)/)
  await views.getByRole('button', { name: 'অনুমোদিত', exact: true }).click()
  await expect(card(page, APPROVED)).toContainText('অনুমোদন দিয়েছেন করিম উদ্দিন')
  await views.getByRole('button', { name: 'আজ প্রকাশিত', exact: true }).click()
  await expect(card(page, PUBLISHED)).toContainText('প্রকাশ করেছেন নাসরিন আক্তার')
  await expect(card(page, PUBLISHED)).toContainText(/প্রকাশ: /)

  // The desk takes the waiting story: the list follows it to «সম্পাদনা চলছে», holder named.
  await views.getByRole('button', { name: 'জমা পড়েছে', exact: true }).click()
  await card(page, WAITING).click()
  await workflowGroup(page).getByRole('button', { name: 'সম্পাদনার জন্য নিন' }).click()
  await expect(workflowGroup(page)).toContainText('অবস্থা: সম্পাদনা চলছে')
  await expect(views.getByRole('button', { name: 'সম্পাদনা চলছে', exact: true })).toHaveAttribute('aria-pressed', 'true')
  await expect(card(page, WAITING)).toContainText('সম্পাদনা করছেন করিম উদ্দিন')
  await expect(views.getByRole('button', { name: 'সম্পাদনা চলছে', exact: true })).toHaveAccessibleDescription('মোট ২')

  // The empty queue says nothing is waiting and where the desk's stories are — never to write a new story.
  await views.getByRole('button', { name: 'জমা পড়েছে', exact: true }).click()
  const empty = libraryNav(page).getByText('জমা পড়া কোনো লেখা অপেক্ষায় নেই।')
  await expect(empty).toContainText('«সম্পাদনা চলছে»: ২টি')
  await expect(empty).toContainText('«অনুমোদিত»: ১টি')
  await expect(libraryNav(page)).not.toContainText('নতুন লেখা')
})

test('a story the desk returned is flagged to its reporter the next time they look, until they open it', async ({ page }) => {
  const { host, api } = await scene()
  const reporter = await profile(api, 'রহিমা খাতুন', 'reporter')
  const id = await completeStory(api, { headline: RETURNED })
  const kept = await completeStory(api, { headline: WAITING })
  await moveThrough(api, id, ['submit'])
  await moveThrough(api, kept, ['submit'])
  await profile(api, 'করিম উদ্দিন', 'desk')
  await moveThrough(api, id, ['take'])
  valueOf(await api.call('article.transition', { id, action: 'return', note: 'উৎস যোগ করুন' }))

  // The reporter looks again: the returned story is named at the top, and flagged in the list.
  valueOf(await api.call('profile.switch', { id: reporter }))
  await page.goto(host.url)
  const banner = page.getByRole('region', { name: 'আপনার কাছে ফেরত আসা লেখা' })
  await expect(banner).toContainText('১টি লেখা ফেরত এসেছে')
  await expect(card(page, RETURNED)).toContainText('ফেরত এসেছে')
  await expect(card(page, WAITING)).not.toContainText('ফেরত এসেছে')

  // Opening it clears the flag, and it stays cleared on the next start.
  await banner.getByRole('button', { name: RETURNED }).click()
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toHaveValue(RETURNED)
  await expect(banner).toHaveCount(0)
  await expect(card(page, RETURNED)).not.toContainText('● ফেরত এসেছে')
  await page.reload()
  await expect(card(page, RETURNED)).toBeVisible()
  await expect(page.getByRole('region', { name: 'আপনার কাছে ফেরত আসা লেখা' })).toHaveCount(0)
  await expect(card(page, RETURNED)).not.toContainText('● ফেরত এসেছে')
})
