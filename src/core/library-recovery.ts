import { CorruptFileError } from './durable-file'
import type { ArticleFiles } from './article-files'
import type { LibraryIndex } from './library-index'
import { damagedButLeft, quarantine, type RecoveryNotice } from './quarantine'
import type { RevisionStore } from './revisions'
import { lacksLastMove, summarize } from '../shared/article/summary'
import type { Article } from '../shared/article/model'

/**
 * What the library does about files it finds wrong: an index that disagrees with articles/ is made to agree, and a
 * damaged article file is set aside in quarantine/ and the story restored from its latest revision. Each finding
 * becomes a notice the desk shows once. A read-only library reports damage but moves nothing.
 */
export class LibraryRecovery {
  private readonly found: RecoveryNotice[]

  constructor(
    private readonly dataDir: string,
    private readonly index: LibraryIndex,
    private readonly files: ArticleFiles,
    private readonly revisionStore: RevisionStore,
    private readonly now: () => Date,
    private readonly readOnly: boolean
  ) {
    this.found = [...index.notices]
  }

  notices(): RecoveryNotice[] {
    return [...this.found]
  }

  /**
   * Makes the index agree with the article files: adds files it does not know, drops entries whose file is gone, and
   * re-reads the most recently written files — a crash between an article write and its journal line leaves only the
   * newest file ahead of the index. Unreadable files go to quarantine/ and the user is told.
   */
  async reconcile(): Promise<void> {
    const onDisk = await this.files.listOnDisk()
    const newest = onDisk.reduce((max, entry) => Math.max(max, entry.mtimeMs), 0)
    const present = new Set(onDisk.map((entry) => entry.id))
    for (const entry of onDisk) {
      const known = this.index.get(entry.id)
      // A summary from before the desk's lists needed the latest move is read again once (drafts never moved).
      const incomplete = known !== undefined && lacksLastMove(known)
      if (known && !incomplete && entry.mtimeMs < newest - 2000) continue
      try {
        const article = await this.files.read(entry.id, false)
        if (article && (!known || incomplete || known.revision !== article.revision || known.modifiedAt !== article.modifiedAt)) {
          await this.index.put(summarize(article, known?.trashedAt ?? null))
        }
      } catch (error) {
        if (!(error instanceof CorruptFileError)) throw error
        present.delete(entry.id)
        if (this.readOnly) this.found.push(damagedButLeft(entry.id, error))
        else await this.quarantineArticle(entry.id, error)
      }
    }
    for (const summary of this.index.all()) if (!present.has(summary.id)) await this.index.remove(summary.id)
  }

  async quarantineArticle(id: string, error: CorruptFileError): Promise<void> {
    const movedTo = await quarantine(this.dataDir, this.files.path(id))
    this.files.forget(id)
    const headline = this.index.get(id)?.headline
    const latest = await this.revisionStore.list(id)
    this.found.push({
      file: `articles/${id}.json`,
      quarantinedAs: movedTo,
      reason: error.message,
      recovered:
        latest.length > 0
          ? {
              bn: `«${headline ?? id}» লেখাটির ফাইল নষ্ট ছিল; সেটি আলাদা করে রাখা হয়েছে। সর্বশেষ সংস্করণ (${latest[0]!.revision}) থেকে লেখাটি ফিরিয়ে আনা হয়েছে।`,
              en: `The file of “${headline ?? id}” was damaged and set aside; the story was restored from its latest revision (${latest[0]!.revision}).`
            }
          : {
              bn: `«${headline ?? id}» লেখাটির ফাইল নষ্ট ছিল; সেটি quarantine ফোল্ডারে রাখা হয়েছে, কোনো সংস্করণ পাওয়া যায়নি।`,
              en: `The file of “${headline ?? id}” was damaged and moved to the quarantine folder; no revision was found to restore from.`
            }
    })
    const snapshot = latest[0] ? await this.revisionStore.read(id, latest[0].revision) : undefined
    if (snapshot) {
      const stamp = this.now().toISOString()
      const restored: Article = {
        ...snapshot.content,
        id,
        status: 'draft',
        owner: null,
        workflow: [],
        notes: [],
        createdAt: stamp,
        modifiedAt: stamp,
        revision: snapshot.revision + 1
      }
      await this.files.write(restored)
      await this.index.put(summarize(restored, null))
    } else await this.index.remove(id)
  }
}
