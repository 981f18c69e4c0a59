import { describe, expect, it } from 'vitest'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createServices } from '../../../src/core'
import { dispatch } from '../../../src/shared/dispatch'
import { withTempDir } from '../helpers/tmp'

/**
 * A site URL is written into every exported page's masthead link. Invisible format characters — bidi overrides that
 * show «moc.elpmaxe» as «example.com», isolates, marks, zero-width characters — are refused with a message that names
 * the character, and nothing is saved; a hand-edited settings file carrying one never reaches a page.
 */
const HIDDEN = [
  0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0x200e, 0x200f, 0x061c, 0x200b, 0x200c, 0x200d, 0x2060, 0x2064,
  0x00ad, 0x0007, 0x007f
]
/** White space of any kind (U+FEFF and U+2028 among it) is already refused by the contract's own URL check. */
const SPACES = [0xfeff, 0x2028, 0x00a0, 0x3000]

describe('the site URL setting', () => {
  it('refuses each invisible format character with a message naming it, and saves nothing', async () => {
    await withTempDir(async (dir) => {
      const { handlers, close } = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      expect(await dispatch(handlers, 'settings.update', { patch: { site: { siteUrl: 'https://barta.example' } } })).toMatchObject({
        ok: true
      })
      const before = await readFile(join(dir, 'settings.json'), 'utf8')
      for (const codePoint of HIDDEN) {
        const name = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`
        const siteUrl = `https://barta.example/${String.fromCodePoint(codePoint)}lmth.exe`
        const result = await dispatch(handlers, 'settings.update', { patch: { site: { siteUrl } } })
        expect(result, name).toMatchObject({ ok: false, code: 'bad-request', details: { field: 'site.siteUrl', character: name } })
        if (result.ok) continue
        expect(result.message.bn, name).toContain('«সাইটের ঠিকানা» ঘরে একটি অদৃশ্য অক্ষর আছে')
        expect(result.message.bn, name).toContain(name)
        expect(result.message.en, name).toContain(`The site URL contains an invisible character (${name}`)
      }
      for (const codePoint of SPACES) {
        const siteUrl = `https://barta.example/${String.fromCodePoint(codePoint)}x`
        expect(await dispatch(handlers, 'settings.update', { patch: { site: { siteUrl } } })).toMatchObject({
          ok: false,
          code: 'bad-request'
        })
      }
      for (const codePoint of SPACES) {
        const siteUrl = `https://barta.example/${String.fromCodePoint(codePoint)}x`
        expect(await dispatch(handlers, 'settings.update', { patch: { site: { siteUrl } } })).toMatchObject({
          ok: false,
          code: 'bad-request'
        })
      }
      expect(await readFile(join(dir, 'settings.json'), 'utf8')).toBe(before)
      expect(await handlers['settings.get']({})).toMatchObject({ ok: true, value: { site: { siteUrl: 'https://barta.example' } } })
      await close()
    })
  })

  it('accepts plain addresses and a Bengali domain whose joiner follows a hasanta', async () => {
    await withTempDir(async (dir) => {
      const { handlers, close } = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      for (const siteUrl of ['https://www.barta.example/bn/', 'http://বার্তা.বাংলা/', 'https://ক্\u200Cষমা.বাংলা/', '']) {
        expect(await dispatch(handlers, 'settings.update', { patch: { site: { siteUrl } } }), siteUrl).toMatchObject({
          ok: true,
          value: { site: { siteUrl } }
        })
      }
      await close()
    })
  })

  it('never renders a hidden character that was edited into settings.json by hand', async () => {
    await withTempDir(async (dir) => {
      const file = { format: 'barta.settings', version: 1, settings: { site: { siteUrl: 'https://barta.example/\u202Egnp.exe' } } }
      await writeFile(join(dir, 'settings.json'), JSON.stringify(file))
      const { handlers, close } = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      expect(await handlers['settings.get']({})).toMatchObject({ ok: true, value: { site: { siteUrl: '' } } })
      const created = await handlers['article.create']({ content: { headline: 'মাস্টহেড' } })
      if (!created.ok) throw new Error(created.message.en)
      const page = await handlers['export.article']({ id: created.value.id, format: 'html' })
      if (!page.ok) throw new Error(page.message.en)
      expect(Buffer.from(page.value.files[0]!.dataBase64, 'base64').toString('utf8')).not.toContain('\u202E')
      await close()
    })
  })
})
