// House-style dates for Bengali news: publish/update lines, relative times
// for lists, and parsing of dates typed by editors.
//
// Intl is used only to move an instant into a time zone (numeric fields via
// en-US). Month names, digits and এএম/পিএম are our own tables, because
// bn-BD in ICU keeps "PM" and its long styles add commas and «এ»; our own
// pieces also keep output stable across ICU versions (Node vs Electron).
// Nothing here throws: bad input gives '' / null or a typed error value.

import { padBengali, toBengaliDigits, toLatinDigits } from './digits'

export type InstantInput = Date | string | number
export type DateLocale = 'bn' | 'en'
export type WeekdayStyle = 'robibar' | 'robbar'

export interface BilingualMessage {
  readonly bn: string
  readonly en: string
}
export type DateErrorCode = 'empty' | 'invalid-date' | 'invalid-time' | 'invalid-time-zone' | 'unrecognised-format'
export interface DateError {
  readonly ok: false
  readonly code: DateErrorCode
  readonly message: BilingualMessage
}
export type DateResult<T> = { readonly ok: true; readonly value: T } | DateError

export const DEFAULT_TIME_ZONE = 'Asia/Dhaka'
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
const PM_BN = 'পিএম'

const MESSAGES: Record<DateErrorCode, BilingualMessage> = {
  empty: { bn: 'তারিখ লেখা হয়নি', en: 'No date was given' },
  'invalid-date': { bn: 'তারিখটি সঠিক নয়', en: 'The date is not valid' },
  'invalid-time': { bn: 'সময়টি সঠিক নয়', en: 'The time is not valid' },
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

// ---------------------------------------------------------------- zones

/** Wall-clock fields of an instant in a zone, plus the zone's UTC offset then. */
export interface ZonedParts {
  year: number
  month: number
  day: number // month 1-12
  hour: number
  minute: number
  second: number // hour 0-23
  weekday: number // 0 = Sunday
  offsetMs: number
}

// Creating a DateTimeFormat costs far more than using one: cache per zone.
// null marks a zone Intl rejected. Capped so arbitrary user strings can't grow it.
const zoneFormatters = new Map<string, Intl.DateTimeFormat | null>()

function zoneFormatter(timeZone: string): Intl.DateTimeFormat | null {
  const cached = zoneFormatters.get(timeZone)
  if (cached !== undefined) return cached
  let fmt: Intl.DateTimeFormat | null = null
  try {
    fmt = new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric'
    })
  } catch {
    /* unknown zone: cached as null */
  }
  if (zoneFormatters.size > 64) zoneFormatters.clear()
  zoneFormatters.set(timeZone, fmt)
  return fmt
}

/** Empty/absent zone means the default; anything else must be known to Intl. */
export function resolveTimeZone(timeZone: string | undefined | null): string | null {
  const tz = typeof timeZone === 'string' && timeZone.trim() !== '' ? timeZone.trim() : DEFAULT_TIME_ZONE
  return zoneFormatter(tz) ? tz : null
}

