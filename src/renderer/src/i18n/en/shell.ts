import type { bnShell } from '../bn/shell'

/** English UI strings for the desk's layout: the preview beside the editor and at full size, the pane splitter. */
export const enShell: Record<keyof typeof bnShell, string> = {
  previewFullSize: 'Full size',
  previewFullTitle: 'Full-size preview',
  previewBack: 'Back',
  previewScale: 'at {percent}%',
  previewScaleNote: 'The page is shown smaller; press “Full size” to see it at its real size, or drag the divider to widen the pane.',
  previewSplitter: 'Preview width',
  previewSplitterValue: '{percent}% of the desk',
  deskDetailsJump: 'Go to the story details'
}
