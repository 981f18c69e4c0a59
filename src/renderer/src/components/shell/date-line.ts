import type { CalendarPart } from '../../../../shared/bangla/calendar'

/**
 * The date line in ever shorter forms, for a masthead that has less room: all the parts the settings chose, then
 * without the Hijri date, then the weekday and the date, then the date alone. Each form keeps the settings' order and
 * only parts the settings chose; forms that come out the same are given once.
 */
const FORMS: ReadonlyArray<readonly CalendarPart[] | null> = [
  null,
  ['weekday', 'gregorian', 'bangla'],
  ['weekday', 'gregorian'],
  ['gregorian']
]

export function dateLineForms(chosen: readonly CalendarPart[]): CalendarPart[][] {
  const forms: CalendarPart[][] = []
  for (const form of FORMS) {
    const parts = form === null ? [...chosen] : chosen.filter((part) => form.includes(part))
    if (parts.length > 0 && !forms.some((seen) => seen.join() === parts.join())) forms.push(parts)
  }
  return forms
}
