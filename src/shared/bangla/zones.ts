// Time zones and ISO 8601 for the Bengali date modules: the wall-clock fields of an instant in a zone (Intl, en-US
// numeric fields only), the instant of a wall time in a zone, and a strict ISO reader/writer. Nothing here throws.
import { toLatinDigits } from './digits'

export const DEFAULT_TIME_ZONE = 'Asia/Dhaka'
export type InstantInput = Date | string | number

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
  const zone = typeof timeZone === 'string' && timeZone.trim() !== '' ? timeZone.trim() : DEFAULT_TIME_ZONE
  return zoneFormatter(zone) ? zone : null
}

/** Milliseconds since epoch for a proleptic Gregorian wall time read as UTC (years 0-99 kept literal). */
export function utcMs(year: number, month: number, day: number, hour = 0, minute = 0, second = 0, millisecond = 0): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour, minute, second, millisecond)
  return date.getTime()
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

export function getZonedParts(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): ZonedParts | null {
  const time = instant instanceof Date ? instant.getTime() : NaN
  const fmt = zoneFormatter(timeZone)
  if (!fmt || !Number.isFinite(time)) return null
  const fields: Record<string, string> = {}
  try {
    for (const part of fmt.formatToParts(instant)) fields[part.type] = part.value
  } catch {
    return null
  }
  const year = fields.era === 'BC' || fields.era === 'B' ? 1 - Number(fields.year) : Number(fields.year)
  const [month, day, minute, second] = [fields.month, fields.day, fields.minute, fields.second].map(Number) as [
    number,
    number,
    number,
    number
  ]
  const hour = Number(fields.hour) % 24 // some ICU builds say 24 at midnight
  if (![year, month, day, hour, minute, second].every(Number.isFinite)) return null
  const wall = utcMs(year, month, day, hour, minute, second)
  const weekday = new Date(utcMs(year, month, day)).getUTCDay()
  return { year, month, day, hour, minute, second, weekday, offsetMs: wall - Math.floor(time / 1000) * 1000 }
}

/** Instant for a wall time in a zone (two passes settle DST/offset changes). */
export function wallToInstant(
  year: number,
  month: number,
  day: number,
  hour: number,
  minute: number,
  second: number,
  millisecond: number,
  zone: string
): number | null {
  const local = utcMs(year, month, day, hour, minute, second, millisecond)
  if (!Number.isFinite(local)) return null
  const off1 = getZonedParts(new Date(local), zone)?.offsetMs
  if (off1 === undefined) return null
  const off2 = getZonedParts(new Date(local - off1), zone)?.offsetMs
  if (off2 === undefined) return null
  const instant = local - off2
  return Number.isFinite(new Date(instant).getTime()) ? instant : null
}

export const pad = (value: number, width = 2): string => String(Math.abs(Math.trunc(value))).padStart(width, '0')

/** "+06:00". Historic offsets with seconds (Dhaka 1900: +05:53:20) round to the minute. */
export function formatOffset(offsetMs: number): string {
  const mins = Math.round(offsetMs / 60000)
  return `${mins < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(mins) / 60))}:${pad(Math.abs(mins) % 60)}`
}

function isoYear(year: number): string {
  return year >= 0 && year <= 9999 ? pad(year, 4) : `${year < 0 ? '-' : '+'}${pad(year, 6)}`
}

export function isoWall(year: number, month: number, day: number, hour: number, minute: number, second: number): string {
  return `${isoYear(year)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}`
}

const ISO_RE = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/

/**
 * Strict ISO 8601 reader (Date.parse is engine-dependent for other shapes).
 * With an offset/Z the instant is exact; without one the wall time is read
 * in `timeZone`, never in the machine's local zone.
 */
export function parseIso(text: string, timeZone: string): number | null {
  const match = ISO_RE.exec(toLatinDigits(text).trim())
  if (!match) return null
  const [year, month, day, hour, minute, second] = [match[1], match[2], match[3], match[4], match[5], match[6]].map((value) =>
    Number(value ?? 0)
  ) as [number, number, number, number, number, number]
  const millisecond = Math.floor(Number(`0.${match[7] ?? '0'}`) * 1000)
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month) || hour > 23 || minute > 59 || second > 59) return null
  const zone = match[8]
  if (zone === undefined) return wallToInstant(year, month, day, hour, minute, second, millisecond, timeZone)
  let offMin = 0
  if (zone !== 'Z' && zone !== 'z') {
    const digits = zone.slice(1).replace(':', '')
    const offsetHours = Number(digits.slice(0, 2))
    const offsetMinutes = Number(digits.slice(2) || '0')
    if (offsetHours > 23 || offsetMinutes > 59) return null
    offMin = (zone.startsWith('-') ? -1 : 1) * (offsetHours * 60 + offsetMinutes)
  }
  const instant = utcMs(year, month, day, hour, minute, second, millisecond) - offMin * 60000
  return Number.isFinite(new Date(instant).getTime()) ? instant : null
}

/** Date | ISO string | epoch ms → valid Date, or null. */
export function resolveInstant(input: InstantInput, timeZone: string = DEFAULT_TIME_ZONE): Date | null {
  let epochMs: number | null = null
  if (input instanceof Date) epochMs = input.getTime()
  else if (typeof input === 'number') epochMs = input
  else if (typeof input === 'string') epochMs = parseIso(input, timeZone)
  if (epochMs === null || !Number.isFinite(epochMs)) return null
  const date = new Date(epochMs)
  return Number.isFinite(date.getTime()) ? date : null
}

/** ISO 8601 string with the zone's offset, e.g. "2024-01-21T14:27:00+06:00"; '' if invalid. */
export function toZonedIso(instant: InstantInput, timeZone?: string): string {
  const zone = resolveTimeZone(timeZone)
  const date = zone === null ? null : resolveInstant(instant, zone)
  const parts = date && zone ? getZonedParts(date, zone) : null
  if (!parts) return ''
  return isoWall(parts.year, parts.month, parts.day, parts.hour, parts.minute, parts.second) + formatOffset(parts.offsetMs)
}
