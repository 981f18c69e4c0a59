import { i18n } from '../i18n/index.svelte'

/** Fills «{name}» slots of a catalog message. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => {
    const value = values[name]
    return value === undefined ? slot : typeof value === 'number' ? formatNumber(value) : value
  })
}

/** Numbers in the interface language's digits: ১২,৩৪৫ in Bengali, 12,345 in English. */
export function formatNumber(value: number): string {
  return value.toLocaleString(i18n.language === 'bn' ? 'bn-BD' : 'en')
}
