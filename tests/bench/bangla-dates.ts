// Timing for the Bangla date helpers. Returns printable lines; whole run stays well under 2 s.
import { formatPublishLine, formatRelative } from '../../src/shared/bangla/dates'
import { parseNewsDate } from '../../src/shared/bangla/date-parse'
import { formatCalendarLine, toBanglaDate, toHijriDate } from '../../src/shared/bangla/calendar'
import { toBengaliDigits } from '../../src/shared/bangla/digits'

const BASE = Date.UTC(2024, 0, 21, 8, 27)

function time(label: string, calls: number, fn: (i: number) => unknown): string {
  fn(0) // warm the formatter caches so the figure is per call, not per first call
  let sink = 0
  const start = performance.now()
  for (let i = 0; i < calls; i++) {
    const r = fn(i)
    if (r) sink++
  }
  const ms = performance.now() - start
  const perCall = ((ms * 1000) / calls).toFixed(2)
  return `${label}: ${perCall} µs/call (${calls.toLocaleString('en-US')} calls, ${ms.toFixed(1)} ms total, ${sink} truthy)`
}

export async function bench(): Promise<string[]> {
  const lines: string[] = []
  const instants = Array.from({ length: 1000 }, (_, i) => new Date(BASE + i * 3_607_000))
  const at = (i: number): Date => instants[i % instants.length] ?? new Date(BASE)
  lines.push(time('formatPublishLine (Date)', 10_000, (i) => formatPublishLine(at(i))))
  lines.push(time('formatPublishLine (ISO string)', 10_000, (i) => formatPublishLine('2024-01-21T14:27:00+06:00', { hour12: i % 2 === 0 })))
  lines.push(time('formatRelative', 10_000, (i) => formatRelative(at(i), BASE + 400 * 3_600_000)))
  const typed = instants.map((d) => formatPublishLine(d))
  lines.push(time('parseNewsDate (publish line)', 10_000, (i) => parseNewsDate(typed[i % typed.length] ?? '')))
  lines.push(time('toBanglaDate', 10_000, (i) => toBanglaDate(at(i))))
  lines.push(time('toHijriDate', 10_000, (i) => toHijriDate(at(i))))
  lines.push(time('formatCalendarLine', 5_000, (i) => formatCalendarLine(at(i), { weekdayStyle: 'robbar' })))
  lines.push(time('toBengaliDigits (60 chars)', 10_000, (i) => toBengaliDigits(`মোট ${i} জন, ${i * 7} টাকা, 2024-01-21 14:27, ${i % 97}%`)))
  return lines
}
