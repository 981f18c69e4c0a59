import { describe, expect, it } from 'vitest'
import {
  GREGORIAN_MONTHS_BN,
  PUBLISH_PREFIX,
  UPDATE_PREFIX,
  formatDateTimeParts,
  formatNewsDate,
  formatPublishLine,
  formatRelative,
  formatUpdateLine,
  toZonedIso,
  tryFormatPublishLine
} from '../../../src/shared/bangla/dates'
import { parseNewsDate } from '../../../src/shared/bangla/date-parse'

const T = '2024-01-21T14:27:00+06:00'
const at = (iso: string): Date => new Date(iso)

describe('formatPublishLine', () => {
  it('produces the house-style line exactly', () => {
    expect(formatPublishLine(T)).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')
    expect(formatPublishLine(at(T))).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')
    expect(formatPublishLine(at(T).getTime())).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')
  })

  it('supports the 24-hour clock and other prefixes', () => {
    expect(formatPublishLine(T, { hour12: false })).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ১৪:২৭')
    expect(formatUpdateLine(T)).toBe('আপডেট : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')
    expect(formatPublishLine(T, { prefix: UPDATE_PREFIX })).toBe('আপডেট : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')
    expect(formatPublishLine(T, { prefix: 'হালনাগাদ :' })).toBe('হালনাগাদ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')
    expect(formatPublishLine(T, { prefix: '' })).toBe('২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')
    expect(PUBLISH_PREFIX).toBe('প্রকাশ :')
  })

  it('handles midnight, noon and morning on the 12-hour clock', () => {
    expect(formatPublishLine('2024-01-21T00:05+06:00')).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ১২:০৫ এএম')
    expect(formatPublishLine('2024-01-21T12:30+06:00')).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ১২:৩০ পিএম')
    expect(formatPublishLine('2024-01-21T09:05+06:00')).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০৯:০৫ এএম')
    expect(formatPublishLine('2024-01-21T00:05+06:00', { hour12: false })).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০০:০৫')
  })

  it('uses Asia/Dhaka by default and honours a time zone override', () => {
    // 20:30 UTC is already the next morning in Dhaka.
    expect(formatPublishLine('2024-01-21T20:30:00Z')).toBe('প্রকাশ : ২২ জানুয়ারি ২০২৪, ০২:৩০ এএম')
    expect(formatPublishLine(T, { timeZone: 'UTC' })).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০৮:২৭ এএম')
    expect(formatPublishLine(T, { timeZone: 'Asia/Kolkata' })).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০১:৫৭ পিএম')
    expect(formatPublishLine(T, { timeZone: 'America/New_York' })).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০৩:২৭ এএম')
  })

  it('reads an ISO string without offset as wall time in the zone, not the machine zone', () => {
    expect(formatPublishLine('2024-01-21T14:27')).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')
    expect(formatPublishLine('2024-01-21T14:27', { timeZone: 'Europe/London' })).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')
    expect(formatPublishLine('২০২৪-০১-২১T১৪:২৭+০৬:০০')).toBe('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')
  })

  it('names every month and agrees with ICU bn-BD on the numbers', () => {
    const icu = new Intl.DateTimeFormat('bn-BD', {
      timeZone: 'Asia/Dhaka',
      year: 'numeric',
      month: 'long',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hour12: true
    })
    for (let m = 0; m < 12; m++) {
      const d = new Date(Date.UTC(2025, m, 3 + m * 2, m * 2, m * 5))
      const ref = Object.fromEntries(icu.formatToParts(d).map((p) => [p.type, p.value]))
      const parts = formatDateTimeParts(d)
      expect(parts?.month).toBe(GREGORIAN_MONTHS_BN[m])
      expect(parts?.month).toBe(ref.month)
      expect(parts?.day.padStart(2, '০')).toBe(ref.day)
      expect(parts?.year).toBe(ref.year)
      expect(parts?.hour).toBe(ref.hour)
      expect(parts?.minute).toBe(ref.minute)
      expect(parts?.dayPeriod).toBe(ref.dayPeriod === 'AM' ? 'এএম' : 'পিএম')
      const line = formatPublishLine(d)
      expect(line).not.toMatch(/[0-9]|AM|PM| এ /)
    }
  })

  it('returns "" or a typed error for bad input, never throwing', () => {
    for (const bad of [
      '',
      'not a date',
      '2024-13-01',
      '2023-02-29',
      '2024-01-21T24:00',
      new Date(Number.NaN),
      Number.NaN,
      Infinity,
      8.64e15 + 1
    ]) {
      expect(formatPublishLine(bad as string)).toBe('')
    }
    expect(formatPublishLine(null as unknown as string)).toBe('')
    const r = tryFormatPublishLine('junk')
    expect(r).toEqual({ ok: false, code: 'invalid-date', message: { bn: 'তারিখটি সঠিক নয়', en: 'The date is not valid' } })
    if (!r.ok) expect(Object.keys(r.message)[0]).toBe('bn')
    const z = tryFormatPublishLine(T, { timeZone: 'Mars/Olympus' })
    expect(z.ok ? '' : z.code).toBe('invalid-time-zone')
    expect(formatPublishLine(T, { timeZone: 'Mars/Olympus' })).toBe('')
  })

  it('copes with far dates (1900, 2200, the ends of the Date range)', () => {
    expect(formatPublishLine('1900-01-01T10:00+06:00')).toMatch(/^প্রকাশ : ১ জানুয়ারি ১৯০০, ০৯:৫৩ এএম$/)
    expect(formatPublishLine('2200-12-31T23:59+06:00')).toBe('প্রকাশ : ৩১ ডিসেম্বর ২২০০, ১১:৫৯ পিএম')
    expect(formatPublishLine(8.64e15)).toContain('২৭৫৭৬০')
    expect(typeof formatPublishLine(-8.64e15)).toBe('string')
  })
})

