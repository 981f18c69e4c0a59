import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8'
}

export interface StaticFile {
  body: Buffer
  contentType: string
}

/**
 * Resolves a URL path inside `root` only. Anything that would leave the root (.., encoded slashes, NUL) is refused.
 * Unknown paths without an extension fall back to index.html so the single-page app can own its routes.
 */
export async function readStaticFile(root: string, urlPath: string): Promise<StaticFile | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return undefined
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined
  const relative = normalize(decoded).replace(/^([/\\])+/, '')
  if (relative.split(sep).includes('..')) return undefined
  const wanted = relative === '' ? 'index.html' : relative
  const candidate = join(root, wanted)
  if (candidate !== root && !candidate.startsWith(root + sep)) return undefined
  const file = (await isFile(candidate)) ? candidate : extname(wanted) === '' ? join(root, 'index.html') : undefined
  if (!file) return undefined
  const contentType = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream'
  return { body: await readFile(file), contentType }
}

async function isFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile()
  } catch {
    return false
  }
}
