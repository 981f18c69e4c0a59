import { describe, expect, it } from 'vitest'
import { readFile } from 'node:fs/promises'
import { Publishing } from '../../../../src/core/publishing'
import { PublishedPages } from '../../../../src/core/published-pages'
import { MAX_IMAGE_BYTES } from '../../../../src/shared/media/image-info'
import { bodyFromPlainText } from '../../../../src/shared/article/body'
import type { Article } from '../../../../src/shared/article/model'
import { Refusal } from '../../../../src/core/refusal'
import { PgArticleStore } from '../../../../src/newsroom/store/pg-article-store'
import { PgMediaStore } from '../../../../src/newsroom/store/pg-media-store'
import { PgPublishedVersions } from '../../../../src/newsroom/store/pg-published-versions'
import { PgSettingsStore } from '../../../../src/newsroom/store/pg-settings-store'
import { PgDictionaryStore } from '../../../../src/newsroom/store/pg-dictionary-store'
import type { PublishedVersionStore } from '../../../../src/core/published-versions'
import type { Pool } from 'pg'
import { CHIEF, DESK, REPORTER, usePostgres } from './pg-fixture'

const postgres = usePostgres()

async function newsroom(pool: Pool, versions: PublishedVersionStore = new PgPublishedVersions(pool)) {
  const store = new PgArticleStore(pool, { author: () => null })
  const media = new PgMediaStore(pool)
  const settings = await PgSettingsStore.open(pool)
  const publishing = new Publishing({ store, media, versions, settings: () => settings.get(), now: () => new Date() })
  const photo = await media.put(await readFile('tests/fixtures/images/village.jpg'))
  if (photo.kind !== 'stored') throw new Error(photo.kind)
  const story = await store.forAuthor(REPORTER).create(
    {
      headline: 'যমুনার ভাঙনে তিন গ্রাম বিলীন',
      byline: 'নিজস্ব প্রতিবেদক',
      section: 'সারাদেশ',
      publishedAt: '2024-01-21T14:27:00+06:00',
      leadImage: { mediaId: photo.media.mediaId, caption: 'ভাঙনের মুখে বসতভিটা', credit: 'সংগৃহীত', alt: 'নদীর পাড়ে ভাঙা ঘর' },
      body: bodyFromPlainText('যমুনার ভাঙনে তিনটি গ্রাম নদীতে বিলীন হয়েছে।')
    },
    REPORTER
  )
  const move = async (action: Parameters<Publishing['transition']>[1], by = DESK): Promise<Article> => {
    const moved = await publishing.transition(story.id, action, by, undefined, undefined)
    if (!moved.ok) throw new Error(`${moved.code}: ${moved.message.en}`)
    return moved.value
  }
  return { store, media, settings, publishing, versions, story, move }
}

