import { EditorState } from 'prosemirror-state'
import { describe, expect, it } from 'vitest'
import { createLexicon } from '../../../src/shared/bangla/lexicon'
import { addDays, addMonths, dayAfterKey, dayName } from '../../../src/renderer/src/components/fields/calendar-keys'
import {
  choiceFor,
  chosenWord,
  committedText,
  moveChoice,
  phoneticCandidates,
  showsList
} from '../../../src/renderer/src/editor/phonetic-candidates'
import { bodySchema } from '../../../src/renderer/src/editor/schema'
import { addRange, changedRanges, mapRanges, removeRange, textBlocksIn } from '../../../src/renderer/src/editor/spellcheck-ranges'
import { shippedLexicon } from './dictionary-fixture'

/**
 * The pure parts of the desk's Bengali typing: the phonetic candidate list (what Space commits, with punctuation after
 * a word), the spell check's waiting ranges over a real ProseMirror document, the calendar's keyboard moves, and a
 * lexicon that grows a word at a time.
 */
const nfc = (text: string) => text.normalize('NFC')
const lexicon = shippedLexicon()

describe('phonetic candidates', () => {
  it('put the word Avro’s dictionary mode commits first, the rule result within reach', () => {
    const mamla = phoneticCandidates('mamla', lexicon).map((candidate) => candidate.word)
    expect(mamla[0]).toBe(nfc('মামলা'))
    expect(mamla).toContain(nfc('মাম্লা'))
    expect(phoneticCandidates('sorkar', lexicon)[0]?.word).toBe(nfc('সরকার'))
    expect(phoneticCandidates('ami', lexicon)[0]?.word).toBe(nfc('আমি'))
    // A full stop or comma after the word is punctuation after the chosen word.
    const withDari = phoneticCandidates('mamla.', lexicon).map((candidate) => candidate.word)
    expect(withDari[0]).toBe(nfc('মামলা।'))
    expect(withDari).toContain(nfc('মাম্লা।'))
    expect(phoneticCandidates('dhaka,', lexicon)[0]?.word).toBe(nfc('ঢাকা,'))
  })

  it('offer the rule result alone while the word list loads, and for numbers', () => {
    expect(phoneticCandidates('mamla', null)).toEqual([{ word: nfc('মাম্লা'), source: 'rule' }])
    expect(phoneticCandidates('2024', lexicon)).toEqual([{ word: '২০২৪', source: 'rule' }])
    expect(showsList(choiceFor('mamla', null))).toBe(false)
    expect(showsList(choiceFor('2024', lexicon))).toBe(false)
    expect(showsList(choiceFor('mamla', lexicon))).toBe(true)
  })

  it('move the choice round the list and commit it with the key that ended the word', () => {
    const choice = choiceFor('mamla', lexicon)
    const count = choice.candidates.length
    expect(count).toBeGreaterThan(2)
    expect(moveChoice(choice, 1).chosen).toBe(1)
    expect(moveChoice(choice, -1).chosen).toBe(count - 1)
    expect(moveChoice(moveChoice(choice, -1), 1).chosen).toBe(0)
    // applyKey's commit is the rule result plus the key; the chosen word takes the rule result's place.
    expect(committedText(choice, nfc('মাম্লা '))).toBe(nfc('মামলা '))
    expect(committedText(moveChoice(choice, 1), nfc('মাম্লা?'))).toBe(`${chosenWord(moveChoice(choice, 1))}?`)
    expect(committedText(choice, nfc('মাম্লা'))).toBe(nfc('মামলা'))
  })
})

