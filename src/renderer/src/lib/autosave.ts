import type { Result } from '../../../shared/result'

export type SaveState = 'saved' | 'pending' | 'saving' | 'error'

/**
 * Autosave as word processors do it: a save ~800 ms after the last keystroke, and at once on flush() (blur, switching
 * articles, closing). Saves never overlap; edits made while one is in flight are saved right after it. A failed save
 * keeps the edits marked unsaved until a retry or the next keystroke — text is never dropped.
 */
export class Autosave {
  private timer: ReturnType<typeof setTimeout> | undefined
  private dirty = false
  private inFlight: Promise<void> | null = null
  state: SaveState = 'saved'

  constructor(
    private readonly saveNow: () => Promise<Result<unknown>>,
    private readonly onState: (state: SaveState, failure?: Extract<Result<unknown>, { ok: false }>) => void,
    private readonly delayMs = 800
  ) {}

  get hasUnsavedChanges(): boolean {
    return this.dirty || this.inFlight !== null
  }

  touch(): void {
    this.dirty = true
    if (this.state !== 'saving') this.setState('pending')
    this.schedule()
  }

  async flush(): Promise<void> {
    clearTimeout(this.timer)
    this.timer = undefined
    while (this.inFlight) await this.inFlight
    if (!this.dirty) return
    this.dirty = false
    this.setState('saving')
    this.inFlight = this.saveNow().then(
      (result) => {
        if (result.ok) this.setState(this.dirty ? 'pending' : 'saved')
        else {
          this.dirty = true
          this.setState('error', result)
        }
      },
      () => {
        this.dirty = true
        this.setState('error')
      }
    )
    try {
      await this.inFlight
    } finally {
      this.inFlight = null
    }
    if (this.dirty && this.state === 'pending') this.schedule()
  }

  dispose(): void {
    clearTimeout(this.timer)
  }

  private schedule(): void {
    clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), this.delayMs)
  }

  private setState(state: SaveState, failure?: Extract<Result<unknown>, { ok: false }>): void {
    this.state = state
    this.onState(state, failure)
  }
}
