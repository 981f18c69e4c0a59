import { describe, expect, it } from 'vitest'
import {
  BANGLA_MONTHS,
  banglaCalendarRule,
  banglaFromGregorian,
  banglaMonthLengths,
  clampHijriOffset,
  formatBanglaDate,
  formatCalendarLine,
  formatWeekday,
  toBanglaDate,
  toHijriDate,
  tryFormatCalendarLine
} from '../../../src/shared/bangla/calendar'
import type { CalendarPart } from '../../../src/shared/bangla/calendar'

const T = '2024-01-21T14:27:00+06:00'
const DAY = 86_400_000
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
/** Noon in Dhaka on a Gregorian day, as an instant. */
const dhakaNoon = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d, 6))

describe('Bangla calendar (Bangladesh, revised 2019)', () => {
  it('matches the known days', () => {
    expect(toBanglaDate(T)).toEqual({ year: 1430, month: 10, day: 7, monthName: 'মাঘ' })
    expect(formatBanglaDate(T)).toBe('৭ মাঘ ১৪৩০')
    expect(formatBanglaDate(T, { suffix: 'বঙ্গাব্দ' })).toBe('৭ মাঘ ১৪৩০ বঙ্গাব্দ')
    expect(formatBanglaDate('2024-04-14T09:00+06:00')).toBe('১ বৈশাখ ১৪৩১')
    expect(formatBanglaDate('2024-02-21T09:00+06:00')).toBe('৮ ফাল্গুন ১৪৩০')
    expect(formatBanglaDate('2024-03-26T09:00+06:00')).toBe('১২ চৈত্র ১৪৩০')
    expect(formatBanglaDate('2023-12-16T09:00+06:00')).toBe('১ পৌষ ১৪৩০')
  })

  it('holds the fixed days in every year 2020–2030', () => {
    for (let y = 2020; y <= 2030; y++) {
      expect(toBanglaDate(dhakaNoon(y, 4, 14))).toEqual({ year: y - 593, month: 1, day: 1, monthName: 'বৈশাখ' })
      expect(toBanglaDate(dhakaNoon(y, 4, 13))).toEqual({ year: y - 594, month: 12, day: 30, monthName: 'চৈত্র' })
      expect(toBanglaDate(dhakaNoon(y, 2, 21))).toMatchObject({ year: y - 594, month: 11, day: 8 })
      expect(toBanglaDate(dhakaNoon(y, 2, 14))).toMatchObject({ month: 11, day: 1 })
      expect(toBanglaDate(dhakaNoon(y, 3, 15))).toMatchObject({ month: 12, day: 1 })
      expect(toBanglaDate(dhakaNoon(y, 3, 26))).toMatchObject({ year: y - 594, month: 12, day: 12 })
      expect(toBanglaDate(dhakaNoon(y, 12, 16))).toMatchObject({ year: y - 593, month: 9, day: 1 })
    }
  })

  it('advances exactly one day at a time from 14 April 2019 to 2030, months at the stated lengths', () => {
    // Lengths restated from the rule, independent of the implementation.
    const length = (month: number, banglaYear: number): number => {
      if (month <= 6) return 31
      if (month === 11) return isLeap(banglaYear + 594) ? 30 : 29
      return 30
    }
    let prev = toBanglaDate(dhakaNoon(2019, 4, 13))
    expect(prev).toEqual({ year: 1425, month: 12, day: 30, monthName: 'চৈত্র' })
    let days = 0
    for (let t = dhakaNoon(2019, 4, 14).getTime(); t <= dhakaNoon(2030, 12, 31).getTime(); t += DAY) {
      const cur = toBanglaDate(t)
      if (!cur || !prev) throw new Error(`no date for ${new Date(t).toISOString()}`)
      expect(cur.monthName).toBe(BANGLA_MONTHS[cur.month - 1])
      if (cur.month === prev.month) {
        expect([cur.year, cur.day]).toEqual([prev.year, prev.day + 1])
      } else {
        expect(prev.day).toBe(length(prev.month, prev.year))
        expect(cur.day).toBe(1)
        expect(cur.month).toBe(prev.month === 12 ? 1 : prev.month + 1)
        expect(cur.year).toBe(prev.month === 12 ? prev.year + 1 : prev.year)
      }
      prev = cur
      days++
    }
    expect(days).toBe(4280)
  })

  it('prints back-dated days under the 1987 rule in force before 14 April 2019', () => {
    // The dates Bangladeshi papers printed under the 1987 rule: Ekushey on 9 Falgun, Victory Day on 2 Poush.
    expect(formatBanglaDate('2018-02-21T09:00+06:00')).toBe('৯ ফাল্গুন ১৪২৪')
    expect(formatBanglaDate('2019-02-21T09:00+06:00')).toBe('৯ ফাল্গুন ১৪২৫')
    expect(formatBanglaDate('2018-12-16T09:00+06:00')).toBe('২ পৌষ ১৪২৫')
    expect(formatBanglaDate('2018-03-26T09:00+06:00')).toBe('১২ চৈত্র ১৪২৪')
    expect(formatBanglaDate('2016-02-29T09:00+06:00')).toBe('১৭ ফাল্গুন ১৪২২')
    expect(formatBanglaDate('2016-03-14T09:00+06:00')).toBe('৩১ ফাল্গুন ১৪২২') // Falgun 31 in a leap year
    expect(formatBanglaDate('2019-04-13T09:00+06:00')).toBe('৩০ চৈত্র ১৪২৫')
    expect(formatBanglaDate('2019-04-14T09:00+06:00')).toBe('১ বৈশাখ ১৪২৬')
    expect(formatBanglaDate('2019-12-16T09:00+06:00')).toBe('১ পৌষ ১৪২৬')
    expect(banglaCalendarRule(2019, 4, 13)).toBe('revised-1987')
    expect(banglaCalendarRule(2019, 4, 14)).toBe('revised-2019')
    // Every 1987-rule year adds up to 365 or 366 days and ends on 13 April.
    for (let y = 1987; y < 2019; y++) {
      const total = banglaMonthLengths(y).reduce((a, b) => a + b, 0)
      expect(total, String(y)).toBe(isLeap(y + 1) ? 366 : 365)
    }
  })

  it('gives ফাল্গুন 30 days only when its February is a leap month', () => {
    expect(formatBanglaDate(dhakaNoon(2024, 2, 29))).toBe('১৬ ফাল্গুন ১৪৩০')
    expect(formatBanglaDate(dhakaNoon(2024, 3, 14))).toBe('৩০ ফাল্গুন ১৪৩০')
    expect(formatBanglaDate(dhakaNoon(2023, 3, 14))).toBe('২৯ ফাল্গুন ১৪২৯')
    expect(formatBanglaDate(dhakaNoon(2028, 3, 14))).toBe('৩০ ফাল্গুন ১৪৩৪')
    expect(banglaMonthLengths(2023)[10]).toBe(30) // Falgun 1430 → Feb 2024
    expect(banglaMonthLengths(2024)[10]).toBe(29)
    expect(banglaMonthLengths(2099)[10]).toBe(29) // 2100 is not a leap year
    expect(banglaMonthLengths(2023).reduce((a, b) => a + b, 0)).toBe(366)
    expect(banglaMonthLengths(2024).reduce((a, b) => a + b, 0)).toBe(365)
  })

  it('takes the day in the configured zone (13/14 April at midnight)', () => {
    // 00:30 on 14 April in Dhaka is still 13 April in UTC.
    const i = '2024-04-13T18:30:00Z'
    expect(formatBanglaDate(i)).toBe('১ বৈশাখ ১৪৩১')
    expect(formatBanglaDate(i, { timeZone: 'UTC' })).toBe('৩০ চৈত্র ১৪৩০')
    expect(formatBanglaDate('2024-04-13T23:59:59+06:00')).toBe('৩০ চৈত্র ১৪৩০')
    expect(formatBanglaDate('2024-04-14T00:00:00+06:00')).toBe('১ বৈশাখ ১৪৩১')
  })

  it('never throws on far or bad input', () => {
    expect(banglaFromGregorian(1900, 1, 1)).toEqual({ year: 1306, month: 9, day: 18, monthName: 'পৌষ' }) // the 1987 rule, proleptic
    expect(banglaFromGregorian(2200, 4, 14)).toEqual({ year: 1607, month: 1, day: 1, monthName: 'বৈশাখ' })
    expect(banglaFromGregorian(2200, 3, 14)).toMatchObject({ month: 11, day: 29 }) // 2200 is not leap
    expect(banglaFromGregorian(2200, 3, 15)).toMatchObject({ month: 12, day: 1 })
    expect(banglaFromGregorian(2024, 13, 1)).toBeNull()
    expect(banglaFromGregorian(2023, 2, 29)).toBeNull()
    expect(banglaFromGregorian(2024, 1, 1.5)).toBeNull()
    expect(banglaFromGregorian(Number.NaN, 1, 1)).toBeNull()
    expect(toBanglaDate('junk')).toBeNull()
    expect(toBanglaDate(new Date(Number.NaN))).toBeNull()
    expect(toBanglaDate(T, 'Mars/Olympus')).toBeNull()
    expect(formatBanglaDate('')).toBe('')
    expect(toBanglaDate(8.64e15)).not.toBeNull()
  })
})

