import { expect, test, type Page } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import type { BartaApi } from '../../src/shared/api'
import type { ArticlePatch } from '../../src/shared/article/model'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { createHttpClient } from '../../src/shared/http-client'
import type { Role, WorkflowAction } from '../../src/shared/workflow'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

/**
 * What the publishing specs share (corrections, the checklist, the record): a browser host per test on its own data
 * folder, a client of its contract for setting a scene quickly, and a complete story — every checklist item there.
 */
export interface Scene {
  host: HostProcess
  api: BartaApi
}

export function useScenes(): () => Promise<Scene> {
  const hosts: HostProcess[] = []
  test.afterEach(async () => {
    await Promise.all(hosts.splice(0).map((host) => host.stop()))
  })
  return async () => {
    const host = await startBrowserHost(await makeDataDir())
    hosts.push(host)
    return { host, api: createHttpClient({ baseUrl: host.origin, token: host.token, fetch }) }
  }
}

/** Takes the value of a call, or fails the test with the call's own message. */
export function valueOf<T>(result: { ok: true; value: T } | { ok: false; message: { en: string } }): T {
  if (!result.ok) throw new Error(result.message.en)
  return result.value
}

/** A profile, made current (profile.save switches to the profile it saves). */
export async function becomeProfile(api: BartaApi, name: string, role: Role): Promise<void> {
  valueOf(await api.call('profile.save', { profile: { name, role, desk: '' } }))
}

export const HEADLINE = 'যমুনার ভাঙনে বিলীন তিন গ্রাম'
export const FIRST_PARAGRAPH = 'সিরাজগঞ্জের চৌহালীতে যমুনার ভাঙনে তিনটি গ্রাম নদীতে বিলীন হয়েছে।'

/** A story with every checklist item there: headline, byline, publish time, section and a lead photo with its words. */
export async function completeStory(api: BartaApi, patch: ArticlePatch = {}): Promise<string> {
  const photo = valueOf(
    await api.call('media.put', {
      name: 'vangon.jpg',
      dataBase64: (await readFile('tests/fixtures/images/village.jpg')).toString('base64')
    })
  )
  const story = valueOf(
    await api.call('article.create', {
      content: {
        headline: HEADLINE,
        byline: 'নিজস্ব প্রতিবেদক',
        dateline: 'সিরাজগঞ্জ',
        section: 'সারাদেশ',
        publishedAt: '2024-01-21T14:27:00+06:00',
        leadImage: { mediaId: photo.mediaId, caption: 'ভাঙনের মুখে বসতভিটা', credit: 'সংগৃহীত', alt: 'নদীর পাড়ে ভাঙা ঘর' },
        body: bodyFromPlainText(FIRST_PARAGRAPH),
        ...patch
      }
    })
  )
  return story.id
}

export async function moveThrough(api: BartaApi, id: string, actions: WorkflowAction[]): Promise<void> {
  for (const action of actions) valueOf(await api.call('article.transition', { id, action }))
}

export const workflowGroup = (page: Page) => page.getByRole('group', { name: 'লেখার ধাপ' })
export const libraryNav = (page: Page) => page.getByRole('navigation', { name: 'লেখার তালিকা' })

/** Opens the host's page and the story whose headline starts with `headline`. */
export async function openStory(page: Page, host: HostProcess, headline: string | RegExp): Promise<void> {
  await page.goto(host.url)
  await libraryNav(page)
    .getByRole('button', { name: typeof headline === 'string' ? new RegExp(headline) : headline })
    .first()
    .click()
  await expect(page.getByLabel('শিরোনাম', { exact: true })).toBeVisible()
}

/** Every contract call the page makes to one method, counted from the moment this is called. */
export function countCalls(page: Page, method: string): () => number {
  let count = 0
  page.on('request', (request) => {
    if (request.method() === 'POST' && new URL(request.url()).pathname === `/api/${method}`) count += 1
  })
  return () => count
}
