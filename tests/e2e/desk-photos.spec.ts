import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { bodyFromPlainText } from '../../src/shared/article/body'
import { createHttpClient } from '../../src/shared/http-client'
import { makeDataDir, startBrowserHost, type HostProcess } from './browser-host'

/**
 * Photos on the desk: the lead photo in the details column (chosen, dropped, pasted; caption, credit, alt; saved in
 * the article file with its bytes under media/; back after a reload) and photos inside the body (toolbar, drop,
 * paste; fields edited through ProseMirror transactions, undo included). Refused files leave media/ untouched.
 */
test.describe.configure({ mode: 'parallel' })

const IMAGES = join(process.cwd(), 'tests', 'fixtures', 'images')
const MEDIA_ID = /^[a-f0-9]{64}\.(jpg|png|webp)$/

interface StoredNode {
  type: string
  attrs?: Record<string, unknown>
  content?: StoredNode[]
  text?: string
}

interface StoredArticle {
  headline: string
  leadImage: { mediaId: string; caption: string; credit: string; alt: string } | null
  body: { content: StoredNode[] }
}

let host: HostProcess

test.beforeAll(async () => {
  host = await startBrowserHost(await makeDataDir())
})

test.afterAll(async () => {
  await host?.stop()
})

/** The article file on disk whose headline is `headline`, or null while it is not written yet (for expect.poll). */
async function storedArticle(dataDir: string, headline: string): Promise<StoredArticle | null> {
  try {
    const folder = join(dataDir, 'articles')
    for (const name of await readdir(folder)) {
      if (!name.endsWith('.json')) continue
      const { article } = JSON.parse(await readFile(join(folder, name), 'utf8')) as { article: StoredArticle }
      if (article.headline === headline) return article
    }
  } catch {
    // Not written yet.
  }
  return null
}

async function mediaFiles(dataDir: string): Promise<string[]> {
  return (await readdir(join(dataDir, 'media')).catch(() => [] as string[])).sort()
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex')

async function newArticle(page: Page, url: string, headline: string): Promise<void> {
  await page.goto(url)
  await page.getByRole('button', { name: 'নতুন লেখা' }).click()
  await page.getByLabel('শিরোনাম', { exact: true }).fill(headline)
}

const leadPhoto = (page: Page) => page.getByRole('group', { name: 'প্রধান ছবি' })
const dropZone = (page: Page) => leadPhoto(page).getByRole('group', { name: /টেনে এনে ছাড়ুন/ })
const bodyBox = (page: Page) => page.getByRole('textbox', { name: 'মূল লেখা' })

/** A file built in the page from bytes read here, carried by a DataTransfer, as a drag from the file manager does. */
async function dispatchFileEvent(
  target: Locator,
  kind: 'drop' | 'paste',
  file: { name: string; type: string; base64: string },
  at?: { x: number; y: number }
) {
  await target.evaluate(
    (element, { kind, file, at }) => {
      const binary = atob(file.base64)
      const bytes = new Uint8Array(binary.length)
      for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
      const transfer = new DataTransfer()
      transfer.items.add(new File([bytes], file.name, { type: file.type }))
      if (kind === 'paste') {
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }))
        return
      }
      const box = element.getBoundingClientRect()
      const point = { clientX: at?.x ?? box.left + box.width / 2, clientY: at?.y ?? box.top + box.height / 2 }
      for (const type of ['dragenter', 'dragover', 'drop']) {
        element.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true, ...point }))
      }
    },
    { kind, file, at }
  )
}

async function fixture(name: string, type: string) {
  return { name, type, base64: (await readFile(join(IMAGES, name))).toString('base64') }
}

/** The picture really shows: decoded, at the fixture's 320×200. */
async function expectPicture(picture: Locator) {
  await expect(picture).toBeVisible()
  await expect
    .poll(() => picture.evaluate((image: HTMLImageElement) => (image.complete ? `${image.naturalWidth}×${image.naturalHeight}` : '')))
    .toBe('320×200')
}

