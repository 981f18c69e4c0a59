/**
 * Time until the desk is interactive with a large library. The data dir is filled through LowdbArticleStore directly
 * (faster than the HTTP contract), then a browser host is started on it and a fresh browser context opens the page.
 *
 * In the page (an init script, so it runs before the app): a MutationObserver notes when the library's first row
 * (nav «লেখার তালিকা» › li) enters the DOM, and a rAF → MessageChannel hop after that notes when the frame showing it
 * is done. As soon as that has happened the bench sends a trusted mouse click (CDP, no actionability waits) to the
 * centre of «নতুন লেখা» where it is at that moment, and the page notes when a text field takes focus; the bench checks that the focused
 * element is the «শিরোনাম» field. All times are performance.now() in the page, i.e. ms since navigation start.
 */
import type { Browser } from '@playwright/test'
import { createHttpClient } from '../../../src/shared/http-client'
import { LowdbArticleStore } from '../../../src/core/library-store'
import { smallStory } from './text'
import { NAME_SHIM, percentile } from './keystrokes'
import type { HostProcess } from '../../e2e/browser-host'

export interface InteractiveResult {
  stories: number
  seedMs: number
  hostStartMs: number
  firstRowInDomMs: number
  firstRowPaintedMs: number
  clickAtMs: number
  headlineFocusedMs: number
  headlineIsFocused: boolean
  /** The first page the library asks for on open (the UI's own query and size). */
  listFirstMs: number
  listMedianMs: number
  listItems: number
  listKilobytes: number
  listTotal: number
  /** Every page after it, walked with the cursor as the UI does in the background. */
  walkMs: number
  walkPages: number
  walkItems: number
  walkKilobytes: number
  /** A page far down the list by offset (a virtualized list jumping to row 7,000). */
  jumpMs: number
  /** A word search over HTTP: the first right after load 1, then the median of the next 5. */
  searchFirstMs: number
  searchMedianMs: number
  searchTotal: number
  searchIndexed: number
}

/** The library's query and page sizes on open (src/renderer/src/App.svelte). */
const LIBRARY_QUERY = { trash: 'exclude', sort: 'modified', order: 'desc' } as const
const FIRST_PAGE = 60
const NEXT_PAGES = 1000

interface DeskProbe {
  rowInDom: number
  rowPainted: Promise<number>
  clickAt: number
  fieldFocused: Promise<number>
}

type DeskWindow = Window & { __deskLoad?: DeskProbe }

/** Runs in the page before the app's scripts. */
function deskLoadProbe(): void {
  let paintedResolve: (at: number) => void = () => undefined
  let focusResolve: (at: number) => void = () => undefined
  const probe: DeskProbe = {
    rowInDom: -1,
    rowPainted: new Promise<number>((resolve) => (paintedResolve = resolve)),
    clickAt: -1,
    fieldFocused: new Promise<number>((resolve) => (focusResolve = resolve))
  }
  ;(window as DeskWindow).__deskLoad = probe
  const observer = new MutationObserver(() => {
    if (probe.rowInDom >= 0 || !document.querySelector('nav[aria-label="লেখার তালিকা"] li')) return
    probe.rowInDom = performance.now()
    observer.disconnect()
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => paintedResolve(performance.now())
      channel.port2.postMessage(0)
    })
  })
  observer.observe(document, { childList: true, subtree: true })
  window.addEventListener(
    'mousedown',
    (event) => {
      if (probe.clickAt < 0) probe.clickAt = event.timeStamp
    },
    true
  )
  window.addEventListener(
    'focusin',
    (event) => {
      const target = event.target as Element | null
      if (probe.clickAt >= 0 && target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA')) focusResolve(performance.now())
    },
    true
  )
}

export async function seedLibrary(dataDir: string, stories: number): Promise<number> {
  const started = performance.now()
  const store = await LowdbArticleStore.open(dataDir)
  try {
    for (let i = 0; i < stories; i++) await store.create(smallStory(i))
  } finally {
    await store.close()
  }
  return performance.now() - started
}

export async function measureInteractive(
  browser: Browser,
  host: HostProcess,
  timeList = true
): Promise<Omit<InteractiveResult, 'stories' | 'seedMs' | 'hostStartMs'>> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  try {
    await context.addInitScript({ content: NAME_SHIM })
    await context.addInitScript(deskLoadProbe)
    const page = await context.newPage()
    await page.goto(host.url, { waitUntil: 'commit' })
    const button = page.getByRole('button', { name: 'নতুন লেখা', exact: true })
    await button.waitFor({ state: 'visible', timeout: 30_000 })
    const firstRowPaintedMs = await page.evaluate(() => (window as DeskWindow).__deskLoad!.rowPainted)
    // Where the button is now, as a user would aim: the masthead may have moved while the fonts arrived.
    const box = await button.boundingBox()
    if (!box) throw new Error('«নতুন লেখা» has no box')
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    const headlineFocusedMs = await page.evaluate(() =>
      Promise.race([
        (window as DeskWindow).__deskLoad!.fieldFocused,
        new Promise<number>((_, reject) => setTimeout(() => reject(new Error('no field took focus within 30 s')), 30_000))
      ])
    )
    const { rowInDom, clickAt } = await page.evaluate(() => ({
      rowInDom: (window as DeskWindow).__deskLoad!.rowInDom,
      clickAt: (window as DeskWindow).__deskLoad!.clickAt
    }))
    const headlineIsFocused = await page.getByLabel('শিরোনাম', { exact: true }).evaluate((element) => element === document.activeElement)

    const calls = timeList ? await timeCalls(host) : undefined
    return {
      ...(calls ?? emptyCalls()),
      firstRowInDomMs: rowInDom,
      firstRowPaintedMs,
      clickAtMs: clickAt,
      headlineFocusedMs,
      headlineIsFocused
    }
  } finally {
    await context.close()
  }
}

