import { describe, expect, it } from 'vitest'
import {
  applyKey, createPhoneticSession, isPhoneticChar, phoneticToBengali
} from '../../../src/shared/bangla/phonetic'

// Expected strings are compared in NFC, Barta's stored form (য় ড় ঢ় as base +
// nukta), so a precomposed letter in this file cannot cause a false failure;
// the converter's own output is checked to be NFC separately below.
const nfc = (s: string): string => s.normalize('NFC')
const ZWJ = '\u200D'

// Each pair was worked out by hand from the rules in phonetic.ts.
const NEWSROOM: ReadonlyArray<readonly [string, string]> = [
  ['ami', 'আমি'], ['amar', 'আমার'], ['kotha', 'কথা'], ['bangla', 'বাংলা'],
  ['bangladesh', 'বাংলাদেশ'], ['Dhaka', 'ঢাকা'], ['sorokar', 'সরকার'],
  ['protibedok', 'প্রতিবেদক'], ['protibedon', 'প্রতিবেদন'], ['nirbacon', 'নির্বাচন'],
  ['shikkha', 'শিক্ষা'], ['shikSha', 'শিক্ষা'], ['shikkhok', 'শিক্ষক'],
  ['ortho', 'অর্থ'], ['orthonIti', 'অর্থনীতি'], ['rajodhanI', 'রাজধানী'],
  ['montrI', 'মন্ত্রী'], ['prodhanomontrI', 'প্রধানমন্ত্রী'],
  ['montroNaloy', 'মন্ত্রণালয়'], ['khobor', 'খবর'], ['songbad', 'সংবাদ'],
  ['sangbadik', 'সাংবাদিক'], ['jatIyo', 'জাতীয়'], ['raShTro', 'রাষ্ট্র'],
  ['raShTropoti', 'রাষ্ট্রপতি'], ['somoy', 'সময়'], ['songsod', 'সংসদ'],
  ['songkhya', 'সংখ্যা'], ['songkhZa', 'সংখ্যা'], ['songhat', 'সংঘাত'],
  ['songgoThon', 'সংগঠন'], ['songgram', 'সংগ্রাম'], ['shotangsho', 'শতাংশ'],
  ['din', 'দিন'], ['bochor', 'বছর'], ['manuSh', 'মানুষ'], ['desh', 'দেশ'],
  ['poriborton', 'পরিবর্তন'], ['odhikar', 'অধিকার'], ['shohor', 'শহর'],
  ['gram', 'গ্রাম'], ['pulish', 'পুলিশ'], ['ain', 'আইন'], ['adalot', 'আদালত'],
  ['bicar', 'বিচার'], ['hotya', 'হত্যা'], ['mamola', 'মামলা'],
  ['greptar', 'গ্রেপ্তার'], ['sthanIyo', 'স্থানীয়'], ['onuShThan', 'অনুষ্ঠান'],
  ['ekhon', 'এখন'], ['kintu', 'কিন্তু'], ['ebong', 'এবং'],
  ['swadhInota', 'স্বাধীনতা'], ['muktizuddho', 'মুক্তিযুদ্ধ'],
  ['bybosa', 'ব্যবসা'], ['odhibeshon', 'অধিবেশন'], ['sompadok', 'সম্পাদক'],
  ['porIkkha', 'পরীক্ষা'], ['itihas', 'ইতিহাস'], ['obosthan', 'অবস্থান'],
  ['obostha', 'অবস্থা'], ['ghoTona', 'ঘটনা'], ['durghoTona', 'দুর্ঘটনা'],
  ['nihoto', 'নিহত'], ['ahoto', 'আহত'], ['Thikana', 'ঠিকানা'], ['paThok', 'পাঠক'],
  ['Daktar', 'ডাক্তার'], ['hasopatal', 'হাসপাতাল'], ['shilpo', 'শিল্প'],
  ['karokhana', 'কারখানা'], ['bajeT', 'বাজেট'], ['Taka', 'টাকা'], ['dam', 'দাম'],
  ['bajar', 'বাজার'], ['khela', 'খেলা'], ['krikeT', 'ক্রিকেট'], ['phuTobol', 'ফুটবল'],
  ['chobi', 'ছবি'], ['narI', 'নারী'], ['shishu', 'শিশু'], ['swasthyo', 'স্বাস্থ্য'],
  ['cinta', 'চিন্তা'], ['jonogoN', 'জনগণ'], ['bhOT', 'ভোট'], ['dol', 'দল'],
  ['netrI', 'নেত্রী'], ['kOTi', 'কোটি'], ['lokkho', 'লক্ষ'], ['prothom', 'প্রথম'],
  ['dwitIyo', 'দ্বিতীয়'], ['trritIyo', 'তৃতীয়'], ['coturtho', 'চতুর্থ'],
  ['chatro', 'ছাত্র'], ['chatrI', 'ছাত্রী'], ['andOlon', 'আন্দোলন'],
  ['bikkhOv', 'বিক্ষোভ'], ['shromik', 'শ্রমিক'], ['odhyapok', 'অধ্যাপক'],
  ['uddhar', 'উদ্ধার'], ['upodeShTa', 'উপদেষ্টা'], ['bonya', 'বন্যা'],
  ['brriShTi', 'বৃষ্টি'], ['ghUrNijhoR', 'ঘূর্ণিঝড়'], ['soRok', 'সড়ক'],
  ['setu', 'সেতু'], ['nodI', 'নদী'], ['podma', 'পদ্মা'], ['prokolpo', 'প্রকল্প'],
  ['unnoyon', 'উন্নয়ন'], ['poribesh', 'পরিবেশ'], ['bisheSh', 'বিশেষ'],
  ['sadharoN', 'সাধারণ'], ['nagorik', 'নাগরিক'], ['sahityo', 'সাহিত্য'],
  ['sthogit', 'স্থগিত'], ['shohId', 'শহীদ'], ['ekushe', 'একুশে'],
  ['hoyeche', 'হয়েছে'], ['kheye', 'খেয়ে'], ['meye', 'মেয়ে'], ['injiniyar', 'ইঞ্জিনিয়ার'],
  ['cikitsa', 'চিকিৎসা'], ['cikitsok', 'চিকিৎসক'], ['utsob', 'উৎসব'],
  ['utpadon', 'উৎপাদন'], ['bidyut``', 'বিদ্যুৎ'], ['bhobiShyot``', 'ভবিষ্যৎ'],
  ['baRi', 'বাড়ি'], ['gaRi', 'গাড়ি'], ['aShaRh', 'আষাঢ়'], ['jhoR', 'ঝড়'],
  ['krriShok', 'কৃষক'], ['rriN', 'ঋণ'], ['achhe', 'আছে'], ['neeti', 'নীতি'],
  ['phool', 'ফুল'], ['bhUmi', 'ভূমি'], ['valO', 'ভালো'], ['fOn', 'ফোন'], ['qolom', 'কলম'],
  ['proshason', 'প্রশাসন'], ['nirbahI', 'নির্বাহী'], ['kormokorta', 'কর্মকর্তা'],
  ['durnIti', 'দুর্নীতি'], ['nirapotta', 'নিরাপত্তা'], ['antorjatik', 'আন্তর্জাতিক'],
  ['porzobekkhoN', 'পর্যবেক্ষণ'], ['bidesh', 'বিদেশ'], ['poribar', 'পরিবার'],
  ['puruSh', 'পুরুষ'], ['rajonIti', 'রাজনীতি'], ['rajonOItik', 'রাজনৈতিক'],
  ['somabesh', 'সমাবেশ'], ['michil', 'মিছিল'], ['dabi', 'দাবি'], ['asami', 'আসামি'],
  ['jela', 'জেলা'], ['upojela', 'উপজেলা'], ['mohasoRok', 'মহাসড়ক'],
  ['abohawa', 'আবহাওয়া'], ['tapomatra', 'তাপমাত্রা'], ['rajoswo', 'রাজস্ব'],
  ['biniyOg', 'বিনিয়োগ'], ['roptani', 'রপ্তানি'], ['amodani', 'আমদানি'],
  ['pOshak', 'পোশাক'], ['mojuri', 'মজুরি'], ['beton', 'বেতন'], ['cakori', 'চাকরি'],
  ['shikkharthI', 'শিক্ষার্থী'], ['folafol', 'ফলাফল'], ['rOgI', 'রোগী'], ['Tika', 'টিকা'],
  ['jwalani', 'জ্বালানি'], ['pani', 'পানি'], ['soroboraho', 'সরবরাহ'],
  ['siddhanto', 'সিদ্ধান্ত'], ['bOIThok', 'বৈঠক'], ['alOcona', 'আলোচনা'],
  ['tothyo', 'তথ্য'], ['sUtro', 'সূত্র'], ['aj', 'আজ'], ['gotokal', 'গতকাল'],
  ['sokal', 'সকাল'], ['rat', 'রাত'], ['soptaho', 'সপ্তাহ'], ['mas', 'মাস'],
  ['notun', 'নতুন'], ['gurutwopUrNo', 'গুরুত্বপূর্ণ'], ['tottwo', 'তত্ত্ব'], ['bhaSha', 'ভাষা'],
  ['songskrriti', 'সংস্কৃতি'], ['pOUrosova', 'পৌরসভা'], ['prozukti', 'প্রযুক্তি'],
  ['inTaroneT', 'ইন্টারনেট'], ['DijiTal', 'ডিজিটাল'], ['ujjwol', 'উজ্জ্বল'],
  ['dwyorthok', 'দ্ব্যর্থক']
]

