import type { ArticleStore } from './library-store'
import { readOnlyRefusal } from './refusal'

/** The store's calls that change the library; a read-only store refuses them before anything is touched. */
const WRITES = new Set<string>([
  'create',
  'updateMeta',
  'replaceContent',
  'adopt',
  'save',
  'trash',
  'restoreFromTrash',
  'emptyTrash',
  'snapshot',
  'restoreRevision'
])

/**
 * Wraps a store opened read-only so that every write is refused with a clear message. Reads pass through. (Beneath
 * it, a read-only store's article files and index cannot be written either.)
 */
export function readOnlyStore(store: ArticleStore): ArticleStore {
  return new Proxy(store, {
    get(target, property, receiver) {
      const value: unknown = Reflect.get(target, property, receiver)
      if (typeof value !== 'function') return value
      if (typeof property === 'string' && WRITES.has(property)) return () => Promise.reject(readOnlyRefusal())
      return (value as (...args: unknown[]) => unknown).bind(target)
    }
  })
}
