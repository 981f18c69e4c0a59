/**
 * The bytes of exports: SHA-256 (media ids) and base64 (photos inside packages and pages) in src/shared, from
 * @noble/hashes and @scure/base, against node:crypto and Buffer (native code) on the same 20 MB in the same run. Benches
 * run under tsx like the browser host from source, so these figures include tsx's cost for ESM packages loaded from
 * CommonJS; the built app and CLI bundle the packages and do not pay it.
 */
import { createHash, randomBytes } from 'node:crypto'
import { sha256Hex } from '../../src/shared/export/sha256'
import { decodeBase64, encodeBase64 } from '../../src/shared/export/base64'
import { best } from './_timing'

export async function bench(): Promise<string[]> {
  const bytes = new Uint8Array(randomBytes(20 * 1024 * 1024))
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const text = buffer.toString('base64')
  const rows: Array<[string, number, number]> = [
    ['sha256', best(3, () => sha256Hex(bytes)), best(3, () => createHash('sha256').update(bytes).digest('hex'))],
    ['base64 encode', best(3, () => encodeBase64(bytes)), best(3, () => buffer.toString('base64'))],
    ['base64 decode', best(3, () => decodeBase64(text)), best(3, () => Buffer.from(text, 'base64'))]
  ]
  return [
    'export bytes: 20 MB, best of 3, src/shared (noble/scure) against native node:crypto / Buffer',
    ...rows.map(
      ([name, ours, native]) =>
        `  ${name.padEnd(14)} ${ours.toFixed(0).padStart(6)} ms  native ${native.toFixed(0).padStart(5)} ms  ratio ${(ours / native).toFixed(1)}`
    )
  ]
}
