import { createHash } from 'node:crypto'
import { mkdir, readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { inspectImage, MAX_IMAGE_BYTES, MEDIA_ID_PATTERN, type ImageInfo, type ImageType } from '../shared/media/image-info'
import { writeFileDurably } from './durable-file'

export interface StoredMedia extends ImageInfo {
  mediaId: string
  bytes: number
}

export type MediaPutOutcome = { kind: 'stored'; media: StoredMedia } | { kind: 'too-large'; bytes: number } | { kind: 'not-an-image' }

const TYPE_BY_EXTENSION: Record<string, ImageType> = { jpg: 'image/jpeg', png: 'image/png', webp: 'image/webp' }

/** What the services ask of the photos (MediaStore on disk; the newsroom's in PostgreSQL). */
export interface MediaSource {
  put(bytes: Uint8Array): Promise<MediaPutOutcome>
  /** Whether the photo is really there (a checklist counts a photo that is missing as no photo). */
  has(mediaId: string): Promise<boolean>
  get(mediaId: string): Promise<{ type: ImageType; data: Buffer } | undefined>
}

/**
 * The checks every media store makes before keeping a photo: not over MAX_IMAGE_BYTES, really an image (by its
 * bytes), and its id: the sha256 of the bytes plus the real extension.
 */
export function checkMedia(bytes: Uint8Array): Exclude<MediaPutOutcome, { kind: 'stored' }> | { kind: 'ok'; media: StoredMedia } {
  if (bytes.length > MAX_IMAGE_BYTES) return { kind: 'too-large', bytes: bytes.length }
  const info = inspectImage(bytes)
  if (!info) return { kind: 'not-an-image' }
  const mediaId = `${createHash('sha256').update(bytes).digest('hex')}.${info.extension}`
  return { kind: 'ok', media: { ...info, mediaId, bytes: bytes.length } }
}

/** The type a well-formed media id names, or undefined for anything that is not a media id. */
export function mediaTypeOf(mediaId: string): ImageType | undefined {
  const match = MEDIA_ID_PATTERN.exec(mediaId)
  return match?.[1] ? TYPE_BY_EXTENSION[match[1]] : undefined
}

/**
 * Photos under media/, named by the sha256 of their bytes plus their real extension: the same photo is stored once,
 * and a media id can never name anything outside this folder.
 */
export class MediaStore implements MediaSource {
  constructor(private readonly dir: string) {}

  static async open(dataDir: string): Promise<MediaStore> {
    const dir = join(dataDir, 'media')
    await mkdir(dir, { recursive: true })
    return new MediaStore(dir)
  }

  async put(bytes: Uint8Array): Promise<MediaPutOutcome> {
    const checked = checkMedia(bytes)
    if (checked.kind !== 'ok') return checked
    const path = join(this.dir, checked.media.mediaId)
    const existing = await stat(path).catch(() => undefined)
    if (!existing || existing.size !== bytes.length) await writeFileDurably(path, bytes)
    return { kind: 'stored', media: checked.media }
  }

  /** Whether the photo's file is here (a checklist counts a photo whose file is missing as no photo). */
  async has(mediaId: string): Promise<boolean> {
    if (!MEDIA_ID_PATTERN.test(mediaId)) return false
    const info = await stat(join(this.dir, mediaId)).catch(() => undefined)
    return info !== undefined && info.isFile() && info.size > 0
  }

  async get(mediaId: string): Promise<{ type: ImageType; data: Buffer } | undefined> {
    const type = mediaTypeOf(mediaId)
    if (!type) return undefined
    const data = await readFile(join(this.dir, mediaId)).catch(() => undefined)
    return data ? { type, data } : undefined
  }
}
