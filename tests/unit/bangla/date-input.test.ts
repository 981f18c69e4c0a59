import { describe, expect, it } from 'vitest'
import { parseDateTimeInput } from '../../../src/shared/bangla/date-parse'
import { monthGrid, shiftMonth } from '../../../src/shared/bangla/calendar-grid'
import { formatPublishLine } from '../../../src/shared/bangla/dates'
import { DEFAULT_HIJRI_OFFSET_DAYS, formatCalendarLine, hijriOffsetText, toHijriDate } from '../../../src/shared/bangla/calendar'
import { DEFAULT_SETTINGS } from '../../../src/shared/settings'

// «now» for the relative forms: Sunday 21 January 2024, 10:00 in Dhaka.
const now = new Date('2024-01-21T10:00:00+06:00')
const read = (text: string) => parseDateTimeInput(text, { now })

describe('parseDateTimeInput: what a reporter types into the publish-time box', () => {
  it('reads the paper’s own line and the numeric forms, in Bengali or Latin digits', () => {
    for (const text of [
      '২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম',
      '২১/০১/২০২৪ ১৪:২৭',
      '21/01/2024 14:27',
      '21 January 2024, 2:27 PM',
      'প্রকাশ : ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম'
    ]) {
      expect(read(text), text).toEqual({ ok: true, value: { iso: '2024-01-21T14:27:00+06:00', line: '২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম' } })
    }
  })

  it('reads a day relative to now, Asia/Dhaka', () => {
    expect(read('আজ ৩টা')).toMatchObject({ ok: true, value: { iso: '2024-01-21T15:00:00+06:00', line: '২১ জানুয়ারি ২০২৪, ০৩:০০ পিএম' } })
    expect(read('গতকাল সন্ধ্যা ৭টা')).toMatchObject({ ok: true, value: { iso: '2024-01-20T19:00:00+06:00' } })
    expect(read('আগামীকাল সকাল ১০:৩০')).toMatchObject({ ok: true, value: { iso: '2024-01-22T10:30:00+06:00' } })
    expect(read('আজ দুপুর ১২টা')).toMatchObject({ ok: true, value: { iso: '2024-01-21T12:00:00+06:00' } })
    expect(read('গতকাল রাত ১১টা ১৫ মিনিটে')).toMatchObject({ ok: true, value: { iso: '2024-01-20T23:15:00+06:00' } })
    expect(read('today 9:05 am')).toMatchObject({ ok: true, value: { iso: '2024-01-21T09:05:00+06:00' } })
    // Across a month end, counted in Dhaka's calendar.
    const firstOfMonth = parseDateTimeInput('গতকাল বিকেল ৪টা', { now: new Date('2024-03-01T00:30:00+06:00') })
    expect(firstOfMonth).toMatchObject({ ok: true, value: { iso: '2024-02-29T16:00:00+06:00' } })
  })

  it('says what it could not read, in Bengali and English, and never guesses a half-typed year', () => {
    const cases: Array<[string, string]> = [
      ['21/01/202402', 'invalid-year'],
      ['২১/০১/২৪ ১৪:২৭', 'invalid-year'],
      ['২১ জানুয়ারি ২০২৪০২, ০২:২৭ পিএম', 'invalid-year'],
      ['৩১/০২/২০২৪ ১০:০০', 'invalid-date'],
      ['২১/০১/২০২৪ ২৫:০০', 'invalid-time'],
      ['২১/০১/২০২৪', 'invalid-time'],
      ['আজ', 'invalid-time'],
      ['আজ বিকেল ১৩টা', 'invalid-time'],
      ['কোনো একদিন', 'unrecognised-format'],
      ['', 'empty']
    ]
    for (const [text, code] of cases) {
      const result = read(text)
      expect(result, text).toMatchObject({ ok: false, code })
      if (!result.ok) {
        expect(result.message.bn).toMatch(/[\u0980-\u09FF]/)
        expect(result.message.en).toMatch(/[a-z]/)
      }
    }
  })

  it('pads days 1–9 when asked, as the house setting does', () => {
    expect(parseDateTimeInput('৫/২/২০২৪ ১০:০০', { now, padDay: true })).toMatchObject({ value: { line: '০৫ ফেব্রুয়ারি ২০২৪, ১০:০০ এএম' } })
    expect(formatPublishLine('2024-02-05T10:00+06:00', { padDay: true })).toBe('প্রকাশ : ০৫ ফেব্রুয়ারি ২০২৪, ১০:০০ এএম')
    expect(formatPublishLine('2024-02-05T10:00+06:00')).toBe('প্রকাশ : ৫ ফেব্রুয়ারি ২০২৪, ১০:০০ এএম')
  })
})

