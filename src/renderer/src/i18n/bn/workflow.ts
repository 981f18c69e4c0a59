/**
 * Bengali UI strings for publishing you can trust: the live checklist, locked text, confirmations, corrections, the
 * published versions and the story's record. Quoted names («সংশোধন করুন», «প্রেরকের দেওয়া ইতিহাস» …) are a contract.
 */
export const bnWorkflow = {
  // The live approval checklist beside the workflow buttons.
  checklistTitle: 'অনুমোদনের তালিকা',
  checklistTally: '{total}টির {done}টি আছে',
  checklistReady: 'সব আছে',
  checklistDone: 'আছে',
  checklistMissing: 'বাকি',
  checklistGoTo: 'ঘরে যান',

  // Locked text and the correction under way.
  lockedPublished: 'লেখাটি প্রকাশিত, তাই এর লেখা বদলানো যায় না।',
  lockedPublishedHow: 'কিছু বদলাতে «সংশোধন করুন» চাপুন: একটি কাজের কপি খুলবে, পাঠকেরা ততক্ষণ প্রকাশিত সংস্করণটিই দেখবেন।',
  lockedPublishedAsk: 'কিছু বদলাতে হলে সম্পাদকীয় নোটে ডেস্ককে জানান; ডেস্ক বা প্রধান সম্পাদক সংশোধন করবেন।',
  lockedApproved: 'লেখাটি অনুমোদিত, তাই এর লেখা বদলানো যায় না।',
  lockedApprovedHow: 'কিছু বদলাতে «আবার সম্পাদনায় পাঠান» চাপুন।',
  lockedApprovedAsk: 'কিছু বদলাতে হলে প্রধান সম্পাদককে লেখাটি আবার সম্পাদনায় পাঠাতে বলুন।',
  correctionUnderWay: 'সংশোধন চলছে: এটি কাজের কপি।',
  correctionReadersSee: 'পাঠকেরা এখনো প্রকাশিত সংস্করণ {version} দেখছেন; সংশোধনটি অনুমোদন ও প্রকাশের পরেই তাঁদের কাছে যাবে।',

  // The confirmation before publishing, approving or killing: what goes out.
  confirmPublish: 'লেখাটি প্রকাশ করবেন?',
  confirmPublishCorrection: 'সংশোধনটি প্রকাশ করবেন?',
  confirmApprove: 'লেখাটি অনুমোদন দেবেন?',
  confirmKill: 'লেখাটি বাতিল করবেন?',
  confirmLoading: 'যা প্রকাশ পাবে তা আনা হচ্ছে…',
  confirmGoBack: 'ফিরে যান',
  confirmCorrectionExplain: 'এটি প্রকাশিত লেখার সংশোধন। প্রকাশ করলে পাঠকেরা নতুন সংস্করণ দেখবেন, আপডেটের সময়সহ।',
  confirmKillExplain: 'বাতিল করা লেখা আর কোনো পাতায় দেখা যাবে না। কারণটি লেখার রেকর্ডে থাকবে।',
  confirmRefused: 'এখন এই ধাপে যাওয়া যাবে না:',
  summaryByline: 'প্রতিবেদক',
  summaryDateline: 'ডেটলাইন',
  summarySection: 'বিভাগ',
  summaryTimes: 'সময়',
  summaryNoPublishTime: 'প্রকাশের সময় ঠিক করা হয়নি',
  summaryNoPhoto: 'ছবি নেই',
  summaryPhotoMissing: 'ছবির ফাইল পাওয়া যায়নি; ছবি নেই বলে ধরা হবে।',
  summaryWords: 'শব্দ',
  summaryWordCount: '{count}টি শব্দ',
  summarySlug: 'স্লাগ',
  summaryAddress: 'ঠিকানা',
  summaryNoAddress: 'সেটিংসে সাইটের ঠিকানা দেওয়া নেই',
  summaryVersion: 'সংস্করণ',
  summaryVersionFirst: 'প্রথম প্রকাশ: সংস্করণ {next}',
  summaryVersionNext: 'সংস্করণ {next} (পাঠকেরা এখন দেখছেন সংস্করণ {current})',
  summaryVersionNow: 'সংস্করণ {current}',
  summaryEmpty: '—',
  correctionNote: 'সংশোধনী (ঐচ্ছিক)',
  correctionNoteHint: 'পাতার শেষে «সংশোধনী: …» হিসেবে ছাপা হবে, আপডেটের সময়সহ। কিছু না লিখলে কোনো সংশোধনী ছাপা হবে না।',

  // The reporter's «জমা দিন» on an incomplete story.
  submitIncompleteTitle: 'লেখাটি এখনো অসম্পূর্ণ',
  submitIncompleteExplain: 'অনুমোদনের আগে এগুলো লাগবে। এখন জমা দিলে ডেস্ক এগুলো ছাড়া অনুমোদন দিতে পারবে না।',
  submitAnyway: 'তবুও জমা দিন',
  submitGoBack: 'ফিরে যান',

  // Dropping a correction.
  discardTitle: 'সংশোধন বাদ দেবেন?',
  discardExplain:
    'কাজের কপির পরিবর্তনগুলো বাদ যাবে এবং প্রকাশিত লেখাটি (সংস্করণ {version}) ফিরে আসবে। কাজের কপিটি সংস্করণ তালিকায় থেকে যাবে; নতুন করে কিছু প্রকাশিত হবে না।',

  // Published versions.
  publishedVersions: 'প্রকাশিত সংস্করণ',
  versionsEmpty: 'লেখাটি এখনো প্রকাশিত হয়নি।',
  versionNumber: 'সংস্করণ {version}',
  versionPublishedBy: 'প্রকাশ করেছেন {name}',
  versionFirst: 'প্রথম প্রকাশ',
  versionNoNote: 'সংশোধনী দেওয়া হয়নি',
  versionNote: 'সংশোধনী: {note}',
  versionsCompare: 'দুটি সংস্করণ মিলিয়ে দেখুন',
  versionsFrom: 'আগের সংস্করণ',
  versionsTo: 'পরের সংস্করণ',
  versionsSame: 'একই সংস্করণ দুবার বাছা হয়েছে।',

  // The story's record.
  history: 'ইতিহাস',
  historyTitle: 'লেখার ইতিহাস',
  historyLocal: 'এই লাইব্রেরির রেকর্ড',
  historyLocalNote: 'কে কখন লেখাটিকে কোন ধাপে নিয়েছেন — এই লাইব্রেরি নিজে লিখেছে।',
  historyEmpty: 'এখনো কোনো ধাপ নেওয়া হয়নি।',
  historyMove: '{from} → {to}',
  senderHistory: 'প্রেরকের দেওয়া ইতিহাস',
  senderHistoryNote: 'প্যাকেজের সঙ্গে আসা দাবি: প্রেরক যা বলেছেন, এই লাইব্রেরি তা যাচাই করেনি; রেকর্ডে যোগ করা হয়নি।',
  senderSent: 'পাঠিয়েছেন {name}, {time}',
  senderReceived: 'এখানে পেয়েছেন {name}, {time}',
  senderClaimedState: 'প্রেরকের দাবি করা অবস্থা: {state}',
  senderUnknown: 'অজানা প্রেরক',
  senderNoEntries: 'প্যাকেজে কোনো ধাপের দাবি ছিল না।',
  noteReceived: 'প্যাকেজে এসেছে ({time}) — পাঠিয়েছেন {from}',

  // The preview while a correction is worked on.
  previewShows: 'প্রাকদর্শনে যা দেখাবে',
  previewWorkingCopy: 'কাজের কপি',
  previewReadersNow: 'পাঠকেরা এখন যা দেখছেন',

  // The slug and its suggestion from the headline.
  slugSuggested: 'শিরোনাম থেকে প্রস্তাব:',
  slugUseSuggestion: 'প্রস্তাবটি নিন',
  slugEmptyHint: 'ফাঁকা রাখলে প্রকাশের সময় শিরোনাম থেকে তৈরি হবে।',

  // Settings: addresses are checked before they are sent.
  settingsAddressInvalid: 'http:// বা https:// দিয়ে শুরু একটি পুরো ঠিকানা দিন — ফাঁকা জায়গা, উদ্ধৃতিচিহ্ন বা অদৃশ্য লেখার দিক-চিহ্ন ছাড়া।',
  settingsNotSaved: 'সেটিংস সংরক্ষণ হয়নি; চিহ্নিত ঘরগুলো ঠিক করুন।'
} as const
