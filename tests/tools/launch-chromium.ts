import { chromium, type Browser } from '@playwright/test'
import { chromiumLaunchOptions } from '../../src/core/pdf-chromium'

/** The browser the screenshot scripts draw with: the one the app's PDFs use (src/core/pdf-chromium.ts). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch(chromiumLaunchOptions())
}
