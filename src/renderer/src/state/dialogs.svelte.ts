/** The shell's modal dialogs; one is open at a time (a modal makes the rest of the page inert). */
export type DialogName = 'settings' | 'emptyTrash' | 'export' | 'batchExport' | 'revisions' | 'notes'

class Dialogs {
  open = $state<DialogName | null>(null)
  /** The preview pane beside the editor: not a dialog — it stays open while dialogs come and go, and across stories. */
  preview = $state(false)

  show(name: DialogName): void {
    this.open = name
  }

  /**
   * Closes the named dialog if it is still the one open: a native dialog reports its closing a moment after it closed,
   * when a shortcut may already have opened the next one.
   */
  close(name: DialogName): void {
    if (this.open === name) this.open = null
  }
}

export const dialogs = new Dialogs()
