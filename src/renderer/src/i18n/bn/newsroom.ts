/**
 * Bengali UI strings for the newsroom: the login, the logged-in user in the top bar, the shared desk queue and
 * assignment, the edit lock, live notifications, and a laptop's connection to a newsroom. Quoted names («প্রবেশ করুন»,
 * «আমাকে দিন», «{name} কে দিন», «দায়িত্ব নিন» …) are a contract checked by tests: keep them exactly.
 */
export const bnNewsroom = {
  // The login.
  loginTitle: 'বার্তা নিউজরুমে প্রবেশ',
  loginIntro: 'আপনার নিউজরুমের ব্যবহারকারীর নাম ও পাসওয়ার্ড দিন।',
  loginExpired: 'আপনার সেশন শেষ হয়ে গেছে। আবার প্রবেশ করুন — আপনার না-রাখা লেখা এই পাতায় আছে, প্রবেশের পরে রাখা হবে।',
  loginUser: 'ব্যবহারকারীর নাম',
  loginPassword: 'পাসওয়ার্ড',
  loginSubmit: 'প্রবেশ করুন',
  loginWorking: 'প্রবেশ করা হচ্ছে…',
  loginWait: '{seconds} সেকেন্ড পরে আবার চেষ্টা করুন।',
  loginStarting: 'বার্তা খুলছে…',
  logout: 'বেরিয়ে যান',
  signedInAs: 'প্রবেশ করেছেন',

  // The shared desk queue.
  queueTitle: 'ডেস্কের সারি',
  queueBack: 'লেখায় ফিরুন',
  queueSubmitted: 'জমা পড়েছে',
  queueEditing: 'সম্পাদনায়',
  queueApproved: 'অনুমোদিত',
  queuePublishedToday: 'আজ প্রকাশিত',
  queueEmpty: 'কিছু নেই',
  queueRefresh: 'সারি হালনাগাদ করুন',
  queueReporter: 'প্রতিবেদক',
  queueAssignee: 'দায়িত্বে',
  queueUnassigned: 'কাউকে দেওয়া হয়নি',
  queueOpen: 'খুলুন: {headline}',
  queueAssignMe: 'আমাকে দিন',
  queueAssignTo: '… কে দিন',
  queueAssignPerson: '{name} কে দিন',
  queueAssignMenu: '«{headline}» কাকে দেবেন',
  queueAssigned: '«{headline}» দেওয়া হলো: {name}',

  // The edit lock.
  editingNow: 'এখন সম্পাদনা করছেন: {name}',
  editingReadOnly: 'তিনি শেষ না করা পর্যন্ত এখানে শুধু পড়া যাবে।',
  takeOver: 'দায়িত্ব নিন',

  // Live notifications.
  liveRegion: 'নিউজরুমের খবর',
  liveReturned: 'আপনার লেখা ফেরত এসেছে: {headline} — কারণ: {note}',
  liveSubmitted: 'নতুন লেখা জমা পড়েছে: {headline}',
  livePublished: 'প্রকাশিত হয়েছে: {headline}',
  liveTakenOver: '{name} আপনার কাছ থেকে সম্পাদনার দায়িত্ব নিয়েছেন',
  liveDismiss: 'বার্তাটি সরান',

  // A laptop's link to a newsroom.
  connectionTitle: 'নিউজরুম',
  connectionIntro: 'এই কম্পিউটারের লাইব্রেরি একটি নিউজরুম সার্ভারের সাথে মিলিয়ে রাখুন। লেখা আগে এখানেই রাখা হয়, সংযোগ পেলে পাঠানো হয়।',
  connectionServer: 'সার্ভারের ঠিকানা',
  connectionUser: 'ব্যবহারকারীর নাম',
  connectionPassword: 'পাসওয়ার্ড',
  connectionConnect: 'সংযুক্ত করুন',
  connectionDisconnect: 'সংযোগ বিচ্ছিন্ন করুন',
  connectionConnectedTo: '{server} — {name} হিসেবে',
  connectionOnline: 'সংযুক্ত',
  connectionOffline: 'অফলাইন — {count} টি পরিবর্তন পাঠানোর অপেক্ষায়',
  connectionSending: 'পাঠানো হচ্ছে — {count} টি পরিবর্তন',
  connectionConflicts: 'সার্ভারে নতুন সংস্করণ আছে:',
  connectionOpenConflict: 'মিলিয়ে দেখুন: {headline}'
} as const
