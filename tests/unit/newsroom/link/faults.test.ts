import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bodyFromPlainText } from '../../../../src/shared/article/body'
import type { Article } from '../../../../src/shared/article/model'
import type { SyncState } from '../../../../src/core/newsroom-link/link-files'
import { createServices } from '../../../../src/core'
import { withTempDir } from '../../helpers/tmp'
import { laptop, SERVER_URL, type Laptop } from './helpers'
import { ServerDouble } from './server-double'

async function connected(dir: string) {
  const server = new ServerDouble()
  const rina = server.addUser('rina', 'পাসওয়ার্ড-১', 'reporter')
  const desk = server.addUser('desk', 'পাসওয়ার্ড-২', 'desk')
  const app = await laptop(dir, server)
  await app.value('connection.connect', { serverUrl: SERVER_URL, user: 'rina', password: 'পাসওয়ার্ড-১' })
  return { server, rina, desk, app }
}

const syncFile = async (dir: string) => JSON.parse(await readFile(join(dir, 'newsroom-sync.json'), 'utf8')) as SyncState

async function saveHeadline(app: Laptop, id: string, headline: string) {
  const current = await app.value('article.get', { id })
  return app.value('article.save', { id, baseRevision: current.revision, patch: { headline } })
}

describe('faults', () => {
  it('server unreachable for a while, then back: the outbox waits, then drains in order, each change applied once', async () => {
    await withTempDir(async (dir) => {
      const { server, app } = await connected(dir)
      server.down = true
      const a = await app.create('ক: লোডশেডিং', 'গ্রামে বিদ্যুৎ নেই।')
      const b = await app.create('খ: চালের দাম', 'বাজারে চালের দাম বেড়েছে।')
      await app.value('article.transition', { id: a.id, action: 'submit' })
      await saveHeadline(app, b.id, 'খ: চালের দাম আরও বাড়ল')
      await app.value('note.add', { id: b.id, text: 'দুটি দোকানের দাম মিলিয়ে নিন' })
      await new Promise((resolve) => setTimeout(resolve, 150)) // several backoff rounds fail meanwhile
      // Backing off (5, 10, 20, 40, 40 … ms here; 1 s doubling to 60 s in the app), not knocking in a tight loop.
      expect(server.knocksWhileDown).toBeGreaterThanOrEqual(3)
      expect(server.knocksWhileDown).toBeLessThan(15)
      const offline = await app.status()
      // The first saves were tried (marked sent) before the server was found down: the later save is a new op then.
      expect(offline).toMatchObject({ online: false, pending: 5 })
      expect(offline.lastError?.bn).toContain('পৌঁছানো যাচ্ছে না')
      expect(server.received).toHaveLength(0)
      server.down = false
      await app.drained()
      expect(await app.status()).toMatchObject({ online: true, pending: 0, lastError: null })
      expect(server.received.map((op) => `${op.kind}:${op.storyId === a.id ? 'a' : 'b'}`)).toEqual([
        'save:a',
        'save:b',
        'transition:a',
        'save:b',
        'note:b'
      ])
      expect(server.stories.get(a.id)!.status).toBe('submitted')
      expect(server.stories.get(b.id)).toMatchObject({ headline: 'খ: চালের দাম আরও বাড়ল', revision: 2 })
      expect([...server.appliedCount.values()].every((n) => n === 1)).toBe(true)
      await app.close()
    })
  })

  it('the connection drops after the server applied a push: the retry is the same op, answered as repeated, applied once', async () => {
    await withTempDir(async (dir) => {
      const { server, app } = await connected(dir)
      server.dropAnswers = 1
      const story = await app.create('ঘূর্ণিঝড়ের সতর্কতা', 'উপকূলে ৭ নম্বর সংকেত।')
      await app.drained()
      expect(server.received).toHaveLength(2)
      expect(server.received[1]).toEqual(server.received[0])
      expect(server.appliedCount.get(server.received[0]!.opId)).toBe(1)
      expect(server.stories.get(story.id)!.revision).toBe(1)
      // The next save is based on the revision the repeated answer carried.
      await saveHeadline(app, story.id, 'ঘূর্ণিঝড়ের সতর্কতা: ১০ নম্বর সংকেত')
      await app.drained()
      expect(server.received.at(-1)).toMatchObject({ kind: 'save', baseRevision: 1 })
      expect(server.stories.get(story.id)).toMatchObject({ revision: 2, headline: 'ঘূর্ণিঝড়ের সতর্কতা: ১০ নম্বর সংকেত' })
      await app.close()
    })
  })

  it('a 401: status asks to log in again, the token is forgotten, the outbox kept; logging in again sends it', async () => {
    await withTempDir(async (dir) => {
      const { server, app } = await connected(dir)
      server.revokeAll()
      const story = await app.create('মেট্রোরেলের নতুন স্টেশন', 'আগামী মাসে চালু।')
      await app.value('connection.sync', {})
      const status = await app.status()
      expect(status.lastError?.bn).toContain('আবার প্রবেশ করুন')
      expect(status).toMatchObject({ online: false, pending: 1, configured: true })
      expect(JSON.parse(await readFile(join(dir, 'newsroom.json'), 'utf8')).token).toBeNull()
      expect(server.stories.has(story.id)).toBe(false)
      await app.value('connection.connect', { serverUrl: SERVER_URL, user: 'rina', password: 'পাসওয়ার্ড-১' })
      await app.drained()
      expect(server.stories.has(story.id)).toBe(true)
      expect((await app.status()).lastError).toBeNull()
      await app.close()
    })
  })

  it('a refused op is dropped, the local text kept, the reason in status and on disk', async () => {
    await withTempDir(async (dir) => {
      const { server, app } = await connected(dir)
      const story = await app.create('সংসদ অধিবেশন', 'বাজেট পেশ হবে।')
      await app.drained()
      server.held.add(story.id)
      await saveHeadline(app, story.id, 'সংসদ অধিবেশন শুরু')
      await app.drained()
      const status = await app.status()
      expect(status.lastError?.bn).toBe('লেখাটি এখন অন্য একজন সম্পাদনা করছেন।')
      expect(status.pending).toBe(0)
      expect((await app.value('article.get', { id: story.id })).headline).toBe('সংসদ অধিবেশন শুরু')
      expect(server.stories.get(story.id)!.headline).toBe('সংসদ অধিবেশন')
      expect((await syncFile(dir)).refusals).toMatchObject([{ storyId: story.id, kind: 'save' }])
      await app.close()
    })
  })

  it('closed with changes unsent (the app quit offline): after a restart they are pushed, once', async () => {
    await withTempDir(async (dir) => {
      const { server, app } = await connected(dir)
      server.down = true
      const story = await app.create('শীতের পিঠা উৎসব', 'শিল্পকলায় তিন দিনের উৎসব।')
      await app.close()
      expect((await syncFile(dir)).outbox).toHaveLength(1)
      server.down = false
      const again = await laptop(dir, server)
      await again.drained()
      expect(server.stories.has(story.id)).toBe(true)
      expect(server.received).toHaveLength(1)
      await again.close()
    })
  })

  it('disconnect stops syncing and forgets the token; the outbox and the library stay', async () => {
    await withTempDir(async (dir) => {
      const { server, app } = await connected(dir)
      await app.value('connection.disconnect', {})
      const story = await app.create('বইমেলা', 'ফেব্রুয়ারিতে শুরু।')
      await new Promise((resolve) => setTimeout(resolve, 30))
      expect(server.received).toHaveLength(0)
      expect(await app.status()).toMatchObject({ pending: 1, online: false })
      expect(JSON.parse(await readFile(join(dir, 'newsroom.json'), 'utf8')).token).toBeNull()
      expect((await app.value('article.get', { id: story.id })).headline).toBe('বইমেলা')
      await app.close()
    })
  })

  it('the cursor is stored only after the pulled stories are in the library: a failure re-pulls, never skips', async () => {
    await withTempDir(async (dir) => {
      const server = new ServerDouble()
      server.addUser('rina', 'পাসওয়ার্ড-১', 'reporter')
      const desk = server.addUser('desk', 'পাসওয়ার্ড-২', 'desk')
      const stories = [1, 2, 3, 4, 5].map((n) => server.createAs(desk, { headline: `খবর ${n}`, body: bodyFromPlainText(`খবর ${n}`) }))
      // No retry by itself within the test: the next round is the one the test asks for.
      const app = await laptop(dir, server, { backoffMinMs: 60_000 })
      const store = app.services.store
      const real = store.takeServerVersion.bind(store)
      let failOn: string | null = stories[2]!.id
      store.takeServerVersion = (incoming: Article, accept) => {
        if (incoming.id === failOn) {
          failOn = null
          return Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' }))
        }
        return real(incoming, accept)
      }
      await app.value('connection.connect', { serverUrl: SERVER_URL, user: 'rina', password: 'পাসওয়ার্ড-১' })
      // The page holding story 3 failed: the cursor stays before it (stories 1–2 are in; page size is 2).
      expect((await syncFile(dir)).cursor).toBe(2)
      expect((await app.status()).lastError?.en).toContain('disk full')
      await app.value('connection.sync', {})
      for (const story of stories) expect((await app.value('article.get', { id: story.id })).headline).toBe(story.headline)
      expect((await syncFile(dir)).cursor).toBe(5)
      await app.close()
    })
  })

  it('a local save made while a pull is on the way is not overwritten by it: the push meets the conflict', async () => {
    await withTempDir(async (dir) => {
      const { server, desk, app } = await connected(dir)
      const theirs = server.createAs(desk, { headline: 'ডেস্কের খবর', body: bodyFromPlainText('প্রথম লেখা।') })
      await app.value('connection.sync', {})
      server.editAs(desk, theirs.id, { headline: 'ডেস্কের খবর, বদলানো' })
      server.onPull = async () => {
        await saveHeadline(app, theirs.id, 'আমার শিরোনাম')
      }
      await app.value('connection.sync', {})
      await app.drained()
      expect((await app.value('article.get', { id: theirs.id })).headline).toBe('আমার শিরোনাম')
      expect((await app.status()).conflicts).toEqual([theirs.id])
      expect(server.stories.get(theirs.id)!.headline).toBe('ডেস্কের খবর, বদলানো')
      await app.close()
    })
  })

  it('a note answered at a revision someone else’s save made does not become the base of the next save', async () => {
    await withTempDir(async (dir) => {
      const { server, desk, app } = await connected(dir)
      const story = await app.create('পাহাড়ধস', 'রাঙামাটিতে পাহাড়ধস।')
      await app.drained()
      server.down = true
      await app.value('note.add', { id: story.id, text: 'হতাহতের সংখ্যা মিলিয়ে নিচ্ছি' })
      await saveHeadline(app, story.id, 'পাহাড়ধসে নিহত ৫')
      server.editAs(desk, story.id, { headline: 'রাঙামাটিতে পাহাড়ধস' })
      server.down = false
      await app.drained()
      expect(server.stories.get(story.id)!.headline).toBe('রাঙামাটিতে পাহাড়ধস')
      expect((await app.status()).conflicts).toEqual([story.id])
      expect(server.received.at(-1)).toMatchObject({ kind: 'save', baseRevision: 1 })
      await app.close()
    })
  })

  it('the barta command, opening a connected library for one job, does not sync in the background', async () => {
    await withTempDir(async (dir) => {
      const { server, app } = await connected(dir)
      server.down = true
      await app.create('কৃষি মেলা', 'তিন দিনের মেলা।')
      await app.close()
      server.down = false
      const received = server.received.length
      const cli = await createServices({
        dataDir: dir,
        transport: 'http',
        version: 'cli',
        program: 'cli',
        newsroom: { transportFor: () => server.transport }
      })
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(server.received.length).toBe(received)
      expect(cli.link!.status().pending).toBe(1)
      await cli.close()
    })
  })

  it('pulls by itself every interval while connected (30 s in the app; 20 ms here)', async () => {
    await withTempDir(async (dir) => {
      const server = new ServerDouble()
      server.addUser('rina', 'পাসওয়ার্ড-১', 'reporter')
      const desk = server.addUser('desk', 'পাসওয়ার্ড-২', 'desk')
      const app = await laptop(dir, server, { pullIntervalMs: 20 })
      await app.value('connection.connect', { serverUrl: SERVER_URL, user: 'rina', password: 'পাসওয়ার্ড-১' })
      const theirs = server.createAs(desk, { headline: 'ডেস্ক থেকে নতুন খবর' })
      const until = Date.now() + 3000
      while (!(await app.call('article.get', { id: theirs.id })).ok && Date.now() < until) await new Promise((r) => setTimeout(r, 10))
      expect((await app.value('article.get', { id: theirs.id })).headline).toBe('ডেস্ক থেকে নতুন খবর')
      await app.close()
    })
  })
})
