import { _electron as electron, expect, test } from '@playwright/test'
import { mkdtemp, readdir, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BartaApi } from '../../src/shared/api'

declare global {
  interface Window {
    barta?: BartaApi
  }
}

/** The same first slice as the browser tests, in the real desktop shell over IPC and barta://. Needs a build first. */
const HEADLINE = 'চট্টগ্রাম বন্দরে কনটেইনার জট কমেছে'
const BODY = 'বন্দর কর্তৃপক্ষ জানিয়েছে, গত সপ্তাহে জাহাজের গড় অপেক্ষার সময় দুই দিনে নেমেছে।'

async function launch(dataDir: string) {
  return electron.launch({ args: ['out/main/index.js'], env: { ...process.env, BARTA_DATA_DIR: dataDir } })
}

test('the desktop app saves a Bengali story over IPC and finds it after a restart', async () => {
  const dataDir = await mkdtemp(join(tmpdir(), 'barta-electron-'))
  let app = await launch(dataDir)
  let page = await app.firstWindow()

  // The page sees the contract and nothing else of Electron or Node.
  expect(await page.evaluate(() => Object.keys(window.barta ?? {}))).toEqual(['call'])
  expect(await page.evaluate(() => typeof (globalThis as { require?: unknown }).require)).toBe('undefined')
  expect(await page.evaluate(() => typeof (globalThis as { process?: unknown }).process)).toBe('undefined')

  await page.getByRole('button', { name: 'নতুন লেখা' }).click()
  await page.getByLabel('শিরোনাম', { exact: true }).pressSequentially(HEADLINE)
  await page.getByRole('textbox', { name: 'মূল লেখা' }).click()
  await page.keyboard.insertText(BODY)
  await expect(page.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()
  const files = await readdir(join(dataDir, 'articles'))
  const saved = await Promise.all(
    files.map(async (name) => JSON.parse(await readFile(join(dataDir, 'articles', name), 'utf8')).article.headline)
  )
  expect(saved).toEqual([HEADLINE])

  // A bad call over IPC is answered with a typed error; the app keeps working.
  const bad = await page.evaluate(() => window.barta!.call('article.get', { id: 5 } as never))
  expect(bad).toMatchObject({ ok: false, code: 'bad-request' })

  await app.close()
  app = await launch(dataDir)
  page = await app.firstWindow()
  await page
    .getByRole('navigation', { name: 'লেখার তালিকা' })
    .getByRole('button', { name: new RegExp(HEADLINE) })
    .click()
  await expect(page.getByRole('textbox', { name: 'মূল লেখা' })).toHaveText(BODY)
  await app.close()
})
