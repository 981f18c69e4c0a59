import { readFile } from 'node:fs/promises'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Article } from '../../../src/shared/article/model'
import { bodyFromPlainText } from '../../../src/shared/article/body'
import type { NewsroomEvent } from '../../../src/shared/newsroom'
import { PASSWORD, rawCall, startNewsroomFixture, type Caller, type NewsroomFixture } from './server-fixture'

let newsroom: NewsroomFixture
let reporter: Caller
let otherReporter: Caller
let desk: Caller
let secondDesk: Caller
let chief: Caller

beforeAll(async () => {
  newsroom = await startNewsroomFixture('server')
  await newsroom.addUser('rahima', 'reporter')
  await newsroom.addUser('salma', 'reporter')
  await newsroom.addUser('karim', 'desk')
  await newsroom.addUser('jamal', 'desk')
  await newsroom.addUser('nasrin', 'chief')
  reporter = await newsroom.as('rahima')
  otherReporter = await newsroom.as('salma')
  desk = await newsroom.as('karim')
  secondDesk = await newsroom.as('jamal')
  chief = await newsroom.as('nasrin')
}, 120_000)

afterAll(async () => {
  await newsroom?.stop()
})

const value = <T>(result: { ok: true; value: T } | { ok: false; message: { en: string } }): T => {
  if (!result.ok) throw new Error(result.message.en)
  return result.value
}

async function completeStory(caller: Caller, headline = 'যমুনার ভাঙনে বিলীন তিন গ্রাম'): Promise<Article> {
  const photo = value(
    await caller.call<{ mediaId: string }>('media.put', {
      name: 'vangon.jpg',
      dataBase64: (await readFile('tests/fixtures/images/village.jpg')).toString('base64')
    })
  )
  return value(
    await caller.call<Article>('article.create', {
      content: {
        headline,
        byline: 'নিজস্ব প্রতিবেদক',
        dateline: 'সিরাজগঞ্জ',
        section: 'সারাদেশ',
        publishedAt: '2024-01-21T14:27:00+06:00',
        leadImage: { mediaId: photo.mediaId, caption: 'ভাঙনের মুখে বসতভিটা', credit: 'সংগৃহীত', alt: 'নদীর পাড়ে ভাঙা ঘর' },
        body: bodyFromPlainText('সিরাজগঞ্জের চৌহালীতে যমুনার ভাঙনে তিনটি গ্রাম নদীতে বিলীন হয়েছে।')
      }
    })
  )
}

async function refusalsFor(method: string): Promise<{ user_id: string | null; code: string; story_id: string | null }[]> {
  const { rows } = await newsroom.pool.query('SELECT user_id, code, story_id FROM refusals WHERE method = $1 ORDER BY id', [method])
  return rows
}

