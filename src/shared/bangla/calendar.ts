// Bangla (revised, Bangladesh 2019) and Hijri dates, and the newspaper
// masthead line that shows Gregorian, Bangla and Hijri dates together.
//
// ICU has no Bangla calendar, so it is computed here from the public rules. Bangladesh has fixed the year to begin on
// 14 April since the Bangla Academy reform in force from 1987; the month lengths changed on 14 April 2019 (1426):
//   'revised-1987' (1 Boishakh 1394 – 30 Chaitra 1425): Boishakh–Bhadro 31 days, Ashwin–Chaitra 30, Falgun 31 in a
//                   Gregorian leap year — 21 February was ৯ ফাল্গুন, 16 December ২ পৌষ;
//   'revised-2019' (from 1 Boishakh 1426): Boishakh–Ashwin 31, Kartik–Magh and Chaitra 30, Falgun 29 (30 in a leap
//                   year) — 21 February is ৮ ফাল্গুন, 16 December ১ পৌষ, 26 March ১২ চৈত্র under both.
// A date is shown under the rule in force on it (a back-dated story's masthead prints what the paper printed then);
// dates before 1987 use the 1987 rule, proleptically (banglaCalendarRule says which).
// Hijri comes from Intl (islamic-umalqura / islamic-civil); only the month
// number/day/year are taken from ICU and the wording is ours, so the line
// does not change with the ICU build.

import {
  DEFAULT_TIME_ZONE,
  daysInMonth,
  getZonedParts,
  isLeapYear,
  resolveInstant,
  resolveTimeZone,
  tryFormatDateTimeParts,
  utcMs,
  weekdayName
} from './dates'
import type { DateResult, InstantInput, WeekdayStyle } from './dates'
import { toBengaliDigits } from './digits'

export const BANGLA_MONTHS = [
  'বৈশাখ',
  'জ্যৈষ্ঠ',
  'আষাঢ়',
  'শ্রাবণ',
  'ভাদ্র',
  'আশ্বিন',
  'কার্তিক',
  'অগ্রহায়ণ',
  'পৌষ',
  'মাঘ',
  'ফাল্গুন',
  'চৈত্র'
] as const

// Spellings as commonly printed by Bangladeshi dailies (ICU's differ slightly,
// e.g. «শা‘বান», «জ্বিলহজ্জ»).
export const HIJRI_MONTHS = [
  'মহররম',
  'সফর',
  'রবিউল আউয়াল',
  'রবিউস সানি',
  'জমাদিউল আউয়াল',
  'জমাদিউস সানি',
  'রজব',
  'শাবান',
  'রমজান',
  'শাওয়াল',
  'জিলকদ',
  'জিলহজ'
] as const

export const HIJRI_SUFFIX = 'হিজরি'

export interface CalendarDate {
  year: number
  month: number // 1-12
  day: number
  monthName: string
}

export type BanglaCalendarRule = 'revised-1987' | 'revised-2019'

/** The rule in force for the Bangla year that begins on 14 April of `startYear`. */
export function banglaRuleForYear(startYear: number): BanglaCalendarRule {
  return startYear >= 2019 ? 'revised-2019' : 'revised-1987'
}

/** The rule in force on a Gregorian calendar day. */
export function banglaCalendarRule(year: number, month: number, day: number): BanglaCalendarRule {
  const afterNewYear = month > 4 || (month === 4 && day >= 14)
  return banglaRuleForYear(afterNewYear ? year : year - 1)
}

/** Days in each month of the Bangla year that begins on 14 April of `startYear`, under the rule in force then. */
export function banglaMonthLengths(startYear: number, rule: BanglaCalendarRule = banglaRuleForYear(startYear)): number[] {
  // Falgun (month 11) falls in Feb/Mar of startYear + 1 and takes the leap day.
  const leap = isLeapYear(startYear + 1)
  if (rule === 'revised-1987') return [31, 31, 31, 31, 31, 30, 30, 30, 30, 30, leap ? 31 : 30, 30]
  return [31, 31, 31, 31, 31, 31, 30, 30, 30, 30, leap ? 30 : 29, 30]
}

