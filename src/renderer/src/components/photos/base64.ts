/**
 * Base64 for photos of up to 25 MB without freezing the desk: the work is cut into slices and the browser gets the
 * thread back between them (a single btoa over 25 MB, or one String.fromCharCode over it, stalls or overflows).
 */

/** 48 KiB: a multiple of 3, so the encoded slices join without padding in the middle. */
const ENCODE_SLICE = 3 * 16 * 1024
/** 64 KiB of base64: a multiple of 4, so every slice decodes on its own. */
const DECODE_SLICE = 4 * 16 * 1024
/** Slices between two pauses: roughly a megabyte of work each time. */
const SLICES_PER_PAUSE = 20

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

export async function bytesToBase64(bytes: Uint8Array): Promise<string> {
  const parts: string[] = []
  for (let offset = 0, slice = 0; offset < bytes.length; offset += ENCODE_SLICE, slice++) {
    const piece = bytes.subarray(offset, offset + ENCODE_SLICE)
    let binary = ''
    // fromCharCode takes its bytes as arguments; 8 KiB at a time stays far below the engine's argument limit.
    for (let at = 0; at < piece.length; at += 8192) binary += String.fromCharCode(...piece.subarray(at, at + 8192))
    parts.push(btoa(binary))
    if (slice % SLICES_PER_PAUSE === SLICES_PER_PAUSE - 1) await pause()
  }
  return parts.join('')
}

export async function base64ToBlob(data: string, type: string): Promise<Blob> {
  const parts: Uint8Array<ArrayBuffer>[] = []
  for (let offset = 0, slice = 0; offset < data.length; offset += DECODE_SLICE, slice++) {
    const binary = atob(data.slice(offset, offset + DECODE_SLICE))
    const piece = new Uint8Array(binary.length)
    for (let at = 0; at < binary.length; at++) piece[at] = binary.charCodeAt(at)
    parts.push(piece)
    if (slice % SLICES_PER_PAUSE === SLICES_PER_PAUSE - 1) await pause()
  }
  return new Blob(parts, { type })
}