describe('the newsroom server: logins', () => {
  it('answers nothing but app.info and auth.login without a session', async () => {
    const info = await rawCall(newsroom.url, 'app.info', {})
    expect(info.body).toMatchObject({ ok: true, value: { transport: 'newsroom' } })
    const list = await rawCall(newsroom.url, 'library.list', {})
    expect(list.status).toBe(401)
    expect(list.body).toMatchObject({ ok: false, code: 'unauthorized' })
    const forged = await rawCall(newsroom.url, 'library.list', {}, { authorization: 'Bearer not-a-real-token' })
    expect(forged.status).toBe(401)
  })

  it('gives a browser an HttpOnly SameSite=Strict cookie and no token; after logout the same cookie is refused', async () => {
    const login = await rawCall(newsroom.url, 'auth.login', { user: 'rahima', password: PASSWORD })
    expect(login.body).toMatchObject({ ok: true, value: { user: { name: 'rahima', role: 'reporter' } } })
    expect(JSON.stringify(login.body)).not.toMatch(/token/)
    const cookie = login.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^barta_session=[^;]+; HttpOnly; SameSite=Strict; Path=\//)
    const sessionCookie = cookie.split(';')[0]!
    const session = await rawCall(newsroom.url, 'auth.session', {}, { cookie: sessionCookie })
    expect(session.body).toMatchObject({ ok: true, value: { name: 'rahima' } })
    await rawCall(newsroom.url, 'auth.logout', {}, { cookie: sessionCookie })
    // A copied (stolen) cookie is worth nothing once its session has ended.
    const stolen = await rawCall(newsroom.url, 'library.list', {}, { cookie: sessionCookie })
    expect(stolen.status).toBe(401)
  })

  it('refuses a wrong password with the same words as an unknown name, and an injected name changes nothing', async () => {
    const wrong = await rawCall(newsroom.url, 'auth.login', { user: 'karim', password: 'ভুল' })
    const unknown = await rawCall(newsroom.url, 'auth.login', { user: 'nobody', password: 'ভুল' })
    expect(wrong.body).toMatchObject({ ok: false })
    expect((unknown.body as { message: unknown }).message).toEqual((wrong.body as { message: unknown }).message)
    const injected = await rawCall(newsroom.url, 'auth.login', { user: "x' OR '1'='1", password: "' OR ''='" })
    expect(injected.body.ok).toBe(false)
    const { rows } = await newsroom.pool.query('SELECT count(*)::int AS n FROM users')
    expect(rows[0].n).toBe(5)
  })

  it('limits failed logins for one name, and says how long to wait', async () => {
    await newsroom.addUser('target', 'reporter')
    let last
    for (let attempt = 0; attempt < 7; attempt++)
      last = await rawCall(newsroom.url, 'auth.login', { user: 'target', password: `guess-${attempt}` })
    expect(last!.status).toBe(429)
    expect(last!.body).toMatchObject({ ok: false, code: 'rate-limited' })
    // Even the right password waits now.
    const right = await rawCall(newsroom.url, 'auth.login', { user: 'target', password: PASSWORD })
    expect(right.body).toMatchObject({ ok: false, code: 'rate-limited' })
  })
})