describe('Hijri', () => {
  it('reads 21 January 2024 as 9 Rajab 1445 (Umm al-Qura) without the era', () => {
    const h = toHijriDate(T)
    expect(h).toEqual({ year: 1445, month: 7, day: 9, monthName: 'রজব', formatted: '৯ রজব ১৪৪৫ হিজরি' })
    expect(h?.formatted).not.toContain('যুগ')
    expect(toHijriDate(T, { variant: 'civil' })?.formatted).toBe('১০ রজব ১৪৪৫ হিজরি')
  })

  it('applies a whole-day offset for local moon sighting, clamped to ±2', () => {
    expect(toHijriDate(T, { offsetDays: -1 })?.formatted).toBe('৮ রজব ১৪৪৫ হিজরি')
    expect(toHijriDate(T, { offsetDays: 2 })?.formatted).toBe('১১ রজব ১৪৪৫ হিজরি')
    expect(toHijriDate(T, { offsetDays: 9 })?.formatted).toBe('১১ রজব ১৪৪৫ হিজরি')
    expect(toHijriDate(T, { offsetDays: -9 })?.formatted).toBe('৭ রজব ১৪৪৫ হিজরি')
    expect(toHijriDate(T, { offsetDays: Number.NaN })?.formatted).toBe('৯ রজব ১৪৪৫ হিজরি')
    expect(clampHijriOffset(1.4)).toBe(1)
    expect(clampHijriOffset('2')).toBe(0)
    // Eid ul-Fitr 1445 was 10 April 2024 in Saudi Arabia, 11 April in Bangladesh.
    expect(toHijriDate(dhakaNoon(2024, 4, 10))?.formatted).toBe('১ শাওয়াল ১৪৪৫ হিজরি')
    expect(toHijriDate(dhakaNoon(2024, 4, 11), { offsetDays: -1 })?.formatted).toBe('১ শাওয়াল ১৪৪৫ হিজরি')
    expect(toHijriDate(dhakaNoon(2024, 3, 11))?.monthName).toBe('রমজান')
  })

  it('agrees with ICU day by day on day and year', () => {
    const icu = new Intl.DateTimeFormat('bn-BD-u-ca-islamic-umalqura', {
      timeZone: 'Asia/Dhaka',
      day: 'numeric',
      month: 'long',
      year: 'numeric'
    })
    let lastMonth = 0
    for (let i = 0; i < 400; i++) {
      const d = dhakaNoon(2024, 1, 1 + i)
      const ref = Object.fromEntries(icu.formatToParts(d).map((p) => [p.type, p.value]))
      const h = toHijriDate(d)
      expect(h?.formatted).toBe(`${ref.day} ${h?.monthName} ${ref.year} হিজরি`)
      if (h && h.day === 1) {
        expect(h.month).toBe((lastMonth % 12) + 1)
        lastMonth = h.month
      } else if (h && lastMonth === 0) lastMonth = h.month
    }
  })

  it('returns null for bad input', () => {
    expect(toHijriDate('junk')).toBeNull()
    expect(toHijriDate(T, { timeZone: 'Mars/Olympus' })).toBeNull()
    expect(toHijriDate(T, { variant: 'tabular' as 'civil' })?.formatted).toBe('৯ রজব ১৪৪৫ হিজরি')
    expect(toHijriDate('2200-01-01T12:00+06:00')?.formatted).toMatch(/হিজরি$/)
  })
})

