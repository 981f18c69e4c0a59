import type { ReadStream } from 'node:tty'
import { CliError } from './output'

/** The prompt shown when a person types the password at a terminal. */
export const PASSWORD_PROMPT = 'পাসওয়ার্ড / Password: '

/** More than any password we accept (1024 characters of up to 4 bytes); a longer line is refused, never cut. */
const MAX_LINE_BYTES = 8 * 1024

const tooLong = () => new CliError('পাসওয়ার্ডের লাইনটি খুব লম্বা।', 'The password line is too long.')

/** The first line of a stream, without its line ending (\n or \r\n); the rest is not read. Bytes are decoded once, as UTF-8. */
export async function firstLine(stream: AsyncIterable<Buffer | string>): Promise<string> {
  const chunks: Buffer[] = []
  let length = 0
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk
    const newline = bytes.indexOf(0x0a)
    const part = newline < 0 ? bytes : bytes.subarray(0, newline)
    chunks.push(part)
    length += part.length
    if (length > MAX_LINE_BYTES) throw tooLong()
    if (newline >= 0) break
  }
  const line = Buffer.concat(chunks).toString('utf8')
  return line.endsWith('\r') ? line.slice(0, -1) : line
}

/** Reads a password at a terminal without echoing it: Enter ends it, Backspace removes a character, Ctrl-C cancels. */
function promptHidden(input: ReadStream, prompt: string): Promise<string> {
  // Echo off before the prompt shows: whatever is typed in answer to it is never displayed.
  input.setRawMode(true)
  input.setEncoding('utf8')
  input.resume()
  process.stderr.write(prompt)
  return new Promise((resolve, reject) => {
    let typed = ''
    const finish = () => {
      input.off('data', onData)
      input.setRawMode(false)
      input.pause()
      process.stderr.write('\n')
    }
    const onData = (text: string) => {
      for (const char of text) {
        if (char === '\r' || char === '\n' || char === '\u0004') {
          finish()
          resolve(typed)
          return
        }
        if (char === '\u0003') {
          finish()
          reject(new CliError('বাতিল করা হলো।', 'Cancelled.'))
          return
        }
        if (char === '\u007f' || char === '\b') typed = Array.from(typed).slice(0, -1).join('')
        else if (char >= ' ') typed += char
        if (typed.length > MAX_LINE_BYTES) {
          finish()
          reject(tooLong())
          return
        }
      }
    }
    input.on('data', onData)
  })
}

/** The password from stdin: typed at a prompt when stdin is a terminal, else the first line of what was piped in. */
export function readPassword(): Promise<string> {
  const input = process.stdin
  if (input.isTTY) return promptHidden(input as ReadStream, PASSWORD_PROMPT)
  return firstLine(input)
}
