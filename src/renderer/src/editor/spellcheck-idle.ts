/**
 * Time for background work (building the word list, checking paragraphs), in short slices: an idle period where the
 * browser grants one (requestIdleCallback), else after a short wait anyway. Chromium may grant no idle period for
 * seconds (seen after a click on a button), so a slice always has a small floor of time: the work finishes, and no
 * slice holds the page for more than a few milliseconds. `whenQuiet` also waits until the writer has paused: no key,
 * input or click for QUIET_MS, so background work never sits between two keystrokes.
 */
export interface IdleSlice {
  /** Milliseconds this slice may use. */
  budget: number
}

const WAIT_MS = 80
const FLOOR_MS = 3
export const QUIET_MS = 350

export function requestIdle(callback: (slice: IdleSlice) => void, maxMs = 4, timeout = WAIT_MS): () => void {
  const run = (remaining: number) => callback({ budget: Math.min(maxMs, Math.max(FLOOR_MS, remaining)) })
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => run(deadline.timeRemaining()), { timeout })
    return () => cancelIdleCallback(handle)
  }
  const handle = setTimeout(() => run(FLOOR_MS), 16)
  return () => clearTimeout(handle)
}

export function whenIdle(maxMs?: number): Promise<IdleSlice> {
  return new Promise((resolve) => requestIdle(resolve, maxMs))
}

let lastInputAt = Number.NEGATIVE_INFINITY
let listening = false

function listenForInput(): void {
  if (listening || typeof window === 'undefined') return
  listening = true
  const noted = () => (lastInputAt = performance.now())
  for (const type of ['keydown', 'beforeinput', 'compositionupdate', 'pointerdown', 'wheel']) {
    window.addEventListener(type, noted, { capture: true, passive: true })
  }
}

/** Milliseconds until the writer has been quiet for QUIET_MS (0: quiet now). */
export function quietIn(): number {
  listenForInput()
  return Math.max(0, lastInputAt + QUIET_MS - performance.now())
}

/** An idle slice once the writer has paused. */
export async function whenQuiet(maxMs?: number): Promise<IdleSlice> {
  for (;;) {
    const wait = quietIn()
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait))
    const slice = await whenIdle(maxMs)
    if (quietIn() === 0) return slice
  }
}

// From the start: a key pressed before any background work asked is still a key pressed.
listenForInput()
