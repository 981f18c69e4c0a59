/**
 * Time for background work (building the word list, checking paragraphs), in short slices: an idle period where the
 * browser grants one (requestIdleCallback), else after a short wait anyway. Chromium may grant no idle period for
 * seconds (seen after a click on a button), so a slice always has a small floor of time: the work finishes, and no
 * slice holds the page for more than a few milliseconds.
 */
export interface IdleSlice {
  /** Milliseconds this slice may use. */
  budget: number
}

const WAIT_MS = 80
const FLOOR_MS = 3

export function requestIdle(callback: (slice: IdleSlice) => void, maxMs = 6, timeout = WAIT_MS): () => void {
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
