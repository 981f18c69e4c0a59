import * as v from 'valibot'
import { DEFAULT_CALENDAR_LINE_SETTINGS, DEFAULT_HIJRI_OFFSET_DAYS } from './bangla/calendar'
import { defaultSiteSettings, resolveSettings, siteSettingsSchema } from './render/settings'
import { err, type Err } from './result'

/**
 * Workstation settings: how dates are shown, what the desk suggests and warns about, how exports write digits.
 * Stored in settings.json beside the library; every field has a default so an old or partial file still loads.
 */
const CALENDAR_PARTS = ['weekday', 'gregorian', 'bangla', 'hijri'] as const

export const settingsSchema = v.strictObject({
  /** The published site: name, logo, colours, follow line, edition labels, the «সর্বশেষ» rail. */
  site: siteSettingsSchema,
  calendar: v.strictObject({
    parts: v.pipe(v.array(v.picklist(CALENDAR_PARTS)), v.maxLength(4)),
    weekdayStyle: v.picklist(['robibar', 'robbar']),
    hijriVariant: v.picklist(['umalqura', 'civil']),
    hijriOffsetDays: v.pipe(v.number(), v.integer(), v.minValue(-2), v.maxValue(2)),
    /** Days 1–9 as ০১–০৯ in date lines (the common newspaper style) or as ১–৯. */
    padDay: v.boolean()
  }),
  desk: v.strictObject({
    headlineMaxLength: v.pipe(v.number(), v.integer(), v.minValue(20), v.maxValue(300)),
    wordsPerMinute: v.pipe(v.number(), v.integer(), v.minValue(60), v.maxValue(600)),
    deskNames: v.pipe(v.array(v.pipe(v.string(), v.maxLength(100))), v.maxLength(50))
  }),
  export: v.strictObject({
    /** Digits in exported body text: as typed, all Bengali, or all Latin. */
    bodyDigits: v.picklist(['keep', 'bengali', 'latin'])
  })
})

export type Settings = v.InferOutput<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = {
  site: defaultSiteSettings(),
  calendar: {
    parts: [...DEFAULT_CALENDAR_LINE_SETTINGS.parts],
    weekdayStyle: 'robbar',
    hijriVariant: 'umalqura',
    hijriOffsetDays: DEFAULT_HIJRI_OFFSET_DAYS,
    padDay: true
  },
  desk: { headlineMaxLength: 80, wordsPerMinute: 200, deskNames: ['অনলাইন ডেস্ক', 'নিজস্ব প্রতিবেদক', 'বার্তা ডেস্ক'] },
  export: { bodyDigits: 'keep' }
}

/** A patch changes whole sections' fields; anything not named keeps its value. */
export const settingsPatchSchema = v.strictObject({
  site: v.optional(v.partial(siteSettingsSchema)),
  calendar: v.optional(v.partial(settingsSchema.entries.calendar)),
  desk: v.optional(v.partial(settingsSchema.entries.desk)),
  export: v.optional(v.partial(settingsSchema.entries.export))
})
export type SettingsPatch = v.InferOutput<typeof settingsPatchSchema>

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return {
    site: { ...current.site, ...patch.site },
    calendar: { ...current.calendar, ...patch.calendar },
    desk: { ...current.desk, ...patch.desk },
    export: { ...current.export, ...patch.export }
  }
}

/** Reads whatever is on disk leniently: each section falls back to its defaults if it does not validate. */
export function settingsFromUnknown(raw: unknown): Settings {
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  const section = <K extends keyof Settings>(key: K): Settings[K] => {
    const parsed = v.safeParse(settingsSchema.entries[key], { ...DEFAULT_SETTINGS[key], ...(record[key] as object | undefined) })
    return (parsed.success ? parsed.output : DEFAULT_SETTINGS[key]) as Settings[K]
  }
  const site = resolveSettings(record.site)
  // A link edited into the file by hand with hidden characters falls back to its default instead of reaching a page.
  const defaults = defaultSiteSettings() as unknown as Record<string, unknown>
  for (const [key, value] of Object.entries(site)) {
    if (isLinkField(key) && typeof value === 'string' && hiddenCharacterIn(value))
      (site as unknown as Record<string, unknown>)[key] = defaults[key] ?? ''
  }
  return { site, calendar: section('calendar'), desk: section('desk'), export: section('export') }
}

/**
 * Characters that are invisible yet change what a reader sees or where a link goes: controls, and format characters —
 * the bidi embeddings and overrides U+202A–U+202E (U+202E shows «moc.elpmaxe» as «example.com»), the isolates
 * U+2066–U+2069, the marks U+200E, U+200F and U+061C, zero-width characters U+200B–U+200D and U+2060–U+2064, the soft
 * hyphen and the byte-order mark — plus the line and paragraph separators. No web address needs any of them, except a
 * joiner after the hasanta inside a Bengali domain name.
 */
const HIDDEN_CHARACTER = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu
/** ZWNJ/ZWJ right after the Bengali hasanta are part of spelling (IDNA allows them there in a domain name). */
const JOINER_AFTER_HASANTA = /\u09cd[\u200c\u200d]/u

export function hiddenCharacterIn(text: string): string | undefined {
  for (const match of text.matchAll(HIDDEN_CHARACTER)) {
    const index = match.index ?? 0
    if (JOINER_AFTER_HASANTA.test(text.slice(Math.max(0, index - 1), index + 1))) continue
    return match[0]
  }
  return undefined
}

/** Site settings that hold a web address (siteUrl, and any later «…Url»/«…Link» such as the follow line's link). */
function isLinkField(key: string): boolean {
  return /(?:url|link|href)$/i.test(key)
}

const LINK_FIELD_NAMES: Record<string, { bn: string; en: string }> = {
  siteUrl: { bn: 'সাইটের ঠিকানা', en: 'site URL' }
}

const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/u

/**
 * Refuses a settings change that would write hidden characters into a link: the message names the field and the
 * character (U+202E …), Bengali first, and nothing is saved.
 */
export function unsafeSettingsPatch(patch: SettingsPatch): Err | undefined {
  for (const [key, value] of Object.entries(patch.site ?? {})) {
    if (!isLinkField(key) || typeof value !== 'string') continue
    const found = hiddenCharacterIn(value)
    if (!found) continue
    const codePoint = `U+${found.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`
    const field = LINK_FIELD_NAMES[key] ?? { bn: key, en: key }
    const bidi = BIDI_CONTROLS.test(found)
    return err(
      'bad-request',
      `«${field.bn}» ঘরে একটি অদৃশ্য অক্ষর আছে (${codePoint}${bidi ? ', লেখার দিক বদলে দেয়' : ''}); এমন অক্ষর লিংকের ঠিকানা আসলটির চেয়ে ভিন্ন দেখাতে পারে, তাই সেটিংস বদলানো হয়নি। ঠিকানাটি নিজে টাইপ করে আবার দিন।`,
      `The ${field.en} contains an invisible character (${codePoint}${bidi ? ', which changes the direction of text' : ''}); such characters can make a link look like another address, so the settings were not changed. Type the address in again.`,
      { field: `site.${key}`, character: codePoint }
    )
  }
  return undefined
}