test('a lead photo is chosen, described, saved with its bytes under media/, and back after a reload', async ({ page }) => {
  const headline = 'প্রধান ছবি পরীক্ষা: গ্রামের পথ'
  await newArticle(page, host.url, headline)
  const lead = leadPhoto(page)
  await lead.getByLabel('ছবি বাছুন').setInputFiles(join(IMAGES, 'village.jpg'))

  await expectPicture(lead.locator('img'))
  await expect(lead.getByText('৩২০ × ২০০ পিক্সেল')).toBeVisible()
  const field = (label: string) => lead.getByLabel(label, { exact: true })
  await expect(field('ক্যাপশন')).toHaveValue('')
  await field('ক্যাপশন').fill('বর্ষায় গ্রামের মেঠো পথ')
  await field('ছবির সূত্র').fill('নিজস্ব আলোকচিত্রী')
  await field('বিকল্প লেখা').fill('কাদামাটির পথের দুই পাশে সবুজ ধানখেত')
  // The credit line as readers will see it, in the house style.
  await expect(lead.getByText('ছবি : নিজস্ব আলোকচিত্রী', { exact: true })).toBeVisible()
  await expect(lead.locator('img')).toHaveAttribute('alt', 'কাদামাটির পথের দুই পাশে সবুজ ধানখেত')

  const jpeg = await readFile(join(IMAGES, 'village.jpg'))
  const expected = {
    mediaId: `${sha256(jpeg)}.jpg`,
    caption: 'বর্ষায় গ্রামের মেঠো পথ',
    credit: 'নিজস্ব আলোকচিত্রী',
    alt: 'কাদামাটির পথের দুই পাশে সবুজ ধানখেত'
  }
  await expect.poll(async () => (await storedArticle(host.dataDir, headline))?.leadImage).toEqual(expected)
  // The photo the article names is in the media store, byte for byte.
  expect(await mediaFiles(host.dataDir)).toContain(expected.mediaId)
  expect(sha256(await readFile(join(host.dataDir, 'media', expected.mediaId)))).toBe(sha256(jpeg))

  await page.reload()
  await page
    .getByRole('navigation', { name: 'লেখার তালিকা' })
    .getByRole('button', { name: new RegExp(headline) })
    .click()
  // Fetched from the media store this time (media.get), not from the local file.
  await expectPicture(lead.locator('img'))
  await expect(field('ক্যাপশন')).toHaveValue(expected.caption)
  await expect(field('ছবির সূত্র')).toHaveValue(expected.credit)
  await expect(field('বিকল্প লেখা')).toHaveValue(expected.alt)
  await expect(lead.getByText('ছবি : নিজস্ব আলোকচিত্রী', { exact: true })).toBeVisible()

  // Removed: the article no longer names a lead photo, and the zone is back for another.
  await lead.getByRole('button', { name: 'ছবি সরান' }).click()
  await expect(lead.getByRole('button', { name: 'ছবি বাছুন' })).toBeFocused()
  await expect.poll(async () => (await storedArticle(host.dataDir, headline))?.leadImage).toBeNull()
})

test('a lead photo is dropped on the zone, and pasted into it; the button opens the file picker', async ({ page, context }) => {
  const headline = 'ছবি টেনে আনা ও পেস্ট'
  await newArticle(page, host.url, headline)
  const lead = leadPhoto(page)

  await dispatchFileEvent(dropZone(page), 'drop', await fixture('village.webp', 'image/webp'))
  await expectPicture(lead.locator('img'))
  await expect.poll(async () => (await storedArticle(host.dataDir, headline))?.leadImage?.mediaId).toMatch(/\.webp$/)
  await lead.getByRole('button', { name: 'ছবি সরান' }).click()

  // A picture copied to the system clipboard, pasted with Ctrl+V into the zone (a click on it gives it focus).
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.origin })
  const png = await fixture('village.png', 'image/png')
  await page.evaluate(async (base64) => {
    const binary = atob(base64)
    const bytes = new Uint8Array(binary.length)
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': new Blob([bytes], { type: 'image/png' }) })])
  }, png.base64)
  await dropZone(page).click({ position: { x: 8, y: 8 } })
  await expect(dropZone(page)).toBeFocused()
  await page.keyboard.press('Control+V')
  await expectPicture(lead.locator('img'))
  await expect.poll(async () => (await storedArticle(host.dataDir, headline))?.leadImage?.mediaId).toMatch(/\.png$/)
  const stored = await storedArticle(host.dataDir, headline)
  expect(stored?.leadImage).toMatchObject({ caption: '', credit: '', alt: '' })
  expect(stored?.leadImage?.mediaId).toMatch(MEDIA_ID)

  // The visible button opens the system's file picker.
  await lead.getByRole('button', { name: 'ছবি সরান' }).click()
  const chooser = page.waitForEvent('filechooser')
  await lead.getByRole('button', { name: 'ছবি বাছুন' }).click()
  await (await chooser).setFiles(join(IMAGES, 'village.jpg'))
  await expect.poll(async () => (await storedArticle(host.dataDir, headline))?.leadImage?.mediaId).toMatch(/\.jpg$/)
})

