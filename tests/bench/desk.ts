/**
 * Desk bench: (1) keystroke-to-next-frame latency typing Bengali into a 10,000-word article, in Barta's desk and in a
 * bare ProseMirror editor (same schema, same document, same typography, no app) in the same browser, one after the
 * other; (2) time until the desk is interactive with 10,000 stories in the library, and one `library.list` over HTTP
 * at that size. Figures and ratios only, never pass/fail. Helpers live in tests/bench/desk/.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from '@playwright/test'
import { createHttpClient } from '../../src/shared/http-client'
import { startBrowserHost, type HostProcess } from '../e2e/browser-host'
import { startBarePage, type BarePage } from './desk/bare-server'
import { callLines, measureInteractive, seedLibrary } from './desk/interactive'
import { NAME_SHIM, percentile, startTyping, type TypingResult } from './desk/keystrokes'
import { longArticleBody, typedCharacters } from './desk/text'
import { chromiumLaunchOptions } from '../../src/core/pdf-chromium'

const STORIES = 10_000
const WARMUP = 20
const MEASURED = 300
const BLOCK = 75
const GAP_MS = 30
const PAUSE_MS = 1000
const LOADS = 3
const HEADLINE = 'দীর্ঘ প্রতিবেদন: উপকূলের জীবন ও জীবিকা'

const fmt = (ms: number) => ms.toFixed(1)

/** Children still running when the process exits for any reason are killed (the finally blocks normally stop them). */
const liveHosts = new Set<HostProcess>()
process.once('exit', () => {
  for (const host of liveHosts) if (host.child.exitCode === null) host.child.kill('SIGKILL')
})

async function startHost(dataDir: string): Promise<HostProcess> {
  const host = await startBrowserHost(dataDir)
  liveHosts.add(host)
  return host
}

async function stopHost(host: HostProcess | undefined): Promise<void> {
  if (!host) return
  await host.stop()
  liveHosts.delete(host)
}

/** Opens the article in Barta's desk (created through the contract) and returns its body editor. */
async function openDesk(
  context: BrowserContext,
  host: HostProcess,
  article: ReturnType<typeof longArticleBody>
): Promise<{ page: Page; editor: Locator }> {
  const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
  const created = await client.call('article.create', { content: { headline: HEADLINE, body: article.body } })
  if (!created.ok) throw new Error(`article.create failed: ${created.message.en}`)
  const page = await context.newPage()
  await page.goto(host.url)
  await page
    .getByRole('navigation', { name: 'লেখার তালিকা' })
    .getByRole('button', { name: new RegExp(HEADLINE) })
    .click()
  const editor = page.getByRole('textbox', { name: 'মূল লেখা' })
  await editor
    .locator(':scope > p')
    .nth(article.paragraphs - 1)
    .waitFor({ state: 'attached', timeout: 30_000 })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  return { page, editor }
}

/** Opens the bare ProseMirror page with the editor as wide as the desk's, and returns its editor. */
async function openBare(
  context: BrowserContext,
  bare: BarePage,
  paragraphs: number,
  width: number
): Promise<{ page: Page; editor: Locator }> {
  const page = await context.newPage()
  await page.goto(`${bare.url}?width=${Math.round(width)}`)
  const editor = page.getByRole('textbox', { name: 'মূল লেখা' })
  await editor
    .locator(':scope > p')
    .nth(paragraphs - 1)
    .waitFor({ state: 'attached', timeout: 30_000 })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  return { page, editor }
}