describe('monthGrid: the calendar popup’s month', () => {
  it('starts the week on Saturday, with Bengali names and digits', () => {
    const grid = monthGrid(2024, 1, { today: '2024-01-21', selected: '2024-01-05' })
    expect(grid.title).toBe('জানুয়ারি ২০২৪')
    expect(grid.weekdays).toEqual(['শনি', 'রবি', 'সোম', 'মঙ্গল', 'বুধ', 'বৃহস্পতি', 'শুক্র'])
    // 1 January 2024 was a Monday: the first row begins with Saturday 30 December.
    expect(grid.weeks[0]?.map((d) => d.label)).toEqual(['৩০', '৩১', '১', '২', '৩', '৪', '৫'])
    expect(grid.weeks[0]?.[0]).toMatchObject({ date: '2023-12-30', inMonth: false, weekday: 6 })
    expect(grid.weeks.flat().filter((d) => d.inMonth)).toHaveLength(31)
    expect(grid.weeks.flat().find((d) => d.isToday)?.label).toBe('২১')
    expect(grid.weeks.flat().find((d) => d.isSelected)?.date).toBe('2024-01-05')
    for (const week of grid.weeks) expect(week[0]?.weekday).toBe(6)
  })

  it('handles February of a leap year and moves between months', () => {
    expect(
      monthGrid(2024, 2)
        .weeks.flat()
        .filter((d) => d.inMonth)
    ).toHaveLength(29)
    expect(shiftMonth(2024, 12, 1)).toEqual({ year: 2025, month: 1 })
    expect(shiftMonth(2024, 1, -1)).toEqual({ year: 2023, month: 12 })
  })
})

describe('house details', () => {
  it('defaults the Hijri date to one day behind Umm al-Qura, and says so', () => {
    expect(DEFAULT_HIJRI_OFFSET_DAYS).toBe(-1)
    expect(DEFAULT_SETTINGS.calendar.hijriOffsetDays).toBe(-1)
    // 1 Rajab 1445 began in Bangladesh on 14 January 2024, a day after Saudi Arabia: 21 January is ৮ রজব.
    expect(toHijriDate('2024-01-21T12:00+06:00', { offsetDays: DEFAULT_HIJRI_OFFSET_DAYS })?.formatted).toBe('৮ রজব ১৪৪৫ হিজরি')
    expect(hijriOffsetText(-1)).toEqual({ bn: 'উম্ম আল-কুরা থেকে ১ দিন পিছিয়ে', en: '1 day behind Umm al-Qura' })
    expect(hijriOffsetText(0).bn).toBe('উম্ম আল-কুরা অনুযায়ী')
  })

  it('pads the masthead day by default, as the papers print it', () => {
    expect(DEFAULT_SETTINGS.calendar.padDay).toBe(true)
    expect(formatCalendarLine('2024-02-05T09:00+06:00', { parts: ['weekday', 'gregorian'] })).toBe('সোমবার, ০৫ ফেব্রুয়ারি ২০২৪')
    expect(formatCalendarLine('2024-02-05T09:00+06:00', { parts: ['gregorian'], padDay: false })).toBe('৫ ফেব্রুয়ারি ২০২৪')
  })
})