describe('the newsroom server decides', () => {
  it("a reporter's forged approve is refused, the story is unchanged, and the attempt is recorded", async () => {
    const story = await completeStory(reporter)
    value(await reporter.call('article.transition', { id: story.id, action: 'submit' }))
    const forged = await reporter.call('article.transition', { id: story.id, action: 'approve' })
    expect(forged).toMatchObject({ ok: false, code: 'forbidden' })
    const stored = value(await desk.call<Article>('article.get', { id: story.id }))
    expect(stored.status).toBe('submitted')
    const reporterId = story.owner!.id
    expect(await refusalsFor('article.transition')).toContainEqual({ user_id: reporterId, code: 'forbidden', story_id: story.id })
  })

  it('the owner and the record come from the session, never from the caller', async () => {
    const story = await completeStory(reporter, 'চরের মানুষের ঘরে ফেরা')
    expect(story.owner).toMatchObject({ name: 'rahima', role: 'reporter' })
    // No argument can name another user: the contract's schemas are strict, profiles are the server's.
    const sneaky = await reporter.call('article.create', { content: {}, owner: { id: 'x', name: 'nasrin', role: 'chief' } })
    expect(sneaky).toMatchObject({ ok: false, code: 'bad-request' })
    const switched = await reporter.call('profile.switch', { id: story.owner!.id })
    expect(switched).toMatchObject({ ok: false, code: 'forbidden' })
    const profiles = value(await reporter.call<{ profiles: { role: string }[] }>('profile.list', {}))
    expect(profiles.profiles).toEqual([expect.objectContaining({ name: 'rahima', role: 'reporter' })])
    value(await reporter.call('article.transition', { id: story.id, action: 'submit' }))
    const after = value(await desk.call<Article>('article.get', { id: story.id }))
    expect(after.workflow.at(-1)).toMatchObject({ by: { name: 'rahima', role: 'reporter' }, from: 'draft', to: 'submitted' })
    const { rows } = await newsroom.pool.query('SELECT by_name, to_status FROM workflow_events WHERE story_id = $1', [story.id])
    expect(rows).toEqual([{ by_name: 'rahima', to_status: 'submitted' }])
  })

  it("a reporter cannot read, change or even see another reporter's draft", async () => {
    const story = await completeStory(reporter, 'অন্যের খসড়া')
    expect(await otherReporter.call('article.get', { id: story.id })).toMatchObject({ ok: false, code: 'not-found' })
    const save = await otherReporter.call('article.save', { id: story.id, baseRevision: story.revision, patch: { headline: 'বদলে দিলাম' } })
    expect(save.ok).toBe(false)
    const list = value(await otherReporter.call<{ items: { id: string }[] }>('library.list', {}))
    expect(list.items.map((item) => item.id)).not.toContain(story.id)
    expect(value(await reporter.call<Article>('article.get', { id: story.id })).headline).toBe('অন্যের খসড়া')
  })

  it('a published story cannot be saved over; the chief publishes, the desk cannot', async () => {
    const story = await completeStory(reporter, 'প্রকাশিত লেখা বদলানো যায় না')
    value(await reporter.call('article.transition', { id: story.id, action: 'submit' }))
    value(await desk.call('article.transition', { id: story.id, action: 'take' }))
    value(await desk.call('article.transition', { id: story.id, action: 'approve' }))
    expect(await desk.call('article.transition', { id: story.id, action: 'publish' })).toMatchObject({ ok: false, code: 'forbidden' })
    const published = value(await chief.call<Article>('article.transition', { id: story.id, action: 'publish' }))
    expect(published.status).toBe('published')
    const save = await chief.call('article.save', { id: story.id, baseRevision: published.revision, patch: { headline: 'চুপিচুপি বদল' } })
    expect(save).toMatchObject({ ok: false, code: 'locked' })
    expect(value(await chief.call<Article>('article.get', { id: story.id })).headline).toBe('প্রকাশিত লেখা বদলানো যায় না')
    expect((await refusalsFor('article.save')).some((row) => row.code === 'locked' && row.story_id === story.id)).toBe(true)
  })

  it('one person holds the edit lock; another desk editor is refused until they take it over', async () => {
    const story = await completeStory(reporter, 'তালা দেওয়া লেখা')
    value(await reporter.call('article.transition', { id: story.id, action: 'submit' }))
    const taken = value(await desk.call<Article>('article.transition', { id: story.id, action: 'take' }))
    expect(value(await desk.call('story.lock', { id: story.id }))).toMatchObject({ holder: { name: 'karim' } })
    const blocked = await secondDesk.call('article.save', { id: story.id, baseRevision: taken.revision, patch: { headline: 'আমার বদল' } })
    expect(blocked).toMatchObject({ ok: false, code: 'held' })
    expect(await reporter.call('story.lock', { id: story.id, takeover: true })).toMatchObject({ ok: false })
    value(await secondDesk.call('story.lock', { id: story.id, takeover: true }))
    const saved = await secondDesk.call('article.save', { id: story.id, baseRevision: taken.revision, patch: { headline: 'আমার বদল' } })
    expect(saved.ok).toBe(true)
    expect(await desk.call('article.save', { id: story.id, baseRevision: taken.revision + 1, patch: { headline: 'আবার' } })).toMatchObject({
      ok: false,
      code: 'held'
    })
  })

  it('stores hostile text verbatim and harmlessly', async () => {
    const hostile = '\'); DROP TABLE stories; -- ও "$1" \\x00'
    const story = value(await reporter.call<Article>('article.create', { content: { headline: hostile.replace('\\x00', '') } }))
    expect(value(await reporter.call<Article>('article.get', { id: story.id })).headline).toBe(hostile.replace('\\x00', ''))
    const { rows } = await newsroom.pool.query("SELECT to_regclass('public.stories') AS stories")
    expect(rows[0].stories).toBe('stories')
  })

  it('refuses an oversized request before reading it all, and changes nothing', async () => {
    const before = await newsroom.pool.query('SELECT count(*)::int AS n FROM stories')
    const huge = await rawCall(
      newsroom.url,
      'article.create',
      { content: { headline: 'ক'.repeat(15_000_000) } },
      {
        authorization: `Bearer ${reporter.token}`
      }
    ).catch((error: unknown) => ({ status: 0, body: { ok: false, code: String(error) } }))
    expect([0, 413]).toContain(huge.status)
    const after = await newsroom.pool.query('SELECT count(*)::int AS n FROM stories')
    expect(after.rows[0].n).toBe(before.rows[0].n)
  })
})