describe('formatDateTimeParts / formatNewsDate / toZonedIso', () => {
  it('exposes the pieces', () => {
    const p = formatDateTimeParts(T, { weekdayStyle: 'robbar' })
    expect(p).toMatchObject({
      weekday: 'রোববার',
      day: '২১',
      month: 'জানুয়ারি',
      year: '২০২৪',
      hour: '০২',
      minute: '২৭',
      dayPeriod: 'পিএম',
      date: '২১ জানুয়ারি ২০২৪',
      time: '০২:২৭ পিএম'
    })
    expect(p?.zoned).toMatchObject({ year: 2024, month: 1, day: 21, hour: 14, minute: 27, weekday: 0, offsetMs: 6 * 3600_000 })
    expect(formatDateTimeParts(T)?.weekday).toBe('রবিবার')
    expect(formatDateTimeParts(T, { hour12: false })?.time).toBe('১৪:২৭')
    expect(formatDateTimeParts('nope')).toBeNull()
  })

  it('formats plain dates in both languages', () => {
    expect(formatNewsDate(T)).toBe('২১ জানুয়ারি ২০২৪')
    expect(formatNewsDate(T, { locale: 'en' })).toBe('21 January 2024')
    expect(formatNewsDate('x')).toBe('')
  })

  it('writes ISO strings with the zone offset', () => {
    expect(toZonedIso('2024-01-21T08:27:00Z')).toBe('2024-01-21T14:27:00+06:00')
    expect(toZonedIso('2024-01-21T08:27:00Z', 'Asia/Kolkata')).toBe('2024-01-21T13:57:00+05:30')
    expect(toZonedIso('2024-07-01T12:00:00Z', 'America/New_York')).toBe('2024-07-01T08:00:00-04:00')
    expect(toZonedIso('bad')).toBe('')
  })
})

