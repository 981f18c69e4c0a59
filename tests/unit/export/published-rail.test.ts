import { describe, expect, it } from 'vitest'
import { parse } from 'parse5'
import { unzipSync } from 'fflate'
import { bodyFromPlainText } from '../../../src/shared/article/body'
import { withTempDir } from '../helpers/tmp'
import { openDesk, value, type Desk } from '../workflow/desk'

const SECRET = 'SECRET DRAFT: embargoed until Friday'
const SITE = 'https://dainikbarta.example'

interface Node {
  tagName?: string
  attrs?: Array<{ name: string; value: string }>
  childNodes?: Node[]
  nodeName: string
  value?: string
}
const text = (node: Node): string => (node.nodeName === '#text' ? (node.value ?? '') : (node.childNodes ?? []).map(text).join(''))

/** The rail's entries as a reader's browser sees them: [headline, href]. */
function rail(html: string): Array<[string, string]> {
  const out: Array<[string, string]> = []
  const walk = (node: Node, inRail: boolean): void => {
    const here = inRail || (node.tagName === 'aside' && node.attrs?.some((a) => a.name === 'class' && a.value === 'rail') === true)
    if (here && node.tagName === 'a') out.push([text(node), node.attrs?.find((a) => a.name === 'href')?.value ?? ''])
    for (const child of node.childNodes ?? []) walk(child, here)
  }
  walk(parse(html) as unknown as Node, false)
  return out
}

async function publishAt(desk: Desk, headline: string, publishedAt: string, slug = ''): Promise<string> {
  const id = await desk.complete(headline, { publishedAt, slug })
  await desk.publish(id)
  return id
}

describe('the «সর্বশেষ» rail of an exported or previewed page', () => {
  it('lists only published stories, newest first, each linked to the site URL + its slug', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      value(await desk.handlers['settings.update']({ patch: { site: { siteUrl: `${SITE}/` } } }))
      await publishAt(desk, 'পুরোনো প্রকাশিত খবর', '2024-01-20T09:00:00+06:00', 'puronno-khobor')
      await publishAt(desk, 'নতুন প্রকাশিত খবর', '2024-01-21T09:00:00+06:00')
      const draft = value(await desk.handlers['article.create']({ content: { headline: SECRET, body: bodyFromPlainText('গোপন।') } }))
      await desk.complete('অনুমোদিত কিন্তু অপ্রকাশিত খবর')
      const killed = await publishAt(desk, 'প্রত্যাহার করা খবর', '2024-01-21T10:00:00+06:00')
      value(await desk.move(killed, 'kill', 'ভুল তথ্য'))
      const trashed = await publishAt(desk, 'ট্র্যাশে ফেলা খবর', '2024-01-21T11:00:00+06:00')
      value(await desk.handlers['article.trash']({ id: trashed }))
      const id = await publishAt(desk, 'এই পাতার খবর', '2024-01-21T12:00:00+06:00')

      const expected: Array<[string, string]> = [
        ['নতুন প্রকাশিত খবর', `${SITE}/notun-prokashit-khobor`],
        ['পুরোনো প্রকাশিত খবর', `${SITE}/puronno-khobor`]
      ]
      expect(rail(await desk.html(id))).toEqual(expected)
      // The preview gets the same rail from the services.
      expect(value(await desk.handlers['page.context']({ id })).latest.map((story) => [story.headline, story.href])).toEqual(expected)
      // A draft's own page has the published rail too, never other drafts.
      expect(rail(await desk.html(draft.id))).toEqual([['এই পাতার খবর', `${SITE}/ei-patar-khobor`], ...expected])
      for (const format of ['html', 'html-folder', 'ninjs', 'pdf'] as const) {
        const bundle = value(await desk.handlers['export.article']({ id, format }))
        for (const file of bundle.files) expect(Buffer.from(file.dataBase64, 'base64').toString('utf8')).not.toContain('SECRET DRAFT')
      }
      expect(desk.pdfPages.at(-1)).toContain('নতুন প্রকাশিত খবর')
      expect(desk.pdfPages.at(-1)).not.toContain(SECRET)
      expect(desk.pdfPages.at(-1)).not.toContain(draft.id)
    })
  })

  it('is empty, not padded, when no other story is published or there is no site URL to link to', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      value(await desk.handlers['article.create']({ content: { headline: SECRET } }))
      const id = await publishAt(desk, 'একমাত্র প্রকাশিত খবর', '2024-01-21T12:00:00+06:00')
      await publishAt(desk, 'আরেকটি প্রকাশিত খবর', '2024-01-21T13:00:00+06:00')
      const withoutSite = await desk.html(id)
      expect(withoutSite).not.toContain('<aside')
      expect(withoutSite).not.toContain(SECRET)
      value(await desk.handlers['settings.update']({ patch: { site: { siteUrl: SITE } } }))
      const alone = await publishAt(desk, 'তৃতীয় খবর', '2024-01-21T14:00:00+06:00')
      expect(rail(await desk.html(alone)).map(([headline]) => headline)).toEqual(['আরেকটি প্রকাশিত খবর', 'একমাত্র প্রকাশিত খবর'])
      const other = await withTempDir(async (empty) => {
        const lonely = await openDesk(empty)
        value(await lonely.handlers['settings.update']({ patch: { site: { siteUrl: SITE } } }))
        value(await lonely.handlers['article.create']({ content: { headline: SECRET } }))
        return lonely.html(await publishAt(lonely, 'নিঃসঙ্গ খবর', '2024-01-21T12:00:00+06:00'))
      })
      expect(other).not.toContain('<aside')
      expect(other).toContain('class="wrap layout single"')
    })
  })

  it('shows a story under correction by its published headline, never the working copy', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      value(await desk.handlers['settings.update']({ patch: { site: { siteUrl: SITE } } }))
      const corrected = await publishAt(desk, 'বাজেটে শিক্ষায় বরাদ্দ বাড়ল', '2024-01-21T09:00:00+06:00')
      const id = await publishAt(desk, 'অন্য খবর', '2024-01-21T12:00:00+06:00')
      await desk.as('করিম উদ্দিন', 'desk')
      value(await desk.move(corrected, 'correct'))
      value(await desk.save(corrected, { headline: SECRET, slug: 'secret-draft' }))
      const entries = rail(await desk.html(id))
      expect(entries).toEqual([['বাজেটে শিক্ষায় বরাদ্দ বাড়ল', `${SITE}/bajete-shikkhay-boraddo-barol`]])
      expect(await desk.html(id)).not.toContain('SECRET')
    })
  })
})

