import { Fragment, Slice, type ResolvedPos } from 'prosemirror-model'
import { bodySchema } from './schema'

/**
 * Paste from Word, Google Docs and web pages. The schema's parseDOM rules decide what survives (see schema.ts); this
 * file only clears away the office-suite noise before parsing, so that nothing of it is even looked at: comments and
 * conditional comments, Word's <o:p> and XML islands, mso- list bullets typed as text, <style>, <script>, <meta>.
 */

const WORD_NOISE: readonly [RegExp, string][] = [
  [/<!--\[if[\s\S]*?<!\[endif\]-->/gi, ''], // Word's conditional blocks (list bullets, VML shapes)
  [/<!--[\s\S]*?-->/g, ''],
  [/<\/?o:p[^>]*>/gi, ''],
  [/<xml[\s\S]*?<\/xml>/gi, ''],
  [/<style[\s\S]*?<\/style>/gi, ''],
  [/<script[\s\S]*?<\/script>/gi, ''],
  [/<(meta|link)\b[^>]*>/gi, '']
]

export function cleanPastedHtml(html: string): string {
  let out = html
  for (const [pattern, replacement] of WORD_NOISE) out = out.replace(pattern, replacement)
  return stripMsoMarkup(out)
}

/**
 * A second pass on a parsed copy (an inert document: nothing in it loads or runs): drop Word's typed list bullets
 * (`mso-list: Ignore`) and every style that names mso- properties, so a style rule can never read them.
 */
function stripMsoMarkup(html: string): string {
  if (!/mso-|class=|style=/i.test(html)) return html
  const doc = new DOMParser().parseFromString(html, 'text/html')
  for (const element of Array.from(doc.body.querySelectorAll<HTMLElement>('[style]'))) {
    const style = element.getAttribute('style') ?? ''
    if (/mso-list\s*:\s*ignore/i.test(style)) {
      element.remove()
      continue
    }
    const kept = style
      .split(';')
      .filter((declaration) => declaration.trim() !== '' && !/^\s*mso-/i.test(declaration))
      .join(';')
    if (kept.trim() === '') element.removeAttribute('style')
    else element.setAttribute('style', kept)
  }
  for (const element of Array.from(doc.body.querySelectorAll('[class]'))) element.removeAttribute('class')
  return doc.body.innerHTML
}

/** Plain text → one paragraph per non-blank line, open at both ends so a single line joins the current paragraph. */
export function plainTextSlice(text: string): Slice {
  const lines = text.split(/\r\n|\r|\n|\u2028|\u2029|\v/).filter((line) => line.trim() !== '')
  if (lines.length === 0) return Slice.empty
  const paragraphs = lines.map((line) => bodySchema.nodes.paragraph.create(null, bodySchema.text(line)))
  return new Slice(Fragment.from(paragraphs), 1, 1)
}

/** ProseMirror's clipboardTextParser signature; the context does not change how we split lines. */
export function parsePlainText(text: string, _context: ResolvedPos): Slice {
  return plainTextSlice(text)
}
