import type { bnApp } from '../bn/app'

export const enApp: Record<keyof typeof bnApp, string> = {
  appName: 'Barta',
  appTagline: 'The newsroom writing desk',
  newArticle: 'New article',
  library: 'Library',
  libraryEmpty: 'No articles yet. Press “New article”.',
  untitled: '(untitled)',
  headline: 'Headline',
  headlinePlaceholder: 'Write the headline',
  body: 'Body',
  bodyPlaceholder: 'Start writing here…',
  saved: 'Saved',
  saving: 'Saving…',
  unsaved: 'Waiting to save',
  saveFailed: 'Save failed',
  retry: 'Try again',
  words: 'words',
  noArticleSelected: 'Pick an article from the list on the left, or start a new one.',
  switchLanguage: 'বাংলা',
  switchLanguageLabel: 'ইন্টারফেস বাংলায় দেখান',
  loading: 'Loading…',
  editedAt: 'Edited'
}
