import { zipSync } from 'fflate'
import type { ExportedFile } from '../../../shared/api'

function bytes(base64: string): Uint8Array {
  const binary = atob(base64)
  const out = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i)
  return out
}

function save(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  link.rel = 'noopener'
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Hands an export to the user as a download — the browser asks where to save, and so does Electron. A single file is
 * saved as it is; several (the folder export, a batch) become one .zip that unpacks into that folder.
 */
export function downloadExport(name: string, files: ExportedFile[]): void {
  const only = files[0]
  if (files.length === 1 && only) {
    save(name, new Blob([bytes(only.dataBase64) as BlobPart], { type: only.contentType }))
    return
  }
  const tree: Record<string, Uint8Array> = {}
  for (const file of files) tree[`${name}/${file.path}`] = bytes(file.dataBase64)
  save(`${name}.zip`, new Blob([zipSync(tree, { level: 6 }) as BlobPart], { type: 'application/zip' }))
}

export { bytes as base64ToBytes }
