/**
 * What an image really is, read from its bytes — never from its name or a claimed type. Only JPEG, PNG and WebP are
 * accepted (what every newsroom site serves); the dimensions come from the format's own header.
 */
export type ImageType = 'image/jpeg' | 'image/png' | 'image/webp'

export interface ImageInfo {
  type: ImageType
  extension: 'jpg' | 'png' | 'webp'
  width: number
  height: number
}

export const MAX_IMAGE_BYTES = 25 * 1024 * 1024

const startsWith = (bytes: Uint8Array, signature: number[], offset = 0) => signature.every((byte, index) => bytes[offset + index] === byte)
const u16be = (b: Uint8Array, i: number) => ((b[i] ?? 0) << 8) | (b[i + 1] ?? 0)
const u16le = (b: Uint8Array, i: number) => (b[i] ?? 0) | ((b[i + 1] ?? 0) << 8)
const u24le = (b: Uint8Array, i: number) => u16le(b, i) | ((b[i + 2] ?? 0) << 16)
const u32be = (b: Uint8Array, i: number) => (u16be(b, i) * 65536 + u16be(b, i + 2)) >>> 0

function png(bytes: Uint8Array): ImageInfo | undefined {
  if (!startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]) || !startsWith(bytes, [0x49, 0x48, 0x44, 0x52], 12))
    return undefined
  return { type: 'image/png', extension: 'png', width: u32be(bytes, 16), height: u32be(bytes, 20) }
}

function jpeg(bytes: Uint8Array): ImageInfo | undefined {
  if (!startsWith(bytes, [0xff, 0xd8, 0xff])) return undefined
  // Walk the marker segments to the first start-of-frame, which holds the size.
  let offset = 2
  while (offset + 9 < bytes.length) {
    if (bytes[offset] !== 0xff) return undefined
    const marker = bytes[offset + 1] ?? 0
    if (marker === 0xff) {
      offset += 1
      continue
    }
    const isFrame = marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc
    if (isFrame) return { type: 'image/jpeg', extension: 'jpg', width: u16be(bytes, offset + 7), height: u16be(bytes, offset + 5) }
    if (marker === 0xd9 || marker === 0xda) return undefined
    offset += 2 + u16be(bytes, offset + 2)
  }
  return undefined
}

function webp(bytes: Uint8Array): ImageInfo | undefined {
  if (!startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) || !startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return undefined
  const chunk = String.fromCharCode(...bytes.subarray(12, 16))
  if (chunk === 'VP8X') return { type: 'image/webp', extension: 'webp', width: u24le(bytes, 24) + 1, height: u24le(bytes, 27) + 1 }
  if (chunk === 'VP8L' && bytes[20] === 0x2f) {
    const bits = (bytes[21] ?? 0) | ((bytes[22] ?? 0) << 8) | ((bytes[23] ?? 0) << 16) | ((bytes[24] ?? 0) << 24)
    return { type: 'image/webp', extension: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 }
  }
  if (chunk === 'VP8 ' && startsWith(bytes, [0x9d, 0x01, 0x2a], 23)) {
    return { type: 'image/webp', extension: 'webp', width: u16le(bytes, 26) & 0x3fff, height: u16le(bytes, 28) & 0x3fff }
  }
  return undefined
}

/** The image's real type and size, or undefined when the bytes are not a JPEG, PNG or WebP with a readable header. */
export function inspectImage(bytes: Uint8Array): ImageInfo | undefined {
  const info = png(bytes) ?? jpeg(bytes) ?? webp(bytes)
  if (!info || info.width <= 0 || info.height <= 0 || info.width > 30_000 || info.height > 30_000) return undefined
  return info
}

/** Media ids are content addresses: sha256 hex + the real extension — no path can be smuggled through one. */
export const MEDIA_ID_PATTERN = /^[a-f0-9]{64}\.(jpg|png|webp)$/
