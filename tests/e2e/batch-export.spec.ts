import { expect, test } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { unzipSync } from 'fflate'
import { createHttpClient } from '../../src/shared/http-client'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

let host: HostProcess | undefined
test.afterEach(async () => {
  await host?.stop()
  host = undefined
})

test('several ticked stories are exported together, with progress, into one archive', async ({ page }) => {
  host = await startBrowserHost(await makeDataDir())
  const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
  for (const [headline, slug] of [
    ['লবণ চাষিদের দুর্দিন', 'lobon-chashi'],
    ['চায়ের দাম বাড়ল', 'chayer-dam'],
    ['ছাড়া থাকবে এটি', 'baki']
  ]) {
    await client.call('article.create', { content: { headline, slug, body: bodyFromPlainText(`${headline}। বিস্তারিত।`) } })
  }
  await page.goto(host.url)
  const library = page.getByRole('navigation', { name: 'লেখার তালিকা' })
  await library.getByRole('checkbox', { name: 'নির্বাচন: লবণ চাষিদের দুর্দিন' }).check()
  await library.getByRole('checkbox', { name: 'নির্বাচন: চায়ের দাম বাড়ল' }).check()
  await page.getByRole('button', { name: /নির্বাচিতগুলো রপ্তানি/ }).click()
  const dialog = page.getByRole('dialog', { name: '২টি লেখা একসাথে রপ্তানি' })
  await dialog.getByLabel('ফরম্যাট').selectOption('ninjs')
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'রপ্তানি করুন' }).click()
  const download = await downloading
  expect(download.suggestedFilename()).toMatch(/^barta-\d{4}-\d{2}-\d{2}\.zip$/)
  const files = unzipSync(new Uint8Array(await readFile((await download.path())!)))
  const names = Object.keys(files)
    .map((name) => name.split('/').pop())
    .sort()
  expect(names).toEqual(['chayer-dam.ninjs.json', 'lobon-chashi.ninjs.json'])
  for (const data of Object.values(files))
    expect(JSON.parse(new TextDecoder().decode(data))).toMatchObject({ type: 'text', language: 'bn' })
})

test('two stories with one slug both reach the archive: the second file is numbered, not overwritten', async ({ page }) => {
  host = await startBrowserHost(await makeDataDir())
  const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
  for (const headline of ['পদ্মায় ইলিশ ধরা বন্ধ', 'মেঘনায় ইলিশ ধরা বন্ধ'])
    await client.call('article.create', { content: { headline, slug: 'ilish', body: bodyFromPlainText(`${headline}। বিস্তারিত।`) } })
  await page.goto(host.url)
  const library = page.getByRole('navigation', { name: 'লেখার তালিকা' })
  await library.getByRole('checkbox', { name: 'নির্বাচন: পদ্মায় ইলিশ ধরা বন্ধ' }).check()
  await library.getByRole('checkbox', { name: 'নির্বাচন: মেঘনায় ইলিশ ধরা বন্ধ' }).check()
  await page.getByRole('button', { name: /নির্বাচিতগুলো রপ্তানি/ }).click()
  const dialog = page.getByRole('dialog', { name: '২টি লেখা একসাথে রপ্তানি' })
  const downloading = page.waitForEvent('download')
  await dialog.getByRole('button', { name: 'রপ্তানি করুন' }).click()
  const files = unzipSync(new Uint8Array(await readFile((await (await downloading).path())!)))
  const pages = Object.entries(files).map(([name, data]) => [name.split('/').pop(), new TextDecoder().decode(data)] as const)
  expect(pages.map(([name]) => name).sort()).toEqual(['ilish-2.html', 'ilish.html'])
  const headlines = pages.map(([, html]) => /<h1>(.*?)<\/h1>/.exec(html)?.[1]).sort()
  expect(headlines).toEqual(['পদ্মায় ইলিশ ধরা বন্ধ', 'মেঘনায় ইলিশ ধরা বন্ধ'].sort())
})