/** Milliseconds since epoch for a proleptic Gregorian wall time read as UTC (years 0-99 kept literal). */
export function utcMs(y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0): number {
  const dt = new Date(0)
  dt.setUTCFullYear(y, mo - 1, d)
  dt.setUTCHours(h, mi, s, ms)
  return dt.getTime()
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

export function daysInMonth(y: number, mo: number): number {
  if (mo === 2) return isLeapYear(y) ? 29 : 28
  return [4, 6, 9, 11].includes(mo) ? 30 : 31
}

export function getZonedParts(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): ZonedParts | null {
  const t = instant instanceof Date ? instant.getTime() : NaN
  const fmt = zoneFormatter(timeZone)
  if (!fmt || !Number.isFinite(t)) return null
  const f: Record<string, string> = {}
  try {
    for (const p of fmt.formatToParts(instant)) f[p.type] = p.value
  } catch {
    return null
  }
  const year = f.era === 'BC' || f.era === 'B' ? 1 - Number(f.year) : Number(f.year)
  const [month, day, minute, second] = [f.month, f.day, f.minute, f.second].map(Number) as [number, number, number, number]
  const hour = Number(f.hour) % 24 // some ICU builds say 24 at midnight
  if (![year, month, day, hour, minute, second].every(Number.isFinite)) return null
  const wall = utcMs(year, month, day, hour, minute, second)
  const weekday = new Date(utcMs(year, month, day)).getUTCDay()
  return { year, month, day, hour, minute, second, weekday, offsetMs: wall - Math.floor(t / 1000) * 1000 }
}

/** Instant for a wall time in a zone (two passes settle DST/offset changes). */
function wallToInstant(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, tz: string): number | null {
  const local = utcMs(y, mo, d, h, mi, s, ms)
  if (!Number.isFinite(local)) return null
  const off1 = getZonedParts(new Date(local), tz)?.offsetMs
  if (off1 === undefined) return null
  const off2 = getZonedParts(new Date(local - off1), tz)?.offsetMs
  if (off2 === undefined) return null
  const t = local - off2
  return Number.isFinite(new Date(t).getTime()) ? t : null
}

const pad = (n: number, w = 2): string => String(Math.abs(Math.trunc(n))).padStart(w, '0')

/** "+06:00". Historic offsets with seconds (Dhaka 1900: +05:53:20) round to the minute. */
function formatOffset(offsetMs: number): string {
  const mins = Math.round(offsetMs / 60000)
  return `${mins < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(mins) / 60))}:${pad(Math.abs(mins) % 60)}`
}

function isoYear(y: number): string {
  return y >= 0 && y <= 9999 ? pad(y, 4) : `${y < 0 ? '-' : '+'}${pad(y, 6)}`
}

function isoWall(y: number, mo: number, d: number, h: number, mi: number, s: number): string {
  return `${isoYear(y)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`
}

const ISO_RE = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/

/**
 * Strict ISO 8601 reader (Date.parse is engine-dependent for other shapes).
 * With an offset/Z the instant is exact; without one the wall time is read
 * in `timeZone`, never in the machine's local zone.
 */
function parseIso(text: string, timeZone: string): number | null {
  const m = ISO_RE.exec(toLatinDigits(text).trim())
  if (!m) return null
  const [y, mo, d, h, mi, s] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number
  ]
  const ms = Math.floor(Number(`0.${m[7] ?? '0'}`) * 1000)
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 23 || mi > 59 || s > 59) return null
  const zone = m[8]
  if (zone === undefined) return wallToInstant(y, mo, d, h, mi, s, ms, timeZone)
  let offMin = 0
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.slice(1).replace(':', '')
    const oh = Number(digits.slice(0, 2))
    const om = Number(digits.slice(2) || '0')
    if (oh > 23 || om > 59) return null
    offMin = (zone.startsWith('-') ? -1 : 1) * (oh * 60 + om)
  }
  const t = utcMs(y, mo, d, h, mi, s, ms) - offMin * 60000
  return Number.isFinite(new Date(t).getTime()) ? t : null
}

/** Date | ISO string | epoch ms → valid Date, or null. */
export function resolveInstant(input: InstantInput, timeZone: string = DEFAULT_TIME_ZONE): Date | null {
  let t: number | null = null
  if (input instanceof Date) t = input.getTime()
  else if (typeof input === 'number') t = input
  else if (typeof input === 'string') t = parseIso(input, timeZone)
  if (t === null || !Number.isFinite(t)) return null
  const d = new Date(t)
  return Number.isFinite(d.getTime()) ? d : null
}

/** ISO 8601 string with the zone's offset, e.g. "2024-01-21T14:27:00+06:00"; '' if invalid. */
export function toZonedIso(instant: InstantInput, timeZone?: string): string {
  const tz = resolveTimeZone(timeZone)
  const d = tz === null ? null : resolveInstant(instant, tz)
  const p = d && tz ? getZonedParts(d, tz) : null
  if (!p) return ''
  return isoWall(p.year, p.month, p.day, p.hour, p.minute, p.second) + formatOffset(p.offsetMs)
}

// ----------------------------------------------------------- formatting

export interface FormatOptions {
  timeZone?: string
  /** 12-hour clock with এএম/পিএম (default true); false gives ১৪:২৭. */
  hour12?: boolean
  weekdayStyle?: WeekdayStyle
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
  const tz = resolveTimeZone(opts?.timeZone)
  if (tz === null) return dateError('invalid-time-zone')
  const d = resolveInstant(instant, tz)
  const p = d ? getZonedParts(d, tz) : null
  if (!p) return dateError('invalid-date')
  const hour12 = opts?.hour12 !== false
  const h = hour12 ? p.hour % 12 || 12 : p.hour
  const dayPeriod = hour12 ? (p.hour < 12 ? AM_BN : PM_BN) : ''
  const day = toBengaliDigits(p.day)
  const month = GREGORIAN_MONTHS_BN[p.month - 1] ?? ''
  const year = toBengaliDigits(p.year)
  const hour = padBengali(h)
  const minute = padBengali(p.minute)
  const time = `${hour}:${minute}${dayPeriod ? ` ${dayPeriod}` : ''}`
  return {
    ok: true,
    value: {
      weekday: weekdayName(p.weekday, opts?.weekdayStyle),
      day,
      month,
      year,
      hour,
      minute,
      dayPeriod,
      date: `${day} ${month} ${year}`,
      time,
      zoned: p
    }
  }
}

export function formatDateTimeParts(instant: InstantInput, opts?: FormatOptions): DateTimeParts | null {
  const r = tryFormatDateTimeParts(instant, opts)
  return r.ok ? r.value : null
}