describe('formatRelative', () => {
  const now = at(T)
  const ago = (ms: number): Date => new Date(now.getTime() - ms)
  const MIN = 60_000
  const HOUR = 60 * MIN

  it('walks the Bengali ladder', () => {
    expect(formatRelative(ago(0), now)).toBe('এইমাত্র')
    expect(formatRelative(ago(59_000), now)).toBe('এইমাত্র')
    expect(formatRelative(ago(MIN), now)).toBe('১ মিনিট আগে')
    expect(formatRelative(ago(5 * MIN), now)).toBe('৫ মিনিট আগে')
    expect(formatRelative(ago(59 * MIN + 59_000), now)).toBe('৫৯ মিনিট আগে')
    expect(formatRelative(ago(HOUR), now)).toBe('১ ঘণ্টা আগে')
    expect(formatRelative(ago(2 * HOUR + 10 * MIN), now)).toBe('২ ঘণ্টা আগে')
    expect(formatRelative(ago(23 * HOUR + 59 * MIN), now)).toBe('২৩ ঘণ্টা আগে')
    expect(formatRelative(ago(25 * HOUR), now)).toBe('গতকাল')
    expect(formatRelative('2024-01-18T10:00+06:00', now)).toBe('৩ দিন আগে')
    expect(formatRelative('2024-01-15T10:00+06:00', now)).toBe('৬ দিন আগে')
    expect(formatRelative('2024-01-14T23:59+06:00', now)).toBe('১৪ জানুয়ারি ২০২৪')
    expect(formatRelative('2023-12-31T10:00+06:00', now)).toBe('৩১ ডিসেম্বর ২০২৩')
  })

  it('has an English variant with singulars', () => {
    expect(formatRelative(ago(10_000), now, 'en')).toBe('just now')
    expect(formatRelative(ago(MIN), now, 'en')).toBe('1 minute ago')
    expect(formatRelative(ago(5 * MIN), now, 'en')).toBe('5 minutes ago')
    expect(formatRelative(ago(HOUR), now, 'en')).toBe('1 hour ago')
    expect(formatRelative(ago(2 * HOUR), now, 'en')).toBe('2 hours ago')
    expect(formatRelative(ago(26 * HOUR), now, 'en')).toBe('yesterday')
    expect(formatRelative('2024-01-18T10:00+06:00', now, 'en')).toBe('3 days ago')
    expect(formatRelative('2024-01-01T10:00+06:00', now, 'en')).toBe('1 January 2024')
  })

  it('counts calendar days in the zone', () => {
    // 23:30 Dhaka on the 20th → 00:00 Dhaka on the 22nd: two Dhaka days, one UTC day.
    const a = '2024-01-20T17:30:00Z'
    const n = '2024-01-21T18:00:00Z'
    expect(formatRelative(a, n)).toBe('২ দিন আগে')
    expect(formatRelative(a, n, 'bn', { timeZone: 'UTC' })).toBe('গতকাল')
    expect(formatRelative('2024-01-10T10:00+06:00', now, 'bn', { maxDays: 30 })).toBe('১১ দিন আগে')
  })

  it('treats small clock skew as now and scheduled items as dates', () => {
    expect(formatRelative(new Date(now.getTime() + 30_000), now)).toBe('এইমাত্র')
    expect(formatRelative('2024-01-25T10:00+06:00', now)).toBe('২৫ জানুয়ারি ২০২৪')
  })

  it('returns "" for invalid input', () => {
    expect(formatRelative('junk', now)).toBe('')
    expect(formatRelative(now, Number.NaN)).toBe('')
    expect(formatRelative(now, now, 'bn', { timeZone: 'No/Where' })).toBe('')
  })
})

