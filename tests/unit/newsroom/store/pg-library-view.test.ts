import type { Pool } from 'pg'
import { describe, expect, it } from 'vitest'
import { PgArticleStore } from '../../../../src/newsroom/store/pg-article-store'
import { PgLibraryView } from '../../../../src/newsroom/store/pg-library-view'
import { DESK, REPORTER, usePostgres } from './pg-fixture'

const postgres = usePostgres()

/** A pool whose next read of the summaries waits, after reading, until the test lets it go: a look caught mid-way. */
function pausingPool(pool: Pool): { pool: Pool; pauseNextSummaryRead(): () => void } {
  let paused: Promise<void> | null = null
  const proxy = {
    query: async (...args: Parameters<Pool['query']>) => {
      const result = await (pool.query as (...a: unknown[]) => Promise<unknown>)(...args)
      const text = String(args[0])
      if (paused && text.includes('summary')) {
        const wait = paused
        paused = null
        await wait
      }
      return result
    }
  } as unknown as Pool
  return {
    pool: proxy,
    pauseNextSummaryRead() {
      let release!: () => void
      paused = new Promise((resolve) => (release = resolve))
      return release
    }
  }
}

describe('the list view over PostgreSQL', () => {
  it('answers a list asked after a change with that change, even while an older look is under way', async () => {
    const db = await postgres.database()
    const writer = new PgArticleStore(db.pool, { author: () => REPORTER })
    const story = await writer.create({ headline: 'চরের স্কুলে প্রথম দিন' }, REPORTER)
    const { pool, pauseNextSummaryRead } = pausingPool(db.another())
    const view = new PgLibraryView(pool)
    await view.list({})

    // A look starts and reads the table before the move...
    await writer.save(story.id, story.revision, { byline: 'চর প্রতিনিধি' })
    const release = pauseNextSummaryRead()
    const older = view.list({})
    await new Promise((resolve) => setTimeout(resolve, 200))
    // ...the story is submitted (committed), and only then the desk asks.
    await new PgArticleStore(db.pool, { author: () => DESK }).updateMeta(story.id, (current) => ({ ...current, status: 'submitted' }))
    const newer = view.list({})
    release()
    await older
    expect((await newer).items.find((item) => item.id === story.id)?.status).toBe('submitted')
    await view.close()
  })
})
