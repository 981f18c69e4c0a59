import { vi } from 'vitest'
import { main } from '../../../src/cli/index'

/** Runs `barta ARGS` in this process: the exit code, what it printed on stdout and on stderr. */
export async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk)
    return true
  })
  try {
    const code = await main(args, (text) => (out += text))
    return { code, out, err }
  } finally {
    spy.mockRestore()
  }
}
