import type { Handlers } from '../../shared/api'
import { err, ok } from '../../shared/result'
import type { Exporter } from '../exports'
import type { Importer } from '../imports'
import type { MediaSource } from '../media-store'
import { guarded } from './common'

type ExchangeHandlers = Pick<Handlers, 'export.article' | 'article.import' | 'package.resolve' | 'media.put' | 'media.get'>

const toBytes = (sidecars: Record<string, string> | undefined) =>
  Object.fromEntries(Object.entries(sidecars ?? {}).map(([name, data]) => [name, new Uint8Array(Buffer.from(data, 'base64'))]))

/** What comes in and goes out: photos, imports and exports. */
export function exchangeHandlers(media: MediaSource, exporter: Exporter, importer: Importer): ExchangeHandlers {
  return {
    'export.article': ({ id, format }) =>
      guarded(async () => {
        const bundle = await exporter.export(id, format)
        if (!bundle.ok) return bundle
        return ok({
          name: bundle.value.name,
          files: bundle.value.files.map((file) => ({
            path: file.path,
            contentType: file.contentType,
            dataBase64: Buffer.from(file.data).toString('base64')
          }))
        })
      }),
    'article.import': ({ text, sidecars }) => guarded(async () => importer.importText(text, { sidecars: toBytes(sidecars) })),
    'package.resolve': ({ text, choice }) => guarded(async () => importer.resolvePackage(text, choice)),
    'media.put': ({ name, dataBase64 }) =>
      guarded(async () => {
        const outcome = await media.put(Buffer.from(dataBase64, 'base64'))
        if (outcome.kind === 'stored') {
          const { mediaId, type, width, height, bytes } = outcome.media
          return ok({ mediaId, type, width, height, bytes })
        }
        const file = name.slice(0, 80)
        if (outcome.kind === 'too-large') {
          const mb = (outcome.bytes / 1024 / 1024).toFixed(1)
          return err(
            'too-large',
            `«${file}» ছবিটি খুব বড় (${mb} MB); সর্বোচ্চ ২৫ MB।`,
            `“${file}” is too large (${mb} MB); the limit is 25 MB.`
          )
        }
        return err(
          'bad-request',
          `«${file}» ছবি নয়, বা এই ধরনের ছবি চলে না। JPEG, PNG বা WebP ছবি দিন।`,
          `“${file}” is not an image, or not a supported kind. Use a JPEG, PNG or WebP photo.`
        )
      }),
    'media.get': ({ mediaId }) =>
      guarded(async () => {
        const found = await media.get(mediaId)
        return found
          ? ok({ type: found.type, dataBase64: found.data.toString('base64') })
          : err('not-found', 'ছবিটি পাওয়া যায়নি।', 'The photo was not found.')
      })
  }
}
