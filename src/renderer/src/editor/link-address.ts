import { isSafeHref } from '../../../shared/article/body-schema'

export type LinkCheck = { ok: true; href: string } | { ok: false }

/**
 * What the link dialog accepts: http, https and mailto only (body-schema's isSafeHref). A bare address such as
 * «prothomalo.com/x» gets https:// as browsers do; anything naming another scheme (javascript:, data:, file:) is refused.
 */
export function checkLinkAddress(input: string): LinkCheck {
  const typed = input.trim()
  if (isSafeHref(typed)) return { ok: true, href: typed }
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(typed)
  if (!hasScheme && /^[^\s/:]+\.[^\s]+$/.test(typed)) {
    const href = `https://${typed}`
    if (isSafeHref(href)) return { ok: true, href }
  }
  return { ok: false }
}
