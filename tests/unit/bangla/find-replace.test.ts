import { Schema } from 'prosemirror-model'
import { describe, expect, it } from 'vitest'
import { emptyQuery, findMatches, matchInText, replaceableMatches } from '../../../src/renderer/src/editor/find-replace'

// The body schema's shape in miniature: paragraphs of text.
const schema = new Schema({
  nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*', toDOM: () => ['p', 0] }, text: {} }
})
const docOf = (...lines: string[]) =>
  schema.node(
    'doc',
    null,
    lines.map((line) => schema.node('paragraph', null, line ? [schema.text(line)] : []))
  )

describe('find and replace-all over folded matches', () => {
  it('never finds ৎ inside সত্য (the class of issue 13)', () => {
    const query = { ...emptyQuery(), text: 'সৎ' }
    expect(matchInText('সত্য কথা, সৎ মানুষ', query)).toEqual([{ start: 10, end: 12 }])
  })

  it('replace-all takes the literal matches and leaves those that folding alone made', () => {
    const doc = docOf('বাজেট 2024 এবং ২০২৪', 'র‍্যাব আর র্যাব', 'Dhaka ও dhaka')
    const texts = (query: string, matchCase = false) => {
      const q = { ...emptyQuery(), text: query, matchCase }
      const all = findMatches(doc, q)
      const literal = replaceableMatches(doc, all, q)
      return { all: all.length, literal: literal.map((m) => doc.textBetween(m.start, m.end)) }
    }
    expect(texts('2024')).toEqual({ all: 2, literal: ['2024'] })
    expect(texts('র্যাব')).toEqual({ all: 2, literal: ['র্যাব'] })
    expect(texts('dhaka')).toEqual({ all: 2, literal: ['Dhaka', 'dhaka'] })
    expect(texts('dhaka', true)).toEqual({ all: 1, literal: ['dhaka'] })
  })

  it('with folding off every match is literal', () => {
    const doc = docOf('২০২৪ আর ২০২৪')
    const q = { ...emptyQuery(), text: '২০২৪', foldVariants: false }
    expect(replaceableMatches(doc, findMatches(doc, q), q)).toHaveLength(2)
  })
})
