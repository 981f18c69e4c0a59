import * as v from 'valibot'
import { DEFAULT_CALENDAR_LINE_SETTINGS, DEFAULT_HIJRI_OFFSET_DAYS } from './bangla/calendar'
import { defaultSiteSettings, resolveSettings, siteSettingsSchema } from './render/settings'

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
  return { site: resolveSettings(record.site), calendar: section('calendar'), desk: section('desk'), export: section('export') }
}
