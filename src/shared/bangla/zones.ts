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
export function wallToInstant(y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number, tz: string): number | null {
  const local = utcMs(y, mo, d, h, mi, s, ms)
  if (!Number.isFinite(local)) return null
  const off1 = getZonedParts(new Date(local), tz)?.offsetMs
  if (off1 === undefined) return null
  const off2 = getZonedParts(new Date(local - off1), tz)?.offsetMs
  if (off2 === undefined) return null
  const t = local - off2
  return Number.isFinite(new Date(t).getTime()) ? t : null
}

export const pad = (n: number, w = 2): string => String(Math.abs(Math.trunc(n))).padStart(w, '0')

/** "+06:00". Historic offsets with seconds (Dhaka 1900: +05:53:20) round to the minute. */
export function formatOffset(offsetMs: number): string {
  const mins = Math.round(offsetMs / 60000)
  return `${mins < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(mins) / 60))}:${pad(Math.abs(mins) % 60)}`
}

function isoYear(y: number): string {
  return y >= 0 && y <= 9999 ? pad(y, 4) : `${y < 0 ? '-' : '+'}${pad(y, 6)}`
}

export function isoWall(y: number, mo: number, d: number, h: number, mi: number, s: number): string {
  return `${isoYear(y)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}:${pad(s)}`
}

const ISO_RE = /^([+-]\d{6}|\d{4})-(\d{2})-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*([Zz]|[+-]\d{2}(?::?\d{2})?)?$/

/**
 * Strict ISO 8601 reader (Date.parse is engine-dependent for other shapes).
 * With an offset/Z the instant is exact; without one the wall time is read
 * in `timeZone`, never in the machine's local zone.
 */
export function parseIso(text: string, timeZone: string): number | null {
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
