import { MEDIA_ID_PATTERN } from '../../../../shared/media/image-info'
import { ok, type Result } from '../../../../shared/result'
import { api } from '../../lib/api-client'
import { base64ToBlob } from './base64'
import { photoProblem } from './photo-messages'

/**
 * Pictures for the desk, by media id, as object URLs. Media ids are content addresses (the sha256 of the bytes), so
 * an id always shows the same picture: one URL per id serves every place the photo appears, for the whole session.
 * A photo just uploaded is shown from the local file; one saved earlier is fetched once with media.get.
 */
const urls = new Map<string, Promise<Result<string>>>()

/** A URL for a photo just uploaded, made from the local bytes. An id already known keeps its URL; this one goes. */
export function rememberLocalPhoto(mediaId: string, url: string): void {
  if (urls.has(mediaId)) URL.revokeObjectURL(url)
  else urls.set(mediaId, Promise.resolve(ok(url)))
}

export function photoUrl(mediaId: string): Promise<Result<string>> {
  let entry = urls.get(mediaId)
  if (!entry) {
    entry = fetchPhoto(mediaId)
    urls.set(mediaId, entry)
    // A failure is not remembered: the next look may succeed (the host was busy, the file was restored).
    void entry.then((result) => {
      if (!result.ok) urls.delete(mediaId)
    })
  }
  return entry
}

async function fetchPhoto(mediaId: string): Promise<Result<string>> {
  // Ids from older or hand-written bodies that cannot name a stored photo are not sent at all.
  if (!MEDIA_ID_PATTERN.test(mediaId)) return photoProblem('photoMissing')
  const result = await api.call('media.get', { mediaId })
  if (!result.ok) return result
  const blob = await base64ToBlob(result.value.dataBase64, result.value.type)
  return ok(URL.createObjectURL(blob))
}
