import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createServices } from '../../../src/core'
import { dispatch } from '../../../src/shared/dispatch'
import { withTempDir } from '../helpers/tmp'

const resourcesDir = join(__dirname, '..', '..', '..', 'resources')

describe('dictionary.words / dictionary.add / dictionary.remove', () => {
  it('serves the shipped lists and keeps each desk’s added words on disk', async () => {
    await withTempDir(async (dir) => {
      const first = await createServices({ dataDir: dir, transport: 'http', version: 'test', resourcesDir })
      const { handlers, profiles } = first
      const me = profiles.current()
      await dispatch(handlers, 'profile.save', { profile: { id: me.id, name: me.name, role: me.role, desk: 'অনলাইন ডেস্ক' } })

      const words = await handlers['dictionary.words']({})
      expect(words.ok).toBe(true)
      if (!words.ok) return
      expect(words.value.words.length).toBeGreaterThan(100_000)
      expect(words.value.words).toContain('সরকার')
      expect(words.value).toMatchObject({ added: [], desk: 'অনলাইন ডেস্ক' })

      // The word is stored in the canonical form (য় as য + nukta) and only once.
      expect(await dispatch(handlers, 'dictionary.add', { word: 'রাজউক' })).toEqual({
        ok: true,
        value: { added: ['রাজউক'], desk: 'অনলাইন ডেস্ক' }
      })
      await dispatch(handlers, 'dictionary.add', { word: 'ইয়াবাকারবারি' })
      await dispatch(handlers, 'dictionary.add', { word: 'রাজউক' })
      const onDisk = JSON.parse(await readFile(join(dir, 'dictionary.json'), 'utf8')) as { desks: Record<string, string[]> }
      expect(onDisk.desks['অনলাইন ডেস্ক']).toEqual(['ইয়াবাকারবারি'.normalize('NFC'), 'রাজউক'].sort())

      // Another desk has its own list.
      await dispatch(handlers, 'profile.save', { profile: { id: me.id, name: me.name, role: me.role, desk: 'খেলা' } })
      expect(await dispatch(handlers, 'dictionary.words', {})).toMatchObject({ ok: true, value: { added: [], desk: 'খেলা' } })

      // A restart reads the list back; remove takes a word out.
      const second = await createServices({ dataDir: dir, transport: 'http', version: 'test', resourcesDir })
      await dispatch(second.handlers, 'profile.save', { profile: { id: me.id, name: me.name, role: me.role, desk: 'অনলাইন ডেস্ক' } })
      expect(await dispatch(second.handlers, 'dictionary.remove', { word: 'রাজউক' })).toMatchObject({
        ok: true,
        value: { added: ['ইয়াবাকারবারি'.normalize('NFC')] }
      })
    })
  })

  it('refuses what is not one Bengali word, and changes nothing', async () => {
    await withTempDir(async (dir) => {
      const { handlers } = await createServices({ dataDir: dir, transport: 'http', version: 'test', resourcesDir })
      for (const word of ['two words', 'Dhaka', '২০২৪', 'ক'.repeat(65), '']) {
        const result = await dispatch(handlers, 'dictionary.add', { word })
        expect(result.ok, word).toBe(false)
        if (!result.ok) expect(result.message.bn).toMatch(/[\u0980-\u09FF]/)
      }
      expect(await dispatch(handlers, 'dictionary.words', {})).toMatchObject({ ok: true, value: { added: [] } })
    })
  })

  it('sets a damaged dictionary.json aside and starts empty', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'dictionary.json'), '{ not json')
      const { handlers } = await createServices({ dataDir: dir, transport: 'http', version: 'test', resourcesDir })
      expect(await dispatch(handlers, 'dictionary.words', {})).toMatchObject({ ok: true, value: { added: [] } })
      expect(await dispatch(handlers, 'dictionary.add', { word: 'রাজউক' })).toMatchObject({ ok: true })
    })
  })
})