test('a lead photo whose picture is missing keeps its words, and takes a new picture in their place', async ({ page }) => {
  // As an import leaves it when the photo could not be fetched: caption, credit and alt kept, no media id.
  const headline = 'হারানো ছবির খবর'
  const client = createHttpClient({ baseUrl: host.origin, token: host.token, fetch })
  const words = { caption: 'নদীভাঙনে বিলীন বসতভিটা', credit: 'সংগৃহীত', alt: 'নদীর পাড়ে ভাঙা ঘর' }
  const created = await client.call('article.create', {
    content: { headline, leadImage: { mediaId: '', ...words }, body: bodyFromPlainText('খবরের লেখা।') }
  })
  expect(created.ok).toBe(true)
  await page.goto(host.url)
  await page
    .getByRole('navigation', { name: 'লেখার তালিকা' })
    .getByRole('button', { name: new RegExp(headline) })
    .click()

  const lead = leadPhoto(page)
  await expect(lead.getByText('ছবিটি পাওয়া যায়নি।')).toBeVisible()
  await expect(lead.getByLabel('ক্যাপশন', { exact: true })).toHaveValue(words.caption)
  await lead.getByLabel('ছবি বাছুন').setInputFiles(join(IMAGES, 'village.jpg'))
  await expectPicture(lead.locator('img'))
  await expect(lead.getByText('ছবি : সংগৃহীত', { exact: true })).toBeVisible()
  const mediaId = `${sha256(await readFile(join(IMAGES, 'village.jpg')))}.jpg`
  await expect.poll(async () => (await storedArticle(host.dataDir, headline))?.leadImage).toEqual({ mediaId, ...words })
})

