// House-style dates for Bengali news: publish/update lines, relative times
// for lists, and parsing of dates typed by editors.
//
// Intl is used only to move an instant into a time zone (numeric fields via
// en-US). Month names, digits and এএম/পিএম are our own tables, because
// bn-BD in ICU keeps "PM" and its long styles add commas and «এ»; our own
// pieces also keep output stable across ICU versions (Node vs Electron).
// Nothing here throws: bad input gives '' / null or a typed error value.

import type { LocalizedMessage, Ok } from '../result'
import { padBengali, toBengaliDigits } from './digits'
import { getZonedParts, resolveInstant, resolveTimeZone, utcMs, type InstantInput, type ZonedParts } from './zones'

export { DEFAULT_TIME_ZONE, daysInMonth, getZonedParts, isLeapYear, resolveInstant, resolveTimeZone, toZonedIso, utcMs } from './zones'
export type { InstantInput, ZonedParts } from './zones'
export type DateLocale = 'bn' | 'en'
export type WeekdayStyle = 'robibar' | 'robbar'

export type DateErrorCode = 'empty' | 'invalid-date' | 'invalid-time' | 'invalid-year' | 'invalid-time-zone' | 'unrecognised-format'
/** A date that could not be read or written: the error shape of shared/result.ts, with the date module's own codes. */
export interface DateError {
  readonly ok: false
  readonly code: DateErrorCode
  readonly message: LocalizedMessage
}
export type DateResult<T> = Ok<T> | DateError
export const PUBLISH_PREFIX = 'প্রকাশ :'
export const UPDATE_PREFIX = 'আপডেট :'

export const GREGORIAN_MONTHS_BN = [
  'জানুয়ারি',
  'ফেব্রুয়ারি',
  'মার্চ',
  'এপ্রিল',
  'মে',
  'জুন',
  'জুলাই',
  'আগস্ট',
  'সেপ্টেম্বর',
  'অক্টোবর',
  'নভেম্বর',
  'ডিসেম্বর'
] as const
export const GREGORIAN_MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December'
] as const
/** Index 0 = Sunday. Standard names; 'robbar' style swaps only Sunday. */
export const WEEKDAYS_BN = ['রবিবার', 'সোমবার', 'মঙ্গলবার', 'বুধবার', 'বৃহস্পতিবার', 'শুক্রবার', 'শনিবার'] as const
export const SUNDAY_COLLOQUIAL = 'রোববার'
const AM_BN = 'এএম'
export const PM_BN = 'পিএম'

const MESSAGES: Record<DateErrorCode, LocalizedMessage> = {
  empty: { bn: 'তারিখ লেখা হয়নি', en: 'No date was given' },
  'invalid-date': { bn: 'তারিখটি সঠিক নয়', en: 'The date is not valid' },
  'invalid-time': { bn: 'সময়টি সঠিক নয়', en: 'The time is not valid' },
  'invalid-year': { bn: 'বছর চার অঙ্কে লিখুন (যেমন ২০২৪)', en: 'Write the year with four digits (e.g. 2024)' },
  'invalid-time-zone': { bn: 'সময় অঞ্চলটি চেনা যায়নি', en: 'Unknown time zone' },
  'unrecognised-format': {
    bn: 'তারিখের ধরন বোঝা যায়নি (যেমন ২১/০১/২০২৪ বা ২১ জানুয়ারি ২০২৪ লিখুন)',
    en: 'Date format not recognised (try 21/01/2024 or 21 January 2024)'
  }
}

export function dateError(code: DateErrorCode): DateError {
  return { ok: false, code, message: MESSAGES[code] }
}

export function weekdayName(weekday: number, style: WeekdayStyle = 'robibar'): string {
  if (weekday === 0 && style === 'robbar') return SUNDAY_COLLOQUIAL
  return WEEKDAYS_BN[weekday] ?? ''
}

// ----------------------------------------------------------- formatting

export interface FormatOptions {
  timeZone?: string
  /** 12-hour clock with এএম/পিএম (default true); false gives ১৪:২৭. */
  hour12?: boolean
  weekdayStyle?: WeekdayStyle
  /** Write days 1–9 as ০১–০৯ (the house setting calendar.padDay; default false here, for callers that predate it). */
  padDay?: boolean
}

export interface DateTimeParts {
  weekday: string
  day: string
  month: string
  year: string
  hour: string
  minute: string
  dayPeriod: string // dayPeriod '' on the 24-hour clock
  date: string // ২১ জানুয়ারি ২০২৪
  time: string // ০২:২৭ পিএম
  zoned: ZonedParts
}

