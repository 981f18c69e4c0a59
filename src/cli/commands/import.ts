import { readFile, readdir, stat } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { Services } from '../../core'
import { MAX_IMPORT_CHARS } from '../../shared/export'
import { CliError } from '../output'

/**
 * `barta import FILE...`: Barta JSON packages or ninjs items; prints one new article id per line. Photos a ninjs item
 * names by file are read from the same folder (only plain names there — never a path).
 */
export async function importCommand(services: Services, files: string[], write: (text: string) => void): Promise<void> {
  if (files.length === 0) throw new CliError('কোন ফাইল আমদানি করবেন তা দিন।', 'Name at least one file to import.', 2)
  for (const file of files) {
    const info = await stat(file).catch(() => undefined)
    if (!info?.isFile()) throw new CliError(`ফাইলটি পাওয়া যায়নি: ${file}`, `File not found: ${file}`)
    if (info.size > MAX_IMPORT_CHARS)
      throw new CliError(`${basename(file)} ৫০ মেগাবাইটের বেশি বড়।`, `${basename(file)} is larger than 50 MB.`)
    const text = await readFile(file, 'utf8')
    const result = await services.importer.importText(text, { sidecars: await sidecarsBeside(file) })
    if (!result.ok) throw new CliError(`${basename(file)}: ${result.message.bn}`, `${basename(file)}: ${result.message.en}`)
    write(`${result.value.id}\n`)
  }
}

async function sidecarsBeside(file: string): Promise<Record<string, Uint8Array>> {
  const folder = dirname(file)
  const names = (await readdir(folder)).filter((name) => /\.(jpe?g|png|webp)$/i.test(name)).slice(0, 50)
  const entries = await Promise.all(
    names.map(async (name) => {
      const path = join(folder, name)
      const info = await stat(path)
      return info.isFile() && info.size <= 25 * 1024 * 1024 ? ([name, new Uint8Array(await readFile(path))] as const) : undefined
    })
  )
  return Object.fromEntries(entries.filter((entry) => entry !== undefined))
}
