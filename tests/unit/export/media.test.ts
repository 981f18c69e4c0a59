import { createHash, randomBytes } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { decodeBase64, encodeBase64 } from '../../../src/shared/export/base64'
import { sha256Hex } from '../../../src/shared/export/sha256'
import {
  fromDataUri,
  imageSize,
  isSafeMediaId,
  mediaIdFor,
  sniffMediaType,
  toDataUri,
  typeOfMediaId
} from '../../../src/shared/export/media'
import { photos } from '../../fixtures/articles/samples'

describe('base64', () => {
  it('matches Node for every tail length, and decodes back', () => {
    for (const n of [0, 1, 2, 3, 4, 5, 100, 1001, 65_537]) {
      const bytes = randomBytes(n)
      const text = encodeBase64(new Uint8Array(bytes))
      expect(text).toBe(bytes.toString('base64'))
      expect(Buffer.from(decodeBase64(text) ?? []).equals(bytes)).toBe(true)
    }
  })

  it('accepts only the canonical encoding', () => {
    for (const bad of ['a', 'abc', 'ab=c', 'QR==', 'QUJ=', 'QQ==QQ==', 'Q Q==', 'QQ\n==', 'Q===', '****'])
      expect(decodeBase64(bad)).toBeNull()
    expect(Array.from(decodeBase64('QUI=') ?? [])).toEqual([65, 66])
  })
})

describe('known answers (FIPS 180-2 for SHA-256, RFC 4648 §10 for base64)', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text)

  it('gives the published SHA-256 digests', () => {
    expect(sha256Hex(utf8(''))).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')
    expect(sha256Hex(utf8('abc'))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(sha256Hex(utf8('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq'))).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1'
    )
    expect(sha256Hex(utf8('a'.repeat(1_000_000)))).toBe('cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0')
    expect(sha256Hex(utf8('বার্তা'))).toBe('611e7fd755b9bfc9b0c2d7aba85c768853f5045951857fef662c3b7a3875b112')
  })

  it('gives the published base64 texts and reads them back', () => {
    const vectors: Array<[string, string]> = [
      ['', ''],
      ['f', 'Zg=='],
      ['fo', 'Zm8='],
      ['foo', 'Zm9v'],
      ['foob', 'Zm9vYg=='],
      ['fooba', 'Zm9vYmE='],
      ['foobar', 'Zm9vYmFy'],
      ['বার্তা', '4Kas4Ka+4Kaw4KeN4Kak4Ka+']
    ]
    for (const [text, encoded] of vectors) {
      expect(encodeBase64(utf8(text))).toBe(encoded)
      expect(new TextDecoder().decode(decodeBase64(encoded) ?? new Uint8Array([0xff]))).toBe(text)
    }
  })
})

describe('sha256', () => {
  it('matches node:crypto at block boundaries and on views into larger buffers', () => {
    for (const n of [0, 1, 55, 56, 63, 64, 65, 119, 120, 128, 10_000]) {
      const bytes = randomBytes(n)
      expect(sha256Hex(new Uint8Array(bytes))).toBe(createHash('sha256').update(bytes).digest('hex'))
    }
    const big = randomBytes(300)
    const view = new Uint8Array(big.buffer, big.byteOffset + 7, 200)
    expect(sha256Hex(view)).toBe(createHash('sha256').update(view).digest('hex'))
  })
})

describe('media', () => {
  it('sniffs JPEG, PNG and WebP by magic number and reads their pixel size', () => {
    expect(sniffMediaType(photos.lead.blob.bytes)).toBe('image/jpeg')
    expect(sniffMediaType(photos.chart.blob.bytes)).toBe('image/png')
    expect(sniffMediaType(photos.field.blob.bytes)).toBe('image/webp')
    expect(sniffMediaType(new TextEncoder().encode('<svg onload=alert(1)>'))).toBeNull()
    expect(imageSize(photos.lead.blob.bytes)).toEqual({ width: 960, height: 540 })
    expect(imageSize(photos.river.blob.bytes)).toEqual({ width: 640, height: 400 })
    expect(imageSize(photos.chart.blob.bytes)).toEqual({ width: 320, height: 200 })
    expect(imageSize(photos.field.blob.bytes)).toEqual({ width: 480, height: 300 })
    expect(imageSize(new Uint8Array([0xff, 0xd8, 0xff]))).toBeNull()
  })

  it('names media by content and checks ids', () => {
    expect(mediaIdFor('image/jpeg', photos.lead.blob.bytes)).toBe(photos.lead.id)
    expect(typeOfMediaId(photos.field.id)).toBe('image/webp')
    for (const bad of [
      '../x.jpg',
      `${'a'.repeat(64)}.gif`,
      `${'A'.repeat(64)}.jpg`,
      `${'a'.repeat(63)}.jpg`,
      `${'a'.repeat(64)}.jpg/..`,
      ''
    ]) {
      expect(isSafeMediaId(bad)).toBe(false)
    }
  })

  it('makes and reads data: URIs, believing the bytes rather than the label', () => {
    const uri = toDataUri('image/png', photos.chart.blob.bytes)
    expect(uri.startsWith('data:image/png;base64,iVBORw0KGgo')).toBe(true)
    expect(fromDataUri(uri)?.type).toBe('image/png')
    expect(fromDataUri(uri.replace('image/png', 'image/jpeg'))).toBeNull()
    expect(fromDataUri('data:text/html;base64,PHNjcmlwdD4=')).toBeNull()
  })
})
