// Reading dates and times typed by editors: parseNewsDate for a full date (and optional time), parseDateTimeInput for
// what a reporter types into the publish-time field. Pure; nothing throws; errors are values with a Bengali and an
// English message saying what could not be read.
import { toLatinDigits } from './digits'
import { PM_BN, SUNDAY_COLLOQUIAL, WEEKDAYS_BN, dateError, formatPublishLine, type DateError } from './dates'
import { daysInMonth, formatOffset, getZonedParts, isoWall, parseIso, resolveTimeZone, toZonedIso, wallToInstant } from './zones'

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
  names.forEach((list, monthIndex) => list.forEach((name) => MONTH_LOOKUP.set(name.normalize('NFC'), monthIndex + 1)))
}

const PREFIX_RE = /^(?:প্রকাশ(?:িত)?|আপডেট|হালনাগাদ|published|updated)\s*:?\s*/
const WEEKDAY_RE = new RegExp(`^(?:${[...WEEKDAYS_BN, SUNDAY_COLLOQUIAL].join('|')}|(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*)\\s*,?\\s*`)
// Bengali ordinal day endings: ২১শে, ১লা, ২রা, ৪ঠা, ৫ই; English 21st.
const ORD = '(?:শে|লা|রা|ঠা|ই|st|nd|rd|th)?'
const NUMERIC_DMY = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})/
const NUMERIC_YMD = /^(\d{4})-(\d{1,2})-(\d{1,2})/
const NAMED_DMY = new RegExp(`^(\\d{1,2})${ORD}[\\s-]*([^\\s\\d,.-]+)\\.?[\\s,-]*(\\d{4})`)
const NAMED_MDY = new RegExp(`^([^\\s\\d,.-]+)\\.?\\s*(\\d{1,2})${ORD},?\\s+(\\d{4})`)
// A year with more or fewer than four digits where a year belongs: 21/01/202402, 21/01/24.
const HALF_TYPED_YEAR =
  /^\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*(?:\d{1,3}|\d{5,})(?:\D|$)|^\d{1,2}\D*?[^\s\d,.-]+[\s,-]*(?:\d{1,3}|\d{5,})(?:\D|$)/
const TIME_RE = /^(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?\s*(am|pm|a\.m\.?|p\.m\.?|এএম|পিএম|পূর্বাহ্ণ|অপরাহ্ণ)?$/

/** Year/month/day at the start of normalised text, plus what follows. */
function matchDate(text: string): { year: number; month: number; day: number; rest: string } | null {
  const month = (name: string | undefined): number => MONTH_LOOKUP.get(name ?? '') ?? 0
  let match = NUMERIC_YMD.exec(text)
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), rest: text.slice(match[0].length) }
  match = NUMERIC_DMY.exec(text)
  if (match) return { day: Number(match[1]), month: Number(match[3]), year: Number(match[4]), rest: text.slice(match[0].length) }
  match = NAMED_DMY.exec(text)
  if (match && month(match[2]))
    return { day: Number(match[1]), month: month(match[2]), year: Number(match[3]), rest: text.slice(match[0].length) }
  match = NAMED_MDY.exec(text)
  if (match && month(match[1]))
    return { month: month(match[1]), day: Number(match[2]), year: Number(match[3]), rest: text.slice(match[0].length) }
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
  const zone = resolveTimeZone(opts?.timeZone)
  if (zone === null) return dateError('invalid-time-zone')
  let typed = toLatinDigits(text.normalize('NFC'))
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .toLowerCase()
  if (typed === '') return dateError('empty')

  // A full ISO timestamp with offset names its own instant.
  const exact = /(?:z|[+-]\d{2}:?\d{2})$/.test(typed) ? parseIso(typed, zone) : null
  if (exact !== null) return { ok: true, value: toZonedIso(exact, zone), hasTime: true }

  typed = typed.replace(PREFIX_RE, '').replace(WEEKDAY_RE, '')
  const found = matchDate(typed)
  if (!found) return dateError(HALF_TYPED_YEAR.test(typed) ? 'invalid-year' : 'unrecognised-format')
  const { year, month, day } = found
  let rest = found.rest
  if (rest !== '' && !/^[\s,t]/.test(rest)) return dateError(/^\d/.test(rest) ? 'invalid-year' : 'unrecognised-format')
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return dateError('invalid-date')

  let hour = 0,
    minute = 0,
    sec = 0
  rest = rest.replace(/^[\s,]*(?:(?:at|এ|সময়)\s+|t)?/, '').trim()
  const hasTime = rest !== ''
  if (hasTime) {
    const time = TIME_RE.exec(rest)
    if (!time) return dateError(/\d/.test(rest) ? 'invalid-time' : 'unrecognised-format')
    ;[hour, minute, sec] = [Number(time[1]), Number(time[2]), Number(time[3] ?? 0)]
    const period = time[4]
    if (minute > 59 || sec > 59) return dateError('invalid-time')
    if (period !== undefined) {
      if (hour < 1 || hour > 12) return dateError('invalid-time')
      const afternoon = period.startsWith('p') || period === PM_BN || period === 'অপরাহ্ণ'
      hour = (hour % 12) + (afternoon ? 12 : 0)
    } else if (hour > 23) {
      return dateError('invalid-time')
    }
  }
  const instant = wallToInstant(year, month, day, hour, minute, sec, 0, zone)
  const zoned = instant === null ? null : getZonedParts(new Date(instant), zone)
  if (!zoned) return dateError('invalid-date')
  // Keep the wall time as typed; the offset is the zone's at that instant.
  return { ok: true, value: isoWall(year, month, day, hour, minute, sec) + formatOffset(zoned.offsetMs), hasTime }
}

