import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './src/core/pdf-chromium'

/**
 * Browser tests drive the real UI through the browser host in Chromium: Debian's /usr/bin/chromium where it exists
 * (machines that cannot download Playwright's browsers), Playwright's own Chromium elsewhere — as the app's PDFs do.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env.CI ? 1 : 2,
  retries: 0,
  // A stray test.only must fail CI instead of quietly running one test of many.
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 860 },
    locale: 'bn-BD',
    timezoneId: 'Asia/Dhaka',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions()
  }
})
