import { describe, expect, it } from 'vitest'
import { readFile, readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { inspectImage, MAX_IMAGE_BYTES } from '../../../src/shared/media/image-info'
import { createServices } from '../../../src/core'
import { withTempDir } from '../helpers/tmp'

const fixture = (name: string) => readFile(join('tests/fixtures/images', name))

describe('inspectImage reads the real type and size from the bytes', () => {
  it('knows JPEG, PNG and WebP', async () => {
    expect(inspectImage(await fixture('village.jpg'))).toEqual({ type: 'image/jpeg', extension: 'jpg', width: 320, height: 200 })
    expect(inspectImage(await fixture('village.png'))).toEqual({ type: 'image/png', extension: 'png', width: 320, height: 200 })
    expect(inspectImage(await fixture('village.webp'))).toEqual({ type: 'image/webp', extension: 'webp', width: 320, height: 200 })
  })

  it('refuses what only pretends to be an image', () => {
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    const html = new TextEncoder().encode('<!doctype html><img src=x onerror=alert(1)>')
    const truncatedPng = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
    const jpegMagicOnly = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0, 0, 0, 0, 0])
    for (const bytes of [svg, html, truncatedPng, jpegMagicOnly, new Uint8Array()]) expect(inspectImage(bytes)).toBeUndefined()
  })
})

describe('media through the contract', () => {
  it('stores a photo once under its content address and gives it back byte for byte', async () => {
    await withTempDir(async (dir) => {
      const { handlers } = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      const bytes = await fixture('village.jpg')
      const put = await handlers['media.put']({ name: 'গ্রাম.jpg', dataBase64: bytes.toString('base64') })
      expect(put).toMatchObject({ ok: true, value: { type: 'image/jpeg', width: 320, height: 200, bytes: bytes.length } })
      if (!put.ok) return
      expect(put.value.mediaId).toMatch(/^[a-f0-9]{64}\.jpg$/)
      await handlers['media.put']({ name: 'again.jpg', dataBase64: bytes.toString('base64') })
      expect(await readdir(join(dir, 'media'))).toEqual([put.value.mediaId])
      const got = await handlers['media.get']({ mediaId: put.value.mediaId })
      expect(got.ok && Buffer.from(got.value.dataBase64, 'base64').equals(bytes)).toBe(true)
    })
  })

  it('refuses a non-image and an oversized image with a Bengali-first message, storing nothing', async () => {
    await withTempDir(async (dir) => {
      const { handlers } = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      const fake = await handlers['media.put']({ name: 'ছবি.jpg', dataBase64: Buffer.from('<script>alert(1)</script>').toString('base64') })
      expect(fake).toMatchObject({ ok: false, code: 'bad-request' })
      if (!fake.ok) expect(fake.message.bn).toContain('ছবি নয়')
      const big = Buffer.alloc(MAX_IMAGE_BYTES + 1)
      ;(await fixture('village.png')).copy(big)
      const tooLarge = await handlers['media.put']({ name: 'বড়.png', dataBase64: big.toString('base64') })
      expect(tooLarge).toMatchObject({ ok: false, code: 'too-large' })
      expect(await readdir(join(dir, 'media'))).toEqual([])
      for (const mediaId of ['../library.json', '/etc/passwd', 'a'.repeat(64) + '.svg']) {
        expect(await handlers['media.get']({ mediaId } as never)).toMatchObject({ ok: false })
      }
    })
  })
})
