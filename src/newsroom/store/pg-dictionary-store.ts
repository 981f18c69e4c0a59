import { join } from 'node:path'
import type { Pool } from 'pg'
import { canonicalize } from '../../shared/bangla/normalize'
import { isAddableWord, MAX_ADDED_PER_DESK, readShippedWords, type DictionarySource } from '../../core/dictionary-store'
import { isStorableText } from './story-snapshots'

/**
 * The newsroom's word lists: the shipped lists from resources/dictionary (read as the library on disk reads them) and
 * each desk's added words in dictionary_words. added() is synchronous in the services, so the desks' words are read
 * when the store opens and after each change this server makes (which also brings in what other servers added).
 */
export class PgDictionaryStore implements DictionarySource {
  private shipped: Promise<string[]> | null = null
  private readonly desks = new Map<string, string[]>()

  private constructor(
    private readonly pool: Pool,
    private readonly listsDir: string
  ) {}

  static async open(pool: Pool, resourcesDir: string): Promise<PgDictionaryStore> {
    const store = new PgDictionaryStore(pool, join(resourcesDir, 'dictionary'))
    await store.reload()
    return store
  }

  /** Reads every desk's words again. */
  async reload(): Promise<void> {
    const { rows } = await this.pool.query<{ desk: string; word: string }>('SELECT desk, word FROM dictionary_words')
    this.desks.clear()
    for (const { desk, word } of rows) {
      if (!isAddableWord(word)) continue
      const words = this.desks.get(desk) ?? []
      words.push(word)
      this.desks.set(desk, words)
    }
    for (const words of this.desks.values()) words.sort()
  }

  words(): Promise<string[]> {
    this.shipped ??= readShippedWords(this.listsDir)
    return this.shipped
  }

  added(desk: string): string[] {
    return [...(this.desks.get(desk) ?? [])]
  }

  /** Adds a word to the desk's list (kept sorted, no duplicates); returns the list. */
  async add(desk: string, word: string): Promise<string[]> {
    const stored = canonicalize(word).trim()
    if (!isStorableText(desk) || !isStorableText(stored)) return this.added(desk)
    const { rows } = await this.pool.query<{ n: string }>('SELECT count(*) AS n FROM dictionary_words WHERE desk = $1', [desk])
    const present = await this.pool.query('SELECT 1 FROM dictionary_words WHERE desk = $1 AND word = $2', [desk, stored])
    if ((present.rowCount ?? 0) === 0 && Number(rows[0]!.n) >= MAX_ADDED_PER_DESK) throw new RangeError('dictionary full')
    await this.pool.query('INSERT INTO dictionary_words (desk, word) VALUES ($1, $2) ON CONFLICT DO NOTHING', [desk, stored])
    return this.reloadDesk(desk)
  }

  async remove(desk: string, word: string): Promise<string[]> {
    const stored = canonicalize(word).trim()
    if (!isStorableText(desk) || !isStorableText(stored)) return this.added(desk)
    await this.pool.query('DELETE FROM dictionary_words WHERE desk = $1 AND word = $2', [desk, stored])
    return this.reloadDesk(desk)
  }

  private async reloadDesk(desk: string): Promise<string[]> {
    const { rows } = await this.pool.query<{ word: string }>('SELECT word FROM dictionary_words WHERE desk = $1', [desk])
    const words = rows.map((row) => row.word).sort()
    this.desks.set(desk, words)
    return [...words]
  }
}