async function keystrokeLines(browser: Browser, bare: BarePage, root: string): Promise<string[]> {
  const article = longArticleBody()
  const characters = typedCharacters(2 * WARMUP + 2 * MEASURED)
  let host: HostProcess | undefined
  const contexts: BrowserContext[] = []
  try {
    host = await startHost(join(root, 'desk-data'))
    for (let i = 0; i < 2; i++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      await context.addInitScript({ content: NAME_SHIM })
      contexts.push(context)
    }
    const desk = await openDesk(contexts[0]!, host, article)
    const width = (await desk.editor.boundingBox())?.width ?? 0
    const plain = await openBare(contexts[1]!, bare, article.paragraphs, width)
    await new Promise((resolve) => setTimeout(resolve, 500))

    // Warm-up in each editor, then measured blocks in the order desk, bare, bare, desk, desk, bare, bare, desk, … so a
    // change in the shared machine's load falls on both alike. A pause after each block is a writer stopping to think
    // (the desk's autosave fires ~800 ms after the last keystroke).
    const sessions = { barta: await startTyping(desk.page, desk.editor), bare: await startTyping(plain.page, plain.editor) }
    let next = 0
    const take = (n: number) => characters.slice(next, (next += n))
    await sessions.barta.type(take(WARMUP), GAP_MS)
    await sessions.bare.type(take(WARMUP), GAP_MS)
    const blocks = MEASURED / BLOCK
    for (let b = 0; b < 2 * blocks; b++) {
      const which = [0, 3].includes(b % 4) ? sessions.barta : sessions.bare
      await which.type(take(BLOCK), GAP_MS)
      await new Promise((resolve) => setTimeout(resolve, PAUSE_MS))
    }
    const results = { barta: await sessions.barta.finish(WARMUP), bare: await sessions.bare.finish(WARMUP) }

    const stats = (result: TypingResult) => ({
      p50: percentile(
        result.samples.map((s) => s.frame),
        50
      ),
      p95: percentile(
        result.samples.map((s) => s.frame),
        95
      ),
      max: Math.max(...result.samples.map((s) => s.frame)),
      task50: percentile(
        result.samples.map((s) => s.task),
        50
      ),
      task95: percentile(
        result.samples.map((s) => s.task),
        95
      ),
      render50: percentile(
        result.samples.map((s) => s.render),
        50
      ),
      render95: percentile(
        result.samples.map((s) => s.render),
        95
      )
    })
    const b = stats(results.barta)
    const p = stats(results.bare)
    return [
      `desk: article ${article.paragraphs} paragraphs, ${article.words.toLocaleString('en')} words; per editor ${WARMUP} warm-up + ${MEASURED} measured Bengali code points (CDP Input.insertText, ${GAP_MS} ms apart, blocks of ${BLOCK} alternating desk/bare with a ${PAUSE_MS} ms pause after each) at the end of paragraph ${Math.floor(article.paragraphs / 2) + 1}; editor width ${Math.round(width)} px; bare page built in ${fmt(bare.buildMs)} ms`,
      `desk: samples barta ${results.barta.samples.length} / bare ${results.bare.samples.length}; caret at paragraph end barta ${results.barta.caretAtEnd} / bare ${results.bare.caretAtEnd}; text landed barta ${results.barta.landed} / bare ${results.bare.landed}`,
      `desk: input→next task (JS work) p50 barta ${fmt(b.task50)} ms / bare ${fmt(p.task50)} ms; p95 barta ${fmt(b.task95)} ms / bare ${fmt(p.task95)} ms`,
      `desk: frame rendering (rAF → after the frame) p50 barta ${fmt(b.render50)} ms / bare ${fmt(p.render50)} ms; p95 barta ${fmt(b.render95)} ms / bare ${fmt(p.render95)} ms`,
      `desk: keystroke max barta ${fmt(b.max)} ms / bare ${fmt(p.max)} ms`,
      `desk: keystroke p50 barta ${fmt(b.p50)} ms / bare ${fmt(p.p50)} ms; p95 barta ${fmt(b.p95)} ms / bare ${fmt(p.p95)} ms`,
      `desk: keystroke p95 barta/bare = ${(b.p95 / p.p95).toFixed(2)}`
    ]
  } finally {
    for (const context of contexts) await context.close().catch(() => undefined)
    await stopHost(host)
  }
}

async function interactiveLines(browser: Browser, root: string): Promise<string[]> {
  const dataDir = join(root, 'library-data')
  const seedMs = await seedLibrary(dataDir, STORIES)
  let host: HostProcess | undefined
  try {
    const hostStarted = performance.now()
    host = await startHost(dataDir)
    const hostStartMs = performance.now() - hostStarted
    // Three page loads, each in a fresh browser context (empty cache); the first also meets a freshly started host.
    const runs: Awaited<ReturnType<typeof measureInteractive>>[] = []
    for (let i = 0; i < LOADS; i++) runs.push(await measureInteractive(browser, host, i === 0))
    const sorted = [...runs].sort((a, b) => a.headlineFocusedMs - b.headlineFocusedMs)
    const r = sorted[Math.floor(sorted.length / 2)]!
    const first = runs[0]!
    return [
      `desk: seeded ${STORIES.toLocaleString('en')} stories through LowdbArticleStore in ${(seedMs / 1000).toFixed(1)} s; host started in ${fmt(hostStartMs)} ms`,
      ...runs.map(
        (run, i) =>
          `desk: load ${i + 1}, since navigation start: first library row in DOM ${fmt(run.firstRowInDomMs)} ms, painted ${fmt(run.firstRowPaintedMs)} ms; click on «নতুন লেখা» dispatched ${fmt(run.clickAtMs)} ms; «শিরোনাম» focused ${fmt(run.headlineFocusedMs)} ms (focused element is «শিরোনাম»: ${run.headlineIsFocused})`
      ),
      ...callLines(first),
      `desk: interactive = «শিরোনাম» focused after clicking «নতুন লেখা» once the first row was painted; median of ${LOADS} loads (first load ${first.headlineFocusedMs.toFixed(0)} ms)`,
      `desk: interactive with ${STORIES} stories in ${r.headlineFocusedMs.toFixed(0)} ms (target ≤ 1000 ms)`
    ]
  } finally {
    await stopHost(host)
  }
}

export async function bench(): Promise<string[]> {
  const root = await mkdtemp(join(tmpdir(), 'barta-bench-desk-'))
  let bare: BarePage | undefined
  let browser: Browser | undefined
  const lines: string[] = []
  const failed = (what: string, error: unknown) =>
    lines.push(`desk: ${what} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  try {
    browser = await chromium.launch(chromiumLaunchOptions())
    try {
      bare = await startBarePage(longArticleBody().body)
      lines.push(...(await keystrokeLines(browser, bare, root)))
    } catch (error) {
      failed('keystroke measurement', error)
    }
    try {
      lines.push(...(await interactiveLines(browser, root)))
    } catch (error) {
      failed('interactive measurement', error)
    }
  } catch (error) {
    failed('bench', error)
  } finally {
    await browser?.close().catch(() => undefined)
    await bare?.close().catch(() => undefined)
    await rm(root, { recursive: true, force: true })
  }
  return lines
}
