import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Low } from 'lowdb'
import { canonicalize } from '../shared/bangla/normalize'
import { parseWordList } from '../shared/bangla/lexicon'
import { CorruptFileError, DurableJsonFile } from './durable-file'
import { quarantine } from './quarantine'
import { readOnlyRefusal } from './refusal'

interface DictionaryFile {
  format: 'barta.dictionary'
  version: 1
  /** Words each desk added with «অভিধানে যোগ করুন», by desk name ('' for no desk). */
  desks: Record<string, string[]>
}

/** The word lists the app ships, in resources/dictionary (see the README: sources and licences). */
export const SHIPPED_LISTS = ['bn_BD.dic', 'barta-news.txt'] as const
export const MAX_ADDED_PER_DESK = 20_000

/** A word a desk may add: one Bengali word (letters, signs, joiners), 1–64 characters, no spaces or digits. */
export function isAddableWord(word: string): boolean {
  return /^[\u0980-\u09E5\u09F0-\u09FF\u200C\u200D]{1,64}$/u.test(word) && /[\u0985-\u09B9\u09CE\u09DC-\u09DF]/u.test(word)
}

/** What the dictionary calls ask of the word lists (DictionaryStore on disk; the newsroom's in PostgreSQL). */
export interface DictionarySource {
  words(): Promise<string[]>
  added(desk: string): string[]
  add(desk: string, word: string): Promise<string[]>
  remove(desk: string, word: string): Promise<string[]>
}

/** The shipped words of resources/dictionary; a missing list is skipped (the app still works with what is there). */
export async function readShippedWords(listsDir: string): Promise<string[]> {
  const lists = await Promise.all(
    SHIPPED_LISTS.map((name) =>
      readFile(join(listsDir, name), 'utf8').then(
        (text) => parseWordList(text),
        () => []
      )
    )
  )
  return lists.flat()
}

/**
 * The shipped Bengali word lists (read once, on first use) and each desk's added words (dictionary.json beside the
 * library, written durably). The renderer builds its lexicon from `words()` + `added(desk)`.
 */
export class DictionaryStore implements DictionarySource {
  private shipped: Promise<string[]> | null = null

  private constructor(
    private readonly db: Low<DictionaryFile>,
    private readonly listsDir: string,
    private readonly readOnly: boolean
  ) {}

  static async open(dataDir: string, resourcesDir: string, options: { readOnly?: boolean } = {}): Promise<DictionaryStore> {
    const path = join(dataDir, 'dictionary.json')
    const db = new Low<DictionaryFile>(new DurableJsonFile<DictionaryFile>(path), { format: 'barta.dictionary', version: 1, desks: {} })
    try {
      await db.read()
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error
      // A read-only opening (barta list beside a running app) moves nothing; it reads as no added words.
      if (!options.readOnly) await quarantine(dataDir, path)
    }
    const desks = db.data?.desks
    const clean: Record<string, string[]> = {}
    if (desks && typeof desks === 'object') {
      for (const [desk, words] of Object.entries(desks)) {
        if (Array.isArray(words)) clean[desk] = words.filter((word): word is string => typeof word === 'string' && isAddableWord(word))
      }
    }
    db.data = { format: 'barta.dictionary', version: 1, desks: clean }
    return new DictionaryStore(db, join(resourcesDir, 'dictionary'), options.readOnly ?? false)
  }

  /** The shipped words; a missing list is skipped (the app still works with what is there). */
  words(): Promise<string[]> {
    this.shipped ??= readShippedWords(this.listsDir)
    return this.shipped
  }

  added(desk: string): string[] {
    return [...(this.db.data.desks[desk] ?? [])]
  }

  /** Adds a word to the desk's list (kept sorted, no duplicates); returns the list. */
  async add(desk: string, word: string): Promise<string[]> {
    const stored = canonicalize(word).trim()
    const current = this.db.data.desks[desk] ?? []
    if (current.includes(stored)) return [...current]
    if (current.length >= MAX_ADDED_PER_DESK) throw new RangeError('dictionary full')
    return this.write(desk, [...current, stored].sort())
  }

  async remove(desk: string, word: string): Promise<string[]> {
    const stored = canonicalize(word).trim()
    const current = this.db.data.desks[desk] ?? []
    if (!current.includes(stored)) return [...current]
    return this.write(
      desk,
      current.filter((entry) => entry !== stored)
    )
  }

  private async write(desk: string, words: string[]): Promise<string[]> {
    if (this.readOnly) throw readOnlyRefusal()
    const previous = this.db.data.desks
    this.db.data.desks = { ...previous, [desk]: words }
    try {
      await this.db.write()
    } catch (error) {
      this.db.data.desks = previous
      throw error
    }
    return [...words]
  }
}
