import { existsSync } from 'node:fs'
import { chromium, type Browser } from '@playwright/test'

/**
 * The browser the screenshot scripts draw with: Debian's Chromium where it is installed (as the tests use), otherwise
 * Playwright's own; quiet flags so that nothing but the page takes time.
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  })
}