/** Bangla date for a Gregorian calendar day (no time zone involved). */
export function banglaFromGregorian(year: number, month: number, day: number): CalendarDate | null {
  if (![year, month, day].every(Number.isInteger) || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null
  const today = utcMs(year, month, day)
  if (!Number.isFinite(today)) return null
  const afterNewYear = month > 4 || (month === 4 && day >= 14)
  const startYear = afterNewYear ? year : year - 1
  let offset = Math.round((today - utcMs(startYear, 4, 14)) / 86_400_000)
  const lengths = banglaMonthLengths(startYear)
  let monthIndex = 0
  while (monthIndex < 11 && offset >= (lengths[monthIndex] ?? 0)) offset -= lengths[monthIndex++] ?? 0
  return { year: startYear - 593, month: monthIndex + 1, day: offset + 1, monthName: BANGLA_MONTHS[monthIndex] ?? '' }
}

/** Bangla date of the instant's calendar day in `timeZone` (default Asia/Dhaka); null if invalid. */
export function toBanglaDate(instant: InstantInput, timeZone?: string): CalendarDate | null {
  const zone = resolveTimeZone(timeZone)
  if (zone === null) return null
  const date = resolveInstant(instant, zone)
  const parts = date ? getZonedParts(date, zone) : null
  return parts ? banglaFromGregorian(parts.year, parts.month, parts.day) : null
}

/** «৭ মাঘ ১৪৩০» (suffix e.g. «বঙ্গাব্দ» optional); '' if invalid. */
export function formatBanglaDate(instant: InstantInput, opts?: { timeZone?: string; suffix?: string }): string {
  const bangla = toBanglaDate(instant, opts?.timeZone)
  if (!bangla) return ''
  const suffix = opts?.suffix?.trim()
  return `${toBengaliDigits(bangla.day)} ${bangla.monthName} ${toBengaliDigits(bangla.year)}${suffix ? ` ${suffix}` : ''}`
}

// ---------------------------------------------------------------- Hijri

export type HijriVariant = 'umalqura' | 'civil'

/**
 * The default Hijri offset: −1 day. Bangladesh's National Moon Sighting Committee usually sights the new moon a day
 * after Saudi Arabia, whose Umm al-Qura calendar ICU computes, so a Bangladeshi paper's Hijri date is usually one
 * day behind it (21 January 2024: ৮ রজব in Dhaka, ৯ রজব by Umm al-Qura). A desk adjusts it in the settings when the
 * committee announces otherwise; hijriOffsetText shows the choice in the settings preview.
 */
export const DEFAULT_HIJRI_OFFSET_DAYS = -1

/** The offset in words for the settings preview: «উম্ম আল-কুরা থেকে ১ দিন পিছিয়ে». */
export function hijriOffsetText(offsetDays: number): { bn: string; en: string } {
  const days = clampHijriOffset(offsetDays)
  if (days === 0) return { bn: 'উম্ম আল-কুরা অনুযায়ী', en: 'as Umm al-Qura' }
  const dayCount = Math.abs(days)
  return days < 0
    ? {
        bn: `উম্ম আল-কুরা থেকে ${toBengaliDigits(dayCount)} দিন পিছিয়ে`,
        en: `${dayCount} day${dayCount === 1 ? '' : 's'} behind Umm al-Qura`
      }
    : {
        bn: `উম্ম আল-কুরা থেকে ${toBengaliDigits(dayCount)} দিন এগিয়ে`,
        en: `${dayCount} day${dayCount === 1 ? '' : 's'} ahead of Umm al-Qura`
      }
}

export interface HijriOptions {
  variant?: HijriVariant
  /** Whole days, −2…+2: Bangladesh starts months on local moon sighting. */
  offsetDays?: number
  timeZone?: string
}

export interface HijriDate extends CalendarDate {
  /** «৯ রজব ১৪৪৫ হিজরি» */
  formatted: string
}

const hijriFormatters = new Map<string, Intl.DateTimeFormat | null>()

function hijriFormatter(variant: HijriVariant, timeZone: string): Intl.DateTimeFormat | null {
  const key = `${variant}|${timeZone}`
  const cached = hijriFormatters.get(key)
  if (cached !== undefined) return cached
  const calendar = variant === 'civil' ? 'islamic-civil' : 'islamic-umalqura'
  let fmt: Intl.DateTimeFormat | null
  try {
    fmt = new Intl.DateTimeFormat(`en-US-u-ca-${calendar}-nu-latn`, {
      timeZone,
      year: 'numeric',
      month: 'numeric',
      day: 'numeric'
    })
    // An ICU without the calendar silently falls back to Gregorian: refuse that.
    if (fmt.resolvedOptions().calendar !== calendar) fmt = null
  } catch {
    fmt = null
  }
  if (hijriFormatters.size > 64) hijriFormatters.clear()
  hijriFormatters.set(key, fmt)
  return fmt
}

/** Clamp to a whole number of days in −2…+2; junk (NaN, strings) means 0. */
export function clampHijriOffset(offsetDays: unknown): number {
  if (typeof offsetDays !== 'number' || !Number.isFinite(offsetDays)) return 0
  return Math.max(-2, Math.min(2, Math.round(offsetDays)))
}

export function toHijriDate(instant: InstantInput, opts?: HijriOptions): HijriDate | null {
  const zone = resolveTimeZone(opts?.timeZone)
  if (zone === null) return null
  const variant: HijriVariant = opts?.variant === 'civil' ? 'civil' : 'umalqura'
  const fmt = hijriFormatter(variant, zone)
  const date = resolveInstant(instant, zone)
  if (!fmt || !date) return null
  // Shift the instant by whole days, then read the calendar as usual.
  const shifted = new Date(date.getTime() + clampHijriOffset(opts?.offsetDays) * 86_400_000)
  const fields: Record<string, string> = {}
  try {
    for (const part of fmt.formatToParts(shifted)) fields[part.type] = part.value
  } catch {
    return null
  }
  const year = Number(fields.year)
  const month = Number(fields.month)
  const day = Number(fields.day)
  const monthName = HIJRI_MONTHS[month - 1]
  if (!Number.isInteger(year) || !Number.isInteger(day) || monthName === undefined) return null
  const formatted = `${toBengaliDigits(day)} ${monthName} ${toBengaliDigits(year)} ${HIJRI_SUFFIX}`
  return { year, month, day, monthName, formatted }
}

// ------------------------------------------------------ three-calendar line

export type CalendarPart = 'weekday' | 'gregorian' | 'bangla' | 'hijri'

export interface CalendarLineSettings {
  /** Which parts, in which order. */
  parts: readonly CalendarPart[]
  weekdayStyle: WeekdayStyle
  hijriVariant: HijriVariant
  hijriOffsetDays: number
  timeZone: string
  /** Appended to the Bangla date, e.g. «বঙ্গাব্দ»; '' for none. */
  banglaSuffix: string
  separator: string
  /** Write Gregorian days 1–9 as ০১–০৯ (the newspaper habit: «০৬ অক্টোবর»). */
  padDay: boolean
}

const DEFAULT_PARTS: readonly CalendarPart[] = Object.freeze(['weekday', 'gregorian', 'bangla', 'hijri'])

export const DEFAULT_CALENDAR_LINE_SETTINGS: Readonly<CalendarLineSettings> = Object.freeze({
  parts: DEFAULT_PARTS,
  weekdayStyle: 'robibar',
  hijriVariant: 'umalqura',
  hijriOffsetDays: DEFAULT_HIJRI_OFFSET_DAYS,
  timeZone: DEFAULT_TIME_ZONE,
  banglaSuffix: '',
  separator: ', ',
  padDay: true
})

/**
 * «রোববার, ২১ জানুয়ারি ২০২৪, ৭ মাঘ ১৪৩০, ৯ রজব ১৪৪৫ হিজরি».
 * Unknown or repeated parts are skipped; an empty list gives ''. A part that
 * cannot be computed (e.g. an ICU build without Islamic calendars) is left out
 * rather than failing the whole masthead.
 */
export function tryFormatCalendarLine(instant: InstantInput, settings?: Partial<CalendarLineSettings>): DateResult<string> {
  const options = { ...DEFAULT_CALENDAR_LINE_SETTINGS, ...settings }
  const parts = Array.isArray(options.parts) ? options.parts : DEFAULT_CALENDAR_LINE_SETTINGS.parts
  const gregorian = tryFormatDateTimeParts(instant, {
    timeZone: options.timeZone,
    weekdayStyle: options.weekdayStyle,
    padDay: options.padDay === true
  })
  if (!gregorian.ok) return gregorian
  const out: string[] = []
  const seen = new Set<string>()
  for (const part of parts) {
    if (!DEFAULT_PARTS.includes(part) || seen.has(part)) continue
    seen.add(part)
    let text: string
    if (part === 'weekday') text = gregorian.value.weekday
    else if (part === 'gregorian') text = gregorian.value.date
    else if (part === 'bangla') {
      const zoned = gregorian.value.zoned
      const bangla = banglaFromGregorian(zoned.year, zoned.month, zoned.day)
      const suffix = typeof options.banglaSuffix === 'string' ? options.banglaSuffix.trim() : ''
      text = bangla ? `${toBengaliDigits(bangla.day)} ${bangla.monthName} ${toBengaliDigits(bangla.year)}${suffix ? ` ${suffix}` : ''}` : ''
    } else {
      text =
        toHijriDate(instant, { variant: options.hijriVariant, offsetDays: options.hijriOffsetDays, timeZone: options.timeZone })
          ?.formatted ?? ''
    }
    if (text) out.push(text)
  }
  return { ok: true, value: out.join(typeof options.separator === 'string' ? options.separator : ', ') }
}

export function formatCalendarLine(instant: InstantInput, settings?: Partial<CalendarLineSettings>): string {
  const result = tryFormatCalendarLine(instant, settings)
  return result.ok ? result.value : ''
}

/**
 * The calendar settings as stored (settings.calendar), read leniently: each field that is missing or not of its kind
 * takes the house default, so a damaged settings file gives the default line, never a broken one.
 */
export function resolveCalendarLineSettings(input: unknown): CalendarLineSettings {
  const raw = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : {}
  const defaults = DEFAULT_CALENDAR_LINE_SETTINGS
  const parts = Array.isArray(raw.parts)
    ? raw.parts.filter((part): part is CalendarPart => DEFAULT_PARTS.includes(part as CalendarPart))
    : [...defaults.parts]
  return {
    ...defaults,
    parts,
    weekdayStyle: raw.weekdayStyle === 'robbar' || raw.weekdayStyle === 'robibar' ? raw.weekdayStyle : defaults.weekdayStyle,
    hijriVariant: raw.hijriVariant === 'civil' || raw.hijriVariant === 'umalqura' ? raw.hijriVariant : defaults.hijriVariant,
    hijriOffsetDays: typeof raw.hijriOffsetDays === 'number' ? clampHijriOffset(raw.hijriOffsetDays) : defaults.hijriOffsetDays,
    padDay: typeof raw.padDay === 'boolean' ? raw.padDay : defaults.padDay
  }
}

/**
 * The masthead's date line — the app's and the published page's, one function so they never differ: the calendar
 * settings (parts, weekday style, Hijri variant and offset, padded days) in the site's time zone.
 */
export function mastheadDateLine(now: InstantInput, calendarSettings: unknown, timeZone: string = DEFAULT_TIME_ZONE): string {
  return formatCalendarLine(now, { ...resolveCalendarLineSettings(calendarSettings), timeZone })
}

/** Weekday name for an instant's day in the zone, «রবিবার» or «রোববার». */
export function formatWeekday(instant: InstantInput, style: WeekdayStyle = 'robibar', timeZone?: string): string {
  const result = tryFormatDateTimeParts(instant, { timeZone, weekdayStyle: style })
  return result.ok ? weekdayName(result.value.zoned.weekday, style) : ''
}
