/** Exit codes: 0 done, 1 a user error (bad file, unknown id), 2 a usage error (unknown command or option). */
export const EXIT_OK = 0
export const EXIT_USER_ERROR = 1
export const EXIT_USAGE = 2

export class CliError extends Error {
  constructor(
    readonly bn: string,
    readonly en: string,
    readonly exitCode: number = EXIT_USER_ERROR
  ) {
    super(en)
  }
}

/** One line, Bengali first then English, as every Barta message. */
export function errorLine(bn: string, en: string): string {
  return `barta: ${bn} / ${en}\n`
}

/** A warning about one file, on stderr: `barta: FILE: সতর্কতা: … / warning: …`. */
export function warningLine(file: string, bn: string, en: string): string {
  return `barta: ${file}: সতর্কতা: ${bn} / warning: ${en}\n`
}
