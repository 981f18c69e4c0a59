import { describe, expect, it } from 'vitest'
import { applyKey, createPhoneticSession, isPhoneticChar, phoneticToBengali } from '../../../src/shared/bangla/phonetic'

// The editor's side of phonetic typing: the reducer for one key and the session around it. What the rules give is
// tested against the public Avro suites in phonetic-avro.test.ts.
const nfc = (s: string): string => s.normalize('NFC')

describe('applyKey and createPhoneticSession', () => {
  const typeWord = (word: string): string => {
    let pending = ''
    for (const ch of word) {
      const step = applyKey(pending, ch)
      expect(step.passKey).toBe(false)
      expect(step.commit).toBeUndefined()
      pending = step.pending
    }
    return pending
  }

  it('keeps the Latin word pending with a live preview', () => {
    expect(applyKey('', 'a')).toEqual({ pending: 'a', preview: 'আ', passKey: false })
    expect(applyKey('a', 'm')).toEqual({ pending: 'am', preview: 'আম', passKey: false })
    expect(applyKey('am', 'i')).toEqual({ pending: 'ami', preview: 'আমি', passKey: false })
    expect(typeWord('ami.')).toBe('ami.')
    expect(typeWord('du:kho')).toBe('du:kho')
  })

  it('commits the Bengali word plus the key on space or punctuation', () => {
    expect(applyKey('ami', ' ')).toEqual({ pending: '', preview: '', commit: 'আমি ', passKey: false })
    expect(applyKey('ami', '-')).toEqual({ pending: '', preview: '', commit: 'আমি-', passKey: false })
    expect(applyKey('ami,', ' ').commit).toBe('আমি, ')
    expect(applyKey('Dhaka.', ' ').commit).toBe('ঢাকা। ')
    expect(applyKey('3.5', ' ').commit).toBe('৩.৫ ')
    expect(applyKey('biShoy:`', ' ').commit).toBe(nfc('বিষয়: '))
    expect(applyKey('du:kho', ' ').commit).toBe('দুঃখ ')
    expect(applyKey('ami', '😀').commit).toBe('আমি😀')
  })

  it('lets the editor handle keys when nothing is pending', () => {
    expect(applyKey('', ' ')).toEqual({ pending: '', preview: '', passKey: true })
    expect(applyKey('', 'Enter')).toEqual({ pending: '', preview: '', passKey: true })
    expect(applyKey('', 'Backspace')).toEqual({ pending: '', preview: '', passKey: true })
    expect(applyKey('', 'Escape')).toEqual({ pending: '', preview: '', passKey: true })
  })

  it('handles Backspace, Escape, named and modifier keys', () => {
    expect(applyKey('ami', 'Backspace')).toEqual({ pending: 'am', preview: 'আম', passKey: false })
    expect(applyKey('ami', 'Escape')).toEqual({ pending: '', preview: '', commit: 'ami', passKey: false })
    expect(applyKey('ami', 'Enter')).toEqual({ pending: '', preview: '', commit: 'আমি', passKey: true })
    expect(applyKey('ami', 'ArrowLeft')).toEqual({ pending: '', preview: '', commit: 'আমি', passKey: true })
    expect(applyKey('ami', 'Shift')).toEqual({ pending: 'ami', preview: 'আমি', passKey: true })
    expect(applyKey('ami', 'CapsLock').pending).toBe('ami')
    expect(applyKey('x😀', 'Backspace').pending).toBe('x')
  })

  it('types a text key by key into the same result as converting it whole', () => {
    const text =
      'ami banglay gan gai, Dhaka 25 Disembor. prodhanomontrI songsode bolen:` ' +
      '"shikkha khate 3.5 shotangsho boraddo $500 koTi" -- protibedok\n' +
      'sorkar ek`Ti mamla korte cay, 2+2\n'
    const session = createPhoneticSession()
    let doc = ''
    for (const ch of text) {
      const key = ch === '\n' ? 'Enter' : ch
      const step = session.key(key)
      if (step.commit !== undefined) doc += step.commit
      if (step.passKey && key === 'Enter') doc += '\n'
      else if (step.passKey) doc += ch
      expect(session.pending).toBe(step.pending)
    }
    doc += session.flush()
    expect(doc).toBe(phoneticToBengali(text))
    expect(doc).toContain(nfc('আমি বাংলায় গান গাই, ঢাকা ২৫ ডিসেম্বর। প্রধানমন্ত্রী'))
    expect(doc).toContain(nfc('সরকার একটি মাম্লা করতে চায়, ২+২')) // Avro's মাম্লা: the suggestion list offers মামলা
  })

  it('flushes and resets the session', () => {
    const s = createPhoneticSession()
    s.key('k')
    s.key('o')
    s.key('Shift')
    expect(s.pending).toBe('ko')
    s.key('t')
    s.key('h')
    s.key('a')
    expect(s.preview).toBe('কথা')
    expect(s.flush()).toBe('কথা')
    expect(s.pending).toBe('')
    s.key('a')
    s.reset()
    expect(s.pending).toBe('')
    expect(s.flush()).toBe('')
  })

  it('knows which characters belong to a pending word', () => {
    for (const ch of 'azAZ09`^:.,$') expect(isPhoneticChar(ch)).toBe(true)
    for (const ch of [' ', '+', '-', '\n', 'ক', '😀', '', 'ab']) expect(isPhoneticChar(ch)).toBe(false)
  })
})