describe('the newsroom server, live and through faults', () => {
  it('tells the desk of a new submission over server-sent events, and the reporter of the return with its reason', async () => {
    const deskEvents = await listen(desk.token)
    const reporterEvents = await listen(reporter.token)
    try {
      const story = await completeStory(reporter, 'সরাসরি খবর')
      value(await reporter.call('article.transition', { id: story.id, action: 'submit' }))
      await expect.poll(() => deskEvents.seen.some((event) => event.kind === 'submit' && event.storyId === story.id)).toBe(true)
      value(await desk.call('article.transition', { id: story.id, action: 'take' }))
      value(await desk.call('article.transition', { id: story.id, action: 'return', note: 'ছবির সূত্র দিন' }))
      await expect.poll(() => reporterEvents.seen.find((event) => event.kind === 'return' && event.storyId === story.id)).toBeTruthy()
      // Another reporter's story is not told to this reporter.
      const other = await completeStory(otherReporter, 'অন্য প্রতিবেদকের লেখা')
      value(await otherReporter.call('article.transition', { id: other.id, action: 'submit' }))
      await expect.poll(() => deskEvents.seen.some((event) => event.storyId === other.id)).toBe(true)
      expect(reporterEvents.seen.some((event) => event.storyId === other.id)).toBe(false)
    } finally {
      deskEvents.close()
      reporterEvents.close()
    }
  })

  it('keeps working when PostgreSQL restarts: no acknowledged save is lost', async () => {
    const story = await completeStory(reporter, 'পুনরায় চালুর আগে')
    const saved = value(
      await reporter.call<{ revision: number }>('article.save', { id: story.id, baseRevision: story.revision, patch: { dateline: 'ঢাকা' } })
    )
    await newsroom.cluster.restart()
    let after: { ok: boolean } = { ok: false }
    for (let attempt = 0; attempt < 5 && !after.ok; attempt++) {
      after = await reporter.call('article.save', { id: story.id, baseRevision: saved.revision, patch: { dateline: 'রাজশাহী' } })
    }
    expect(after.ok).toBe(true)
    const stored = value(await reporter.call<Article>('article.get', { id: story.id }))
    expect(stored.dateline).toBe('রাজশাহী')
    expect(stored.revision).toBe(saved.revision + 1)
  })
})

async function listen(token: string): Promise<{ seen: NewsroomEvent[]; close(): void }> {
  const controller = new AbortController()
  const response = await fetch(`${newsroom.url}events`, { headers: { authorization: `Bearer ${token}` }, signal: controller.signal })
  expect(response.headers.get('content-type')).toMatch(/text\/event-stream/)
  const seen: NewsroomEvent[] = []
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  void (async () => {
    try {
      for (;;) {
        const { value: chunk, done } = await reader.read()
        if (done) return
        buffer += decoder.decode(chunk, { stream: true })
        let end
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const data = block.split('\n').find((line) => line.startsWith('data: '))
          if (data) seen.push(JSON.parse(data.slice(6)) as NewsroomEvent)
        }
      }
    } catch {
      // aborted
    }
  })()
  return { seen, close: () => controller.abort() }
}
