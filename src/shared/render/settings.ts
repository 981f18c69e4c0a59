import * as v from 'valibot'

/**
 * What a newsroom sets once for its published pages: name, logo, colours, the «follow» line, edition labels and the
 * clock. The settings service stores these; the renderer reads them through resolveSettings, which never fails.
 */
export interface SiteColours {
  /** Rules, section label, rail numbers and links. */
  accent: string
  text: string
  background: string
}

export interface SiteSettings {
  siteName: string
  /** Absolute http(s) URL of the site's home page, or ''. */
  siteUrl: string
  /** A mediaId from the media store, resolved through RenderContext.resolveMedia. */
  logo?: string
  colours: SiteColours
  /**
   * Shown under the story as a link to follow the site, e.g. «সর্বশেষ খবর পেতে Google News ফিডটি অনুসরণ করুন». It is
   * shown only with a followUrl ('' hides it): a line asking readers to follow something must lead somewhere.
   */
  followLine: string
  /** Where the follow line leads (the site's Google News page, say): an absolute http(s) address, or ''. */
  followUrl: string
  /** The words of followLine that carry the link («Google News»); when empty or not in the line, the whole line does. */
  followLinkText: string
  editionLabels: { online: string; print: string }
  /** The «সর্বশেষ» rail beside (or below) the story. */
  showRail: boolean
  timeZone: string
  hour12: boolean
}

export const DEFAULT_SITE_SETTINGS: Readonly<SiteSettings> = Object.freeze({
  siteName: 'দৈনিক বার্তা',
  siteUrl: '',
  colours: Object.freeze({ accent: '#b5121b', text: '#1d1d1f', background: '#ffffff' }),
  followLine: 'সর্বশেষ খবর পেতে Google News ফিডটি অনুসরণ করুন',
  followUrl: '',
  followLinkText: 'Google News',
  editionLabels: Object.freeze({ online: 'অনলাইন সংস্করণ', print: 'প্রিন্ট সংস্করণ' }),
  showRail: true,
  timeZone: 'Asia/Dhaka',
  hour12: true
})

const hexColour = v.pipe(v.string(), v.regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'not a hex colour like #b5121b'))
const text = (max: number) => v.pipe(v.string(), v.maxLength(max, `longer than ${max} characters`))
const siteUrl = v.union([
  v.literal(''),
  v.pipe(v.string(), v.maxLength(2048), v.regex(/^https?:\/\/[^\s<>"']+$/i, 'not an http(s) address'))
])
const timeZone = v.pipe(
  v.string(),
  v.check((zone) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone })
      return true
    } catch {
      return false
    }
  }, 'unknown time zone')
)

/** The stored shape, checked strictly (the settings service validates with this before saving). */
export const siteSettingsSchema = v.strictObject({
  siteName: text(200),
  siteUrl,
  logo: v.optional(text(128)),
  colours: v.strictObject({ accent: hexColour, text: hexColour, background: hexColour }),
  followLine: text(500),
  followUrl: siteUrl,
  followLinkText: text(200),
  editionLabels: v.strictObject({ online: text(100), print: text(100) }),
  showRail: v.boolean(),
  timeZone,
  hour12: v.boolean()
})

export function defaultSiteSettings(): SiteSettings {
  const d = DEFAULT_SITE_SETTINGS
  return { ...d, colours: { ...d.colours }, editionLabels: { ...d.editionLabels } }
}

function pick<T>(schema: v.GenericSchema<T>, value: unknown, fallback: T): T {
  const result = v.safeParse(schema, value)
  return result.success ? result.output : fallback
}

/**
 * Partial or damaged settings → complete settings: each field that fails its schema falls back to the default, so a
 * bad colour in a settings file can never break (or inject into) the page.
 */
export function resolveSettings(input: unknown): SiteSettings {
  const d = defaultSiteSettings()
  if (typeof input !== 'object' || input === null) return d
  const raw = input as Record<string, unknown>
  const colours = (typeof raw.colours === 'object' && raw.colours !== null ? raw.colours : {}) as Record<string, unknown>
  const labels = (typeof raw.editionLabels === 'object' && raw.editionLabels !== null ? raw.editionLabels : {}) as Record<string, unknown>
  const logo = pick(v.optional(text(128)), raw.logo, undefined)
  const settings: SiteSettings = {
    siteName: pick(text(200), raw.siteName, d.siteName),
    siteUrl: pick(siteUrl, raw.siteUrl, d.siteUrl),
    colours: {
      accent: pick(hexColour, colours.accent, d.colours.accent),
      text: pick(hexColour, colours.text, d.colours.text),
      background: pick(hexColour, colours.background, d.colours.background)
    },
    followLine: pick(text(500), raw.followLine, d.followLine),
    followUrl: pick(siteUrl, raw.followUrl, d.followUrl),
    followLinkText: pick(text(200), raw.followLinkText, d.followLinkText),
    editionLabels: {
      online: pick(text(100), labels.online, d.editionLabels.online),
      print: pick(text(100), labels.print, d.editionLabels.print)
    },
    showRail: pick(v.boolean(), raw.showRail, d.showRail),
    timeZone: pick(timeZone, raw.timeZone, d.timeZone),
    hour12: pick(v.boolean(), raw.hour12, d.hour12)
  }
  if (logo) settings.logo = logo
  return settings
}