describe('three-calendar line', () => {
  it('prints the standard line and the colloquial weekday', () => {
    expect(formatCalendarLine(T)).toBe('রবিবার, ২১ জানুয়ারি ২০২৪, ৭ মাঘ ১৪৩০, ৮ রজব ১৪৪৫ হিজরি') // Hijri one day behind Umm al-Qura by default
    expect(formatCalendarLine(T, { weekdayStyle: 'robbar', hijriOffsetDays: 0 })).toBe(
      'রোববার, ২১ জানুয়ারি ২০২৪, ৭ মাঘ ১৪৩০, ৯ রজব ১৪৪৫ হিজরি'
    )
  })

  it('follows the configured parts, order and options', () => {
    expect(formatCalendarLine(T, { parts: ['bangla', 'gregorian'] })).toBe('৭ মাঘ ১৪৩০, ২১ জানুয়ারি ২০২৪')
    expect(formatCalendarLine(T, { parts: ['hijri', 'weekday'], hijriOffsetDays: -1 })).toBe('৮ রজব ১৪৪৫ হিজরি, রবিবার')
    expect(formatCalendarLine(T, { parts: ['gregorian', 'bangla'], banglaSuffix: 'বঙ্গাব্দ', separator: ' | ' })).toBe(
      '২১ জানুয়ারি ২০২৪ | ৭ মাঘ ১৪৩০ বঙ্গাব্দ'
    )
    expect(formatCalendarLine(T, { parts: ['hijri'], hijriVariant: 'civil', hijriOffsetDays: 0 })).toBe('১০ রজব ১৪৪৫ হিজরি')
    expect(formatCalendarLine(T, { parts: [] })).toBe('')
    expect(formatCalendarLine(T, { parts: ['weekday', 'weekday', 'moon' as CalendarPart, 'bangla'] })).toBe('রবিবার, ৭ মাঘ ১৪৩০')
    expect(formatCalendarLine(T, { timeZone: undefined, weekdayStyle: undefined })).toBe(formatCalendarLine(T))
  })

  it('takes the day in the configured zone', () => {
    // 02:00 Sunday in Dhaka is still Saturday afternoon in New York.
    expect(formatCalendarLine('2024-01-21T02:00+06:00', { timeZone: 'America/New_York', parts: ['weekday', 'gregorian', 'bangla'] })).toBe(
      'শনিবার, ২০ জানুয়ারি ২০২৪, ৬ মাঘ ১৪৩০'
    )
  })

  it('names weekdays like ICU, changing only Sunday for রোববার', () => {
    const icu = new Intl.DateTimeFormat('bn-BD', { timeZone: 'Asia/Dhaka', weekday: 'long' })
    for (let i = 0; i < 7; i++) {
      const d = dhakaNoon(2024, 1, 21 + i)
      expect(formatWeekday(d)).toBe(icu.format(d))
      expect(formatWeekday(d, 'robbar')).toBe(i === 0 ? 'রোববার' : icu.format(d))
    }
    expect(formatWeekday('junk')).toBe('')
  })

  it('returns "" or a typed error for bad input', () => {
    expect(formatCalendarLine('junk')).toBe('')
    const r = tryFormatCalendarLine(Number.NaN)
    expect(r.ok ? '' : r.code).toBe('invalid-date')
    const z = tryFormatCalendarLine(T, { timeZone: 'Mars/Olympus' })
    expect(z.ok ? '' : z.code).toBe('invalid-time-zone')
    expect(formatCalendarLine('1900-01-01T12:00+06:00')).toMatch(/^সোমবার, ০১ জানুয়ারি ১৯০০, ১৮ পৌষ ১৩০৬, .+ হিজরি$/)
  })
})
