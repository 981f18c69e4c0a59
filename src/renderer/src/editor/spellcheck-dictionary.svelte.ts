import { createLexicon, type GrowingLexicon, type Lexicon } from '../../../shared/bangla/lexicon'
import { createLexiconPacker } from '../../../shared/bangla/lexicon-packed'
import { spellSuggestions } from '../../../shared/bangla/spellcheck'
import type { Err } from '../../../shared/result'
import { api } from '../lib/api-client'
import { requestIdle, whenQuiet } from './spellcheck-idle'

/**
 * The Bengali word list of the desk, for phonetic suggestions and spell check: fetched once per window
 * (`dictionary.words`) and packed (lexicon-packed.ts: a few strings and typed arrays, so the page's heap and its
 * garbage collector hardly notice 110,000 words) a slice at a time while the writer pauses — building it at once would
 * hold the page for half a second — so nothing of it runs on a keystroke. The desk's own words («অভিধানে যোগ করুন»)
 * live in a small second lexicon, replaced when a profile of another desk takes over.
 */
export const dictionaryState = $state<{ status: 'idle' | 'loading' | 'ready' | 'failed'; desk: string }>({
  status: 'idle',
  desk: ''
})

const PREFERENCE_KEY = 'barta.spellcheck'

/** The desk's spell-check switch, remembered on this machine (on unless switched off). */
export const spellcheckPreference = $state({ enabled: readPreference() })

function readPreference(): boolean {
  try {
    return localStorage.getItem(PREFERENCE_KEY) !== 'off'
  } catch {
    return true
  }
}

export function setSpellcheckPreference(enabled: boolean): void {
  spellcheckPreference.enabled = enabled
  try {
    localStorage.setItem(PREFERENCE_KEY, enabled ? 'on' : 'off')
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

const WORDS_PER_BATCH = 250
const SLICE_MS = 4

let shipped: Lexicon | null = null
let deskWords: GrowingLexicon = createLexicon([])
let loading: Promise<void> | null = null
/** Why the list changed: it became ready, another desk's words replaced the previous desk's, or a word was added. */
export type DictionaryChange = 'ready' | 'desk' | 'added'
// Plain collections on purpose: listeners and a cache, not state the UI draws.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const listeners = new Set<(change: DictionaryChange) => void>()
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const suggestionCache = new Map<string, string[]>()

function changed(change: DictionaryChange): void {
  suggestionCache.clear()
  for (const listener of listeners) listener(change)
}

/** Ranked replacements for an unknown word (the menu's and the panel's), computed once per word and list. */
export function suggestionsFor(word: string, limit: number): string[] {
  const lexicon = readyLexicon()
  if (!lexicon) return []
  let found = suggestionCache.get(word)
  if (!found) {
    found = spellSuggestions(word, lexicon, 6)
    suggestionCache.set(word, found)
  }
  return found.slice(0, limit)
}

/** Called when the list changes; returns the unsubscribe. */
export function onDictionaryChange(listener: (change: DictionaryChange) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** The shipped words and the desk's together, as one lexicon. */
const combined: Lexicon = {
  has: (word) => deskWords.has(word) || (shipped?.has(word) ?? false),
  byKey(key) {
    const base = shipped?.byKey(key) ?? []
    const own = deskWords.byKey(key)
    return own.length === 0 ? base : [...base, ...own]
  },
  completions(prefix, limit) {
    const base = shipped?.completions(prefix, limit) ?? []
    if (deskWords.size === 0) return base
    return [...base, ...deskWords.completions(prefix, limit)].sort((a, b) => a.length - b.length).slice(0, limit)
  },
  get size() {
    return (shipped?.size ?? 0) + deskWords.size
  }
}

/** The lexicon once it is complete; null while it loads (callers then offer the rule result alone, flag nothing). */
export function readyLexicon(): Lexicon | null {
  return dictionaryState.status === 'ready' ? combined : null
}

/** Packs the words in idle slices of a few milliseconds, while the writer pauses. */
async function packInIdleTime(words: readonly string[]): Promise<Lexicon> {
  const packer = createLexiconPacker()
  let next = 0
  for (;;) {
    const slice = await whenQuiet(SLICE_MS)
    const stop = performance.now() + slice.budget
    const more = () => performance.now() < stop
    do {
      const end = Math.min(words.length, next + WORDS_PER_BATCH)
      for (; next < end; next++) packer.add(words[next] ?? '')
    } while (next < words.length && more())
    if (next >= words.length && more() && packer.pack(more)) return packer.lexicon()
  }
}

/** Starts loading the word list (once); resolves when it is ready or has failed. */
export function loadDictionary(): Promise<void> {
  loading ??= (async () => {
    dictionaryState.status = 'loading'
    // Reading the list's answer is one task of some tens of milliseconds: not while the writer types.
    await whenQuiet()
    const result = await api.call('dictionary.words', {})
    if (!result.ok) {
      dictionaryState.status = 'failed'
      loading = null // a later editor tries again
      return
    }
    shipped = await packInIdleTime(result.value.words)
    deskWords = createLexicon(result.value.added)
    dictionaryState.desk = result.value.desk
    dictionaryState.status = 'ready'
    changed('ready')
  })()
  return loading
}

/** A profile of another desk took over: its own words replace the previous desk's. */
export async function useDesk(desk: string): Promise<void> {
  if (dictionaryState.status !== 'ready' || desk === dictionaryState.desk) return
  const result = await api.call('dictionary.words', {})
  if (!result.ok) return
  deskWords = createLexicon(result.value.added)
  dictionaryState.desk = result.value.desk
  changed('desk')
}

/** «অভিধানে যোগ করুন»: the word joins the current desk's list (on disk, through the contract) and is known at once. */
export async function addToDictionary(word: string): Promise<Err | null> {
  const result = await api.call('dictionary.add', { word })
  if (!result.ok) return result
  const otherDesk = result.value.desk !== dictionaryState.desk
  if (otherDesk) deskWords = createLexicon(result.value.added)
  else for (const added of result.value.added) deskWords.add(added)
  dictionaryState.desk = result.value.desk
  changed(otherDesk ? 'desk' : 'added')
  return null
}

/**
 * The list is fetched soon after the window opens, not when a story is: reading its answer (110,000 words) is one task
 * of about a hundred milliseconds, better spent while the writer is still choosing a story than in their first
 * sentence. The delay leaves the first moments to the library list.
 */
const PRELOAD_AFTER_MS = 1500
if (typeof window !== 'undefined') setTimeout(() => requestIdle(() => void loadDictionary(), 4, 3000), PRELOAD_AFTER_MS)
