import type { bnBangla } from '../bn/bangla'

/** English UI strings for the Bengali language tools. */
export const enBangla: Record<keyof typeof bnBangla, string> = {
  phoneticSuggestions: 'Phonetic word suggestions',
  phoneticAsTyped: 'as typed',
  phoneticHint: '↑↓ choose · Space/Enter insert · Esc as typed',

  spellcheck: 'Spell check',
  spellcheckOnHint: 'Unknown words get a wavy underline; right-click for suggestions',
  spellcheckPanel: 'Unknown words',
  spellcheckPanelCount: 'Unknown words ({count})',
  spellcheckLoading: 'Loading the dictionary…',
  spellcheckFailed: 'The dictionary could not be loaded; spell check stays off.',
  spellcheckNone: 'No unknown words.',
  spellcheckMenu: 'Spelling suggestions',
  spellcheckNoSuggestions: 'No suggestions',
  spellcheckAddToDictionary: 'Add to dictionary',
  spellcheckIgnore: 'Ignore',
  spellcheckReplaceWith: 'Use «{word}»',
  spellcheckShow: 'Show in the text',
  spellcheckTimes: '{count} times',
  spellcheckAdded: '«{word}» added to the {desk} dictionary.',
  spellcheckClose: 'Close the list',

  dateTimeHint: 'e.g. 21 January 2024, 02:27 PM · 21/01/2024 14:27 · today 3 pm (আজ ৩টা) · yesterday 7 in the evening (গতকাল সন্ধ্যা ৭টা)',
  dateTimeUnderstood: 'Understood:',
  dateTimeKeptValue: 'The previous time stays: {line}',
  dateTimeNoValue: 'No time is kept.',
  dateTimeNow: 'Now',
  dateTimeNowLabel: '{field}: now',
  dateTimeOpenCalendar: '{field}: open the calendar',

  calendarDialog: 'Choose a date',
  calendarPreviousMonth: 'Previous month',
  calendarNextMonth: 'Next month',
  calendarClose: 'Close',
  calendarToday: 'Today',
  calendarKeys: '←→↑↓ day · PageUp/PageDown month · Enter choose · Esc close',

  hijriOffsetNow: 'Hijri date: {offset}',
  hijriOffsetDefault:
    "The default is −1 day: Bangladesh's National Moon Sighting Committee usually starts a month a day after Saudi Arabia (Umm al-Qura). Change it here when the committee announces otherwise.",
  padDay: 'Days 1–9',
  padDayOn: 'two digits, with a zero: {example}',
  padDayOff: 'one digit: {example}'
}
