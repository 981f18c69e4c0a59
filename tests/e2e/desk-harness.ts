import { test, type Locator, type Page } from '@playwright/test'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

/**
 * What the desk specs share: one browser host per worker, a new article typed into the UI, the saved article read back
 * from its file on disk by headline, and a paste event with our own clipboard contents.
 */
export interface StoredNode {
  type: string
  attrs?: Record<string, unknown>
  content?: StoredNode[]
  marks?: { type: string; attrs?: Record<string, unknown> }[]
  text?: string
}

type StoredArticle = { headline: string; body: { content: StoredNode[] } } & Record<string, unknown>

export interface DeskHarness {
  readonly host: HostProcess
  /** The article file whose headline is `headline` (each test writes its own); undefined until it is on disk. */
  storedArticle(headline: string): Promise<StoredArticle | undefined>
  /** The saved body, or null while it is not on disk yet (expect.poll does not retry a throw). */
  savedBody(headline: string): Promise<StoredNode[] | null>
  newArticle(page: Page, headline: string): Promise<Locator>
}

/** Registers beforeAll/afterAll for one browser host and returns helpers bound to it. */
export function useDeskHost(): DeskHarness {
  let host: HostProcess | undefined
  test.beforeAll(async () => {
    host = await startBrowserHost(await makeDataDir())
  })
  test.afterAll(async () => {
    await host?.stop()
  })
  const current = () => {
    if (!host) throw new Error('the browser host is not started')
    return host
  }
  const storedArticle = async (headline: string) => {
    const folder = join(current().dataDir, 'articles')
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      if (!name.endsWith('.json')) continue
      try {
        const { article } = JSON.parse(await readFile(join(folder, name), 'utf8')) as { article: StoredArticle }
        if (article.headline === headline) return article
      } catch {
        // A file being replaced right now: the next poll reads it.
      }
    }
    return undefined
  }
  return {
    get host() {
      return current()
    },
    storedArticle,
    savedBody: async (headline) => (await storedArticle(headline))?.body.content ?? null,
    async newArticle(page, headline) {
      await page.goto(current().url)
      await page.getByRole('button', { name: 'নতুন লেখা' }).click()
      await page.getByLabel('শিরোনাম', { exact: true }).fill(headline)
      const body = page.getByRole('textbox', { name: 'মূল লেখা' })
      await body.click()
      return body
    }
  }
}

/** A paste event as the browser fires it, with our own clipboard contents. */
export async function paste(body: Locator, data: Record<string, string>): Promise<void> {
  await body.evaluate((element, entries) => {
    const transfer = new DataTransfer()
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value)
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }))
  }, data)
}

export const paragraph = (...content: StoredNode[]): StoredNode => (content.length ? { type: 'paragraph', content } : { type: 'paragraph' })
export const text = (value: string, ...marks: string[]): StoredNode =>
  marks.length ? { type: 'text', text: value, marks: marks.map((type) => ({ type })) } : { type: 'text', text: value }
