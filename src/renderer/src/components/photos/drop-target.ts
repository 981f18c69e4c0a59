import type { Attachment } from 'svelte/attachments'
import { filesOf } from './upload'

/**
 * Makes an element take photo files: dropped on it, or pasted while it (or a control inside it) has focus. Only drags
 * that carry files are accepted, so dragging text over the zone changes nothing. `onOver` follows the drag for the
 * highlight; enter/leave fire for every child crossed, hence the count.
 */
export function photoDropTarget(onFiles: (files: File[]) => void, onOver: (over: boolean) => void): Attachment<HTMLElement> {
  return (element) => {
    let depth = 0
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false

    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      event.preventDefault()
      depth++
      onOver(true)
    }
    const over = (event: DragEvent) => {
      if (!carriesFiles(event) || !event.dataTransfer) return
      event.preventDefault()
      event.dataTransfer.dropEffect = 'copy'
    }
    const leave = (event: DragEvent) => {
      if (!carriesFiles(event)) return
      depth = Math.max(0, depth - 1)
      if (depth === 0) onOver(false)
    }
    const drop = (event: DragEvent) => {
      depth = 0
      onOver(false)
      if (!carriesFiles(event)) return
      event.preventDefault()
      onFiles(filesOf(event.dataTransfer))
    }
    const paste = (event: ClipboardEvent) => {
      event.preventDefault()
      onFiles(filesOf(event.clipboardData))
    }

    element.addEventListener('dragenter', enter)
    element.addEventListener('dragover', over)
    element.addEventListener('dragleave', leave)
    element.addEventListener('drop', drop)
    element.addEventListener('paste', paste)
    return () => {
      element.removeEventListener('dragenter', enter)
      element.removeEventListener('dragover', over)
      element.removeEventListener('dragleave', leave)
      element.removeEventListener('drop', drop)
      element.removeEventListener('paste', paste)
    }
  }
}

/**
 * A file dropped beside a drop zone would make the browser open it in place of the app. Set on the window: drags that
 * carry files are taken (and dropped into nothing) wherever nobody else took them first.
 */
export function refuseStrayFileDrop(event: DragEvent): void {
  if (event.defaultPrevented || !event.dataTransfer?.types.includes('Files')) return
  event.preventDefault()
  if (event.type === 'dragover') event.dataTransfer.dropEffect = 'none'
}
