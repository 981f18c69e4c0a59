import { describe, expect, it } from 'vitest'
import {
  BENGALI_DIGITS,
  hasBengaliDigits,
  padBengali,
  parseBengaliInt,
  toBengaliDigits,
  toLatinDigits
} from '../../../src/shared/bangla/digits'

describe('toBengaliDigits / toLatinDigits', () => {
  it('maps each of the ten digits both ways', () => {
    expect(toBengaliDigits('0123456789')).toBe('০১২৩৪৫৬৭৮৯')
    expect(toLatinDigits('০১২৩৪৫৬৭৮৯')).toBe('0123456789')
    expect(BENGALI_DIGITS).toBe('০১২৩৪৫৬৭৮৯')
    for (let i = 0; i < 10; i++) {
      expect(toBengaliDigits(String(i)).codePointAt(0)).toBe(0x09e6 + i)
    }
  })

  it('leaves every other character untouched', () => {
    expect(toBengaliDigits('কোভিড-19: 5 জনের মৃত্যু, 2024')).toBe('কোভিড-১৯: ৫ জনের মৃত্যু, ২০২৪')
    expect(toLatinDigits('২১/০১/২০২৪, ০২:২৭ পিএম')).toBe('21/01/2024, 02:27 পিএম')
    // Other scripts' digits are not ours to convert.
    expect(toBengaliDigits('٣ ३ ৩')).toBe('٣ ३ ৩')
    expect(toLatinDigits('٣ ३ 3')).toBe('٣ ३ 3')
    expect(toBengaliDigits('')).toBe('')
  })

  it('accepts numbers and keeps signs and decimal points', () => {
    expect(toBengaliDigits(2024)).toBe('২০২৪')
    expect(toBengaliDigits(-3.75)).toBe('-৩.৭৫')
    expect(toBengaliDigits(10n)).toBe('১০')
  })

  it('does not throw on unpaired surrogates or junk passed at run time', () => {
    expect(toBengaliDigits('\uD8001\uDC00')).toBe('\uD800১\uDC00')
    expect(toLatinDigits('\uDC00৯')).toBe('\uDC009')
    expect(toBengaliDigits(null as unknown as string)).toBe('')
    expect(toLatinDigits(undefined as unknown as string)).toBe('')
  })

  it('round-trips mixed text', () => {
    const s = 'মোট ১২৩৪ টাকা (1234 taka)'
    expect(toBengaliDigits(toLatinDigits(s))).toBe('মোট ১২৩৪ টাকা (১২৩৪ taka)')
  })

  it('documents why conversion is needed', () => {
    expect(/\d/.test('৫')).toBe(false)
    expect(/\p{Nd}/u.test('৫')).toBe(true)
    expect(Number('৫')).toBeNaN()
    expect(hasBengaliDigits('দাম ৫ টাকা')).toBe(true)
    expect(hasBengaliDigits('price 5')).toBe(false)
  })
})

describe('parseBengaliInt', () => {
  it('reads Bengali, Latin and mixed digits', () => {
    expect(parseBengaliInt('৫')).toBe(5)
    expect(parseBengaliInt('২০২৪')).toBe(2024)
    expect(parseBengaliInt('০৭')).toBe(7)
    expect(parseBengaliInt('1৪৪৫')).toBe(1445)
    expect(parseBengaliInt('  ৪২\n')).toBe(42)
  })

  it('reads signs, including the Unicode minus', () => {
    expect(parseBengaliInt('-৪২')).toBe(-42)
    expect(parseBengaliInt('+৪২')).toBe(42)
    expect(parseBengaliInt('\u2212৫')).toBe(-5)
    expect(Object.is(parseBengaliInt('-০'), 0)).toBe(true)
  })

  it('accepts comma grouping, lakh style included', () => {
    expect(parseBengaliInt('১,২৩,৪৫৬')).toBe(123456)
    expect(parseBengaliInt('12,345')).toBe(12345)
  })

  it('returns null for anything that is not a whole number', () => {
    for (const bad of ['', '   ', 'পাঁচ', '১.৫', '১২ক', ',১২', '১২,', '১,,২', '- ৫', '৫-', '9007199254740993', '\uD800']) {
      expect(parseBengaliInt(bad), bad).toBeNull()
    }
    expect(parseBengaliInt(null as unknown as string)).toBeNull()
    expect(parseBengaliInt('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER)
  })
})

describe('padBengali', () => {
  it('zero-pads in Bengali digits', () => {
    expect(padBengali(2)).toBe('০২')
    expect(padBengali(27)).toBe('২৭')
    expect(padBengali(7, 3)).toBe('০০৭')
    expect(padBengali(123, 2)).toBe('১২৩')
  })
  it('gives an empty string for non-finite input', () => {
    expect(padBengali(Number.NaN)).toBe('')
    expect(padBengali(Number.POSITIVE_INFINITY)).toBe('')
  })
})
