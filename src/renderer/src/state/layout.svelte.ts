/**
 * How the desk is laid out, remembered on this machine: the preview pane's share of the desk's width.
 */
const STORAGE_KEY = 'barta.previewShare'
export const PREVIEW_SHARE = { min: 25, max: 75, initial: 40 } as const

function storedShare(): number {
  try {
    const stored = Number(localStorage.getItem(STORAGE_KEY))
    return Number.isFinite(stored) && stored >= PREVIEW_SHARE.min && stored <= PREVIEW_SHARE.max ? stored : PREVIEW_SHARE.initial
  } catch {
    return PREVIEW_SHARE.initial
  }
}

class Layout {
  #previewShare = $state(storedShare())

  /** The preview pane's share of the desk's width, in percent. */
  get previewShare(): number {
    return this.#previewShare
  }

  set previewShare(value: number) {
    this.#previewShare = value
    try {
      localStorage.setItem(STORAGE_KEY, String(value))
    } catch {
      // Private mode: the width lasts for this page only.
    }
  }
}

export const layout = new Layout()
