/**
 * Keystroke-to-next-frame latency in a ProseMirror editor on a Playwright page (the desk or the bare editor, measured
 * identically). Per keystroke: a capture-phase `beforeinput` listener on window notes performance.now() before any
 * editor code sees the event; the `input` listener then asks for the next animation frame, and a MessageChannel task
 * posted from that rAF callback runs once the frame that carries the change has been produced (style, layout, paint).
 * The figure is that task's time minus the `beforeinput` time. A second figure, "task", is the time to the first task
 * after the input was handled (the input's own JS work, without waiting for the frame), and "render" is the time from
 * that frame's rAF callback to the task after it (the main thread's style, layout and paint for the frame).
 */
import type { CDPSession, Locator, Page } from '@playwright/test'

export interface KeystrokeSample {
  /** beforeinput → the task after the next frame (the figure asked for). */
  frame: number
  /** beforeinput → the first task after the input was handled. */
  task: number
  /** The next frame's rAF callback → the task after that frame: the main thread's style, layout and paint. */
  render: number
}

export interface TypingResult {
  samples: KeystrokeSample[]
  /** Whether the editor's paragraph ended with everything typed, in order. */
  landed: boolean
  /** Whether the click put the caret at the very end of the paragraph. */
  caretAtEnd: boolean
}

interface KeyProbe {
  samples: KeystrokeSample[]
  beforeInputAt: number
  waitFor(count: number): Promise<number>
}

type ProbeWindow = Window & { __deskKeys?: KeyProbe }

/** Defines esbuild's `__name` helper in the page: tsx compiles the functions we hand to page.evaluate with keepNames. */
export const NAME_SHIM = 'globalThis.__name = globalThis.__name || ((fn) => fn)'

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as ProbeWindow
    if (w.__deskKeys) return
    const waiters: Array<{ count: number; resolve: (n: number) => void }> = []
    const probe: KeyProbe = {
      samples: [],
      beforeInputAt: -1,
      waitFor: (count) =>
        new Promise<number>((resolve, reject) => {
          if (probe.samples.length >= count) return resolve(probe.samples.length)
          waiters.push({ count, resolve })
          setTimeout(() => reject(new Error(`keystroke ${count} was not measured within 5 s`)), 5000)
        })
    }
    w.__deskKeys = probe
    const record = (sample: KeystrokeSample) => {
      probe.samples.push(sample)
      for (let i = waiters.length - 1; i >= 0; i--) {
        const waiter = waiters[i]
        if (waiter && probe.samples.length >= waiter.count) {
          waiters.splice(i, 1)
          waiter.resolve(probe.samples.length)
        }
      }
    }
    window.addEventListener('beforeinput', () => (probe.beforeInputAt = performance.now()), true)
    window.addEventListener(
      'input',
      () => {
        const start = probe.beforeInputAt >= 0 ? probe.beforeInputAt : performance.now()
        probe.beforeInputAt = -1
        const sample: KeystrokeSample = { frame: NaN, task: NaN, render: NaN }
        const finish = () => {
          if (!Number.isNaN(sample.frame) && !Number.isNaN(sample.task)) record(sample)
        }
        const taskChannel = new MessageChannel()
        taskChannel.port1.onmessage = () => {
          sample.task = performance.now() - start
          finish()
        }
        taskChannel.port2.postMessage(0)
        requestAnimationFrame(() => {
          const rafAt = performance.now()
          const frameChannel = new MessageChannel()
          frameChannel.port1.onmessage = () => {
            const now = performance.now()
            sample.frame = now - start
            sample.render = now - rafAt
            finish()
          }
          frameChannel.port2.postMessage(0)
        })
      },
      true
    )
  })
}

/** Clicks just inside the last glyph of the editor's middle top-level paragraph, so the caret lands at its end. */
async function clickEndOfMiddleParagraph(editor: Locator, page: Page): Promise<{ index: number; caretAtEnd: boolean }> {
  const target = await editor.evaluate((root) => {
    const blocks = Array.from(root.children).filter((child) => child.tagName === 'P')
    const index = Math.floor(blocks.length / 2)
    const paragraph = blocks[index]
    if (!paragraph) throw new Error('the editor has no paragraphs')
    paragraph.scrollIntoView({ block: 'center' })
    const textNode = paragraph.lastChild
    if (!textNode || textNode.nodeType !== 3) throw new Error('the middle paragraph does not end in text')
    const length = (textNode.textContent ?? '').length
    const range = document.createRange()
    range.setStart(textNode, length - 1)
    range.setEnd(textNode, length)
    const rects = range.getClientRects()
    const rect = rects[rects.length - 1] ?? range.getBoundingClientRect()
    return { index: Array.from(root.children).indexOf(paragraph), x: rect.right - 1, y: rect.top + rect.height / 2 }
  })
  await page.mouse.click(target.x, target.y)
  // The click landed on the paragraph's last line; End moves to that line's end, i.e. the paragraph's end.
  await page.keyboard.press('End')
  const caretAtEnd = await editor.evaluate((root, index) => {
    const paragraph = root.children[index]
    const selection = window.getSelection()
    if (!paragraph || !selection || !selection.isCollapsed || !selection.focusNode) return false
    const textNode = paragraph.lastChild
    return selection.focusNode === textNode && selection.focusOffset === (textNode?.textContent ?? '').length
  }, target.index)
  return { index: target.index, caretAtEnd }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** An editor with the probe installed and the caret at the end of its middle paragraph, ready to be typed into. */
export interface TypingSession {
  /** Types each character with one CDP Input.insertText, waits until it is measured, then waits gapMs. */
  type(characters: string[], gapMs: number): Promise<void>
  /** All samples except the first `warmup`, and whether the paragraph ends with everything typed, in order. */
  finish(warmup: number): Promise<TypingResult>
}

export async function startTyping(page: Page, editor: Locator): Promise<TypingSession> {
  await installProbe(page)
  const { index, caretAtEnd } = await clickEndOfMiddleParagraph(editor, page)
  const before = await editor.evaluate((root, i) => root.children[i]?.textContent ?? '', index)
  const cdp: CDPSession = await page.context().newCDPSession(page)
  let typed = ''
  let count = 0
  return {
    async type(characters, gapMs) {
      for (const character of characters) {
        await cdp.send('Input.insertText', { text: character })
        count += 1
        typed += character
        await page.evaluate((n) => (window as ProbeWindow).__deskKeys!.waitFor(n), count)
        await sleep(gapMs)
      }
    },
    async finish(warmup) {
      await cdp.detach().catch(() => undefined)
      const samples = await page.evaluate(() => (window as ProbeWindow).__deskKeys!.samples)
      const after = await editor.evaluate((root, i) => root.children[i]?.textContent ?? '', index)
      return { samples: samples.slice(warmup), landed: after === before + typed, caretAtEnd }
    }
  }
}

/** Nearest-rank percentile. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}
