import { expect, test, type Locator } from '@playwright/test'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { paste, type StoredNode, useDeskHost } from './desk-harness'

/**
 * Hostile paste (tests/hostile/markup/paste-*.html): HTML full of script, style, event handlers, frames, objects and
 * javascript:/vbscript:/data: links, pasted into the body editor in Chromium as a real paste event carries it. Nothing
 * may run, and the body saved on disk may hold nothing but the body vocabulary — no script, style, on* handler or
 * unsafe link — while the words survive.
 */
test.describe.configure({ mode: 'parallel' })

const { savedBody, newArticle } = useDeskHost()

const corpus = (name: string) => readFile(join(process.cwd(), 'tests', 'hostile', 'markup', name), 'utf8')

const VOCABULARY: Record<string, string[]> = {
  paragraph: [],
  heading: ['level'],
  blockquote: [],
  bullet_list: [],
  ordered_list: ['order'],
  list_item: [],
  image: ['mediaId', 'caption', 'credit', 'alt'],
  table: [],
  table_row: [],
  table_header: ['colspan', 'rowspan'],
  table_cell: ['colspan', 'rowspan'],
  hard_break: [],
  text: []
}

/** Everything outside the body schema, and every unsafe link, found in the stored nodes. */
function foreignIn(nodes: StoredNode[], path = 'body'): string[] {
  const found: string[] = []
  nodes.forEach((node, i) => {
    const at = `${path}.${i}`
    if (!(node.type in VOCABULARY)) found.push(`${at}: node ${node.type}`)
    for (const key of Object.keys(node.attrs ?? {})) if (!VOCABULARY[node.type]?.includes(key)) found.push(`${at}: attr ${key}`)
    for (const mark of node.marks ?? []) {
      if (!['bold', 'italic', 'link'].includes(mark.type)) found.push(`${at}: mark ${mark.type}`)
      const href = String(mark.attrs?.href ?? '')
      if (mark.type === 'link' && !/^(https?:|mailto:)/.test(href)) found.push(`${at}: link ${href}`)
    }
    found.push(...foreignIn(node.content ?? [], at))
  })
  return found
}

const UNSAFE_TEXT = /<script|<style|<iframe|<object|<embed|javascript:|vbscript:|data:text\/html|\bon[a-z]+\s*=|"style"|"class"|__pwned/i

/** The editor's own DOM: no element the schema does not render, no inline style or event handler. */
async function foreignInEditor(body: Locator): Promise<string[]> {
  return body.evaluate((element) =>
    Array.from(element.querySelectorAll('*')).flatMap((node) => [
      ...([
        'IMG',
        'SCRIPT',
        'STYLE',
        'IFRAME',
        'OBJECT',
        'EMBED',
        'SVG',
        'MATH',
        'FORM',
        'BASE',
        'META',
        'LINK',
        'TEMPLATE',
        'DETAILS'
      ].includes(node.tagName.toUpperCase())
        ? [node.tagName]
        : []),
      ...Array.from(node.attributes)
        .map((attribute) => `${node.tagName}@${attribute.name}=${attribute.value}`)
        .filter((entry) => /@(on[a-z]+|style|srcdoc|formaction|action)=/i.test(entry) || /@href=(?!https?:|mailto:)/i.test(entry))
    ])
  )
}

for (const [file, words] of [
  ['paste-word.html', ['সিরাজগঞ্জের কাজীপুর উপজেলায়', 'নিরাপদ লিংক', 'ত্রাণ বিতরণ শুরু', 'উপজেলা প্রশাসন বলছে']],
  ['paste-mxss.html', ['নদীভাঙনে ঘর হারাল তিন শতাধিক পরিবার', 'বিস্তারিত', 'সত্তা দিয়ে লুকানো লিংক', 'উপজেলা প্রশাসন বলছে']]
] as const) {
  test(`hostile paste ${file}: nothing runs, and the saved body holds only the vocabulary`, async ({ page }) => {
    const headline = `বিপজ্জনক পেস্ট ${file}`
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    const body = await newArticle(page, headline)
    await paste(body, { 'text/html': await corpus(file), 'text/plain': 'সাধারণ লেখা' })

    // Wait until the pasted words are on disk.
    await expect
      .poll(
        async () => {
          const text = JSON.stringify(await savedBody(headline))
          return words.every((word) => text.includes(word))
        },
        { timeout: 15_000 }
      )
      .toBe(true)
    const stored = (await savedBody(headline)) ?? []
    expect(foreignIn(stored)).toEqual([])
    expect(JSON.stringify(stored)).not.toMatch(UNSAFE_TEXT)
    // Only the one safe link of the sample survives, as written.
    const links = JSON.stringify(stored).match(/"href":"[^"]*"/g) ?? []
    expect(links).toEqual(file === 'paste-word.html' ? ['"href":"https://barta.example/khobor"'] : [])

    // Nothing ran: no handler fired, no script executed, no error thrown by the page.
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined()
    expect(await foreignInEditor(body)).toEqual([])
    expect(errors).toEqual([])
  })
}
