import { i18n, type Language } from './index.svelte'

/**
 * The one number formatter: digits as the language writes them — ১২,৩৪৫ in Bengali, 12,345 in English. The interface
 * language unless another is named (a message built in both languages at once formats each in its own).
 */
export function formatNumber(value: number, options: { language?: Language; maximumFractionDigits?: number } = {}): string {
  const language = options.language ?? i18n.language
  return value.toLocaleString(language === 'bn' ? 'bn-BD' : 'en', { maximumFractionDigits: options.maximumFractionDigits })
}

/**
 * The one message-template helper: fills the «{name}» slots of a catalog message; numbers are written with
 * formatNumber in the same language. A slot without a value is left as it is.
 */
export function fill(template: string, values: Record<string, string | number>, language: Language = i18n.language): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name]
    return value === undefined ? slot : typeof value === 'number' ? formatNumber(value, { language }) : value
  })
}
