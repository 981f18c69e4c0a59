import type { bnTables } from '../bn/tables'

/** English UI strings for tables in the body and for pictures a paste could not keep. */
export const enTables: Record<keyof typeof bnTables, string> = {
  deskTableInsert: 'Insert a table',
  deskTableAddRow: 'Add a row below',
  deskTableAddColumn: 'Add a column to the right',
  deskTableDeleteRow: 'Delete the row',
  deskTableDeleteColumn: 'Delete the column',
  deskTableHeaderRow: 'First row is a header',
  deskTableDelete: 'Delete the table',

  deskPastedImagesTitle: 'Pasted pictures that could not be kept: {count}',
  deskPastedImagesWhy:
    'Barta does not fetch pictures from the web (it works offline and never links to pictures on other sites). If you have the picture on this computer, add it where it stood.',
  deskPastedImageAdd: 'Add as a photo',
  deskPastedImageEmbedded: 'Picture without a name',
  deskPastedImagesDismiss: 'Dismiss'
}
