import { describe, expect, it } from 'vitest'
import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createServices } from '../../../src/core'
import { dispatch } from '../../../src/shared/dispatch'
import { DEFAULT_SETTINGS, settingsFromUnknown } from '../../../src/shared/settings'
import { withTempDir } from '../helpers/tmp'

describe('settings', () => {
  it('start from defaults, persist a patch to settings.json, and read it back after a restart', async () => {
    await withTempDir(async (dir) => {
      const first = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      expect(await first.handlers['settings.get']({})).toEqual({ ok: true, value: DEFAULT_SETTINGS })
      const updated = await dispatch(first.handlers, 'settings.update', {
        patch: { calendar: { hijriOffsetDays: -1, weekdayStyle: 'robibar' } }
      })
      expect(updated).toMatchObject({
        ok: true,
        value: { calendar: { hijriOffsetDays: -1, weekdayStyle: 'robibar' }, site: { hour12: true } }
      })
      const onDisk = JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))
      expect(onDisk).toMatchObject({ format: 'barta.settings', version: 1, settings: { calendar: { hijriOffsetDays: -1 } } })
      const second = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      expect((await second.handlers['settings.get']({})).ok && (await second.handlers['settings.get']({}))).toMatchObject({
        value: { calendar: { hijriOffsetDays: -1 } }
      })
    })
  })

  it('refuses an out-of-range value and changes nothing', async () => {
    await withTempDir(async (dir) => {
      const { handlers } = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      const result = await dispatch(handlers, 'settings.update', { patch: { calendar: { hijriOffsetDays: 5 } } })
      expect(result).toMatchObject({ ok: false, code: 'bad-request' })
      expect((await handlers['settings.get']({})).ok && (await handlers['settings.get']({}))).toMatchObject({
        value: { calendar: { hijriOffsetDays: -1 } } // the default: one day behind Umm al-Qura
      })
    })
  })

  it('sets a damaged settings file aside and starts from defaults', async () => {
    await withTempDir(async (dir) => {
      await writeFile(join(dir, 'settings.json'), '{"format":"barta.settings", "settings": {')
      const { handlers } = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      expect(await handlers['settings.get']({})).toEqual({ ok: true, value: DEFAULT_SETTINGS })
      expect(await readdir(join(dir, 'quarantine'))).toHaveLength(1)
    })
  })

  it('keeps the valid sections of a partly wrong file', () => {
    const settings = settingsFromUnknown({ calendar: { hijriOffsetDays: 9 }, desk: { headlineMaxLength: 90 } })
    expect(settings.calendar).toEqual(DEFAULT_SETTINGS.calendar)
    expect(settings.desk.headlineMaxLength).toBe(90)
  })
})