describe('parseNewsDate', () => {
  const ok = (text: string, opts?: { timeZone?: string }): string => {
    const r = parseNewsDate(text, opts)
    if (!r.ok) throw new Error(`${text}: ${r.code}`)
    return r.value
  }
  const code = (text: string, opts?: { timeZone?: string }): string => {
    const r = parseNewsDate(text, opts)
    return r.ok ? `ok:${r.value}` : r.code
  }

  it('reads numeric dates in either script, day first', () => {
    expect(ok('২১/০১/২০২৪')).toBe('2024-01-21T00:00:00+06:00')
    expect(ok('21-01-2024')).toBe('2024-01-21T00:00:00+06:00')
    expect(ok('21.1.2024')).toBe('2024-01-21T00:00:00+06:00')
    expect(ok('০৫/১১/২০২৩')).toBe('2023-11-05T00:00:00+06:00')
    expect(ok('2024-01-21')).toBe('2024-01-21T00:00:00+06:00')
  })

  it('reads month names, Bengali spellings and ordinals included', () => {
    expect(ok('২১ জানুয়ারি ২০২৪')).toBe('2024-01-21T00:00:00+06:00')
    expect(ok('২১ জানুয়ারী, ২০২৪')).toBe('2024-01-21T00:00:00+06:00')
    expect(ok('২১শে ফেব্রুয়ারি ২০২৪')).toBe('2024-02-21T00:00:00+06:00')
    expect(ok('১লা মে ২০২৪')).toBe('2024-05-01T00:00:00+06:00')
    expect(ok('১৬ ডিসেম্বর ১৯৭১')).toBe('1971-12-16T00:00:00+06:00')
    expect(ok('৭ আগষ্ট ২০২৫')).toBe('2025-08-07T00:00:00+06:00')
    expect(ok('21 Jan 2024')).toBe('2024-01-21T00:00:00+06:00')
    expect(ok('January 21, 2024')).toBe('2024-01-21T00:00:00+06:00')
    expect(ok('21st SEPT. 2024')).toBe('2024-09-21T00:00:00+06:00')
    // Precomposed য় (U+09DF) as some keyboards type it.
    expect(ok('২১ জানু\u09DFারি ২০২৪')).toBe('2024-01-21T00:00:00+06:00')
  })

  it('reads times on the 12- and 24-hour clocks', () => {
    const r = parseNewsDate('২১ জানুয়ারি ২০২৪ ০২:২৭ পিএম')
    expect(r).toEqual({ ok: true, value: '2024-01-21T14:27:00+06:00', hasTime: true })
    expect(ok('21-01-2024 14:27')).toBe('2024-01-21T14:27:00+06:00')
    expect(ok('২১/০১/২০২৪, ১৪:২৭:০৯')).toBe('2024-01-21T14:27:09+06:00')
    expect(ok('21/01/2024 2:27 pm')).toBe('2024-01-21T14:27:00+06:00')
    expect(ok('21/01/2024 12:05 এএম')).toBe('2024-01-21T00:05:00+06:00')
    expect(ok('21/01/2024 12:05 পিএম')).toBe('2024-01-21T12:05:00+06:00')
    expect(ok('21/01/2024 9.15 a.m.')).toBe('2024-01-21T09:15:00+06:00')
    expect(ok('2024-01-21T14:27')).toBe('2024-01-21T14:27:00+06:00')
    expect(parseNewsDate('২১/০১/২০২৪')).toMatchObject({ hasTime: false })
  })

  it('reads back its own publish line, with or without weekday', () => {
    expect(ok('প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম')).toBe('2024-01-21T14:27:00+06:00')
    expect(ok('আপডেট : রোববার, ২১ জানুয়ারি ২০২৪, ১৪:২৭')).toBe('2024-01-21T14:27:00+06:00')
    // Round trip over many instants (minute precision), both clocks.
    for (let i = 0; i < 500; i++) {
      const minute = new Date(Date.UTC(2019, 0, 1) + (i * 7_777 + 13) * 60_000)
      for (const hour12 of [true, false]) {
        const back = parseNewsDate(formatPublishLine(minute, { hour12 }))
        expect(back.ok && new Date(back.value).getTime()).toBe(minute.getTime())
      }
    }
  })

  it('uses the given zone, and the zone rules of the day', () => {
    expect(ok('21/01/2024 14:27', { timeZone: 'Asia/Kolkata' })).toBe('2024-01-21T14:27:00+05:30')
    expect(ok('21/07/2024 14:27', { timeZone: 'Europe/London' })).toBe('2024-07-21T14:27:00+01:00')
    // Bangladesh kept daylight time in the second half of 2009.
    expect(ok('01/07/2009 12:00')).toBe('2009-07-01T12:00:00+07:00')
    expect(ok('2024-01-21T08:27:00Z')).toBe('2024-01-21T14:27:00+06:00')
    expect(code('21/01/2024', { timeZone: 'Mars/Olympus' })).toBe('invalid-time-zone')
  })

  it('handles leap days and far years', () => {
    expect(ok('২৯/০২/২০২৪')).toBe('2024-02-29T00:00:00+06:00')
    expect(code('২৯/০২/২০২৩')).toBe('invalid-date')
    expect(code('29/02/2200')).toBe('invalid-date')
    expect(ok('28/02/2200 10:00')).toBe('2200-02-28T10:00:00+06:00')
    expect(ok('01/01/1900')).toMatch(/^1900-01-01T00:00:00\+05:5\d$/)
  })

  it('returns typed bilingual errors', () => {
    expect(parseNewsDate('')).toEqual({ ok: false, code: 'empty', message: { bn: 'তারিখ লেখা হয়নি', en: 'No date was given' } })
    expect(code('   ')).toBe('empty')
    expect(code(undefined as unknown as string)).toBe('empty')
    expect(code('৩১/০৪/২০২৪')).toBe('invalid-date')
    expect(code('০০/০১/২০২৪')).toBe('invalid-date')
    expect(code('২১/১৩/২০২৪')).toBe('invalid-date')
    expect(code('২১/০১/২০২৪ ২৫:০০')).toBe('invalid-time')
    expect(code('২১/০১/২০২৪ ১৪:৬০')).toBe('invalid-time')
    expect(code('২১/০১/২০২৪ ১৩:০০ পিএম')).toBe('invalid-time')
    expect(code('২১/০১/২০২৪ ০০:১০ এএম')).toBe('invalid-time')
    expect(code('২১/০১/২৪')).toBe('invalid-year') // a two-digit year is refused, never guessed
    expect(code('২১ জানুয়ারিয়া ২০২৪')).toBe('unrecognised-format')
    expect(code('আগামীকাল')).toBe('unrecognised-format')
    expect(code('২১/০১/২০২৪ বিকেলে')).toBe('unrecognised-format')
    expect(code('21/01/20245')).toBe('invalid-year')
    expect(code('\uD800২১/০১/২০২৪')).toBe('unrecognised-format')
    expect(code('২১/০১/২০২৪\uDC00')).toBe('unrecognised-format')
    const r = parseNewsDate('junk')
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.message.bn).toMatch(/[\u0980-\u09FF]/)
  })
})
