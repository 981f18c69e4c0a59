/**
 * Newsroom bench: 50 simulated laptops (the desktop app's HTTP calls with a Bearer token) saving and pulling against
 * the real server on loopback — PostgreSQL in a throwaway cluster — for a bounded time (60 s; BARTA_BENCH_SECONDS to
 * change it), beside a single local save on the lowdb library in the same run (the baseline). Then the time for a new
 * laptop to pull 10,000 stories: the server's pages over HTTP, and a fresh library linked with connection.connect until
 * every story is in it.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices } from '../../src/core'
import { LowdbArticleStore } from '../../src/core/library-store'
import { bodyFromPlainText } from '../../src/shared/article/body'
import type { Article, ArticlePatch } from '../../src/shared/article/model'
import type { PullPage } from '../../src/shared/newsroom'
import { startNewsroomFixture, type Caller } from '../unit/newsroom/server-fixture'

const CLIENTS = 50
const SECONDS = Number(process.env.BARTA_BENCH_SECONDS ?? 60)
const LAPTOP_STORIES = Number(process.env.BARTA_BENCH_STORIES ?? 10_000)

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}

/** A reporter's story as it grows: ~300 words of Bengali, one more sentence each save. */
function draft(client: number, step: number): ArticlePatch {
  const sentence = `চৌহালীর ${client} নম্বর চরে আজ ${step} টি পরিবার নতুন করে ঘর তুলছে, নদী সরে যাওয়ায় জমি জেগেছে।`
  return { headline: `চরের খবর ${client}`, body: bodyFromPlainText(Array.from({ length: 20 }, () => sentence).join(' ')) }
}

async function value<T>(result: Promise<{ ok: true; value: T } | { ok: false; message: { en: string } }>): Promise<T> {
  const settled = await result
  if (!settled.ok) throw new Error(settled.message.en)
  return settled.value
}

async function laptop(caller: Caller, index: number, deadline: number, saves: number[], pulls: number[]): Promise<void> {
  const story = await value(caller.call<Article>('article.create', { content: draft(index, 0) }))
  let revision = story.revision
  let cursor = 0
  for (let step = 1; performance.now() < deadline; step++) {
    const started = performance.now()
    const saved = await value(
      caller.call<{ revision: number }>('article.save', { id: story.id, baseRevision: revision, patch: draft(index, step) })
    )
    saves.push(performance.now() - started)
    revision = saved.revision
    if (step % 4 === 0) {
      const pulling = performance.now()
      const page = await value(caller.call<PullPage>('sync.pull', { after: cursor, limit: 100 }))
      pulls.push(performance.now() - pulling)
      cursor = page.cursor
    }
  }
}

async function localBaseline(seconds: number): Promise<{ perSecond: number; p95: number }> {
  const dir = await mkdtemp(join(tmpdir(), 'barta-bench-local-'))
  const store = await LowdbArticleStore.open(dir)
  try {
    const story = await store.create(draft(0, 0))
    let revision = story.revision
    const times: number[] = []
    const deadline = performance.now() + seconds * 1000
    for (let step = 1; performance.now() < deadline; step++) {
      const started = performance.now()
      const outcome = await store.save(story.id, revision, draft(0, step))
      times.push(performance.now() - started)
      if (outcome.kind !== 'saved') throw new Error(outcome.kind)
      revision = outcome.article.revision
    }
    return { perSecond: times.length / seconds, p95: percentile(times, 95) }
  } finally {
    await store.close()
    await rm(dir, { recursive: true, force: true, maxRetries: 5 })
  }
}

export async function bench(): Promise<string[]> {
  const lines: string[] = []
  const newsroom = await startNewsroomFixture('bench')
  try {
    await newsroom.addUser('chief', 'chief')
    const callers: Caller[] = []
    for (let index = 0; index < CLIENTS; index++) {
      await newsroom.addUser(`reporter${index}`, 'reporter')
      callers.push(await newsroom.as(`reporter${index}`))
    }
    const saves: number[] = []
    const pulls: number[] = []
    const started = performance.now()
    const deadline = started + SECONDS * 1000
    await Promise.all(callers.map((caller, index) => laptop(caller, index, deadline, saves, pulls)))
    const elapsed = (performance.now() - started) / 1000
    const local = await localBaseline(Math.min(10, SECONDS))
    lines.push(
      `newsroom: saves/s = ${(saves.length / elapsed).toFixed(0)}, save p95 = ${percentile(saves, 95).toFixed(1)} ms, pull p95 = ${percentile(pulls, 95).toFixed(1)} ms (${CLIENTS} clients)`,
      `local:    saves/s = ${local.perSecond.toFixed(0)}, save p95 = ${local.p95.toFixed(1)} ms (one writer, lowdb library, same machine)`,
      `newsroom/local save p95 = ${(percentile(saves, 95) / local.p95).toFixed(1)}× (${CLIENTS} laptops at once over HTTP vs one local writer)`
    )

    // A new laptop joins a newsroom of LAPTOP_STORIES stories.
    const chief = await newsroom.as('chief')
    const seeding = performance.now()
    for (let index = 0; index < LAPTOP_STORIES; index += 50) {
      await Promise.all(
        Array.from({ length: Math.min(50, LAPTOP_STORIES - index) }, (_, offset) =>
          value(chief.call('article.create', { content: draft(index + offset, 1) }))
        )
      )
    }
    lines.push(`seeded ${LAPTOP_STORIES} stories through article.create in ${((performance.now() - seeding) / 1000).toFixed(1)} s`)

    const paging = performance.now()
    let cursor = 0
    let pages = 0
    let pulled = 0
    for (let more = true; more; pages++) {
      const page = await value(chief.call<PullPage>('sync.pull', { after: cursor }))
      cursor = page.cursor
      more = page.more
      pulled += page.stories.length
    }
    lines.push(
      `newsroom: a new laptop pulls ${pulled} stories in ${((performance.now() - paging) / 1000).toFixed(1)} s over HTTP (${pages} pages)`
    )

    const dataDir = await mkdtemp(join(tmpdir(), 'barta-bench-laptop-'))
    const services = await createServices({ dataDir, transport: 'http', version: 'bench', program: 'host' })
    try {
      const joining = performance.now()
      await value(services.handlers['connection.connect']({ serverUrl: newsroom.url, user: 'chief', password: 'পাসওয়ার্ড-১২৩' }))
      const expected = pulled
      for (;;) {
        const listed = await services.store.list({ limit: 1 })
        if (listed.total >= expected) break
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      lines.push(
        `newsroom: a new laptop's library holds all ${expected} stories ${((performance.now() - joining) / 1000).toFixed(1)} s after connecting (pull + lowdb writes)`
      )
    } finally {
      await services.close()
      await rm(dataDir, { recursive: true, force: true, maxRetries: 5 })
    }
  } finally {
    await newsroom.stop()
  }
  return lines
}
