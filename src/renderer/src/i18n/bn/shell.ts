/** Bengali UI strings for the desk's layout: the preview beside the editor and at full size, the pane splitter. */
export const bnShell = {
  previewFullSize: 'পূর্ণ আকারে',
  previewFullTitle: 'পূর্ণ আকারে প্রাকদর্শন',
  previewBack: 'ফিরে যান',
  previewScale: '{percent}% আকারে',
  previewScaleNote: 'পাতাটি ছোট করে দেখানো হচ্ছে; আসল মাপে দেখতে «পূর্ণ আকারে» চাপুন, বা পাশের দাগ টেনে জায়গা বাড়ান।',
  previewSplitter: 'প্রাকদর্শনের প্রস্থ',
  previewSplitterValue: 'ডেস্কের {percent}%',
  deskDetailsJump: 'লেখার তথ্যে যান'
} as const