test('a photo inserted into the body shows its fields, edits through the editor (undo too) and is saved in the body', async ({ page }) => {
  const headline = 'লেখার ভেতরে ছবি'
  await newArticle(page, host.url, headline)
  const body = bodyBox(page)
  await body.click()
  await page.keyboard.insertText('প্রথম অনুচ্ছেদ।')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('দ্বিতীয় অনুচ্ছেদ।')
  await page.keyboard.press('Home')

  const toolbar = page.getByRole('toolbar', { name: 'লেখার বিন্যাস' })
  const chooser = page.waitForEvent('filechooser')
  await toolbar.getByRole('button', { name: 'ছবি যোগ করুন' }).click()
  await (await chooser).setFiles(join(IMAGES, 'village.jpg'))

  const photo = body.getByRole('figure', { name: 'লেখার ভেতরের ছবি' })
  await expectPicture(photo.locator('img'))
  const caption = photo.getByLabel('ক্যাপশন', { exact: true })
  // The new photo's caption takes the focus, ready to be written.
  await expect(caption).toBeFocused()
  await page.keyboard.type('পুরোনো ক্যাপশন')
  await photo.getByLabel('ছবির সূত্র', { exact: true }).fill('বার্তা')
  await expect(photo.getByText('ছবি : বার্তা', { exact: true })).toBeVisible()
  await photo.getByLabel('বিকল্প লেখা', { exact: true }).fill('গ্রামের পথ')

  const mediaId = `${sha256(await readFile(join(IMAGES, 'village.jpg')))}.jpg`
  const paragraph = (text: string): StoredNode => ({ type: 'paragraph', content: [{ type: 'text', text }] })
  const image = (attrs: Record<string, string>): StoredNode => ({
    type: 'image',
    attrs: { mediaId, caption: '', credit: '', alt: '', ...attrs }
  })
  const savedBody = async () => (await storedArticle(host.dataDir, headline))?.body.content ?? null
  await expect
    .poll(savedBody)
    .toEqual([
      paragraph('প্রথম অনুচ্ছেদ।'),
      image({ caption: 'পুরোনো ক্যাপশন', credit: 'বার্তা', alt: 'গ্রামের পথ' }),
      paragraph('দ্বিতীয় অনুচ্ছেদ।')
    ])

  // A caption rewritten key by key is one undo step; undo and redo go through the editor's history.
  await caption.click()
  await page.keyboard.press('Control+A')
  await page.keyboard.type('নতুন ক্যাপশন')
  await expect(caption).toHaveValue('নতুন ক্যাপশন')
  await toolbar.getByRole('button', { name: 'আগের অবস্থায় ফেরান' }).click()
  await expect(caption).toHaveValue('পুরোনো ক্যাপশন')
  await toolbar.getByRole('button', { name: 'আবার করুন' }).click()
  await expect(caption).toHaveValue('নতুন ক্যাপশন')
  await expect
    .poll(savedBody)
    .toEqual([paragraph('প্রথম অনুচ্ছেদ।'), image({ caption: 'নতুন ক্যাপশন', credit: 'বার্তা', alt: 'গ্রামের পথ' }), paragraph('দ্বিতীয় অনুচ্ছেদ।')])

  // After a reload the photo and its fields come back from the stored body.
  await page.reload()
  await page
    .getByRole('navigation', { name: 'লেখার তালিকা' })
    .getByRole('button', { name: new RegExp(headline) })
    .click()
  await expectPicture(photo.locator('img'))
  await expect(photo.getByLabel('ক্যাপশন', { exact: true })).toHaveValue('নতুন ক্যাপশন')
  await expect(photo.getByLabel('ছবির সূত্র', { exact: true })).toHaveValue('বার্তা')

  await photo.getByRole('button', { name: 'ছবি সরান' }).click()
  await expect.poll(savedBody).toEqual([paragraph('প্রথম অনুচ্ছেদ।'), paragraph('দ্বিতীয় অনুচ্ছেদ।')])
})

test('photo files dropped or pasted into the body are uploaded; pasted text and web images stay text', async ({ page }) => {
  const headline = 'লেখায় ছবি টেনে আনা'
  await newArticle(page, host.url, headline)
  const body = bodyBox(page)
  await body.click()
  await page.keyboard.insertText('ওপরের লেখা')
  await page.keyboard.press('Enter')
  await page.keyboard.insertText('নিচের লেখা')

  // Dropped at the end of the first paragraph: the photo lands between the two.
  const first = body.locator('p').first()
  const box = await first.boundingBox()
  if (!box) throw new Error('no first paragraph')
  await dispatchFileEvent(body, 'drop', await fixture('village.png', 'image/png'), { x: box.x + box.width - 2, y: box.y + box.height / 2 })
  await expect(body.getByRole('figure')).toHaveCount(1)
  const savedTypes = async () =>
    (await storedArticle(host.dataDir, headline))?.body.content.map(
      (node) => `${node.type}${node.attrs?.mediaId ? `:${String(node.attrs.mediaId).slice(-4)}` : ''}`
    ) ?? null
  await expect.poll(savedTypes).toEqual(['paragraph', 'image:.png', 'paragraph'])

  // Pasted as a file (a screenshot): a photo at the caret, the end of the text, with a paragraph after it to go on.
  await body.locator('p').last().click()
  await page.keyboard.press('End')
  await dispatchFileEvent(body, 'paste', await fixture('village.webp', 'image/webp'))
  await expect(body.getByRole('figure')).toHaveCount(2)
  await expect.poll(savedTypes).toEqual(['paragraph', 'image:.png', 'paragraph', 'image:webp', 'paragraph'])

  // A web page's HTML with an <img> is still text only: no photo is fetched or inserted.
  await body.locator('p').last().click()
  await body.evaluate((element) => {
    const transfer = new DataTransfer()
    transfer.setData('text/html', '<p>ওয়েবের লেখা <img src="https://example.com/photo.jpg"></p>')
    transfer.setData('text/plain', 'ওয়েবের লেখা')
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: transfer, bubbles: true, cancelable: true }))
  })
  await expect(body.locator('p').last()).toHaveText('ওয়েবের লেখা')
  await expect(body.getByRole('figure')).toHaveCount(2)
  await expect
    .poll(async () => (await storedArticle(host.dataDir, headline))?.body.content[4])
    .toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'ওয়েবের লেখা' }]
    })
  expect(await savedTypes()).toEqual(['paragraph', 'image:.png', 'paragraph', 'image:webp', 'paragraph'])
})

