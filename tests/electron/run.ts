/**
 * `npm run test:electron`: runs the Playwright `_electron` suite. electron 45 has no install script, so the binary is
 * fetched here first when it is missing (the package's own installer, what `npx install-electron` runs). Only when that
 * fails does the suite skip, printing one line that says why, and exiting 0. Where there is no display on Linux, the
 * suite runs under xvfb-run.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

const packageDir = join(process.cwd(), 'node_modules', 'electron')

/**
 * Looks for the binary the way the electron package does, without requiring it: requiring it when the binary is
 * missing starts a download with no way to bound it or report it in one line.
 */
function electronBinary(): string | undefined {
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const relative = readFileSync(pathFile, 'utf8').trim()
  const full = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : join(packageDir, 'dist', relative)
  return existsSync(full) ? full : undefined
}

/** Runs the electron package's installer; on failure returns the reason as one line. */
function fetchElectron(): string | undefined {
  const installer = join(packageDir, 'install.js')
  if (!existsSync(installer)) return 'the electron package is not installed (run npm install)'
  const run = spawnSync(process.execPath, [installer], { encoding: 'utf8', timeout: 10 * 60_000 })
  if (run.error) return run.error.message
  if (run.status === 0 && electronBinary()) return undefined
  const firstLine = `${run.stderr}\n${run.stdout}`
    .split('\n')
    .map((line) => line.trim())
    .find((line) => line !== '' && !line.startsWith('at '))
  return firstLine ?? `the installer exited with code ${run.status}`
}

let binary = electronBinary()
if (!binary) {
  const failure = fetchElectron()
  binary = electronBinary()
  if (!binary) {
    process.stdout.write(`Electron tests skipped: the Electron binary could not be fetched (${failure ?? 'no binary after install'}).\n`)
    process.exit(0)
  }
}

const needsDisplay = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY
const command = needsDisplay ? 'xvfb-run' : 'npx'
const args = needsDisplay
  ? ['-a', 'npx', 'playwright', 'test', '-c', 'tests/electron/playwright.config.ts']
  : ['playwright', 'test', '-c', 'tests/electron/playwright.config.ts']
const run = spawnSync(command, args, { stdio: 'inherit' })
if (run.error) {
  process.stderr.write(`Could not start the Electron tests: ${run.error.message}${needsDisplay ? ' (is xvfb installed?)' : ''}\n`)
  process.exit(1)
}
process.exit(run.status ?? 1)
