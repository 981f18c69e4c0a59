import { readFile, stat } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { conflictingVersion } from '../../../../src/shared/api'
import { bodyFromPlainText, bodyToPlainText } from '../../../../src/shared/article/body'
import type { Err } from '../../../../src/shared/result'
import { withTempDir } from '../../helpers/tmp'
import { laptop, SERVER_URL } from './helpers'
import { ServerDouble } from './server-double'

function newsroom() {
  const server = new ServerDouble()
  const rina = server.addUser('rina', 'পাসওয়ার্ড-১', 'reporter', 'জাতীয়')
  const desk = server.addUser('desk', 'পাসওয়ার্ড-২', 'desk')
  return { server, rina, desk }
}

describe('a laptop without a newsroom', () => {
  it('works as before: no outbox, nothing written for the link, status says not configured', async () => {
    await withTempDir(async (dir) => {
      const { server } = newsroom()
      const app = await laptop(dir, server)
      const story = await app.create('নদীভাঙনে ঘর হারাল ৪০ পরিবার', 'যমুনার পাড়ে ভাঙন চলছে।')
      await app.value('article.save', { id: story.id, baseRevision: 1, patch: { headline: 'নদীভাঙনে ঘর হারাল ৫০ পরিবার' } })
      await app.value('note.add', { id: story.id, text: 'ছবি লাগবে' })
      expect(await app.status()).toMatchObject({ configured: false, pending: 0, user: null, online: false })
      expect(existsSync(join(dir, 'newsroom-sync.json'))).toBe(false)
      expect(existsSync(join(dir, 'newsroom.json'))).toBe(false)
      expect(server.received).toHaveLength(0)
      await app.close()
    })
  })
})

describe('connecting and pushing', () => {
  it('logs in as the server user, keeps the token in a 0600 file, and pushes saves, a move and a note in order', async () => {
    await withTempDir(async (dir) => {
      const { server, rina } = newsroom()
      const app = await laptop(dir, server)
      const wrong = await app.call('connection.connect', { serverUrl: SERVER_URL, user: 'rina', password: 'ভুল' })
      expect(wrong).toMatchObject({ ok: false, code: 'unauthorized' })
      const status = await app.value('connection.connect', { serverUrl: SERVER_URL, user: 'rina', password: 'পাসওয়ার্ড-১' })
      expect(status).toMatchObject({ configured: true, online: true, serverUrl: SERVER_URL, user: rina, pending: 0 })
      // The local profile is the newsroom user: local rules and ownership agree with the server's.
      const profiles = await app.value('profile.list', {})
      expect(profiles.currentId).toBe(rina.id)
      expect(profiles.profiles.find((p) => p.id === rina.id)).toMatchObject({ name: 'rina', role: 'reporter', desk: 'জাতীয়' })
      const file = join(dir, 'newsroom.json')
      expect((await stat(file)).mode & 0o777).toBe(0o600)
      expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ serverUrl: SERVER_URL, user: rina, token: expect.any(String) })

      const story = await app.create('বন্যায় ডুবল চরাঞ্চল', 'কুড়িগ্রামে পানি বাড়ছে।')
      expect(story.owner?.id).toBe(rina.id)
      await app.value('article.save', {
        id: story.id,
        baseRevision: 1,
        patch: { body: bodyFromPlainText('কুড়িগ্রামে পানি বাড়ছে। আশ্রয়কেন্দ্রে মানুষ।') }
      })
      await app.value('article.transition', { id: story.id, action: 'submit' })
      await app.value('note.add', { id: story.id, text: 'জেলা প্রশাসকের বক্তব্য যোগ করেছি' })
      await app.drained()
      const onServer = server.stories.get(story.id)!
      expect(onServer).toMatchObject({ headline: 'বন্যায় ডুবল চরাঞ্চল', status: 'submitted', owner: { id: rina.id } })
      expect(bodyToPlainText(onServer.body)).toContain('আশ্রয়কেন্দ্রে মানুষ')
      expect(onServer.notes.map((n) => n.text)).toEqual(['জেলা প্রশাসকের বক্তব্য যোগ করেছি'])
      expect(server.received.map((op) => op.kind)).toEqual(expect.arrayContaining(['save', 'transition', 'note']))
      const kinds = server.received.map((op) => op.kind)
      expect(kinds.indexOf('transition')).toBeLessThan(kinds.indexOf('note'))
      // The server's record and notes are written back into the local story; the local text is untouched.
      const local = await app.value('article.get', { id: story.id })
      expect(local.status).toBe('submitted')
      expect(local.notes.map((n) => n.id)).toEqual(onServer.notes.map((n) => n.id))
      expect(bodyToPlainText(local.body)).toContain('আশ্রয়কেন্দ্রে মানুষ')
      await app.close()
    })
  })

  it('pulls others’ stories with their ids, and later changes to them; a story with unsent changes is left alone', async () => {
    await withTempDir(async (dir) => {
      const { server, desk } = newsroom()
      const theirs = [1, 2, 3].map((n) => server.createAs(desk, { headline: `ডেস্কের লেখা ${n}`, body: bodyFromPlainText(`লেখা ${n}`) }))
      const app = await laptop(dir, server)
      await app.value('connection.connect', { serverUrl: SERVER_URL, user: 'rina', password: 'পাসওয়ার্ড-১' })
      for (const story of theirs) expect((await app.value('article.get', { id: story.id })).headline).toBe(story.headline)
      // A desk edit arrives on the next sync.
      server.editAs(desk, theirs[0]!.id, { headline: 'ডেস্কের লেখা ১, বদলানো' })
      await app.value('connection.sync', {})
      const updated = await app.value('article.get', { id: theirs[0]!.id })
      expect(updated.headline).toBe('ডেস্কের লেখা ১, বদলানো')
      // The local text that was replaced is kept as a revision.
      expect((await app.value('revision.list', { id: theirs[0]!.id })).length).toBeGreaterThan(0)
      // With the server down, a local edit waits in the outbox; the pull after reconnect leaves it alone.
      server.down = true
      await app.value('article.save', {
        id: theirs[1]!.id,
        baseRevision: updated.revision === 0 ? 0 : (await app.value('article.get', { id: theirs[1]!.id })).revision,
        patch: { headline: 'আমার সংশোধন' }
      })
      server.editAs(desk, theirs[1]!.id, { headline: 'ডেস্কের নতুন শিরোনাম' })
      await app.value('connection.sync', {})
      expect((await app.value('article.get', { id: theirs[1]!.id })).headline).toBe('আমার সংশোধন')
      expect((await app.status()).pending).toBe(1)
      await app.close()
    })
  })
})

