import { randomBytes } from 'node:crypto'
import { open, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { ArticleSummary } from '../shared/article/model'
import { CorruptFileError, DurableJsonFile } from './durable-file'
import { quarantine, type RecoveryNotice } from './quarantine'

/**
 * The library index: `library.json` (a lowdb snapshot of every article's summary) plus `library.journal` (one JSON line
 * per change since that snapshot, appended and fsynced). A save appends one short line — its cost does not depend on
 * the size of the library — and the snapshot is rewritten only when the journal grows long (compaction) or on close.
 */
interface IndexSnapshot {
  format: 'barta.library'
  version: 1
  articles: Record<string, ArticleSummary>
}

type JournalEntry = { put: ArticleSummary } | { remove: string }

const COMPACT_AFTER = 2000

export class LibraryIndex {
  private journalLength = 0
  private changes = 0
  /** Tells this opening of the library from the last one, so a version seen before a restart never matches. */
  private readonly epoch = randomBytes(4).toString('hex')

  private constructor(
    private readonly dataDir: string,
    private readonly snapshot: Low<IndexSnapshot>,
    readonly notices: RecoveryNotice[],
    /** Read-only: the journal is replayed in memory and nothing is ever written, moved or compacted. */
    private readonly readOnly: boolean
  ) {}

  static async open(dataDir: string, options: { readOnly?: boolean } = {}): Promise<LibraryIndex> {
    const readOnly = options.readOnly ?? false
    const notices: RecoveryNotice[] = []
    const snapshotPath = join(dataDir, 'library.json')
    const snapshot = new Low<IndexSnapshot>(new DurableJsonFile<IndexSnapshot>(snapshotPath), emptySnapshot())
    try {
      await snapshot.read()
      if (snapshot.data.format !== 'barta.library' || snapshot.data.version !== 1 || typeof snapshot.data.articles !== 'object') {
        throw new CorruptFileError(snapshotPath, 'not a Barta library index')
      }
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error
      const movedTo = readOnly ? snapshotPath : await quarantine(dataDir, snapshotPath)
      notices.push({
        file: 'library.json',
        quarantinedAs: movedTo,
        reason: error.message,
        recovered: {
          bn: 'লেখার তালিকার ফাইলটি নষ্ট ছিল; সেটি আলাদা করে রাখা হয়েছে এবং লেখার ফাইলগুলো থেকে তালিকা আবার তৈরি করা হয়েছে।',
          en: 'The library index was damaged; it was set aside and the list was rebuilt from the article files.'
        }
      })
      snapshot.data = emptySnapshot()
    }
    const index = new LibraryIndex(dataDir, snapshot, notices, readOnly)
    await index.replayJournal()
    return index
  }

  get size(): number {
    return Object.keys(this.snapshot.data.articles).length
  }

  /** Changes with every put and remove: lists and counts computed at one version stay valid until it moves. */
  get version(): string {
    return `${this.epoch}.${this.changes}`
  }

  get(id: string): ArticleSummary | undefined {
    return this.snapshot.data.articles[id]
  }

  all(): ArticleSummary[] {
    return Object.values(this.snapshot.data.articles)
  }

  async put(summary: ArticleSummary): Promise<void> {
    this.snapshot.data.articles[summary.id] = summary
    this.changes += 1
    await this.append({ put: summary })
  }

  async remove(id: string): Promise<void> {
    if (!(id in this.snapshot.data.articles)) return
    delete this.snapshot.data.articles[id]
    this.changes += 1
    await this.append({ remove: id })
  }

  /** Writes the whole snapshot and starts an empty journal. */
  async compact(): Promise<void> {
    if (this.readOnly) return
    await this.snapshot.write()
    await rm(this.journalPath, { force: true })
    this.journalLength = 0
  }

  async close(): Promise<void> {
    if (this.journalLength > 0) await this.compact()
  }

  private get journalPath(): string {
    return join(this.dataDir, 'library.journal')
  }

  /** One line, fsynced, the handle closed again: no descriptor outlives the call, whoever forgets to close the store. */
  private async append(entry: JournalEntry): Promise<void> {
    // Read-only, the index changes only in memory (reconciling with the article files); the store refuses real writes.
    if (this.readOnly) return
    const journal = await open(this.journalPath, 'a', 0o600)
    try {
      await journal.write(`${JSON.stringify(entry)}\n`)
      await journal.sync()
    } finally {
      await journal.close()
    }
    this.journalLength += 1
    if (this.journalLength >= COMPACT_AFTER) await this.compact()
  }

  /**
   * Applies the journal to the snapshot. A process killed mid-append leaves at most one torn last line, which carried
   * no acknowledged save (the save is acknowledged only after the append's fsync), so it is dropped.
   */
  private async replayJournal(): Promise<void> {
    let text: string
    try {
      text = await readFile(this.journalPath, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
      throw error
    }
    const lines = text.split('\n').filter((line) => line.trim() !== '')
    for (const line of lines) {
      let entry: JournalEntry
      try {
        entry = JSON.parse(line) as JournalEntry
      } catch {
        continue
      }
      if ('put' in entry && entry.put && typeof entry.put.id === 'string') this.snapshot.data.articles[entry.put.id] = entry.put
      else if ('remove' in entry && typeof entry.remove === 'string') delete this.snapshot.data.articles[entry.remove]
    }
    if (lines.length > 0) await this.compact()
  }
}

function emptySnapshot(): IndexSnapshot {
  return { format: 'barta.library', version: 1, articles: {} }
}
