import { mkdir, writeFile } from 'node:fs/promises'
import { dirname, join, resolve, sep } from 'node:path'
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/api'
import type { CliLibrary } from '../library-access'
import { CliError } from '../output'

const FORMAT_ALIASES: Record<string, ExportFormat> = {
  html: 'html',
  'html-folder': 'html-folder',
  folder: 'html-folder',
  json: 'json',
  ninjs: 'ninjs',
  pdf: 'pdf'
}

/**
 * `barta export ID --format html|html-folder|json|ninjs|pdf --out PATH`: one file at PATH, or for html-folder a folder
 * at PATH holding index.html and assets/.
 */
export async function exportCommand(
  library: CliLibrary,
  id: string | undefined,
  options: { format?: string; out?: string }
): Promise<string> {
  if (!id) throw new CliError('কোন লেখা রপ্তানি করবেন, তার আইডি দিন।', 'Name the id of the article to export.', 2)
  const format = FORMAT_ALIASES[options.format ?? '']
  if (!format) {
    throw new CliError(`--format দিন: ${EXPORT_FORMATS.join(', ')}`, `Give --format: ${EXPORT_FORMATS.join(', ')}`, 2)
  }
  if (!options.out) throw new CliError('--out দিয়ে কোথায় লিখবেন তা বলুন।', 'Say where to write with --out.', 2)
  const result = await library.call('export.article', { id, format })
  if (!result.ok) throw new CliError(result.message.bn, result.message.en)
  const files = result.value.files.map((file) => ({ path: file.path, data: Buffer.from(file.dataBase64, 'base64') }))
  const out = resolve(options.out)
  if (format === 'html-folder') {
    for (const file of files) {
      const target = resolve(out, file.path)
      if (!target.startsWith(out + sep)) throw new CliError('রপ্তানির ভেতরে অবৈধ পথ।', 'An export file had an unsafe path.')
      await mkdir(dirname(target), { recursive: true })
      await writeFile(target, file.data)
    }
    return join(out, 'index.html')
  }
  await mkdir(dirname(out), { recursive: true })
  await writeFile(out, files[0]!.data)
  return out
}
