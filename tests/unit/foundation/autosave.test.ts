import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Autosave, type SaveState } from '../../../src/renderer/src/lib/autosave'
import { err, ok, type Result } from '../../../src/shared/result'

beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())

function harness(outcomes: Array<Result<unknown>> = []) {
  const states: SaveState[] = []
  const saves: number[] = []
  let release: (() => void) | undefined
  let holdNext = false
  const autosave = new Autosave(
    async () => {
      saves.push(Date.now())
      if (holdNext) {
        holdNext = false
        await new Promise<void>((resolve) => (release = resolve))
      }
      return outcomes.shift() ?? ok(null)
    },
    (state) => states.push(state)
  )
  return { autosave, states, saves, hold: () => (holdNext = true), release: () => release?.() }
}

describe('Autosave', () => {
  it('saves once, about 800 ms after the last keystroke', async () => {
    const { autosave, saves, states } = harness()
    autosave.touch()
    await vi.advanceTimersByTimeAsync(500)
    autosave.touch()
    await vi.advanceTimersByTimeAsync(700)
    expect(saves).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(150)
    expect(saves).toHaveLength(1)
    expect(states.at(-1)).toBe('saved')
  })

  it('saves at once on flush (blur, switching article) and not again afterwards', async () => {
    const { autosave, saves } = harness()
    autosave.touch()
    await autosave.flush()
    expect(saves).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(2000)
    expect(saves).toHaveLength(1)
  })

  it('never overlaps saves: edits during a save are saved right after it', async () => {
    const { autosave, saves, hold, release } = harness()
    hold()
    autosave.touch()
    const first = autosave.flush()
    await vi.advanceTimersByTimeAsync(0)
    autosave.touch()
    const second = autosave.flush()
    await vi.advanceTimersByTimeAsync(0)
    expect(saves).toHaveLength(1)
    release()
    await first
    await second
    expect(saves).toHaveLength(2)
    expect(autosave.hasUnsavedChanges).toBe(false)
  })

  it('keeps edits unsaved after a failure and saves them on retry', async () => {
    const failure = err('storage', 'ডিস্কে লেখা যায়নি', 'disk full')
    const { autosave, saves, states } = harness([failure])
    autosave.touch()
    await autosave.flush()
    expect(states.at(-1)).toBe('error')
    expect(autosave.hasUnsavedChanges).toBe(true)
    await vi.advanceTimersByTimeAsync(5000)
    expect(saves).toHaveLength(1)
    await autosave.flush()
    expect(saves).toHaveLength(2)
    expect(states.at(-1)).toBe('saved')
  })
})
