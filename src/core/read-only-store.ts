import type { ArticleStore } from './article-store'
import { readOnlyRefusal } from './refusal'

/**
 * The store's calls that only read. Everything else is refused, so a write added to ArticleStore later (a correction,
 * a conflict resolution …) is refused in read-only mode without anyone having to remember to list it here.
 */
const READS = new Set<keyof ArticleStore>(['list', 'search', 'get', 'revisions', 'revision', 'notices', 'warmSearch', 'flush', 'close'])

/**
 * Wraps a store opened read-only so that every call that is not a read is refused with a clear message. Reads pass through. (Beneath
 * it, a read-only store's article files and index cannot be written either.)
 */
export function readOnlyStore(store: ArticleStore): ArticleStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      if (!READS.has(property as keyof ArticleStore)) return () => Promise.reject(readOnlyRefusal())
      return (value as (...args: unknown[]) => unknown).bind(target)
    }
  })
}