describe('spell check ranges', () => {
  it('merge what touches, and lose what is checked (points too)', () => {
    let ranges = addRange([], { from: 10, to: 20 })
    ranges = addRange(ranges, { from: 30, to: 40 })
    ranges = addRange(ranges, { from: 20, to: 25 })
    expect(ranges).toEqual([
      { from: 10, to: 25 },
      { from: 30, to: 40 }
    ])
    expect(removeRange(ranges, { from: 12, to: 35 })).toEqual([
      { from: 10, to: 12 },
      { from: 35, to: 40 }
    ])
    // A deletion leaves a point; checking the block around it removes it (else the checker would never finish).
    expect(removeRange([{ from: 7, to: 7 }], { from: 5, to: 9 })).toEqual([])
    expect(removeRange([{ from: 7, to: 7 }], { from: 8, to: 9 })).toEqual([{ from: 7, to: 7 }])
  })

  it('follow an edit: the changed stretch is added, waiting stretches move with the text', () => {
    const paragraph = (text: string) => bodySchema.node('paragraph', null, text ? [bodySchema.text(text)] : [])
    const doc = bodySchema.node('doc', null, [paragraph('প্রথম অনুচ্ছেদ'), paragraph('দ্বিতীয় অনুচ্ছেদ')])
    const state = EditorState.create({ doc })
    const secondStart = doc.child(0).nodeSize + 1
    const tr = state.tr.insertText('নতুন ', 1)
    expect(changedRanges(tr.mapping)).toEqual([{ from: 1, to: 6 }])
    expect(mapRanges([{ from: secondStart, to: secondStart + 3 }], tr.mapping)).toEqual([{ from: secondStart + 5, to: secondStart + 8 }])
  })

  it('give each text block its text with one character per position, a line break included', () => {
    const doc = bodySchema.node('doc', null, [
      bodySchema.node('paragraph', null, [bodySchema.text('ঢাকা'), bodySchema.node('hard_break'), bodySchema.text('খবর')]),
      bodySchema.node('heading', { level: 2 }, [bodySchema.text('শিরোনাম')])
    ])
    const blocks = textBlocksIn(doc, { from: 0, to: doc.content.size })
    expect(blocks.map((block) => block.text)).toEqual(['ঢাকা\nখবর', 'শিরোনাম'])
    const [first, second] = blocks
    // Offsets in the text are positions in the document.
    const khobor = first!.text.indexOf('খবর')
    expect(doc.textBetween(first!.start + khobor, first!.start + khobor + 3)).toBe('খবর')
    expect(doc.textBetween(second!.start, second!.end)).toBe('শিরোনাম')
    // A point in a block still finds the block.
    expect(textBlocksIn(doc, { from: second!.start + 2, to: second!.start + 2 })).toHaveLength(1)
  })
})

describe('calendar keys (week from Saturday)', () => {
  it('move by day, week, month and year, keeping the day or the month’s last', () => {
    expect(dayAfterKey('2024-01-21', 'ArrowRight', false)).toBe('2024-01-22')
    expect(dayAfterKey('2024-01-01', 'ArrowLeft', false)).toBe('2023-12-31')
    expect(dayAfterKey('2024-01-29', 'ArrowDown', false)).toBe('2024-02-05')
    expect(dayAfterKey('2024-01-31', 'PageDown', false)).toBe('2024-02-29')
    expect(dayAfterKey('2024-02-29', 'PageDown', true)).toBe('2025-02-28')
    expect(dayAfterKey('2024-03-31', 'PageUp', false)).toBe('2024-02-29')
    expect(addMonths('2024-12-15', 1)).toBe('2025-01-15')
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01')
    expect(dayAfterKey('2024-01-21', 'Tab', false)).toBeNull()
  })

  it('take Home to Saturday and End to Friday, the Bangladeshi week', () => {
    // Wednesday 24 January 2024: its week runs Saturday 20 to Friday 26.
    expect(dayAfterKey('2024-01-24', 'Home', false)).toBe('2024-01-20')
    expect(dayAfterKey('2024-01-24', 'End', false)).toBe('2024-01-26')
    expect(dayAfterKey('2024-01-20', 'Home', false)).toBe('2024-01-20')
    expect(dayAfterKey('2024-01-26', 'End', false)).toBe('2024-01-26')
  })

  it('name a day in Bengali for screen readers', () => {
    expect(dayName('2024-01-21')).toBe('২১ জানুয়ারি ২০২৪, রবিবার')
    expect(dayName('2019-02-21')).toBe('২১ ফেব্রুয়ারি ২০১৯, বৃহস্পতিবার')
    expect(dayName('2024-02-30')).toBe('')
  })
})

describe('a lexicon filled a word at a time', () => {
  it('knows each added word at once, by key and as a completion', () => {
    const growing = createLexicon([])
    expect(growing.has('মেট্রোরেল')).toBe(false)
    for (const word of ['মামলা', 'মামলাবাজ', 'মেট্রোরেল']) growing.add(word)
    expect(growing.has(nfc('মেট্রোরেল'))).toBe(true)
    expect(growing.size).toBe(3)
    expect(growing.completions('মামল', 5)).toEqual([nfc('মামলা'), nfc('মামলাবাজ')])
    // A word with a new key after completions were asked for is found too (the sorted keys are rebuilt).
    growing.add('মামলাকারী')
    expect(growing.completions('মামলা', 5)).toContain(nfc('মামলাকারী'))
    growing.add('মামলা')
    expect(growing.size).toBe(4)
  })
})
