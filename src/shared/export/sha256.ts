import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex } from '@noble/hashes/utils.js'

/**
 * SHA-256 of bytes as lowercase hex: media ids are content addresses (`<sha256>.<ext>`). src/shared can use neither
 * node:crypto nor the asynchronous WebCrypto API, so the hash comes from @noble/hashes (audited, no dependencies).
 */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes))
}
