import { describe, expect, it } from 'vitest'
import { createServices } from '../../../src/core'
import { createChromiumPdfRenderer } from '../../../src/core/pdf-chromium'
import { bodyFromPlainText } from '../../../src/shared/article/body'
import { withTempDir } from '../helpers/tmp'

/**
 * A PDF that Chromium cannot lay out in time — one paragraph of a megabyte — is reported as a PDF export timeout,
 * not as a disk problem, and the renderer keeps working for the next story. Real Chromium, with a short timeout.
 */
describe('PDF export timeout', () => {
  it('says the PDF took too long, not that the disk failed', { timeout: 120_000 }, async () => {
    await withTempDir(async (dir) => {
      const pdf = createChromiumPdfRenderer({ timeoutMs: 2_000 })
      try {
        const services = await createServices({
          dataDir: dir,
          transport: 'http',
          version: 'test',
          resourcesDir: 'resources',
          pdf: pdf.render
        })
        const huge = await services.handlers['article.create']({
          content: { headline: 'এক অনুচ্ছেদের বিশাল লেখা', body: bodyFromPlainText('নদীর পাড়ে ভাঙন '.repeat(65_000)) }
        })
        if (!huge.ok) throw new Error(huge.message.en)
        const result = await services.handlers['export.article']({ id: huge.value.id, format: 'pdf' })
        expect(result).toMatchObject({ ok: false, code: 'unavailable', details: { cause: 'pdf-timeout' } })
        if (result.ok) return
        expect(result.message.bn).toContain('PDF তৈরি করতে বেশি সময় লেগে গেল')
        expect(result.message.en).toContain('Making the PDF took too long')
        expect(result.message.en).not.toMatch(/disk|save/i)

        const small = await services.handlers['article.create']({ content: { headline: 'ছোট খবর', body: bodyFromPlainText('এক লাইন।') } })
        if (!small.ok) throw new Error(small.message.en)
        const fine = await services.handlers['export.article']({ id: small.value.id, format: 'pdf' })
        expect(fine.ok && Buffer.from(fine.value.files[0]!.dataBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
        await services.close()
      } finally {
        await pdf.close()
      }
    })
  })
})
