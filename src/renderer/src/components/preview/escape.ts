/**
 * Whether an Escape press is the preview's to take. Escape closes the preview from anywhere on the desk, except when
 * something nearer uses it: a handler that already took the key, an open modal dialog, a popup that is open
 * (aria-expanded — suggestions, a calendar), a search box with text in it (Escape clears it).
 *
 * The body editor is the one exception to "already taken": ProseMirror cancels every Escape (to keep the browser's
 * own handling out of the document) whether or not anything used it, so there only an open popup counts.
 */
export function escapeClosesPreview(event: KeyboardEvent): boolean {
  if (event.key !== 'Escape' || event.isComposing) return false
  const target = event.target instanceof Element ? event.target : null
  if (event.defaultPrevented && !target?.closest('.ProseMirror')) return false
  if (document.querySelector('dialog[open]:modal')) return false
  if (target?.closest('[aria-expanded="true"]')) return false
  if (target instanceof HTMLInputElement && target.type === 'search' && target.value !== '') return false
  return true
}
