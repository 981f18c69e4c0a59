/**
 * Child process for the search-index kill test: opens the store in argv[2] and builds the search index in the
 * background until the parent SIGKILLs it. Prints READY once the store is open.
 */
import { LowdbArticleStore } from '../../../src/core/library-store'

async function main(): Promise<void> {
  const store = await LowdbArticleStore.open(process.argv[2]!)
  store.warmSearch()
  process.stdout.write('READY\n')
  await store.searchBuilt()
  process.stdout.write('BUILT\n')
  // Stay alive until killed, as the app would.
  setInterval(() => undefined, 1000)
}

void main()
