import { Node as PMNode } from 'prosemirror-model'
import { describe, expect, it } from 'vitest'
import { bodyToPlainText } from '../../../src/shared/article/body'
import { sanitizeBody } from '../../../src/shared/article/sanitize'
import { countText } from '../../../src/shared/bangla/count'
import { createBodyCounter } from '../../../src/renderer/src/editor/counts'
import { bodySchema } from '../../../src/renderer/src/editor/schema'
import { cell, row, table, tableArticle, th } from './fixtures'

/** The editor's schema and live counts, in Node (ProseMirror's model needs no DOM). */
describe('tables in the editor schema', () => {
  it('loads every sanitized table as the editor document, and saves it back unchanged', () => {
    const body = sanitizeBody(tableArticle().body)
    const doc = PMNode.fromJSON(bodySchema, body)
    doc.check()
    expect(doc.toJSON()).toEqual(body)
  })

  it('refuses spans the store would never hold, and tables inside a quote', () => {
    const load = (json: unknown) => () => PMNode.fromJSON(bodySchema, json).check()
    const bad = (attrs: Record<string, unknown>) => ({
      type: 'doc',
      content: [table(row({ type: 'table_cell', attrs, content: [{ type: 'paragraph' }] }))]
    })
    expect(load(bad({ colspan: 1e9, rowspan: 1 }))).toThrow()
    expect(load(bad({ colspan: 0, rowspan: 1 }))).toThrow()
    expect(load(bad({ colspan: 1, rowspan: 1.5 }))).toThrow()
    expect(load({ type: 'doc', content: [{ type: 'blockquote', content: [table(row(cell('ক')))] }] })).toThrow()
    expect(load(bad({ colspan: 2, rowspan: 3 }))).not.toThrow()
  })

  it('counts a table as the store does: a row is a paragraph, cells are words apart', () => {
    const body = sanitizeBody({ type: 'doc', content: [table(row(th('দেশ'), th('সফর')), row(cell('রাশিয়া'), cell('২০০০')))] })
    const live = createBodyCounter()(PMNode.fromJSON(bodySchema, body))
    expect(live).toMatchObject({ words: 4, paragraphs: 2 })
    const stored = countText(bodyToPlainText(body))
    expect({ words: live.words, characters: live.characters, paragraphs: live.paragraphs }).toEqual({
      words: stored.words,
      characters: stored.characters,
      paragraphs: stored.paragraphs
    })
    const whole = sanitizeBody(tableArticle().body)
    const all = createBodyCounter()(PMNode.fromJSON(bodySchema, whole))
    expect(all.words).toBe(countText(bodyToPlainText(whole)).words)
  })
})
