import type { Node as PMNode } from 'prosemirror-model'
import { conflictingVersion, type ConflictChoice, type SaveReceipt } from '../../../../shared/api'
import type { Article, ArticleContent, ArticlePatch } from '../../../../shared/article/model'
import type { Err, Result } from '../../../../shared/result'
import { bodyFromDoc } from '../../editor/body-doc'
import { localized, t } from '../../i18n/index.svelte'
import { api } from '../../lib/api-client'
import { Autosave, type SaveState } from '../../lib/autosave'
import type { FormFields } from './form'

export interface SaveSessionOptions {
  /** The story as opened: its id, the revision the first save is based on, and the body until the editor changes it. */
  article: Article
  /** The form's fields as they stand now (a plain snapshot). */
  fields: () => FormFields
  onSaved: (receipt: SaveReceipt) => void
  /** A conflict was settled by keeping both: mine is a new story; this is the stored one, to reopen. */
  onKeptBoth: (current: Article) => void
}

/**
 * Saving one open story: autosave of the fields and the body, the revision the next save is based on, named revisions
 * (Ctrl+S), and the way out of a conflict. A save refused because the stored story moved on offers both texts; the
 * choice (keep mine / keep both) is one call, article.resolveConflict, queued like any save so nothing overlaps.
 */
export class SaveSession {
  state = $state<SaveState>('saved')
  failure = $state<Err | undefined>(undefined)
  /** The stored version a refused save met (checked against the schema): shown beside mine until the user chooses. */
  readonly conflict = $derived(conflictingVersion(this.failure))
  /** «সংস্করণ রাখা হয়েছে» after Ctrl+S, for a few seconds. */
  revisionNotice = $state('')
  /** The body as last edited; set by the editor on every change. Documents are immutable, so comparing is cheap. */
  editedDoc: PMNode | undefined
  /** The body as last saved: an unchanged body is not sent again. Plain fields, so a save during teardown still works. */
  private savedDoc: PMNode | undefined
  private revision: number
  private resolution: { choice: ConflictChoice; baseRevision: number; copySuffix: string } | null = null
  private readonly autosave: Autosave

  constructor(private readonly options: SaveSessionOptions) {
    this.revision = options.article.revision
    this.autosave = new Autosave(
      () => this.saveNow(),
      (state, failure) => {
        this.state = state
        this.failure = failure
      }
    )
  }

  /** Mine as it stands in the editor: the fields and the body (serialized now). */
  content(): ArticleContent {
    return { ...this.options.fields(), body: this.editedDoc ? bodyFromDoc(this.editedDoc) : this.options.article.body }
  }

  touch(): void {
    this.autosave.touch()
  }

  flush(): Promise<void> {
    return this.autosave.flush()
  }

  retry(): void {
    this.autosave.touch()
    void this.autosave.flush()
  }

  /** Ctrl+S: save now and keep this text as a named revision (Word's and Docs' "save a version"). */
  async keepRevision(): Promise<void> {
    await this.autosave.flush()
    const result = await api.call('revision.snapshot', { id: this.options.article.id })
    this.revisionNotice = result.ok ? t('deskRevisionKept') : localized(result.message).primary
    setTimeout(() => (this.revisionNotice = ''), 4000)
  }

  /** Keep mine: the stored version stays as a revision and mine is saved on top. */
  keepMine(): Promise<void> {
    return this.resolve('mine', '')
  }

  /** Keep both: mine becomes a new story (its headline marked), and the stored one opens here. */
  keepBoth(copySuffix: string): Promise<void> {
    return this.resolve('both', copySuffix)
  }

  private async resolve(choice: ConflictChoice, copySuffix: string): Promise<void> {
    const theirs = this.conflict
    if (!theirs) return
    this.resolution = { choice, baseRevision: theirs.revision, copySuffix }
    this.autosave.touch()
    await this.autosave.flush()
  }

  private async saveNow(): Promise<Result<unknown>> {
    const id = this.options.article.id
    const doc = this.editedDoc
    const resolution = this.resolution
    this.resolution = null
    if (resolution) {
      const { choice, baseRevision, copySuffix } = resolution
      const result = await api.call('article.resolveConflict', { id, baseRevision, mine: this.content(), choice, copySuffix })
      if (result.ok && result.value.choice === 'mine') this.accepted(result.value, doc)
      if (result.ok && result.value.choice === 'both') this.options.onKeptBoth(result.value.current)
      return result
    }
    const patch: ArticlePatch = { ...this.options.fields() }
    if (doc && doc !== this.savedDoc) patch.body = bodyFromDoc(doc)
    const result = await api.call('article.save', { id, baseRevision: this.revision, patch })
    if (result.ok) this.accepted(result.value, doc)
    return result
  }

  private accepted(receipt: SaveReceipt, doc: PMNode | undefined): void {
    this.revision = receipt.revision
    if (doc) this.savedDoc = doc
    this.options.onSaved(receipt)
  }

  /** Saves what is left when the page is hidden (a closed tab, a minimized window). Returns the cleanup. */
  saveWhenHidden(): () => void {
    const flushOnHide = () => {
      if (document.visibilityState === 'hidden') void this.autosave.flush()
    }
    document.addEventListener('visibilitychange', flushOnHide)
    window.addEventListener('pagehide', flushOnHide)
    return () => {
      document.removeEventListener('visibilitychange', flushOnHide)
      window.removeEventListener('pagehide', flushOnHide)
    }
  }

  /** The editor is going away: what is unsaved is saved, then the timer stops. Resolves when the last save ended. */
  close(): Promise<void> {
    return this.autosave.flush().finally(() => this.autosave.dispose())
  }
}