export function tryFormatDateTimeParts(instant: InstantInput, opts?: FormatOptions): DateResult<DateTimeParts> {
  const zone = resolveTimeZone(opts?.timeZone)
  if (zone === null) return dateError('invalid-time-zone')
  const date = resolveInstant(instant, zone)
  const parts = date ? getZonedParts(date, zone) : null
  if (!parts) return dateError('invalid-date')
  const hour12 = opts?.hour12 !== false
  const clockHour = hour12 ? parts.hour % 12 || 12 : parts.hour
  const dayPeriod = hour12 ? (parts.hour < 12 ? AM_BN : PM_BN) : ''
  const day = opts?.padDay === true ? padBengali(parts.day) : toBengaliDigits(parts.day)
  const month = GREGORIAN_MONTHS_BN[parts.month - 1] ?? ''
  const year = toBengaliDigits(parts.year)
  const hour = padBengali(clockHour)
  const minute = padBengali(parts.minute)
  const time = `${hour}:${minute}${dayPeriod ? ` ${dayPeriod}` : ''}`
  return {
    ok: true,
    value: {
      weekday: weekdayName(parts.weekday, opts?.weekdayStyle),
      day,
      month,
      year,
      hour,
      minute,
      dayPeriod,
      date: `${day} ${month} ${year}`,
      time,
      zoned: parts
    }
  }
}

export function formatDateTimeParts(instant: InstantInput, opts?: FormatOptions): DateTimeParts | null {
  const result = tryFormatDateTimeParts(instant, opts)
  return result.ok ? result.value : null
}

/** "২১ জানুয়ারি ২০২৪" or "21 January 2024"; '' if invalid. */
export function formatNewsDate(instant: InstantInput, opts?: { timeZone?: string; locale?: DateLocale }): string {
  const result = tryFormatDateTimeParts(instant, { timeZone: opts?.timeZone })
  if (!result.ok) return ''
  const zoned = result.value.zoned
  return opts?.locale === 'en' ? `${zoned.day} ${GREGORIAN_MONTHS_EN[zoned.month - 1] ?? ''} ${zoned.year}` : result.value.date
}

export interface PublishLineOptions extends FormatOptions {
  /** Default «প্রকাশ :»; use UPDATE_PREFIX for «আপডেট :», '' for none. */
  prefix?: string
}

/** «প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম» or a typed error. */
export function tryFormatPublishLine(instant: InstantInput, opts?: PublishLineOptions): DateResult<string> {
  const result = tryFormatDateTimeParts(instant, opts)
  if (!result.ok) return result
  const prefix = typeof opts?.prefix === 'string' ? opts.prefix.trim() : PUBLISH_PREFIX
  const body = `${result.value.date}, ${result.value.time}`
  return { ok: true, value: prefix ? `${prefix} ${body}` : body }
}

/** As tryFormatPublishLine, but '' for invalid input (safe to drop into templates). */
export function formatPublishLine(instant: InstantInput, opts?: PublishLineOptions): string {
  const result = tryFormatPublishLine(instant, opts)
  return result.ok ? result.value : ''
}

export function formatUpdateLine(instant: InstantInput, opts?: FormatOptions): string {
  return formatPublishLine(instant, { ...opts, prefix: UPDATE_PREFIX })
}

export interface RelativeOptions {
  timeZone?: string
  /** Days-ago wording is used below this many calendar days (default 7), then a plain date. */
  maxDays?: number
}

/**
 * List-style relative time: এইমাত্র → N মিনিট আগে → N ঘণ্টা আগে → গতকাল →
 * N দিন আগে → plain date. Days count calendar days in the zone, so 30 hours
 * across two midnights is «২ দিন আগে». Future instants (scheduled items,
 * beyond a minute of clock skew) get the plain date. '' for invalid input.
 */
export function formatRelative(instant: InstantInput, now: InstantInput, locale: DateLocale = 'bn', opts?: RelativeOptions): string {
  const zone = resolveTimeZone(opts?.timeZone)
  if (zone === null) return ''
  const then = resolveInstant(instant, zone)
  const reference = resolveInstant(now, zone)
  if (!then || !reference) return ''
  const english = locale === 'en'
  const plain = (): string => formatNewsDate(then, { timeZone: zone, locale: english ? 'en' : 'bn' })
  const unit = (count: number, bengaliWord: string, englishWord: string): string =>
    english ? `${count} ${englishWord}${count === 1 ? '' : 's'} ago` : `${toBengaliDigits(count)} ${bengaliWord} আগে`
  const diff = reference.getTime() - then.getTime()
  if (diff < -60_000) return plain()
  if (diff < 60_000) return english ? 'just now' : 'এইমাত্র'
  const minutes = Math.floor(diff / 60_000)
  if (minutes < 60) return unit(minutes, 'মিনিট', 'minute')
  const hours = Math.floor(diff / 3_600_000)
  if (hours < 24) return unit(hours, 'ঘণ্টা', 'hour')
  const thenParts = getZonedParts(then, zone)
  const referenceParts = getZonedParts(reference, zone)
  if (!thenParts || !referenceParts) return ''
  const days = Math.round(
    (utcMs(referenceParts.year, referenceParts.month, referenceParts.day) - utcMs(thenParts.year, thenParts.month, thenParts.day)) /
      86_400_000
  )
  const maxDays = typeof opts?.maxDays === 'number' && opts.maxDays >= 2 ? opts.maxDays : 7
  if (days <= 1) return english ? 'yesterday' : 'গতকাল'
  if (days < maxDays) return unit(days, 'দিন', 'day')
  return plain()
}
