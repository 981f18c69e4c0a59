import type { Pool } from 'pg'
import type { ImageType } from '../../shared/media/image-info'
import { checkMedia, mediaTypeOf, type MediaPutOutcome, type MediaSource } from '../../core/media-store'
import { queryTarget } from './transaction'

/**
 * The newsroom's photos in the media table, by the same content address as a library on disk (sha256 + extension) and
 * after the same checks (core/media-store.ts checkMedia): the same photo is stored once, whoever sends it.
 */
export class PgMediaStore implements MediaSource {
  constructor(private readonly pool: Pool) {}

  async put(bytes: Uint8Array): Promise<MediaPutOutcome> {
    const checked = checkMedia(bytes)
    if (checked.kind !== 'ok') return checked
    const { mediaId, type, width, height } = checked.media
    await queryTarget(this.pool, null).query(
      'INSERT INTO media (media_id, type, width, height, bytes) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (media_id) DO NOTHING',
      [mediaId, type, width, height, Buffer.from(bytes)]
    )
    return { kind: 'stored', media: checked.media }
  }

  async has(mediaId: string): Promise<boolean> {
    if (!mediaTypeOf(mediaId)) return false
    const { rowCount } = await queryTarget(this.pool, null).query('SELECT 1 FROM media WHERE media_id = $1 AND octet_length(bytes) > 0', [
      mediaId
    ])
    return (rowCount ?? 0) > 0
  }

  async get(mediaId: string): Promise<{ type: ImageType; data: Buffer } | undefined> {
    const type = mediaTypeOf(mediaId)
    if (!type) return undefined
    const { rows } = await queryTarget(this.pool, null).query<{ bytes: Buffer }>('SELECT bytes FROM media WHERE media_id = $1', [mediaId])
    return rows[0] ? { type, data: rows[0].bytes } : undefined
  }
}
