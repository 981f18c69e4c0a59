import { bn } from '../../i18n/bn'
import { t, type MessageKey } from '../../i18n/index.svelte'

/**
 * Suggestions offered by the byline and section fields. What is stored is always the Bengali (the story is in
 * Bengali whatever the interface language); the label glosses it in the interface language.
 */
export interface Suggestion {
  value: string
  label: string
}

const SECTION_KEYS = [
  'sectionNational',
  'sectionPolitics',
  'sectionEconomy',
  'sectionInternational',
  'sectionSports',
  'sectionEntertainment',
  'sectionCountry',
  'sectionOpinion'
] as const satisfies readonly MessageKey[]

const BYLINE_KEYS = [
  'bylineStaff',
  'bylineSenior',
  'bylineSpecial',
  'bylineOnlineDesk',
  'bylineNewsDesk',
  'bylineInternationalDesk',
  'bylineSportsDesk',
  'bylineEntertainmentDesk',
  'bylineChattogram',
  'bylineRajshahi',
  'bylineKhulna',
  'bylineSylhet',
  'bylineBarishal',
  'bylineRangpur',
  'bylineMymensingh',
  'bylineCumilla'
] as const satisfies readonly MessageKey[]

const suggestionsFor = (keys: readonly MessageKey[]): Suggestion[] => keys.map((key) => ({ value: bn[key], label: t(key) }))

/** Called inside $derived so the labels follow the interface language. */
export const sectionSuggestions = (): Suggestion[] => suggestionsFor(SECTION_KEYS)
export const bylineSuggestions = (): Suggestion[] => suggestionsFor(BYLINE_KEYS)
