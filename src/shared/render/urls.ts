import { isSafeHref } from '../article/body-schema'

/**
 * URL checks for the page. Links that readers click must be http(s)/mailto (or a same-site path); image sources may
 * also use the app's own schemes (the preview loads media from the app, an export from data: URIs), so they are
 * checked by refusing what can run script rather than by a list of allowed schemes.
 */

const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/
const DATA_IMAGE = /^data:image\/(?:jpeg|png|webp|gif|avif);base64,[A-Za-z0-9+/]*={0,2}$/
// eslint-disable-next-line no-control-regex
const WHITESPACE_OR_CONTROL = /[\s\u0000-\u001f\u007f]/

export function isSafeImageSrc(src: unknown): src is string {
  if (typeof src !== 'string' || src === '' || WHITESPACE_OR_CONTROL.test(src)) return false
  const scheme = SCHEME.exec(src)?.[1]?.toLowerCase()
  if (scheme === undefined) return !src.startsWith('//')
  if (scheme === 'data') return DATA_IMAGE.test(src)
  return scheme !== 'javascript' && scheme !== 'vbscript'
}

/** A link a reader may follow: absolute http(s)/mailto, or a path on the same site ("/news/123"). */
export function isSafeLink(href: unknown): href is string {
  if (typeof href !== 'string') return false
  if (/^\/(?!\/)/.test(href)) return !WHITESPACE_OR_CONTROL.test(href) && href.length <= 2048
  return isSafeHref(href)
}

/** An absolute web address, for canonical links and Open Graph (which must not be relative). */
export function isAbsoluteWebUrl(href: unknown): href is string {
  if (typeof href !== 'string' || href.length > 2048 || WHITESPACE_OR_CONTROL.test(href)) return false
  try {
    const url = new URL(href)
    return url.protocol === 'http:' || url.protocol === 'https:'
  } catch {
    return false
  }
}
