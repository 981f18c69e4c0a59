import { DEFAULT_TIME_ZONE, getZonedParts } from '../../../../shared/bangla/dates'
import { parseNewsDate } from '../../../../shared/bangla/date-parse'

/**
 * <input type="datetime-local"> speaks wall-clock time without a zone. The desk means Dhaka time whatever the
 * computer's zone is, and stores an ISO instant with the offset (+06:00).
 */
const pad = (value: number, width = 2) => String(value).padStart(width, '0')

/** "2024-01-21T14:27:00+06:00" → "2024-01-21T14:27" in Dhaka; '' for null or an unreadable value. */
export function isoToDhakaInput(iso: string | null): string {
  if (!iso) return ''
  const instant = new Date(iso)
  if (Number.isNaN(instant.getTime())) return ''
  const parts = getZonedParts(instant, DEFAULT_TIME_ZONE)
  if (!parts) return ''
  return `${pad(parts.year, 4)}-${pad(parts.month)}-${pad(parts.day)}T${pad(parts.hour)}:${pad(parts.minute)}`
}

/** "2024-01-21T14:27" (Dhaka wall time) → "2024-01-21T14:27:00+06:00"; null when empty or not a time. */
export function dhakaInputToIso(value: string): string | null {
  if (value.trim() === '') return null
  const parsed = parseNewsDate(value, { timeZone: DEFAULT_TIME_ZONE })
  return parsed.ok ? parsed.value : null
}
