/** Bengali UI strings for the Bengali language tools: phonetic suggestions, spell check, the date-time field and its calendar. */
export const bnBangla = {
  // Phonetic word suggestions
  phoneticSuggestions: 'ফোনেটিক শব্দের প্রস্তাব',
  phoneticAsTyped: 'যেমন লিখেছেন',
  phoneticHint: '↑↓ বেছে নিন · স্পেস/এন্টার বসান · Esc যেমন লিখেছেন',

  // Spell check
  spellcheck: 'বানান পরীক্ষা',
  spellcheckOnHint: 'অজানা শব্দের নিচে ঢেউ-রেখা; ডান-ক্লিকে প্রস্তাব',
  spellcheckPanel: 'অজানা শব্দ',
  spellcheckPanelCount: 'অজানা শব্দ ({count})',
  spellcheckLoading: 'অভিধান আসছে…',
  spellcheckFailed: 'অভিধান পাওয়া যায়নি; বানান পরীক্ষা বন্ধ থাকবে।',
  spellcheckNone: 'কোনো অজানা শব্দ নেই।',
  spellcheckMenu: 'বানানের প্রস্তাব',
  spellcheckNoSuggestions: 'কোনো প্রস্তাব নেই',
  spellcheckAddToDictionary: 'অভিধানে যোগ করুন',
  spellcheckIgnore: 'উপেক্ষা করুন',
  spellcheckReplaceWith: '«{word}» বসান',
  spellcheckShow: 'লেখায় দেখান',
  spellcheckTimes: '{count} বার',
  spellcheckAdded: '«{word}» {desk} অভিধানে যোগ হয়েছে।',
  spellcheckClose: 'তালিকা বন্ধ করুন',

  // The date-time field
  dateTimeHint: 'যেমন: ২১ জানুয়ারি ২০২৪, ০২:২৭ পিএম · ২১/০১/২০২৪ ১৪:২৭ · আজ ৩টা · গতকাল সন্ধ্যা ৭টা',
  dateTimeUnderstood: 'বোঝা গেছে:',
  dateTimeKeptValue: 'আগের সময়টিই থাকছে: {line}',
  dateTimeNoValue: 'কোনো সময় রাখা হয়নি।',
  dateTimeNow: 'এখন',
  dateTimeNowLabel: '{field}: এখন',
  dateTimeOpenCalendar: '{field}: ক্যালেন্ডার খুলুন',

  // The calendar popup
  calendarDialog: 'তারিখ বেছে নিন',
  calendarPreviousMonth: 'আগের মাস',
  calendarNextMonth: 'পরের মাস',
  calendarClose: 'বন্ধ করুন',
  calendarToday: 'আজ',
  calendarKeys: '←→↑↓ দিন · PageUp/PageDown মাস · Enter বেছে নিন · Esc বন্ধ',

  // Settings: the Hijri offset and padded days
  hijriOffsetNow: 'হিজরি তারিখ: {offset}',
  hijriOffsetDefault:
    'নির্ধারিত মান −১ দিন: বাংলাদেশের জাতীয় চাঁদ দেখা কমিটি সাধারণত সৌদি আরবের (উম্ম আল-কুরা) এক দিন পরে নতুন মাস শুরু করে। কমিটি অন্য ঘোষণা দিলে এখানে বদলান।',
  padDay: '১–৯ তারিখ লেখার ধরন',
  padDayOn: 'শূন্যসহ দুই অঙ্কে: {example}',
  padDayOff: 'এক অঙ্কে: {example}'
} as const
