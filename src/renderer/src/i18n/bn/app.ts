/** Bengali UI strings for the shell and the library. */
export const bnApp = {
  appName: 'বার্তা',
  appTagline: 'সংবাদকক্ষের লেখার টেবিল',
  newArticle: 'নতুন লেখা',
  library: 'লেখার তালিকা',
  libraryEmpty: 'এখনো কোনো লেখা নেই। «নতুন লেখা» চাপুন।',
  untitled: '(শিরোনামহীন)',
  headline: 'শিরোনাম',
  headlinePlaceholder: 'শিরোনাম লিখুন',
  body: 'মূল লেখা',
  bodyPlaceholder: 'এখানে লেখা শুরু করুন…',
  saved: 'সংরক্ষিত',
  saving: 'সংরক্ষণ হচ্ছে…',
  unsaved: 'সংরক্ষণের অপেক্ষায়',
  saveFailed: 'সংরক্ষণ ব্যর্থ',
  retry: 'আবার চেষ্টা করুন',
  words: 'শব্দ',
  noArticleSelected: 'বাঁ দিকের তালিকা থেকে একটি লেখা বেছে নিন, অথবা নতুন লেখা শুরু করুন।',
  switchLanguage: 'English',
  switchLanguageLabel: 'Switch the interface to English',
  loading: 'লোড হচ্ছে…',
  editedAt: 'সম্পাদিত'
} as const