describe('the services over PostgreSQL', () => {
  it('publishes through core/publishing.ts: the version is recorded in the publish transaction, the record in the tables', async () => {
    const { pool } = await postgres.database()
    const room = await newsroom(pool)
    await room.move('submit', REPORTER)
    await room.move('take')
    await room.move('approve')
    const published = await room.move('publish', CHIEF)
    expect(published).toMatchObject({ status: 'published', publication: { version: 1, by: CHIEF } })
    expect(await room.versions.list(room.story.id)).toMatchObject([{ version: 1, headline: 'যমুনার ভাঙনে তিন গ্রাম বিলীন' }])
    expect((await room.versions.read(room.story.id, 1))?.content.headline).toBe('যমুনার ভাঙনে তিন গ্রাম বিলীন')

    // A correction: the working copy changes, readers keep the published text until it is published again.
    await room.move('correct')
    const working = await room.store.save(room.story.id, (await room.store.get(room.story.id))!.revision, { headline: 'সংশোধিত শিরোনাম' })
    expect(working.kind).toBe('saved')
    const pages = new PublishedPages(room.store, room.versions)
    expect((await pages.readerArticle((await room.store.get(room.story.id))!))?.headline).toBe('যমুনার ভাঙনে তিন গ্রাম বিলীন')
    const dropped = await room.move('discardCorrection')
    expect(dropped).toMatchObject({ status: 'published', headline: 'যমুনার ভাঙনে তিন গ্রাম বিলীন' })

    const kinds = await pool.query('SELECT kind FROM changes WHERE story_id = $1 ORDER BY seq', [room.story.id])
    expect(kinds.rows.map((row) => row.kind)).toEqual([
      'created',
      'submit',
      'take',
      'approve',
      'publish',
      'correct',
      'saved',
      'discardCorrection'
    ])
    const events = await pool.query('SELECT action, by_id FROM workflow_events WHERE story_id = $1 ORDER BY id', [room.story.id])
    expect(events.rows.map((row) => `${row.action}/${row.by_id}`)).toEqual([
      `submit/${REPORTER.id}`,
      `take/${DESK.id}`,
      `approve/${DESK.id}`,
      `publish/${CHIEF.id}`,
      `correct/${DESK.id}`,
      `discardCorrection/${DESK.id}`
    ])
  })

  it('a publish whose version cannot be recorded leaves no version and no published story', async () => {
    const { pool } = await postgres.database()
    const real = new PgPublishedVersions(pool)
    const failing: PublishedVersionStore = {
      read: (id, version) => real.read(id, version),
      list: (id) => real.list(id),
      async record(article, info) {
        await real.record(article, info)
        throw new Error('the disk under the database filled up')
      }
    }
    const room = await newsroom(pool, failing)
    await room.move('submit', REPORTER)
    await room.move('take')
    await room.move('approve')
    await expect(room.publishing.transition(room.story.id, 'publish', CHIEF, undefined, undefined)).rejects.toThrow('filled up')
    expect((await room.store.get(room.story.id))?.status).toBe('approved')
    expect(await real.list(room.story.id)).toEqual([])
    const kinds = await pool.query('SELECT kind FROM changes WHERE story_id = $1 ORDER BY seq', [room.story.id])
    expect(kinds.rows.map((row) => row.kind)).toEqual(['created', 'submit', 'take', 'approve'])
  })

  it('keeps photos by content address with the same checks as the media folder', async () => {
    const { pool } = await postgres.database()
    const media = new PgMediaStore(pool)
    const bytes = await readFile('tests/fixtures/images/village.jpg')
    const first = await media.put(bytes)
    const again = await media.put(bytes)
    expect(first).toEqual(again)
    if (first.kind !== 'stored') throw new Error(first.kind)
    expect(first.media.mediaId).toMatch(/^[0-9a-f]{64}\.jpg$/)
    expect(await media.has(first.media.mediaId)).toBe(true)
    expect(await media.get(first.media.mediaId)).toEqual({ type: 'image/jpeg', data: bytes })
    expect(await media.put(new TextEncoder().encode('<script>alert(1)</script>'))).toEqual({ kind: 'not-an-image' })
    expect(await media.put(new Uint8Array(MAX_IMAGE_BYTES + 1))).toEqual({ kind: 'too-large', bytes: MAX_IMAGE_BYTES + 1 })
    for (const id of ["x' OR '1'='1", '../../etc/passwd', `${first.media.mediaId}'--`, 'a\u0000b.jpg']) {
      expect(await media.has(id)).toBe(false)
      expect(await media.get(id)).toBeUndefined()
    }
    const { rows } = await pool.query('SELECT count(*)::int AS n FROM media')
    expect(rows[0].n).toBe(1)
  })

  it('keeps the settings in one row: read at open, written through, refused patches change nothing', async () => {
    const { pool } = await postgres.database()
    const settings = await PgSettingsStore.open(pool)
    const defaults = settings.get()
    const updated = await settings.update({
      site: { siteName: "দৈনিক বার্তা'); DROP TABLE settings; --", siteUrl: 'https://barta.example/' }
    })
    expect(updated.site.siteName).toBe("দৈনিক বার্তা'); DROP TABLE settings; --")
    expect((await PgSettingsStore.open(pool)).get()).toEqual(updated)
    await expect(settings.update({ site: { siteUrl: 'https://barta.example/\u202Egnp.exe' } })).rejects.toBeInstanceOf(Refusal)
    expect((await PgSettingsStore.open(pool)).get().site.siteUrl).toBe('https://barta.example/')
    // Two servers: an update applies to the row as it is now, so neither undoes the other's change.
    const other = await PgSettingsStore.open(pool)
    await settings.update({ export: { bodyDigits: 'bengali' } })
    await other.update({ site: { siteName: 'অন্য নাম' } })
    expect(await settings.reload()).toMatchObject({ site: { siteName: 'অন্য নাম' }, export: { bodyDigits: 'bengali' } })
    expect(defaults.site.siteName).not.toBe('অন্য নাম')
  })

  it('keeps each desk’s added words and reads the shipped lists as the library on disk does', async () => {
    const { pool } = await postgres.database()
    const dictionary = await PgDictionaryStore.open(pool, 'resources')
    expect((await dictionary.words()).length).toBeGreaterThan(1000)
    expect(await dictionary.add('জাতীয় ডেস্ক', 'র‍্যাব')).toEqual(['র‍্যাব'])
    expect(await dictionary.add('জাতীয় ডেস্ক', 'আওয়ামী')).toEqual(['আওয়ামী', 'র‍্যাব'].sort())
    expect(await dictionary.add('জাতীয় ডেস্ক', 'র‍্যাব')).toHaveLength(2)
    expect(dictionary.added('খেলা ডেস্ক')).toEqual([])
    const hostileDesk = "x'); DELETE FROM dictionary_words; --"
    expect(await dictionary.add(hostileDesk, 'শব্দ')).toEqual(['শব্দ'])
    const reopened = await PgDictionaryStore.open(pool, 'resources')
    expect(reopened.added('জাতীয় ডেস্ক')).toEqual(['আওয়ামী', 'র‍্যাব'].sort())
    expect(reopened.added(hostileDesk)).toEqual(['শব্দ'])
    expect(await reopened.remove('জাতীয় ডেস্ক', 'র‍্যাব')).toEqual(['আওয়ামী'])
    await dictionary.reload()
    expect(dictionary.added('জাতীয় ডেস্ক')).toEqual(['আওয়ামী'])
  })
})
