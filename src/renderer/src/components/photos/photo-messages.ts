import type { Err, ErrorCode } from '../../../../shared/result'
import { bn } from '../../i18n/bn/index'
import { en } from '../../i18n/en/index'

/**
 * Errors the desk finds itself (before anything is sent) in the contract's shape, so they are shown exactly like the
 * store's own: both languages at once, from both catalogs, whatever the interface language is.
 */
type PhotoProblem = 'photoTooLarge' | 'photoNotSupported' | 'photoUnreadable' | 'photoNoneInClipboard' | 'photoMissing'

const CODES: Record<PhotoProblem, ErrorCode> = {
  photoTooLarge: 'too-large',
  photoNotSupported: 'bad-request',
  photoUnreadable: 'bad-request',
  photoNoneInClipboard: 'bad-request',
  photoMissing: 'not-found'
}

function fillIn(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => values[name] ?? slot)
}

/** The file's name as the store quotes it: at most 80 characters. */
const shortName = (file: File | undefined) => (file?.name ?? '').slice(0, 80)

export function photoProblem(problem: PhotoProblem, file?: File): Err {
  const megabytes = (file?.size ?? 0) / 1024 / 1024
  const size = (locale: string) => megabytes.toLocaleString(locale, { maximumFractionDigits: 1 })
  return {
    ok: false,
    code: CODES[problem],
    message: {
      bn: fillIn(bn[problem], { name: shortName(file), size: size('bn-BD') }),
      en: fillIn(en[problem], { name: shortName(file), size: size('en') })
    }
  }
}
