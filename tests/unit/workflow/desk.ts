import { readFile } from 'node:fs/promises'
import { createServices, type Services } from '../../../src/core'
import type { ArticlePatch } from '../../../src/shared/article/model'
import { bodyFromPlainText } from '../../../src/shared/article/body'
import type { Role, WorkflowAction } from '../../../src/shared/workflow'
import type { Result } from '../../../src/shared/result'
import type { PdfRenderer } from '../../../src/core/exports'

/** A newsroom on a real temporary folder, driven through the contract's handlers as the UI drives it. */
export interface Desk {
  services: Services
  handlers: Services['handlers']
  /** Creates (or switches to) a profile and makes it current; returns its id. */
  as(name: string, role: Role): Promise<string>
  photo(): Promise<string>
  /** A story with everything the approval checklist asks for, created by the reporter (who is current afterwards). */
  complete(headline: string, extra?: ArticlePatch): Promise<string>
  move(id: string, action: WorkflowAction, note?: string, correctionNote?: string): ReturnType<Services['handlers']['article.transition']>
  /** Walks a complete story to approved: the reporter submits, the desk takes and approves it (the desk is current). */
  approve(id: string): Promise<void>
  /** Walks a complete story to published: approved as above, then the chief publishes. */
  publish(id: string): Promise<void>
  html(id: string): Promise<string>
  save(id: string, patch: ArticlePatch): ReturnType<Services['handlers']['article.save']>
  /** The HTML each PDF export was made from (the PDF renderer here only records it). */
  pdfPages: string[]
}

export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.code}: ${result.message.en}`)
  return result.value
}

export async function openDesk(dataDir: string, options: { now?: () => Date } = {}): Promise<Desk> {
  const pdfPages: string[] = []
  const pdf: PdfRenderer = async (html) => {
    pdfPages.push(html)
    return new TextEncoder().encode('%PDF-1.7 recorded')
  }
  const services = await createServices({ dataDir, transport: 'http', version: 'test', pdf, ...(options.now ? { now: options.now } : {}) })
  const { handlers } = services
  const profiles = new Map<string, string>()
  const desk: Desk = {
    services,
    handlers,
    pdfPages,
    async as(name, role) {
      const known = profiles.get(`${name}/${role}`)
      if (known) {
        value(await handlers['profile.switch']({ id: known }))
        return known
      }
      const state = value(await handlers['profile.save']({ profile: { name, role, desk: 'জাতীয় ডেস্ক' } }))
      profiles.set(`${name}/${role}`, state.currentId)
      return state.currentId
    },
    async photo() {
      const bytes = await readFile('tests/fixtures/images/village.jpg')
      return value(await handlers['media.put']({ name: 'village.jpg', dataBase64: bytes.toString('base64') })).mediaId
    },
    async complete(headline, extra = {}) {
      // Written by the reporter, so the reporter may submit it.
      await desk.as('রহিমা খাতুন', 'reporter')
      const mediaId = await desk.photo()
      const created = value(
        await handlers['article.create']({
          content: {
            headline,
            byline: 'নিজস্ব প্রতিবেদক',
            section: 'সারাদেশ',
            publishedAt: '2024-01-21T14:27:00+06:00',
            leadImage: { mediaId, caption: 'ভাঙনের মুখে বসতভিটা', credit: 'সংগৃহীত', alt: 'নদীর পাড়ে ভাঙা ঘর' },
            body: bodyFromPlainText('যমুনার ভাঙনে তিনটি গ্রাম নদীতে বিলীন হয়েছে। বাসিন্দারা আশ্রয়কেন্দ্রে উঠেছেন।'),
            ...extra
          }
        })
      )
      return created.id
    },
    move: (id, action, note, correctionNote) =>
      handlers['article.transition']({
        id,
        action,
        ...(note === undefined ? {} : { note }),
        ...(correctionNote === undefined ? {} : { correctionNote })
      }),
    async approve(id) {
      await desk.as('রহিমা খাতুন', 'reporter')
      value(await desk.move(id, 'submit'))
      await desk.as('করিম উদ্দিন', 'desk')
      value(await desk.move(id, 'take'))
      value(await desk.move(id, 'approve'))
    },
    async publish(id) {
      await desk.approve(id)
      await desk.as('প্রধান সম্পাদক', 'chief')
      value(await desk.move(id, 'publish'))
    },
    async html(id) {
      const bundle = value(await handlers['export.article']({ id, format: 'html' }))
      return Buffer.from(bundle.files[0]!.dataBase64, 'base64').toString('utf8')
    },
    async save(id, patch) {
      const current = value(await handlers['article.get']({ id }))
      return handlers['article.save']({ id, baseRevision: current.revision, patch })
    }
  }
  // Every story is created by the reporter (so the reporter may submit it).
  await desk.as('রহিমা খাতুন', 'reporter')
  return desk
}
