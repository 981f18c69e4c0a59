import type { MediaInfo } from '../../../../shared/api'
import { MAX_IMAGE_BYTES } from '../../../../shared/media/image-info'
import type { Result } from '../../../../shared/result'
import { api } from '../../lib/api-client'
import { bytesToBase64 } from './base64'
import { photoProblem } from './photo-messages'
import { rememberLocalPhoto } from './photo-url'

/**
 * One photo file → the media store (media.put). The browser refuses early what it can already tell is wrong — more
 * than 25 MB (before a byte is read), or a type that is not JPEG, PNG or WebP (GIF, SVG, a PDF) — and the store has
 * the last word on the rest: it reads the bytes, so a text file named .jpg is refused there.
 */

/** Claimed types that may be a JPEG, PNG or WebP. An empty claim (the system did not say) goes to the store too. */
const POSSIBLE_PHOTO = /^image\/(jpeg|pjpeg|jpg|png|x-png|webp)$/i

export async function uploadPhoto(file: File): Promise<Result<MediaInfo>> {
  if (file.size > MAX_IMAGE_BYTES) return photoProblem('photoTooLarge', file)
  if (file.type !== '' && !POSSIBLE_PHOTO.test(file.type)) return photoProblem('photoNotSupported', file)
  let bytes: Uint8Array<ArrayBuffer>
  try {
    bytes = new Uint8Array(await file.arrayBuffer())
  } catch {
    return photoProblem('photoUnreadable', file)
  }
  // The picture is shown from the bytes already read. Its URL is made now, before the upload: made while megabytes
  // are on their way to the host, or for a dropped File itself, it can hold up the page for a good half second.
  const localUrl = URL.createObjectURL(new Blob([bytes]))
  const result = await api.call('media.put', { name: file.name.slice(0, 500), dataBase64: await bytesToBase64(bytes) })
  if (result.ok) rememberLocalPhoto(result.value.mediaId, localUrl)
  else URL.revokeObjectURL(localUrl)
  return result
}

/** The files a drop or a paste carries (a paste of text or HTML carries none). */
export function filesOf(data: DataTransfer | null | undefined): File[] {
  return Array.from(data?.files ?? [])
}
