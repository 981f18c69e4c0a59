import type { Err, ErrorCode } from '../../../../shared/result'
import { bn } from '../../i18n/bn/index'
import { en } from '../../i18n/en/index'
import { fill, formatNumber } from '../../i18n/format'

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

/** The file's name as the store quotes it: at most 80 characters. */
const shortName = (file: File | undefined) => (file?.name ?? '').slice(0, 80)

export function photoProblem(problem: PhotoProblem, file?: File): Err {
  const megabytes = (file?.size ?? 0) / 1024 / 1024
  const size = (language: 'bn' | 'en') => formatNumber(megabytes, { language, maximumFractionDigits: 1 })
  return {
    ok: false,
    code: CODES[problem],
    message: {
      bn: fill(bn[problem], { name: shortName(file), size: size('bn') }, 'bn'),
      en: fill(en[problem], { name: shortName(file), size: size('en') }, 'en')
    }
  }
}