type CallFigures = Omit<
  InteractiveResult,
  'stories' | 'seedMs' | 'hostStartMs' | 'firstRowInDomMs' | 'firstRowPaintedMs' | 'clickAtMs' | 'headlineFocusedMs' | 'headlineIsFocused'
>

function emptyCalls(): CallFigures {
  return {
    listFirstMs: NaN,
    listMedianMs: NaN,
    listItems: 0,
    listKilobytes: 0,
    listTotal: 0,
    walkMs: NaN,
    walkPages: 0,
    walkItems: 0,
    walkKilobytes: 0,
    jumpMs: NaN,
    searchFirstMs: NaN,
    searchMedianMs: NaN,
    searchTotal: 0,
    searchIndexed: 0
  }
}

const kilobytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value)) / 1024

/** The contract calls the library makes, timed from Node over HTTP at this size (after the page's own calls). */
async function timeCalls(host: HostProcess): Promise<CallFigures> {
  const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
  const timed = async <T>(work: () => Promise<T>): Promise<[number, T]> => {
    const started = performance.now()
    const value = await work()
    return [performance.now() - started, value]
  }
  const figures = emptyCalls()
  const times: number[] = []
  for (let i = 0; i < 6; i++) {
    const [ms, result] = await timed(() => client.call('library.list', { ...LIBRARY_QUERY, limit: FIRST_PAGE }))
    if (!result.ok) throw new Error(`library.list failed: ${result.message.en}`)
    times.push(ms)
    figures.listItems = result.value.items.length
    figures.listTotal = result.value.total
    if (i === 0) figures.listKilobytes = kilobytes(result)
  }
  figures.listFirstMs = times[0]!
  figures.listMedianMs = percentile(times.slice(1), 50)

  const walkStarted = performance.now()
  const first = await client.call('library.list', { ...LIBRARY_QUERY, limit: FIRST_PAGE })
  if (!first.ok) throw new Error(`library.list failed: ${first.message.en}`)
  for (let after = first.value.next; after !== null;) {
    const page = await client.call('library.list', { ...LIBRARY_QUERY, after, limit: NEXT_PAGES })
    if (!page.ok) throw new Error(`library.list failed: ${page.message.en}`)
    figures.walkPages += 1
    figures.walkItems += page.value.items.length
    figures.walkKilobytes += kilobytes(page)
    after = page.value.next
  }
  figures.walkMs = performance.now() - walkStarted

  const [jumpMs, jump] = await timed(() =>
    client.call('library.list', { ...LIBRARY_QUERY, offset: Math.floor(first.value.total * 0.7), limit: FIRST_PAGE })
  )
  if (!jump.ok) throw new Error(`library.list failed: ${jump.message.en}`)
  figures.jumpMs = jumpMs

  const searchTimes: number[] = []
  for (let i = 0; i < 6; i++) {
    const [ms, found] = await timed(() => client.call('library.search', { query: i % 2 === 0 ? 'বাজেট' : 'নদীর পানি' }))
    if (!found.ok) throw new Error(`library.search failed: ${found.message.en}`)
    searchTimes.push(ms)
    if (i === 0) {
      figures.searchTotal = found.value.total
      figures.searchIndexed = found.value.index.indexed
    }
  }
  figures.searchFirstMs = searchTimes[0]!
  figures.searchMedianMs = percentile(searchTimes.slice(1), 50)
  return figures
}

/** The bench lines for the contract calls (figures from load 1). */
export function callLines(r: CallFigures): string[] {
  const fmt = (ms: number) => ms.toFixed(1)
  return [
    `desk: library.list over HTTP, the first page the library asks for: ${r.listItems} of ${r.listTotal.toLocaleString('en')} stories, ${r.listKilobytes.toFixed(1)} KB; after load 1: one call ${fmt(r.listFirstMs)} ms, median of the next 5 ${fmt(r.listMedianMs)} ms`,
    `desk: library.list over HTTP, the rest by cursor: ${r.walkPages} pages of ≤ ${NEXT_PAGES}, ${r.walkItems.toLocaleString('en')} stories, ${r.walkKilobytes.toFixed(0)} KB in ${fmt(r.walkMs)} ms; a page at row 70 % by offset ${fmt(r.jumpMs)} ms`,
    `desk: library.search over HTTP: first ${fmt(r.searchFirstMs)} ms (${r.searchTotal.toLocaleString('en')} hits; index covers ${r.searchIndexed.toLocaleString('en')} stories), median of the next 5 ${fmt(r.searchMedianMs)} ms`
  ]
}