describe('conflicts', () => {
  async function conflicted(dir: string) {
    const { server, desk } = newsroom()
    const app = await laptop(dir, server)
    await app.value('connection.connect', { serverUrl: SERVER_URL, user: 'rina', password: 'পাসওয়ার্ড-১' })
    const story = await app.create('সেতুর উদ্বোধন', 'পদ্মার ওপর নতুন সেতু।')
    await app.drained()
    // The desk edits on the server while the laptop is offline and the reporter edits too.
    server.down = true
    server.editAs(desk, story.id, { headline: 'সেতুর উদ্বোধন আজ', body: bodyFromPlainText('ডেস্কের লেখা: প্রধানমন্ত্রী উদ্বোধন করবেন।') })
    const mine = { headline: 'সেতুর উদ্বোধন', body: bodyFromPlainText('পদ্মার ওপর নতুন সেতু। যান চলাচল শুরু কাল।') }
    const saved = await app.value('article.save', { id: story.id, baseRevision: 1, patch: mine })
    server.down = false
    await app.value('connection.sync', {})
    return { server, app, story, mine, localRevision: saved.revision }
  }

  it('keeps the server’s version beside the local one; the next save shows both in the conflict view; keep mine goes out based on the server revision', async () => {
    await withTempDir(async (dir) => {
      const { server, app, story, mine, localRevision } = await conflicted(dir)
      const status = await app.status()
      expect(status.conflicts).toEqual([story.id])
      expect(status.pending).toBe(0)
      // Nothing was overwritten on either side.
      expect(server.stories.get(story.id)!.headline).toBe('সেতুর উদ্বোধন আজ')
      expect(bodyToPlainText((await app.value('article.get', { id: story.id })).body)).toContain('যান চলাচল শুরু কাল')
      // The editor's next autosave meets the existing conflict error, carrying the server's text numbered locally.
      const refused = (await app.call('article.save', { id: story.id, baseRevision: localRevision, patch: mine })) as Err
      const theirs = conflictingVersion(refused)
      expect(theirs).toMatchObject({ headline: 'সেতুর উদ্বোধন আজ', revision: localRevision })
      const settled = await app.value('article.resolveConflict', { id: story.id, baseRevision: theirs!.revision, mine, choice: 'mine' })
      expect(settled.choice).toBe('mine')
      await app.drained()
      expect((await app.status()).conflicts).toEqual([])
      const onServer = server.stories.get(story.id)!
      expect(bodyToPlainText(onServer.body)).toContain('যান চলাচল শুরু কাল')
      expect(onServer.revision).toBe(3)
      const lastSave = server.received.filter((op) => op.kind === 'save').at(-1)!
      expect(lastSave).toMatchObject({ baseRevision: 2 })
      // The desk's text is kept locally as a revision.
      const revisions = await app.value('revision.list', { id: story.id })
      const texts = await Promise.all(revisions.map((r) => app.value('revision.get', { id: story.id, revision: r.revision })))
      expect(texts.some((snap) => snap.content.headline === 'সেতুর উদ্বোধন আজ')).toBe(true)
      await app.close()
    })
  })

  it('keep both files mine as a new story (pushed as new) and takes the server’s version', async () => {
    await withTempDir(async (dir) => {
      const { server, app, story, mine, localRevision } = await conflicted(dir)
      const settled = await app.value('article.resolveConflict', { id: story.id, baseRevision: localRevision, mine, choice: 'both' })
      if (settled.choice !== 'both') throw new Error('expected both')
      await app.drained()
      expect((await app.value('article.get', { id: story.id })).headline).toBe('সেতুর উদ্বোধন আজ')
      expect(bodyToPlainText(server.stories.get(settled.copy.id)!.body)).toContain('যান চলাচল শুরু কাল')
      expect(server.stories.get(story.id)!.revision).toBe(2)
      await app.close()
    })
  })
})