test('refused files — a text file named .jpg, an SVG, a GIF, one over 25 MB — give a Bengali message and store nothing', async ({
  page
}) => {
  // A host of its own: media/ is compared before and after, with no other test adding photos meanwhile.
  const own = await startBrowserHost(await makeDataDir())
  try {
    const headline = 'ভুল ফাইল পরীক্ষা'
    await newArticle(page, own.url, headline)
    await expect.poll(() => storedArticle(own.dataDir, headline)).not.toBeNull()
    const before = await mediaFiles(own.dataDir)
    const lead = leadPhoto(page)
    const alert = lead.getByRole('alert')
    const chooser = lead.getByLabel('ছবি বাছুন')

    // Text that claims to be a JPEG: the media store reads the bytes and says no.
    await chooser.setInputFiles({ name: 'notice.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('এটি ছবি নয়, শুধু লেখা।\n') })
    await expect(alert).toContainText('«notice.jpg» ছবি নয়, বা এই ধরনের ছবি চলে না। JPEG, PNG বা WebP ছবি দিন।')
    // Bengali first, then the English, smaller.
    await expect(alert.locator('small')).toHaveText('“notice.jpg” is not an image, or not a supported kind. Use a JPEG, PNG or WebP photo.')

    await chooser.setInputFiles({
      name: 'logo.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')
    })
    await expect(alert).toContainText('«logo.svg» ছবি নয়, বা এই ধরনের ছবি চলে না।')

    await chooser.setInputFiles({
      name: 'moving.gif',
      mimeType: 'image/gif',
      buffer: Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;', 'latin1')
    })
    await expect(alert).toContainText('«moving.gif» ছবি নয়, বা এই ধরনের ছবি চলে না।')

    // 26 MB made in the page (never committed, never sent): refused by its size before it is read.
    const sent: string[] = []
    page.on('request', (request) => {
      if (request.url().includes('/api/media.put')) sent.push(request.url())
    })
    await dropZone(page).evaluate((element) => {
      const transfer = new DataTransfer()
      transfer.items.add(new File([new Uint8Array(26 * 1024 * 1024)], 'huge.jpg', { type: 'image/jpeg' }))
      for (const type of ['dragenter', 'dragover', 'drop'])
        element.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
    })
    await expect(alert).toContainText('«huge.jpg» ছবিটি খুব বড় (২৬ MB); সর্বোচ্চ ২৫ MB।')
    await expect(alert.locator('small')).toHaveText('“huge.jpg” is too large (26 MB); the limit is 25 MB.')
    expect(sent).toEqual([])

    // The body refuses the same way, with the message above the text.
    const body = bodyBox(page)
    await body.click()
    await page.keyboard.insertText('লেখা')
    const picked = page.waitForEvent('filechooser')
    await page.getByRole('toolbar', { name: 'লেখার বিন্যাস' }).getByRole('button', { name: 'ছবি যোগ করুন' }).click()
    await (await picked).setFiles({ name: 'report.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('%PDF-1.4 not a photo') })
    await expect(page.getByRole('alert').filter({ hasText: '«report.jpg» ছবি নয়' })).toBeVisible()
    await expect(body.getByRole('figure')).toHaveCount(0)

    // Nothing was stored: no photo in media/, no lead photo or image node in the article.
    await expect
      .poll(async () => (await storedArticle(own.dataDir, headline))?.body.content)
      .toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'লেখা' }] }])
    expect(await mediaFiles(own.dataDir)).toEqual(before)
    expect((await storedArticle(own.dataDir, headline))?.leadImage).toBeNull()
    await expect(lead.getByRole('button', { name: 'ছবি বাছুন' })).toBeEnabled()
  } finally {
    await own.stop()
  }
})

