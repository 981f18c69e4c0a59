/**
 * `npm test`'s pretest: makes sure the programs the tests drive are there before minutes are spent on the rest.
 * - Chromium for Playwright and the Chromium PDFs: Debian's /usr/bin/chromium when present (CI installs it), else
 *   Playwright's own build, fetched here with `npx playwright install chromium` on a machine that has none yet.
 * - Java for the W3C Nu HTML checker (npm vnu-jar): it cannot be fetched by npm, so a missing Java is reported in one line.
 * - PostgreSQL's programs (initdb, pg_ctl) for the newsroom's tests, which start their own throwaway cluster: reported
 *   in one line when missing, like Java.
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import { postgresMissingReason } from './pg-cluster'

const SYSTEM_CHROMIUM = '/usr/bin/chromium'

function fail(message: string): never {
  process.stderr.write(`pretest: ${message}\n`)
  process.exit(1)
}

function ensureChromium(): void {
  if (existsSync(SYSTEM_CHROMIUM) || existsSync(chromium.executablePath())) return
  process.stdout.write(`pretest: no ${SYSTEM_CHROMIUM} and no Playwright Chromium yet: npx playwright install chromium\n`)
  const install = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit' })
  if (install.status !== 0 || !existsSync(chromium.executablePath()))
    fail(
      `Chromium could not be installed (npx playwright install chromium exited ${install.status ?? install.error?.message}). ` +
        `Install Debian's chromium (apt-get install chromium) or run the command above where the download is allowed.`
    )
}

function ensureJava(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' })
  if (java.error || java.status !== 0)
    fail('Java (17 or newer) is needed for the W3C Nu HTML checker: install a JRE (Debian: apt-get install default-jre-headless).')
}

function ensurePostgres(): void {
  const missing = postgresMissingReason()
  if (missing) fail(`${missing}. The newsroom's tests start their own throwaway cluster; nothing needs to be running.`)
}

ensureChromium()
ensureJava()
ensurePostgres()
