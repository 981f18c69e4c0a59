import { bn } from './bn/index'
import { en } from './en/index'
import type { MessageKey } from './message-key'

export type Language = 'bn' | 'en'
export type { MessageKey }

const catalogs: Record<Language, Record<MessageKey, string>> = { bn, en }

const STORAGE_KEY = 'barta.language'

function initialLanguage(): Language {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'bn'
  } catch {
    return 'bn'
  }
}

/** The interface language; Bengali unless the user switched. */
export const i18n = $state({ language: initialLanguage() })

export function t(key: MessageKey): string {
  return catalogs[i18n.language][key]
}

export function setLanguage(language: Language): void {
  i18n.language = language
  document.documentElement.lang = language
  try {
    localStorage.setItem(STORAGE_KEY, language)
  } catch {
    // Private mode: the choice lasts for this page only.
  }
}

/** Errors arrive with both texts; the UI shows the current language first and the other beneath it. */
export function localized(message: { bn: string; en: string }): { primary: string; secondary: string } {
  return i18n.language === 'bn' ? { primary: message.bn, secondary: message.en } : { primary: message.en, secondary: message.bn }
}