test('a 20 MB photo is read and encoded without freezing the desk', async ({ page }) => {
  await newArticle(page, host.url, 'বড় ছবি')
  // The fixture's JPEG header with 20 MB after it: a valid photo to the store, big enough to show a stall.
  const jpeg = (await readFile(join(IMAGES, 'village.jpg'))).toString('base64')
  const { ticks, longest } = await dropZone(page).evaluate(async (element, base64) => {
    const binary = atob(base64)
    const bytes = new Uint8Array(binary.length + 20 * 1024 * 1024)
    for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
    const transfer = new DataTransfer()
    transfer.items.add(new File([bytes], 'large.jpg', { type: 'image/jpeg' }))
    // Timer ticks from the drop until the upload request leaves: reading and encoding happen in that time. (Sending
    // the request is the transport's part: one JSON body, serialized at once.)
    let sentAt = Number.POSITIVE_INFINITY
    const send = window.fetch
    window.fetch = (input, init) => {
      if (String(input).includes('media.put')) sentAt = Math.min(sentAt, performance.now())
      return send(input, init)
    }
    let last = performance.now()
    const pauses: number[] = []
    const ticker = setInterval(() => {
      const now = performance.now()
      if (now <= sentAt) pauses.push(now - last)
      last = now
    }, 10)
    for (const type of ['dragenter', 'dragover', 'drop'])
      element.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }))
    const started = performance.now()
    while (!document.querySelector('fieldset img') && performance.now() - started < 30_000)
      await new Promise((resolve) => setTimeout(resolve, 20))
    clearInterval(ticker)
    window.fetch = send
    return { ticks: sentAt === Number.POSITIVE_INFINITY ? -1 : pauses.length, longest: Math.max(0, ...pauses) }
  }, jpeg)
  await expect(leadPhoto(page).locator('img')).toBeVisible()
  // Encoded in one go, 20 MB holds the page for about half a second (5 ticks in all, from the file read around it);
  // in slices the page gets the thread back every megabyte or so, however busy the machine is (about 30 ticks).
  expect(ticks).toBeGreaterThanOrEqual(15)
  console.log(`20 MB photo: ${ticks} timer ticks before the upload left, longest pause ${longest.toFixed(0)} ms`)
})

