/** Bengali UI strings for tables in the body and for pictures a paste could not keep. */
export const bnTables = {
  deskTableInsert: 'সারণি যোগ করুন',
  deskTableAddRow: 'নিচে সারি যোগ করুন',
  deskTableAddColumn: 'ডানে কলাম যোগ করুন',
  deskTableDeleteRow: 'সারি মুছুন',
  deskTableDeleteColumn: 'কলাম মুছুন',
  deskTableHeaderRow: 'প্রথম সারি শিরোনাম',
  deskTableDelete: 'সারণি মুছুন',

  deskPastedImagesTitle: 'পেস্ট করা {count}টি ছবি রাখা যায়নি',
  deskPastedImagesWhy:
    'ওয়েবের ছবি বার্তা নিজে থেকে আনে না (অফলাইনে কাজ করে, অন্য সাইটের ছবি জোড়া দেয় না)। ছবিটি কম্পিউটারে থাকলে যেখানে ছিল সেখানে যোগ করুন।',
  deskPastedImageAdd: 'ছবি হিসেবে যোগ করুন',
  deskPastedImageEmbedded: 'নাম ছাড়া ছবি',
  deskPastedImagesDismiss: 'বাদ দিন'
}
