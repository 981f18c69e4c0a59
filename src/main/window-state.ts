import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from '../core/durable-file'

/** Window bounds remembered between runs, in userData/window-state.json. */
export interface WindowState {
  x?: number
  y?: number
  width: number
  height: number
  maximized: boolean
}

const DEFAULT_STATE: WindowState = { width: 1280, height: 860, maximized: false }

export async function loadWindowState(userData: string): Promise<WindowState> {
  try {
    const raw = JSON.parse(await readFile(join(userData, 'window-state.json'), 'utf8')) as Partial<WindowState>
    const size = (n: unknown, min: number) => (typeof n === 'number' && Number.isFinite(n) && n >= min ? Math.round(n) : undefined)
    return {
      x: size(raw.x, -10_000),
      y: size(raw.y, -10_000),
      width: size(raw.width, 480) ?? DEFAULT_STATE.width,
      height: size(raw.height, 360) ?? DEFAULT_STATE.height,
      maximized: raw.maximized === true
    }
  } catch {
    return { ...DEFAULT_STATE }
  }
}

export async function saveWindowState(userData: string, state: WindowState): Promise<void> {
  await writeFileDurably(join(userData, 'window-state.json'), JSON.stringify(state))
}
