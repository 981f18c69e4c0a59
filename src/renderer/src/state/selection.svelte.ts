import type { Article } from '../../../shared/article/model'
import type { Err } from '../../../shared/result'
import { api } from '../lib/api-client'

type WorkflowPart = Pick<Article, 'status' | 'owner' | 'workflow' | 'notes' | 'publication' | 'senderHistory'>

/**
 * The open story: one copy, read once when it is opened (or taken from the call that made it), shared by the editor,
 * the workflow bar, the notes and the preview. The editor owns the text from then on; moves and notes change only the
 * story's state, owner, history and notes here. When the text itself is replaced on disk (a restored revision, an
 * import decision, keep both) the copy is replaced, and the editor starts again from it.
 */
class Selection {
  id = $state<string | null>(null)
  article = $state.raw<Article | null>(null)
  loadError = $state<Err | null>(null)
  /** A story just created: its headline takes the focus. */
  justCreated = $state(false)
  private reads = 0
  /** Counts the texts the editor was given; a move or a note does not count, so its editor keeps what it holds. */
  private texts = $state(0)

  /**
   * The editor's key: it changes only when a new text arrives (another story, a restore, an import, keep both). A
   * number, not the body itself: `{#key}` treats every object as changed, so keying on the body restarted the editor
   * from this copy — the text as opened, not as typed since — on every move and note.
   */
  get text(): number {
    return this.texts
  }

  /** The user picked a story in the list: it opens, unless it is open already (its editor keeps what it holds). */
  select(id: string): void {
    if (id !== this.id) void this.open(id)
  }

  /** Opens a story by id, reading it from the library (again, when it is the open one: its text changed on disk). */
  async open(id: string): Promise<void> {
    const read = ++this.reads
    this.justCreated = false
    this.id = id
    this.article = null
    this.loadError = null
    const result = await api.call('article.get', { id })
    if (read !== this.reads) return
    if (result.ok) {
      this.article = result.value
      this.texts += 1
    } else this.loadError = result
  }

  /** Opens a story the caller already holds whole (one just created, duplicated or copied): nothing to read. */
  show(article: Article, options: { justCreated?: boolean } = {}): void {
    this.reads += 1
    this.id = article.id
    this.article = article
    this.texts += 1
    this.loadError = null
    this.justCreated = options.justCreated ?? false
  }

  close(): void {
    this.reads += 1
    this.id = null
    this.article = null
    this.loadError = null
  }

  /**
   * A move or a note: the state, owner, history, notes, what readers see (publication) and the sender's claims follow
   * the stored story; the text stays the editor's.
   */
  updateWorkflow(next: WorkflowPart & Pick<Article, 'id'>): void {
    if (!this.article || this.article.id !== next.id) return
    const { status, owner, workflow, notes, publication, senderHistory } = next
    this.article = { ...this.article, status, owner, workflow, notes, publication, senderHistory }
  }

  /** The story's text was replaced on disk: the copy is replaced with the stored story, and the editor restarts. */
  replace(next: Article): void {
    if (this.id === next.id) this.show(next)
  }
}

export const selection = new Selection()
