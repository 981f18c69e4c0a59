import { existsSync } from 'node:fs'
import type { Browser } from 'playwright-core'
import type { PdfRenderer } from './exports'

/**
 * How Barta starts Chromium (for PDFs here, and for the screenshot scripts): Debian's /usr/bin/chromium where it exists
 * (this machine cannot download Playwright's browsers), else Playwright's; quiet flags so that only the page takes time.
 */
export function chromiumLaunchOptions(): { executablePath: string | undefined; args: string[] } {
  return {
    executablePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run'
    ]
  }
}

/**
 * PDFs for the browser host and the CLI: Chromium's own page-to-PDF, on Debian's /usr/bin/chromium where it exists
 * (this machine cannot download Playwright's browsers), else Playwright's. The browser starts on the first PDF and is
 * reused; scripts are off in the page — the published page has none.
 */
export function createChromiumPdfRenderer(options: { timeoutMs?: number } = {}): { render: PdfRenderer; close: () => Promise<void> } {
  let browser: Promise<Browser> | undefined
  const launch = async () => {
    const { chromium } = await import('playwright-core')
    return chromium.launch(chromiumLaunchOptions())
  }
  return {
    render: async (html) => {
      browser ??= launch()
      const context = await (await browser).newContext({ javaScriptEnabled: false, offline: true })
      try {
        const page = await context.newPage()
        // A page that cannot be laid out in time fails with Playwright's TimeoutError (reported as an export timeout).
        if (options.timeoutMs !== undefined) page.setDefaultTimeout(options.timeoutMs)
        await page.setContent(html, { waitUntil: 'load' })
        // Wait for the embedded fonts; this runs in the page (a string, so the Node side needs no DOM types).
        await page.evaluate('document.fonts.ready.then(() => true)').catch(() => undefined)
        return new Uint8Array(
          await page.pdf({ format: 'A4', printBackground: true, margin: { top: '14mm', bottom: '14mm', left: '12mm', right: '12mm' } })
        )
      } finally {
        await context.close()
      }
    },
    close: async () => {
      if (browser) await (await browser).close().catch(() => undefined)
    }
  }
}
