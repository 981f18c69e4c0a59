import { GREGORIAN_MONTHS_BN, WEEKDAYS_BN, daysInMonth } from '../../../../shared/bangla/dates'
import { BANGLADESH_WEEK_START } from '../../../../shared/bangla/calendar-grid'
import { toBengaliDigits } from '../../../../shared/bangla/digits'

/**
 * The calendar popup's moves over "YYYY-MM-DD" days, as the WAI-ARIA date picker dialog pattern has them: arrows a
 * day or a week, Home/End the week's first (Saturday) and last day, PageUp/PageDown a month, with Shift a year (the
 * day kept, or the month's last day when the month is shorter).
 */
export interface CalendarDay {
  year: number
  month: number
  day: number
}

export function parseDay(date: string): CalendarDay | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  if (!match) return null
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) ? { year, month, day } : null
}

export function formatDay({ year, month, day }: CalendarDay): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function fromUtc(at: Date): CalendarDay {
  return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() }
}

export function addDays(date: string, days: number): string {
  const day = parseDay(date)
  if (!day) return date
  return formatDay(fromUtc(new Date(Date.UTC(day.year, day.month - 1, day.day + days))))
}

export function addMonths(date: string, months: number): string {
  const day = parseDay(date)
  if (!day) return date
  const index = day.year * 12 + (day.month - 1) + months
  const year = Math.floor(index / 12)
  const month = (index % 12) + 1
  return formatDay({ year, month, day: Math.min(day.day, daysInMonth(year, month)) })
}

const weekdayOf = (date: string): number => {
  const day = parseDay(date)
  return day ? new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay() : 0
}

/** The day a key moves to from `date`, or null for a key the grid does not use. */
export function dayAfterKey(date: string, key: string, shiftKey: boolean): string | null {
  const intoWeek = (weekdayOf(date) - BANGLADESH_WEEK_START + 7) % 7
  switch (key) {
    case 'ArrowRight':
      return addDays(date, 1)
    case 'ArrowLeft':
      return addDays(date, -1)
    case 'ArrowDown':
      return addDays(date, 7)
    case 'ArrowUp':
      return addDays(date, -7)
    case 'Home':
      return addDays(date, -intoWeek)
    case 'End':
      return addDays(date, 6 - intoWeek)
    case 'PageUp':
      return addMonths(date, shiftKey ? -12 : -1)
    case 'PageDown':
      return addMonths(date, shiftKey ? 12 : 1)
    default:
      return null
  }
}

/** «২১ জানুয়ারি ২০২৪, রবিবার»: a day cell's accessible name. */
export function dayName(date: string): string {
  const day = parseDay(date)
  if (!day) return ''
  return `${toBengaliDigits(day.day)} ${GREGORIAN_MONTHS_BN[day.month - 1] ?? ''} ${toBengaliDigits(day.year)}, ${WEEKDAYS_BN[weekdayOf(date)] ?? ''}`
}
