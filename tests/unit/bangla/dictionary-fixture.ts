import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { createLexicon, parseWordList, type Lexicon } from '../../../src/shared/bangla/lexicon'

/** The word lists the app ships (resources/dictionary), read once for the tests. */
export function shippedWords(): string[] {
  const dir = join(__dirname, '..', '..', '..', 'resources', 'dictionary')
  return [
    ...parseWordList(readFileSync(join(dir, 'bn_BD.dic'), 'utf8')),
    ...parseWordList(readFileSync(join(dir, 'barta-news.txt'), 'utf8'))
  ]
}

let cached: Lexicon | null = null
export function shippedLexicon(): Lexicon {
  return (cached ??= createLexicon(shippedWords()))
}
