/**
 * `npm run test:electron`: runs the Playwright `_electron` suite where the Electron binary exists (under xvfb-run on a
 * Linux machine without a display) and otherwise prints one line saying it skipped and why, exiting 0.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * Looks for the binary the way the electron package does, without requiring it: requiring it on a machine without the
 * binary starts a download, which cannot work here.
 */
function electronBinary(): string | undefined {
  const packageDir = join(process.cwd(), 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const relative = readFileSync(pathFile, 'utf8').trim()
  const full = process.env.ELECTRON_OVERRIDE_DIST_PATH
    ? join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative)
    : join(packageDir, 'dist', relative)
  return existsSync(full) ? full : undefined
}

const binary = electronBinary()
if (!binary) {
  process.stdout.write(
    'Electron tests skipped: the Electron binary is not installed here (ELECTRON_SKIP_BINARY_DOWNLOAD=1; its download host is unreachable). They run wherever `npm install` could fetch Electron.\n'
  )
  process.exit(0)
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
