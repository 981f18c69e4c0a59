/**
 * Time until the desk is interactive with a large library. The data dir is filled through LowdbArticleStore directly
 * (faster than the HTTP contract), then a browser host is started on it and a fresh browser context opens the page.
 *
 * In the page (an init script, so it runs before the app): a MutationObserver notes when the library's first row
 * (nav «লেখার তালিকা» › li) enters the DOM, and a rAF → MessageChannel hop after that notes when the frame showing it
 * is done. As soon as that has happened the bench sends a trusted mouse click (CDP, no actionability waits) to the
 * centre of «নতুন লেখা», and the page notes when a text field takes focus; the bench then checks that the focused
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
  listFirstMs: number
  listMedianMs: number
  listItems: number
  listKilobytes: number
}

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
    const box = await button.boundingBox()
    if (!box) throw new Error('«নতুন লেখা» has no box')
    const firstRowPaintedMs = await page.evaluate(() => (window as DeskWindow).__deskLoad!.rowPainted)
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

    // The contract call the library makes on open, timed from Node at this size (after the page's own calls).
    const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
    const query = { trash: 'exclude', sort: 'modified', order: 'desc' } as const
    const times: number[] = []
    let listItems = 0
    let listKilobytes = 0
    for (let i = 0; timeList && i < 6; i++) {
      const started = performance.now()
      const result = await client.call('library.list', query)
      times.push(performance.now() - started)
      if (!result.ok) throw new Error(`library.list failed: ${result.message.en}`)
      listItems = result.value.items.length
      if (i === 0) listKilobytes = Buffer.byteLength(JSON.stringify(result)) / 1024
    }
    return {
      firstRowInDomMs: rowInDom,
      firstRowPaintedMs,
      clickAtMs: clickAt,
      headlineFocusedMs,
      headlineIsFocused,
      listFirstMs: times[0] ?? NaN,
      listMedianMs: percentile(times.slice(1), 50),
      listItems,
      listKilobytes
    }
  } finally {
    await context.close()
  }
}
