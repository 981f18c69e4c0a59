import { DEFAULT_TIME_ZONE, getZonedParts, wallToInstant } from '../../../shared/bangla/zones'
import type { InstantWindow } from '../../../shared/library'

/**
 * Today in the site's time zone (Asia/Dhaka unless the settings say otherwise), from midnight to midnight, as
 * instants: «আজ প্রকাশিত» is what was published in this window.
 */
export function todayWindow(now: Date, timeZone: string): InstantWindow {
  const zone = getZonedParts(now, timeZone) ? timeZone : DEFAULT_TIME_ZONE
  const today = getZonedParts(now, zone)!
  // The next calendar day, whatever the month's length (Date.UTC carries the overflow).
  const next = new Date(Date.UTC(today.year, today.month - 1, today.day + 1))
  const from = wallToInstant(today.year, today.month, today.day, 0, 0, 0, 0, zone) ?? now.getTime()
  const to = wallToInstant(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, 0, 0, zone) ?? now.getTime()
  return { from: new Date(from).toISOString(), to: new Date(to).toISOString() }
}