/** "২১ জানুয়ারি ২০২৪" or "21 January 2024"; '' if invalid. */
export function formatNewsDate(instant: InstantInput, opts?: { timeZone?: string; locale?: DateLocale }): string {
  const r = tryFormatDateTimeParts(instant, { timeZone: opts?.timeZone })
  if (!r.ok) return ''
  const p = r.value.zoned
  return opts?.locale === 'en' ? `${p.day} ${GREGORIAN_MONTHS_EN[p.month - 1] ?? ''} ${p.year}` : r.value.date
}

export interface PublishLineOptions extends FormatOptions {
  /** Default «প্রকাশ :»; use UPDATE_PREFIX for «আপডেট :», '' for none. */
  prefix?: string
}

/** «প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম» or a typed error. */
export function tryFormatPublishLine(instant: InstantInput, opts?: PublishLineOptions): DateResult<string> {
  const r = tryFormatDateTimeParts(instant, opts)
  if (!r.ok) return r
  const prefix = typeof opts?.prefix === 'string' ? opts.prefix.trim() : PUBLISH_PREFIX
  const body = `${r.value.date}, ${r.value.time}`
  return { ok: true, value: prefix ? `${prefix} ${body}` : body }
}

/** As tryFormatPublishLine, but '' for invalid input (safe to drop into templates). */
export function formatPublishLine(instant: InstantInput, opts?: PublishLineOptions): string {
  const r = tryFormatPublishLine(instant, opts)
  return r.ok ? r.value : ''
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
  const tz = resolveTimeZone(opts?.timeZone)
  if (tz === null) return ''
  const a = resolveInstant(instant, tz)
  const n = resolveInstant(now, tz)
  if (!a || !n) return ''
  const en = locale === 'en'
  const plain = (): string => formatNewsDate(a, { timeZone: tz, locale: en ? 'en' : 'bn' })
  const unit = (v: number, bn: string, eng: string): string =>
    en ? `${v} ${eng}${v === 1 ? '' : 's'} ago` : `${toBengaliDigits(v)} ${bn} আগে`
  const diff = n.getTime() - a.getTime()
  if (diff < -60_000) return plain()
  if (diff < 60_000) return en ? 'just now' : 'এইমাত্র'
  const minutes = Math.floor(diff / 60_000)
  if (minutes < 60) return unit(minutes, 'মিনিট', 'minute')
  const hours = Math.floor(diff / 3_600_000)
  if (hours < 24) return unit(hours, 'ঘণ্টা', 'hour')
  const pa = getZonedParts(a, tz)
  const pn = getZonedParts(n, tz)
  if (!pa || !pn) return ''
  const days = Math.round((utcMs(pn.year, pn.month, pn.day) - utcMs(pa.year, pa.month, pa.day)) / 86_400_000)
  const maxDays = typeof opts?.maxDays === 'number' && opts.maxDays >= 2 ? opts.maxDays : 7
  if (days <= 1) return en ? 'yesterday' : 'গতকাল'
  if (days < maxDays) return unit(days, 'দিন', 'day')
  return plain()
}

// -------------------------------------------------------------- parsing

const MONTH_LOOKUP = new Map<string, number>()
{
  const names: readonly (readonly string[])[] = [
    ['জানুয়ারি', 'জানুয়ারী', 'জানুআরি', 'january', 'jan'],
    ['ফেব্রুয়ারি', 'ফেব্রুয়ারী', 'ফেব্রুআরি', 'february', 'feb'],
    ['মার্চ', 'march', 'mar'],
    ['এপ্রিল', 'april', 'apr'],
    ['মে', 'may'],
    ['জুন', 'june', 'jun'],
    ['জুলাই', 'july', 'jul'],
    ['আগস্ট', 'আগষ্ট', 'অগাস্ট', 'august', 'aug'],
    ['সেপ্টেম্বর', 'সেপ্টেম্বার', 'september', 'sept', 'sep'],
    ['অক্টোবর', 'october', 'oct'],
    ['নভেম্বর', 'november', 'nov'],
    ['ডিসেম্বর', 'december', 'dec']
  ]
  names.forEach((list, i) => list.forEach((n) => MONTH_LOOKUP.set(n.normalize('NFC'), i + 1)))
}

