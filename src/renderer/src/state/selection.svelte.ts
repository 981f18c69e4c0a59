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

  /** The text the editor starts from: a new one (not a move or a note) gives the editor a fresh start. */
  get text(): Article['body'] | undefined {
    return this.article?.body
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
    if (result.ok) this.article = result.value
    else this.loadError = result
  }

  /** Opens a story the caller already holds whole (one just created, duplicated or copied): nothing to read. */
  show(article: Article, options: { justCreated?: boolean } = {}): void {
    this.reads += 1
    this.id = article.id
    this.article = article
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
