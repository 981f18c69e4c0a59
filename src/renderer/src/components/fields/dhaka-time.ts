import { parseDateTimeInput, parseNewsDate, type DateTimeInputResult } from '../../../../shared/bangla/date-parse'
import { DEFAULT_TIME_ZONE, formatPublishLine, getZonedParts, type PublishLineOptions } from '../../../../shared/bangla/dates'
import { settingsState } from '../../lib/settings.svelte'

/**
 * The publish and update times as the desk types and reads them: Dhaka wall-clock time (whatever the computer's zone
 * is), stored as an ISO instant with the offset (+06:00), written in the box the way the paper prints it.
 */
const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** How the paper writes a time, from the settings: 12- or 24-hour (site), days 1–9 padded or not (calendar). */
export function readerLineOptions(prefix: string): PublishLineOptions {
  const { site, calendar } = settingsState.value
  return { timeZone: site.timeZone, hour12: site.hour12, padDay: calendar.padDay, prefix }
}

/** The box's text for a stored instant: «২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম» (Dhaka), '' for none. It reads back as the same instant. */
export function boxText(iso: string | null): string {
  if (!iso) return ''
  return formatPublishLine(iso, { ...readerLineOptions(''), timeZone: DEFAULT_TIME_ZONE })
}

/** What the reporter typed, read in Dhaka time; «আজ» and «গতকাল» count from `now`. */
export function readTyped(text: string, now: Date = new Date()): DateTimeInputResult {
  const { hour12, padDay } = readerLineOptions('')
  return parseDateTimeInput(text, { now, timeZone: DEFAULT_TIME_ZONE, hour12, padDay })
}

/** "2024-01-21" of an instant (Dhaka); '' for null or an unreadable value. */
export function dhakaDate(iso: string | Date | null): string {
  if (!iso) return ''
  const instant = new Date(iso)
  const parts = Number.isNaN(instant.getTime()) ? null : getZonedParts(instant, DEFAULT_TIME_ZONE)
  return parts ? `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}` : ''
}

/** "14:27" of an instant (Dhaka); '' for null or an unreadable value. */
export function dhakaClock(iso: string | Date | null): string {
  if (!iso) return ''
  const instant = new Date(iso)
  const parts = Number.isNaN(instant.getTime()) ? null : getZonedParts(instant, DEFAULT_TIME_ZONE)
  return parts ? `${pad(parts.hour)}:${pad(parts.minute)}` : ''
}

/** "2024-01-21" + "14:27" (Dhaka wall time) → "2024-01-21T14:27:00+06:00"; null when not a time. */
export function dhakaIso(date: string, clock: string): string | null {
  const parsed = parseNewsDate(`${date}T${clock}`, { timeZone: DEFAULT_TIME_ZONE })
  return parsed.ok ? parsed.value : null
}

/** Now, to the minute, as the stored form. */
export function dhakaNow(now: Date = new Date()): string | null {
  return dhakaIso(dhakaDate(now), dhakaClock(now))
}