const PREFIX_RE = /^(?:প্রকাশ(?:িত)?|আপডেট|হালনাগাদ|published|updated)\s*:?\s*/
const WEEKDAY_RE = new RegExp(`^(?:${[...WEEKDAYS_BN, SUNDAY_COLLOQUIAL].join('|')}|(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*)\\s*,?\\s*`)
// Bengali ordinal day endings: ২১শে, ১লা, ২রা, ৪ঠা, ৫ই; English 21st.
const ORD = '(?:শে|লা|রা|ঠা|ই|st|nd|rd|th)?'
const NUMERIC_DMY = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})/
const NUMERIC_YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})/
const NAMED_DMY = new RegExp(`^(\\d{1,2})${ORD}[\\s-]*([^\\s\\d,.-]+)\\.?[\\s,-]*(\\d{4})`)
const NAMED_MDY = new RegExp(`^([^\\s\\d,.-]+)\\.?\\s*(\\d{1,2})${ORD},?\\s+(\\d{4})`)
const TIME_RE = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?|এএম|পিএম|পূর্বাহ্ণ|অপরাহ্ণ)?$/

/** Year/month/day at the start of normalised text, plus what follows. */
function matchDate(s: string): { y: number; mo: number; d: number; rest: string } | null {
  const month = (name: string | undefined): number => MONTH_LOOKUP.get(name ?? '') ?? 0
  let m = NUMERIC_YMD.exec(s)
  if (m) return { y: Number(m[1]), mo: Number(m[2]), d: Number(m[3]), rest: s.slice(m[0].length) }
  m = NUMERIC_DMY.exec(s)
  if (m) return { d: Number(m[1]), mo: Number(m[3]), y: Number(m[4]), rest: s.slice(m[0].length) }
  m = NAMED_DMY.exec(s)
  if (m && month(m[2])) return { d: Number(m[1]), mo: month(m[2]), y: Number(m[3]), rest: s.slice(m[0].length) }
  m = NAMED_MDY.exec(s)
  if (m && month(m[1])) return { mo: month(m[1]), d: Number(m[2]), y: Number(m[3]), rest: s.slice(m[0].length) }
  return null
}

export interface ParseOptions {
  timeZone?: string
}
export type ParseResult = { readonly ok: true; readonly value: string; readonly hasTime: boolean } | DateError

/**
 * Read a date typed by an editor, in Bengali or Latin digits:
 * «২১/০১/২০২৪», «21-01-2024», «২১ জানুয়ারি ২০২৪», «২১শে ফেব্রুয়ারি, ২০২৪»,
 * «January 21, 2024», ISO «2024-01-21», optionally followed by a time
 * «০২:২৭ পিএম» / «14:27», and optionally preceded by «প্রকাশ :» and a weekday
 * (so a formatted publish line reads back). Numeric dates are day-first, as
 * in Bangladesh; two-digit years are refused rather than guessed.
 * Result: ISO 8601 with the zone's offset, e.g. "2024-01-21T14:27:00+06:00".
 */
export function parseNewsDate(text: string, opts?: ParseOptions): ParseResult {
  if (typeof text !== 'string') return dateError('empty')
  const tz = resolveTimeZone(opts?.timeZone)
  if (tz === null) return dateError('invalid-time-zone')
  let s = toLatinDigits(text.normalize('NFC'))
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .toLowerCase()
  if (s === '') return dateError('empty')

  // A full ISO timestamp with offset names its own instant.
  const exact = /(?:z|[+-]\d{2}:?\d{2})$/.test(s) ? parseIso(s, tz) : null
  if (exact !== null) return { ok: true, value: toZonedIso(exact, tz), hasTime: true }

  s = s.replace(PREFIX_RE, '').replace(WEEKDAY_RE, '')
  const found = matchDate(s)
  if (!found) return dateError('unrecognised-format')
  const { y, mo, d } = found
  let rest = found.rest
  if (rest !== '' && !/^[\s,t]/.test(rest)) return dateError('unrecognised-format')
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return dateError('invalid-date')

  let h = 0,
    mi = 0,
    sec = 0
  rest = rest.replace(/^[\s,]*(?:(?:at|এ|সময়)\s+|t)?/, '').trim()
  const hasTime = rest !== ''
  if (hasTime) {
    const t = TIME_RE.exec(rest)
    if (!t) return dateError(/\d/.test(rest) ? 'invalid-time' : 'unrecognised-format')
    ;[h, mi, sec] = [Number(t[1]), Number(t[2]), Number(t[3] ?? 0)]
    const period = t[4]
    if (mi > 59 || sec > 59) return dateError('invalid-time')
    if (period !== undefined) {
      if (h < 1 || h > 12) return dateError('invalid-time')
      const pm = period.startsWith('p') || period === PM_BN || period === 'অপরাহ্ণ'
      h = (h % 12) + (pm ? 12 : 0)
    } else if (h > 23) {
      return dateError('invalid-time')
    }
  }
  const instant = wallToInstant(y, mo, d, h, mi, sec, 0, tz)
  const p = instant === null ? null : getZonedParts(new Date(instant), tz)
  if (!p) return dateError('invalid-date')
  // Keep the wall time as typed; the offset is the zone's at that instant.
  return { ok: true, value: isoWall(y, mo, d, h, mi, sec) + formatOffset(p.offsetMs), hasTime }
}
