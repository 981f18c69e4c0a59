// The data a Bengali calendar popup needs: a month as weeks of days, the week starting on Saturday as in Bangladesh,
// with Bengali digits and month and weekday names. The popup itself comes with the renderer work; it renders `title`,
// `weekdays` as the column heads and `weeks` as rows, and moves with `shiftMonth`.
import { toBengaliDigits } from './digits'
import { GREGORIAN_MONTHS_BN } from './dates'
import { daysInMonth } from './zones'

/** Short weekday names, index 0 = Sunday. */
export const WEEKDAYS_SHORT_BN = ['রবি', 'সোম', 'মঙ্গল', 'বুধ', 'বৃহস্পতি', 'শুক্র', 'শনি'] as const
/** Saturday: the first day of the week in Bangladesh. */
export const BANGLADESH_WEEK_START = 6

export interface GridDay {
  /** "2024-01-21" */
  date: string
  day: number
  /** «২১» */
  label: string
  /** 0 = Sunday */
  weekday: number
  /** False for the days of the previous and next month that fill the first and last week. */
  inMonth: boolean
  isToday: boolean
  isSelected: boolean
}

export interface MonthGrid {
  year: number
  month: number
  /** «জানুয়ারি ২০২৪» */
  title: string
  /** Column heads, from the first day of the week: «শনি» … «শুক্র». */
  weekdays: string[]
  weeks: GridDay[][]
}

export interface MonthGridOptions {
  /** "YYYY-MM-DD" of today (in the desk's zone) and of the selected day, to mark them. */
  today?: string
  selected?: string
  weekStart?: number
}

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`

/** The month as whole weeks (Saturday first unless told), 4–6 rows. */
export function monthGrid(year: number, month: number, opts: MonthGridOptions = {}): MonthGrid {
  const start =
    Number.isInteger(opts.weekStart) && (opts.weekStart ?? 0) >= 0 && (opts.weekStart ?? 0) <= 6
      ? (opts.weekStart ?? 6)
      : BANGLADESH_WEEK_START
  const first = new Date(Date.UTC(year, month - 1, 1))
  const lead = (first.getUTCDay() - start + 7) % 7
  const total = daysInMonth(year, month)
  const cells = Math.ceil((lead + total) / 7) * 7
  const weeks: GridDay[][] = []
  for (let i = 0; i < cells; i++) {
    const at = new Date(Date.UTC(year, month - 1, 1 - lead + i))
    const date = iso(at.getUTCFullYear(), at.getUTCMonth() + 1, at.getUTCDate())
    const cell: GridDay = {
      date,
      day: at.getUTCDate(),
      label: toBengaliDigits(at.getUTCDate()),
      weekday: at.getUTCDay(),
      inMonth: at.getUTCMonth() === month - 1,
      isToday: date === opts.today,
      isSelected: date === opts.selected
    }
    if (i % 7 === 0) weeks.push([])
    weeks[weeks.length - 1]?.push(cell)
  }
  const weekdays = Array.from({ length: 7 }, (_, column) => WEEKDAYS_SHORT_BN[(start + column) % 7] ?? '')
  return { year, month, title: `${GREGORIAN_MONTHS_BN[month - 1] ?? ''} ${toBengaliDigits(year)}`, weekdays, weeks }
}

/** The month `delta` months away: shiftMonth(2024, 12, 1) → { year: 2025, month: 1 }. */
export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta
  return { year: Math.floor(index / 12), month: (index % 12) + 1 }
}
