import { describe, expect, it } from 'vitest'
import { cleanSlug, effectiveSlug, suggestSlug, uniqueFileName, uniqueSlug } from '../../../src/shared/article/slug'

describe('a slug suggested from a Bengali headline', () => {
  it.each([
    ['উজানের ঢলে তিস্তার পানি বিপৎসীমার ওপরে', 'ujaner-dhole-tistar-pani-bipotsimar-opore'],
    ['নদীভাঙনে বিলীন তিন গ্রাম', 'nodibhangne-bilin-tin-gram'],
    ['লবণ চাষিদের দুর্দিন', 'lobon-chashider-durdin'],
    ['চায়ের দাম বাড়ল', 'chayer-dam-barol'],
    ['নির্বাচন কমিশন', 'nirbachon-komishon'],
    ['বাংলাদেশ সংসদ', 'bangladesh-songsod'],
    ['ঢাকায় হয়েছে', 'dhakay-hoyechhe']
  ])('%s → %s', (headline, slug) => {
    expect(suggestSlug(headline)).toBe(slug)
  })

  it('drops the inherent vowel between a sounded syllable and a vowel sign, and at a word end', () => {
    expect(suggestSlug('সরকার')).toBe('sorkar')
    expect(suggestSlug('মামলা')).toBe('mamla')
    expect(suggestSlug('হাসপাতাল')).toBe('haspatal')
    expect(suggestSlug('খবর')).toBe('khobor')
    // After a vowel letter the vowel stays: ও-পো-রে, উ-পো-জে-লা.
    expect(suggestSlug('ওপরে উপজেলা')).toBe('opore-upojela')
  })

  it('keeps the vowel of a cluster, even at the end of a word, and writes the special clusters', () => {
    expect(suggestSlug('চট্টগ্রাম')).toBe('chottogram')
    expect(suggestSlug('কেন্দ্র রাষ্ট্র মুক্তিযুদ্ধ')).toBe('kendro-rashtro-muktijuddho')
    expect(suggestSlug('ক্ষমা পরীক্ষা')).toBe('khoma-porikkha')
    expect(suggestSlug('জ্ঞান বিজ্ঞান')).toBe('gyan-biggan')
    expect(suggestSlug('স্বাধীনতা বিশ্ববিদ্যালয়')).toBe('swadhinta-bishwobidyaloy')
  })

  it('reads ড় ঢ় য় whether they are stored composed or (as NFC keeps them) with a nukta', () => {
    expect(suggestSlug('বাড়ল')).toBe('barol')
    expect(suggestSlug('বা\u09A1\u09BCল')).toBe('barol')
    expect(suggestSlug('ও\u09AF\u09BC')).toBe(suggestSlug('ওয়'))
  })

  it('turns Bengali digits into Latin ones, keeps Latin words in lower case, and drops punctuation', () => {
    expect(suggestSlug('৪৪টি জলকপাট খোলা')).toMatch(/^44ti-/)
    expect(suggestSlug('SECRET DRAFT: embargoed until Friday')).toBe('secret-draft-embargoed-until-friday')
    expect(suggestSlug('«বাজেট ২০২৪-২৫» — কী আছে?')).toBe('bajet-2024-25-ki-achhe')
    expect(suggestSlug('Café résumé')).toBe('cafe-resume')
  })

  it('is at most 80 characters, cut between words, and empty when nothing can be written', () => {
    const long = suggestSlug('তিস্তার পানি '.repeat(20))
    expect(long.length).toBeLessThanOrEqual(80)
    expect(long).toMatch(/^tistar-pani-.*[a-z]$/)
    expect(suggestSlug('   ।।  ')).toBe('')
    expect(suggestSlug('')).toBe('')
    expect(suggestSlug('\u200C\u200D')).toBe('')
  })

  it('gives only lower-case Latin letters, digits and single hyphens', () => {
    for (const headline of ['উজানের ঢলে তিস্তার পানি', 'ঁঃং্', 'র‍্যাব', 'অ আ ই ঈ উ ঊ ঋ এ ঐ ও ঔ', 'ৎ ঞ ণ ঢ়'])
      expect(suggestSlug(headline)).toMatch(/^(?:[a-z0-9]+(?:-[a-z0-9]+)*)?$/)
  })
})

describe('slugs in names and addresses', () => {
  it('cleans a typed slug for a file name or a path, keeping Bengali letters', () => {
    expect(cleanSlug(' tista/../flood ')).toBe('tista-flood')
    expect(cleanSlug('তিস্তা বন্যা')).toBe('তিস্তা-বন্যা')
    expect(cleanSlug('---')).toBe('')
  })

  it('falls back from the typed slug to one suggested from the headline', () => {
    expect(effectiveSlug({ slug: '', headline: 'খবর' })).toBe('khobor')
    expect(effectiveSlug({ slug: 'my-own', headline: 'খবর' })).toBe('my-own')
  })

  it('numbers a slug or a file name that is taken, so nothing is overwritten', () => {
    const taken = new Set(['khobor', 'khobor-2'])
    expect(uniqueSlug('khobor', (slug) => taken.has(slug))).toBe('khobor-3')
    expect(uniqueSlug('notun', (slug) => taken.has(slug))).toBe('notun')
    const used = new Set<string>()
    expect(['a.barta.json', 'a.barta.json', 'a.barta.json', 'b.html', 'a'].map((name) => uniqueFileName(name, used))).toEqual([
      'a.barta.json',
      'a-2.barta.json',
      'a-3.barta.json',
      'b.html',
      'a'
    ])
    expect(uniqueFileName('a', used)).toBe('a-2')
  })
})