describe('phoneticToBengali: words', () => {
  it('converts the sentence from the brief', () => {
    expect(phoneticToBengali('ami banglay gan gai')).toBe(nfc('আমি বাংলায় গান গাই'))
  })

  it.each(NEWSROOM)('%s → %s', (latin, bengali) => {
    expect(phoneticToBengali(latin)).toBe(nfc(bengali))
  })

  it('has a large word list', () => {
    expect(NEWSROOM.length).toBeGreaterThanOrEqual(150)
  })
})

describe('phoneticToBengali: rules', () => {
  const cases = (pairs: ReadonlyArray<readonly [string, string]>): void => {
    for (const [latin, bengali] of pairs) expect(phoneticToBengali(latin), latin).toBe(nfc(bengali))
  }

  it('writes vowels independent at word start and after a vowel, as signs after a consonant', () => {
    cases([
      ['o', 'অ'], ['a', 'আ'], ['i', 'ই'], ['I', 'ঈ'], ['ee', 'ঈ'], ['u', 'উ'], ['U', 'ঊ'],
      ['oo', 'উ'], ['e', 'এ'], ['O', 'ও'], ['OI', 'ঐ'], ['OU', 'ঔ'], ['rri', 'ঋ'],
      ['ko', 'ক'], ['ka', 'কা'], ['ki', 'কি'], ['kI', 'কী'], ['kee', 'কী'], ['ku', 'কু'],
      ['kU', 'কূ'], ['koo', 'কু'], ['ke', 'কে'], ['kO', 'কো'], ['kOI', 'কৈ'], ['kOU', 'কৌ'],
      ['krri', 'কৃ'], ['gai', 'গাই'], ['boi', 'বই'], ['bou', 'বউ'], ['ei', 'এই'],
      ['OIkyo', 'ঐক্য'], ['OUShodh', 'ঔষধ'], ['kOUshol', 'কৌশল'], ['tOIri', 'তৈরি'],
      // after a vowel, 'a' is য়া and 'o' is ও
      ['mia', 'মিয়া'], ['dao', 'দাও'], ['zaoa', 'যাওয়া']
    ])
  })

  it('joins consecutive consonants with hasanta: conjuncts, reph, phala', () => {
    cases([
      ['kt', 'ক্ত'], ['shr', 'শ্র'], ['str', 'স্ত্র'], ['strI', 'স্ত্রী'], ['ndr', 'ন্দ্র'],
      ['indro', 'ইন্দ্র'], ['condro', 'চন্দ্র'], ['jonmo', 'জন্ম'], ['kSh', 'ক্ষ'],
      ['kkh', 'ক্ষ'], ['ksh', 'ক্ষ'], ['kShoti', 'ক্ষতি'], ['jNG', 'জ্ঞ'], ['jNGan', 'জ্ঞান'],
      ['gg', 'জ্ঞ'], ['biggan', 'বিজ্ঞান'], ['lokkhmI', 'লক্ষ্মী'], ['srriShTi', 'সৃষ্টি'],
      // reph: r before a consonant, also the "rr" habit
      ['rk', 'র্ক'], ['dhormo', 'ধর্ম'], ['dhorrmo', 'ধর্ম'], ['karzo', 'কার্য'],
      ['karzokrom', 'কার্যক্রম'], ['porzonto', 'পর্যন্ত'],
      // ra-phala, ya-phala, ba-phala
      ['kr', 'ক্র'], ['krIRa', 'ক্রীড়া'], ['ky', 'ক্য'], ['kZ', 'ক্য'],
      ['bishwo', 'বিশ্ব'], ['bishwobidyaloy', 'বিশ্ববিদ্যালয়'], ['TZaxi', 'ট্যাক্সি'],
      // r + ya-phala keeps its shape with ZWJ
      ['rZab', `র${ZWJ}্যাব`], ['ry', `র${ZWJ}্য`],
      // nasal before velars and palatals
      ['onko', 'অঙ্ক'], ['ashonka', 'আশঙ্কা'], ['poncash', 'পঞ্চাশ'], ['ronjon', 'রঞ্জন'],
      ['akankkha', 'আকাঙ্ক্ষা'],
      // ng: ং, ঙ্গ before a vowel, ংঘ for ngh; Ng/NG are the letters
      ['songe', 'সঙ্গে'], ['bongobondhu', 'বঙ্গবন্ধু'], ['bangali', 'বাঙ্গালি'],
      ['roNg', 'রঙ'], ['NG', 'ঞ'], ['oNgko', 'অঙ্ক']
    ])
  })

  it('documents where the generic join differs from a naive spelling', () => {
    // Type the inherent 'o' where the Bengali has no conjunct.
    cases([
      ['sorkar', 'সর্কার'], ['rajdhani', 'রাজ্ধানি'], ['haspatal', 'হাস্পাতাল'],
      ['mamla', 'মাম্লা'], ['phuTbol', 'ফুট্বল'], ['sorboraho', 'সর্বরাহ'],
      // c is চ, ch is ছ; i is ি, I/ee is ী; dh is ধ, Dh is ঢ
      ['nirbachon', 'নির্বাছন'], ['jatiyo', 'জাতিয়'], ['dhaka', 'ধাকা']
    ])
  })

  it('handles y, w and x by position', () => {
    cases([
      ['banglay', 'বাংলায়'], ['hoy', 'হয়'], ['hoY', 'হয়'], ['yes', 'ইয়েস'],
      ['hawa', 'হাওয়া'], ['wasa', 'ওয়াসা'], ['zawa', 'যাওয়া'], ['w', 'ও'],
      ['x', 'এক্স'], ['aZsiD', 'অ্যাসিড']
    ])
  })

  it('handles the signs ং ঃ ঁ ৎ', () => {
    cases([
      ['ca^d', 'চাঁদ'], ['du:kho', 'দুঃখ'], ['du::', 'দুঃ'], ['t``', 'ৎ'], ['ut``sob', 'উৎসব'],
      ['biShoy:', 'বিষয়:'], [':', ':']
    ])
  })

  it('is case-sensitive only where uppercase means another letter', () => {
    cases([
      ['t', 'ত'], ['T', 'ট'], ['th', 'থ'], ['Th', 'ঠ'], ['d', 'দ'], ['D', 'ড'],
      ['dh', 'ধ'], ['Dh', 'ঢ'], ['n', 'ন'], ['N', 'ণ'], ['r', 'র'], ['R', 'ড়'],
      ['Rh', 'ঢ়'], ['s', 'স'], ['S', 'শ'], ['sh', 'শ'], ['Sh', 'ষ'], ['Ng', 'ঙ'],
      ['NG', 'ঞ'], ['ng', 'ং'], ['z', 'য'], ['Z', 'য'], ['y', 'ইয়'], ['Y', 'য়'],
      // other capitals read as lowercase (sentence-initial capitals are harmless)
      ['Ami', 'আমি'], ['Bangladesh', 'বাংলাদেশ'], ['KHobor', 'খবর'], ['SH', 'ষ'],
      ['c', 'চ'], ['ch', 'ছ'], ['chh', 'ছ'], ['f', 'ফ'], ['ph', 'ফ'], ['v', 'ভ'], ['bh', 'ভ'],
      ['q', 'ক'], ['j', 'জ'], ['jh', 'ঝ'], ['g', 'গ'], ['gh', 'ঘ'], ['k', 'ক'], ['kh', 'খ'],
      ['p', 'প'], ['b', 'ব'], ['m', 'ম'], ['l', 'ল'], ['h', 'হ']
    ])
  })

  it('converts digits, dari, taka and dots', () => {
    cases([
      ['0123456789', '০১২৩৪৫৬৭৮৯'], ['2024', '২০২৪'], ['3.5', '৩.৫'], ['ami.', 'আমি।'],
      ['.', '।'], ['..', '.'], ['...', '...'], ['a..', 'আ.'], ['$500', '৳৫০০'],
      ['Dhaka 25 Disembor.', 'ঢাকা ২৫ ডিসেম্বর।']
    ])
  })

  it('passes everything that is not ours through unchanged', () => {
    cases([
      ['', ''], ['আমি ami', 'আমি আমি'], ['khobor, songbad!', 'খবর, সংবাদ!'],
      ['(khobor) "songbad"', '(খবর) "সংবাদ"'], ['a-b', 'আ-ব'], ['😀a', '😀আ'],
      ['\u0000k\u0007\n', '\u0000ক\u0007\n'], ['\uD800a\uDC00', '\uD800আ\uDC00'],
      ['k`h', 'কহ'], ['`', '']
    ])
  })

  it('writes canonical (NFC) text with nukta letters decomposed', () => {
    for (const [latin] of NEWSROOM) {
      const out = phoneticToBengali(latin)
      expect(out.normalize('NFC')).toBe(out)
      expect(out).not.toMatch(/[\u09DC\u09DD\u09DF]/)
    }
    expect(phoneticToBengali('Y')).toBe('\u09AF\u09BC')
  })

  it('never throws and stays linear', () => {
    const alphabet = 'aAbBcdDeEgGhiIjkKlmnNoOprRsStTuUvwxyYzZ`^:.$0 9\u09A4\uD83D\uDE00\uDC00\u0000,'
    let seed = 1
    const rnd = (): number => (seed = (seed * 48271) % 2147483647) / 2147483647
    for (let n = 0; n < 2000; n++) {
      let s = ''
      const len = Math.floor(rnd() * 30)
      for (let i = 0; i < len; i++) s += alphabet.charAt(Math.floor(rnd() * alphabet.length))
      expect(typeof phoneticToBengali(s)).toBe('string')
    }
    expect(phoneticToBengali(undefined as unknown as string)).toBe('')
    const big = 'prodhanomontrI rrr``::..$ 12.5 kkkk aaaa ngng '.repeat(10_000)
    const t0 = performance.now()
    const out = phoneticToBengali(big)
    expect(out.length).toBeGreaterThan(big.length / 2)
    expect(performance.now() - t0).toBeLessThan(3000)
  })
})

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
    expect(applyKey('ami', ',')).toEqual({ pending: '', preview: '', commit: 'আমি,', passKey: false })
    expect(applyKey('Dhaka.', ' ').commit).toBe('ঢাকা। ')
    expect(applyKey('3.5', ' ').commit).toBe('৩.৫ ')
    expect(applyKey('biShoy:', ' ').commit).toBe(nfc('বিষয়: '))
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
    const text = 'ami banglay gan gai, Dhaka 25 Disembor. prodhanomontrI songsode bolen: ' +
      '"shikSha khate 3.5 shotangsho boraddo $500 koTi" -- protibedok\n'
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
    for (const ch of 'azAZ09`^:.$') expect(isPhoneticChar(ch)).toBe(true)
    for (const ch of [' ', ',', '-', '\n', 'ক', '😀', '', 'ab']) expect(isPhoneticChar(ch)).toBe(false)
  })
})
