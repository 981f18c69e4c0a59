// Shared Bengali text samples for the normalize and fold tests: real spellings that stress the rules, and
// deterministic random strings over the characters the rules treat specially.

export const ZWJ = '\u200D'
export const ZWNJ = '\u200C'
export const RAB = 'র' + ZWJ + '্যাব' // র‍্যাব as typed on a phonetic keyboard
export const YA_PRE = '\u09DF' // য় precomposed
export const YA_DEC = '\u09AF\u09BC' // য + nukta

// Deterministic random strings over characters that stress the rules.
const ALPHABET = [
  ...'কখগঘঙচছজঝঞটঠডঢণতথদধনপফবভমযরলশষসহ',
  ...'অআইঈউঊঋএঐওঔ',
  ...'ািীুূৃেৈোৌ্ংঃঁ়ৎ',
  '\u09DC',
  '\u09DD',
  '\u09DF',
  '\u09D7',
  '\u09FE',
  ...'০১২৩৪৫৬৭৮৯0123456789',
  ...'aZé',
  '\u0301',
  ' ',
  '\u00A0',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '।',
  '?',
  '-',
  '‘',
  '’',
  ZWJ,
  ZWNJ,
  '\u200B',
  '\uFEFF',
  '\u0000',
  '\u0007',
  '\u0085',
  '\u2028',
  '\uD83D\uDE00',
  '\uD83D',
  '\uDE00',
  'ত্‍'
]
export function randomStrings(count: number, seed = 1): string[] {
  let a = seed
  const r = (): number => {
    a = (Math.imul(a, 1103515245) + 12345) >>> 0
    return a / 4294967296
  }
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    let s = ''
    const len = Math.floor(r() * 12)
    for (let k = 0; k < len; k++) s += ALPHABET[Math.floor(r() * ALPHABET.length)] ?? ''
    out.push(s)
  }
  return out
}

export const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

export const SAMPLES = [
  '',
  ' ',
  RAB,
  'র্যাব',
  'আওয়ামী লীগ',
  'বড় ঢাকঢোল, আষাঢ় মাস',
  'উত্‍সব',
  'উৎসব',
  'বিদ্যুত্‍',
  'ক্ষুধা স্ত্রী',
  'কো' + '\u09C7\u09BE',
  'বাংলাদেশ ২০২৪ সালে 2024',
  'line\r\nbreak\rhere\u2028and',
  '\uD800 lone \uDC00',
  '😀 ঠিক',
  'ক্\u0001়',
  '\uFEFFশুরু',
  'তথ্য\u00A0১০\u00A0কিমি',
  'এক\u000Bদুই\fতিন'
]
