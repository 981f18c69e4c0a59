import { Node as PMNode, Slice } from 'prosemirror-model'
import { EditorState, TextSelection, type Command } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { bodyToPlainText, type BodyDoc } from '../../../src/shared/article/body'
import { sanitizeBody } from '../../../src/shared/article/sanitize'
import { countText } from '../../../src/shared/bangla/count'
import { createBodyCounter } from '../../../src/renderer/src/editor/counts'
import { bodySchema } from '../../../src/renderer/src/editor/schema'
import { imageName } from '../../../src/renderer/src/editor/pasted-images'
import { insertTable, nextCell, paragraphBeforeTable } from '../../../src/renderer/src/editor/table-commands'
import { normalizePastedTables } from '../../../src/renderer/src/editor/table-paste'
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

describe('table commands and paste, on editor states', () => {
  const state = (json: unknown, at: number) => {
    const doc = PMNode.fromJSON(bodySchema, json)
    return EditorState.create({ doc, selection: TextSelection.create(doc, at) })
  }
  const apply = (from: EditorState, command: Command) => {
    let next = from
    expect(command(from, (tr) => (next = from.apply(tr)))).toBe(true)
    return next
  }
  const body = (s: EditorState) => s.doc.toJSON() as BodyDoc

  it('inserts a table with a header row after the caret’s paragraph, caret in its first cell, a paragraph after it', () => {
    const s = apply(state({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ফল' }] }] }, 3), insertTable)
    expect(body(s).content.map((node) => node.type)).toEqual(['paragraph', 'table', 'paragraph'])
    expect(body(s).content[1]).toEqual(table(row(th(''), th('')), row(cell(''), cell('')), row(cell(''), cell(''))))
    expect(s.selection.$from.node(-1).type.name).toBe('table_header')
    expect(insertTable(s)).toBe(false) // never a table in a table
    // In a new story's one empty paragraph: the table takes its place, with a paragraph after it.
    const fresh = apply(state({ type: 'doc', content: [{ type: 'paragraph' }] }, 1), insertTable)
    fresh.doc.check()
    expect(body(fresh).content.map((node) => node.type)).toEqual(['table', 'paragraph'])
  })

  it('Tab in the last cell adds a row and moves there; Enter at the start of a table that opens the story makes room above', () => {
    const doc = { type: 'doc', content: [table(row(th('দেশ'), th('সফর')), row(cell('রাশিয়া'), cell('২০০০'))), { type: 'paragraph' }] }
    let s = state(doc, 4)
    s = apply(s, paragraphBeforeTable)
    expect(body(s).content.map((node) => node.type)).toEqual(['paragraph', 'table', 'paragraph'])
    expect(s.selection.from).toBe(1)
    const last = body(s).content[1]!
    // The end of «২০০০»: the last text position inside the table.
    let end = 0
    s.doc.descendants((node, pos) => {
      if (node.isText && node.text === '২০০০') end = pos + node.nodeSize
    })
    s = apply(state(body(s), end), nextCell)
    expect(body(s).content[1]?.content).toHaveLength((last.content?.length ?? 0) + 1)
    expect(s.selection.$from.node(-2).type.name).toBe('table_row')
    expect(s.selection.$from.index(1)).toBe(2) // the new third row of the table
  })

  it('pasted tables become what the store keeps; in a quote they become text instead of being lost', () => {
    const hostile = PMNode.fromJSON(bodySchema, {
      type: 'doc',
      content: [table(row(cell('ক', { colspan: 40 }), cell('খ')), row(cell('গ'), cell('ঘ')))]
    })
    const slice = new Slice(hostile.content, 0, 0)
    const atTop = state({ type: 'doc', content: [{ type: 'paragraph' }] }, 1)
    const kept = normalizePastedTables(slice, atTop)
    const first = kept.content.firstChild?.toJSON() as BodyDoc['content'][number]
    expect(first.type).toBe('table')
    expect(Math.max(...(first.content ?? []).flatMap((r) => (r.content ?? []).map((c) => c.attrs?.colspan as number)))).toBeLessThanOrEqual(
      2
    )
    expect(kept.content.lastChild?.type.name).toBe('paragraph') // room to write below
    const inQuote = state({ type: 'doc', content: [{ type: 'blockquote', content: [{ type: 'paragraph' }] }] }, 2)
    const asText = normalizePastedTables(slice, inQuote)
    expect(asText.content.toJSON()).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'ক | খ' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'গ | ঘ' }] }
    ])
  })

  it('names a picture by its alt text, else its file name, else its address', () => {
    expect(imageName('  ভাঙনে   বিলীন গ্রাম ', 'https://x.example/a.jpg', 'নাম নেই')).toBe('ভাঙনে বিলীন গ্রাম')
    expect(imageName('', 'https://cdn.example.com/img/dhaka%20flood.jpg?w=800', 'নাম নেই')).toBe('dhaka flood.jpg')
    expect(imageName('', 'file:///C:/Users/rep/AppData/Local/Temp/msohtmlclip1/01/clip_image001.png', 'নাম নেই')).toBe('clip_image001.png')
    expect(imageName('', 'data:image/png;base64,AAAA', 'নাম নেই')).toBe('নাম নেই')
    expect(imageName('', 'https://cdn.example.com/', 'নাম নেই')).toBe('cdn.example.com')
    expect(imageName('ক'.repeat(200), '', 'নাম নেই')).toHaveLength(80)
  })
})
