import type { MessageKey } from '../../i18n/index.svelte'
import type { PreviewMode } from './preview-document.svelte'

/** Each preview width: the page's own width in CSS pixels, as readers' screens (and an A4 page) have it. */
export const PREVIEW_MODES: ReadonlyArray<{ mode: PreviewMode; width: number; label: MessageKey }> = [
  { mode: 'desktop', width: 1280, label: 'previewDesktop' },
  { mode: 'tablet', width: 768, label: 'previewTablet' },
  { mode: 'mobile', width: 375, label: 'previewMobile' },
  { mode: 'print', width: 794, label: 'previewPrint' }
]

export function modeWidth(mode: PreviewMode): number {
  return PREVIEW_MODES.find((entry) => entry.mode === mode)!.width
}