describe('slugs and export file names', () => {
  it('fills an empty slug at publish from the Bengali headline, numbered when another published story has it', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const first = await publishAt(desk, 'তিস্তার পানি বিপৎসীমার ওপরে', '2024-01-21T09:00:00+06:00')
      const second = await publishAt(desk, 'তিস্তার পানি বিপৎসীমার ওপরে', '2024-01-21T10:00:00+06:00')
      const typed = await publishAt(desk, 'অন্য শিরোনাম', '2024-01-21T11:00:00+06:00', 'tistar-pani-bipotsimar-opore')
      const slugs = await Promise.all([first, second, typed].map(async (id) => value(await desk.handlers['article.get']({ id })).slug))
      expect(slugs).toEqual(['tistar-pani-bipotsimar-opore', 'tistar-pani-bipotsimar-opore-2', 'tistar-pani-bipotsimar-opore-3'])
      const names = await Promise.all(
        [first, second].map(async (id) => value(await desk.handlers['export.article']({ id, format: 'html' })).name)
      )
      expect(names).toEqual(['tistar-pani-bipotsimar-opore.html', 'tistar-pani-bipotsimar-opore-2.html'])
    })
  })

  it('names an export from the slug, else from the headline, else the id', async () => {
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const named = value(await desk.handlers['article.create']({ content: { headline: 'খবর', slug: 'amar slug/../x' } }))
      const fromHeadline = value(await desk.handlers['article.create']({ content: { headline: 'চায়ের দাম বাড়ল' } }))
      const bare = value(await desk.handlers['article.create']({ content: { headline: '।।।' } }))
      const name = async (id: string, format: 'json' | 'html-folder' | 'pdf' | 'ninjs') =>
        value(await desk.handlers['export.article']({ id, format })).name
      expect(await name(named.id, 'json')).toBe('amar-slug-x.barta.json')
      expect(await name(fromHeadline.id, 'html-folder')).toBe('chayer-dam-barol')
      expect(await name(fromHeadline.id, 'pdf')).toBe('chayer-dam-barol.pdf')
      expect(await name(bare.id, 'ninjs')).toBe(`barta-${bare.id}.ninjs.json`)
    })
  })

  it('keeps both files when two stories with one slug are packed into one archive as the batch dialog packs them', async () => {
    // The batch dialog numbers names as it packs them (src/shared/article/slug.ts uniqueFileName); here the same packing.
    const { uniqueFileName } = await import('../../../src/shared/article/slug')
    const { zipSync } = await import('fflate')
    await withTempDir(async (dir) => {
      const desk = await openDesk(dir)
      const ids = [
        value(await desk.handlers['article.create']({ content: { headline: 'এক', slug: 'same' } })).id,
        value(await desk.handlers['article.create']({ content: { headline: 'দুই', slug: 'same' } })).id
      ]
      const used = new Set<string>()
      const tree: Record<string, Uint8Array> = {}
      for (const id of ids) {
        for (const file of value(await desk.handlers['export.article']({ id, format: 'html' })).files)
          tree[uniqueFileName(file.path, used)] = Buffer.from(file.dataBase64, 'base64')
      }
      const unpacked = unzipSync(zipSync(tree))
      expect(Object.keys(unpacked).sort()).toEqual(['same-2.html', 'same.html'])
      expect(new TextDecoder().decode(unpacked['same.html'])).toContain('<h1>এক</h1>')
      expect(new TextDecoder().decode(unpacked['same-2.html'])).toContain('<h1>দুই</h1>')
    })
  })
})
