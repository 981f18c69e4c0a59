import { readFile, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { importNinjs, MAX_IMPORT_CHARS } from '../../shared/export'
import type { CliLibrary } from '../library-access'
import { CliError, EXIT_OK, EXIT_USER_ERROR, warningLine } from '../output'

/** The contract's limit on photos sent along with one ninjs item. */
const MAX_SIDECARS = 20
const MAX_PHOTO_BYTES = 25 * 1024 * 1024

/**
 * `barta import FILE...`: Barta JSON packages or ninjs items. Prints one new article id per line on stdout, and on
 * stderr every warning the import raised (a photo not read, a status lowered to «জমা») and every package that was not
 * imported because the library holds that story with other text (decided in the app). Photos a ninjs item names by
 * file are read from the same folder (only plain names there — never a path). Exit code 1 when a package waits for a
 * decision.
 */
export async function importCommand(library: CliLibrary, files: string[], write: (text: string) => void): Promise<number> {
  if (files.length === 0) throw new CliError('কোন ফাইল আমদানি করবেন তা দিন।', 'Name at least one file to import.', 2)
  let exitCode = EXIT_OK
  for (const file of files) {
    const info = await stat(file).catch(() => undefined)
    if (!info?.isFile()) throw new CliError(`ফাইলটি পাওয়া যায়নি: ${file}`, `File not found: ${file}`)
    if (info.size > MAX_IMPORT_CHARS)
      throw new CliError(`${basename(file)} ৫০ মেগাবাইটের বেশি বড়।`, `${basename(file)} is larger than 50 MB.`)
    const text = await readFile(file, 'utf8')
    const sidecars = await sidecarsNamedBy(text, dirname(file))
    const result = await library.call('article.import', { text, ...(Object.keys(sidecars).length > 0 ? { sidecars } : {}) })
    if (!result.ok) throw new CliError(`${basename(file)}: ${result.message.bn}`, `${basename(file)}: ${result.message.en}`)
    if (result.value.kind === 'decision') {
      process.stderr.write(
        warningLine(
          basename(file),
          `লাইব্রেরিতে এই লেখাটি (${result.value.id}) অন্য লেখাসহ আছে; কিছুই আমদানি করা হয়নি। অ্যাপে প্যাকেজটি খুলে দুটি মিলিয়ে সিদ্ধান্ত নিন।`,
          `the library already holds this story (${result.value.id}) with other text; nothing was imported. Open the package in the app to compare and decide.`
        )
      )
      exitCode = EXIT_USER_ERROR
      continue
    }
    write(`${result.value.id}\n`)
    for (const warning of result.value.warnings) {
      const detail = warning.detail ? ` (${warning.detail})` : ''
      process.stderr.write(warningLine(basename(file), `${warning.message.bn}${detail}`, `${warning.message.en}${detail}`))
    }
  }
  return exitCode
}

/**
 * The photos a ninjs item names, read from beside it as base64. The item is read once without photos just to learn
 * the names, so nothing else in the folder is read or sent. A Barta package carries its photos inside.
 */
async function sidecarsNamedBy(text: string, folder: string): Promise<Record<string, string>> {
  const names = new Set<string>()
  importNinjs(text, {
    readSidecar: (name) => {
      names.add(name)
      return undefined
    }
  })
  const entries = await Promise.all(
    [...names]
      .filter((name) => /^[^/\\]+\.(jpe?g|png|webp)$/i.test(name) && name !== '.' && name !== '..')
      .slice(0, MAX_SIDECARS)
      .map(async (name) => {
        const path = join(folder, name)
        const info = await stat(path).catch(() => undefined)
        if (!info?.isFile() || info.size > MAX_PHOTO_BYTES) return undefined
        return [name, (await readFile(path)).toString('base64')] as const
      })
  )
  return Object.fromEntries(entries.filter((entry) => entry !== undefined))
}