test('photos pass axe-core and follow the interface language', async ({ page }) => {
  await newArticle(page, host.url, 'অ্যাক্সেসিবিলিটি: ছবি')
  const lead = leadPhoto(page)
  // The empty zone, with a refusal showing.
  await lead.getByLabel('ছবি বাছুন').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: Buffer.from('<svg/>') })
  await expect(lead.getByRole('alert')).toBeVisible()
  const violations = async () =>
    (await new AxeBuilder({ page }).analyze()).violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`
    )
  expect(await violations()).toEqual([])

  // A lead photo and a photo in the body, both described.
  await lead.getByLabel('ছবি বাছুন').setInputFiles(join(IMAGES, 'village.jpg'))
  await expectPicture(lead.locator('img'))
  await lead.getByLabel('বিকল্প লেখা', { exact: true }).fill('গ্রামের পথ')
  const body = bodyBox(page)
  await body.click()
  await dispatchFileEvent(body, 'paste', await fixture('village.png', 'image/png'))
  const photo = body.getByRole('figure', { name: 'লেখার ভেতরের ছবি' })
  await expectPicture(photo.locator('img'))
  expect(await violations()).toEqual([])

  await page.getByRole('button', { name: 'Switch the interface to English' }).click()
  const englishLead = page.getByRole('group', { name: 'Lead photo' })
  for (const label of ['Caption', 'Photo credit', 'Alt text']) {
    await expect(englishLead.getByLabel(label, { exact: true })).toBeVisible()
    await expect(
      page.getByRole('textbox', { name: 'Body' }).getByRole('figure', { name: 'Photo in the story' }).getByLabel(label, { exact: true })
    ).toBeVisible()
  }
  await expect(page.getByRole('toolbar', { name: 'Formatting' }).getByRole('button', { name: 'Add a photo' })).toBeVisible()
  await expect(englishLead.getByRole('button', { name: 'Remove photo' })).toBeVisible()
  await page.getByRole('button', { name: 'ইন্টারফেস বাংলায় দেখান' }).click()
  await expect(photo.getByLabel('ক্যাপশন', { exact: true })).toBeVisible()
})

test('the desk with a lead photo and a photo in the body at 1280×800 (screenshot for review)', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 })
  await newArticle(page, host.url, 'বর্ষায় ডুবেছে গ্রামের পথ, নৌকাই ভরসা')
  await page.getByLabel('প্রতিবেদক', { exact: true }).fill('নিজস্ব প্রতিবেদক')
  await page.getByLabel('বিভাগ', { exact: true }).fill('সারাদেশ')
  await page.getByLabel('সারসংক্ষেপ', { exact: true }).fill('টানা বৃষ্টিতে উপজেলার তিনটি গ্রামের পথ পানির নিচে।')
  const lead = leadPhoto(page)
  await lead.getByLabel('ছবি বাছুন').setInputFiles(join(IMAGES, 'village.jpg'))
  await expectPicture(lead.locator('img'))
  await lead.getByLabel('ক্যাপশন', { exact: true }).fill('বর্ষায় গ্রামের মেঠো পথ')
  await lead.getByLabel('ছবির সূত্র', { exact: true }).fill('নিজস্ব আলোকচিত্রী')
  await lead.getByLabel('বিকল্প লেখা', { exact: true }).fill('কাদামাটির পথের দুই পাশে ধানখেত')

  const body = bodyBox(page)
  await body.click()
  await page.keyboard.insertText('টানা তিন দিনের বৃষ্টিতে উপজেলার তিনটি গ্রামের কাঁচা পথ পানির নিচে চলে গেছে।')
  const chooser = page.waitForEvent('filechooser')
  await page.getByRole('toolbar', { name: 'লেখার বিন্যাস' }).getByRole('button', { name: 'ছবি যোগ করুন' }).click()
  await (await chooser).setFiles(join(IMAGES, 'village.png'))
  const photo = body.getByRole('figure')
  await expectPicture(photo.locator('img'))
  await page.keyboard.insertText('নৌকায় করে হাটে যাচ্ছেন গ্রামবাসী')
  await photo.getByLabel('ছবির সূত্র', { exact: true }).fill('সংগৃহীত')
  await body.locator('p').last().click()

  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
  expect(overflow).toBeLessThanOrEqual(0)
  // The toolbar, with the photo button, still fits on one line.
  const toolbarHeight = await page.getByRole('toolbar', { name: 'লেখার বিন্যাস' }).evaluate((bar) => bar.getBoundingClientRect().height)
  expect(toolbarHeight).toBeLessThan(60)
  await expect(page.getByRole('status').filter({ hasText: 'সংরক্ষিত' })).toBeVisible()
  // From the top of the writing column; the details column shows the lead photo.
  await page.evaluate(() => document.querySelectorAll('*').forEach((pane) => pane.scrollTop > 0 && pane.scrollTo(0, 0)))
  await lead.evaluate((element) => element.scrollIntoView({ block: 'start' }))
  const folder = process.env.DESK_SCREENSHOTS ?? test.info().outputDir
  await mkdir(folder, { recursive: true })
  await page.screenshot({ path: join(folder, 'desk-photo-1280x800.png') })
  await photo.evaluate((element) => element.scrollIntoView({ block: 'center' }))
  await page.screenshot({ path: join(folder, 'desk-body-photo-1280x800.png') })
})
