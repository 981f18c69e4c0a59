import { inspectImage, MAX_IMAGE_BYTES, MEDIA_ID_PATTERN, type ImageType } from '../media/image-info'
import { decodeBase64, encodeBase64 } from './base64'
import { sha256Hex } from './sha256'

/**
 * Photos travelling inside exports. A media id is a content address, `<sha256 of the bytes>.<ext>`: it names a file
 * in the media store, so it must never carry a path (no slashes, no "..") and its extension must match its type.
 * Bytes are believed only when they start with the magic number of the type they claim.
 */

// The id pattern and the size limit are the media store's (src/shared/media/image-info.ts): one definition.
export { MEDIA_ID_PATTERN, MAX_IMAGE_BYTES }
export const MEDIA_TYPES = ['image/jpeg', 'image/png', 'image/webp'] as const satisfies readonly ImageType[]
export type MediaType = ImageType

const EXTENSIONS: Record<MediaType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/webp': 'webp' }

/** A photo's bytes as an exporter or importer holds them. */
export interface MediaBlob {
  type: MediaType
  bytes: Uint8Array
  /** The original file name, for people; never used as a path. */
  name?: string
}

export function isMediaType(value: unknown): value is MediaType {
  return typeof value === 'string' && (MEDIA_TYPES as readonly string[]).includes(value)
}

export function isSafeMediaId(value: unknown): boolean {
  return typeof value === 'string' && MEDIA_ID_PATTERN.test(value)
}

export function extensionOf(type: MediaType): string {
  return EXTENSIONS[type]
}

/** The type a media id's extension promises. */
export function typeOfMediaId(id: string): MediaType | null {
  const ext = MEDIA_ID_PATTERN.exec(id)?.[1]
  return ext === 'jpg' ? 'image/jpeg' : ext === 'png' ? 'image/png' : ext === 'webp' ? 'image/webp' : null
}

export function mediaIdFor(type: MediaType, bytes: Uint8Array): string {
  return `${sha256Hex(bytes)}.${EXTENSIONS[type]}`
}

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((byte, i) => bytes[at + i] === byte)
}

/** What the bytes are, judged by their first bytes alone. */
export function sniffMediaType(bytes: Uint8Array): MediaType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg'
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png'
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp'
  return null
}

export interface PixelSize {
  width: number
  height: number
}

/** Pixel size read from the file header (so pages reserve the photo's space before it loads); null if unknown. */
export function imageSize(bytes: Uint8Array): PixelSize | null {
  const info = inspectImage(bytes)
  return info ? { width: info.width, height: info.height } : null
}

export function toDataUri(type: MediaType, bytes: Uint8Array): string {
  return `data:${type};base64,${encodeBase64(bytes)}`
}

/** A `data:image/…;base64,…` URI → type and bytes, only when the bytes really are that type. */
export function fromDataUri(uri: string): { type: MediaType; bytes: Uint8Array } | null {
  const m = /^data:(image\/(?:jpeg|png|webp));base64,/i.exec(uri)
  if (!m) return null
  const type = (m[1] ?? '').toLowerCase()
  const bytes = decodeBase64(uri.slice(m[0].length))
  if (!bytes || !isMediaType(type) || sniffMediaType(bytes) !== type) return null
  return { type, bytes }
}