// ----------------------------------------------------------- the publish-time field

export interface DateTimeInputOptions {
  /** The instant «আজ» and «গতকাল» are counted from. */
  now: Date
  timeZone?: string
  hour12?: boolean
  padDay?: boolean
}
export interface DateTimeInputValue {
  /** ISO 8601 with the zone's offset, e.g. "2024-01-21T14:27:00+06:00". */
  iso: string
  /** What the reader will see: «২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম». */
  line: string
}
export type DateTimeInputResult = { ok: true; value: DateTimeInputValue } | DateError

const RELATIVE_DAYS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:আজ|আজকে|today)\s*/, 0],
  [/^(?:গতকাল|কাল রাতে|yesterday)\s*/, -1],
  [/^(?:আগামীকাল|tomorrow)\s*/, 1],
  [/^(?:পরশু)\s*/, 2]
]
// Parts of the day as Bangladeshi papers write them, and how an hour in each reads on the 24-hour clock.
const DAY_PARTS: ReadonlyArray<readonly [RegExp, (hour: number) => number]> = [
  [/^(?:ভোর|ভোরে)\s*/, (hour) => hour % 12],
  [/^(?:সকাল|সকালে)\s*/, (hour) => hour % 12],
  [/^(?:দুপুর|দুপুরে)\s*/, (hour) => (hour === 12 ? 12 : hour < 6 ? hour + 12 : hour)],
  [/^(?:বিকেল|বিকাল|বিকেলে|বিকালে)\s*/, (hour) => (hour === 12 ? 12 : hour + 12)],
  [/^(?:সন্ধ্যা|সন্ধ্যায়|সন্ধ্যার)\s*/, (hour) => (hour === 12 ? 12 : hour + 12)],
  [/^(?:রাত|রাতে|রাতের)\s*/, (hour) => (hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour)]
]
// «৩টা», «৩টায়», «৩টা ২০ মিনিটে», «৩:২০», «১৪:২৭», each optionally with এএম/পিএম.
const CLOCK_RE = /^(\d{1,2})(?:\s*(?:টা|টায়|টার দিকে)(?:\s*(\d{1,2})\s*মিনিট[ে]?)?|[:.](\d{2}))?\s*(am|pm|এএম|পিএম)?\s*(?:এ|নাগাদ|দিকে)?$/

/**
 * What a reporter types into the publish-time box: a full date and time («২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম»,
 * «২১/০১/২০২৪ ১৪:২৭», Latin digits), or a day relative to `now` with a time («আজ ৩টা», «গতকাল সন্ধ্যা ৭টা»,
 * «আগামীকাল সকাল ১০:৩০»). A bare hour without a part of the day or এএম/পিএম is read in newsroom hours: ১–৬ are
 * afternoon (১৩–১৮), ৭–১১ morning, ১২ noon — the reader's line shows which, so the reporter sees it. Returns the
 * instant and that line, or an error saying what could not be read (a half-typed year such as 202402 is an error).
 */
export function parseDateTimeInput(text: string, opts: DateTimeInputOptions): DateTimeInputResult {
  const zone = resolveTimeZone(opts.timeZone)
  if (zone === null) return dateError('invalid-time-zone')
  const now = opts.now instanceof Date && Number.isFinite(opts.now.getTime()) ? opts.now : null
  if (typeof text !== 'string' || text.trim() === '') return dateError('empty')
  const typed = toLatinDigits(text.normalize('NFC'))
    .replace(/[\s\u00A0]+/g, ' ')
    .trim()
    .toLowerCase()
  const format = { timeZone: zone, hour12: opts.hour12, padDay: opts.padDay, prefix: '' }
  const done = (iso: string): DateTimeInputResult => {
    const line = formatPublishLine(iso, format)
    return line === '' ? dateError('invalid-date') : { ok: true, value: { iso, line } }
  }

  const relative = RELATIVE_DAYS.find(([pattern]) => pattern.test(typed))
  if (!relative) {
    const parsed = parseNewsDate(text, { timeZone: zone })
    if (!parsed.ok) return parsed
    if (!parsed.hasTime) return dateError('invalid-time')
    return done(parsed.value)
  }
  if (now === null) return dateError('invalid-date')
  let rest = typed.replace(relative[0], '')
  let toHour: ((hour: number) => number) | null = null
  const part = DAY_PARTS.find(([pattern]) => pattern.test(rest))
  if (part) {
    rest = rest.replace(part[0], '')
    toHour = part[1]
  }
  const clock = CLOCK_RE.exec(rest)
  if (!clock) return dateError(rest === '' ? 'invalid-time' : 'unrecognised-format')
  let hour = Number(clock[1])
  const minute = Number(clock[2] ?? clock[3] ?? 0)
  const period = clock[4]
  if (minute > 59 || hour > 23) return dateError('invalid-time')
  if (period !== undefined) {
    if (hour < 1 || hour > 12) return dateError('invalid-time')
    hour = (hour % 12) + (period === 'pm' || period === PM_BN ? 12 : 0)
  } else if (toHour !== null) {
    if (hour < 1 || hour > 12) return dateError('invalid-time')
    hour = toHour(hour)
  } else if (hour >= 1 && hour <= 6) hour += 12
  const today = getZonedParts(now, zone)
  if (!today) return dateError('invalid-date')
  const day = new Date(Date.UTC(today.year, today.month - 1, today.day + relative[1]))
  const instant = wallToInstant(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), hour, minute, 0, 0, zone)
  if (instant === null) return dateError('invalid-date')
  return done(toZonedIso(instant, zone))
}
