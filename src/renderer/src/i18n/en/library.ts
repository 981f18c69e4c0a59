import type { bnLibrary } from '../bn/library'

/** English UI strings for the library's views: the desk's views, story cards, empty lists, returned stories. */
export const enLibrary: Record<keyof typeof bnLibrary, string> = {
  deskViews: 'Desk views',
  deskViewSubmitted: 'Submitted',
  deskViewEditing: 'Being edited',
  deskViewApproved: 'Approved',
  deskViewPublishedToday: 'Published today',
  deskEditingNote: 'Stories being edited now, with who holds each.',
  deskApprovedNote: 'Approved stories waiting to be published; the oldest first.',
  deskPublishedTodayNote: 'Stories published today ({zone} time), the latest first.',
  emptySubmitted: 'No submitted story is waiting.',
  emptyEditing: 'No story is being edited right now.',
  emptyApproved: 'No approved story is waiting to be published.',
  emptyPublishedToday: 'Nothing has been published today yet.',
  emptyDeskElsewhere: 'Elsewhere on the desk — {list}.',
  deskViewWithCount: '“{label}”: {n}',
  emptyStatus: 'No story is “{status}”.',
  emptyMine: 'You have no stories of your own yet. Press “New story”.',
  moveSubmitted: 'Submitted by {name}, {when}',
  moveEditing: 'Being edited by {name}, since {when}',
  moveApproved: 'Approved by {name}, {when}',
  movePublished: 'Published by {name}, {when}',
  moveReturned: 'Returned by {name}, {when}',
  submittedShort: 'Submitted: {name}, {when}',
  publishedLine: 'Published: {time}',
  returnedTitle: 'Stories returned to you',
  returnedText: '{n} returned to you that you have not opened yet:',
  returnedFlag: 'Returned',
  searchIndexing: 'The full-text index is being built ({indexed}/{of}); the rest were matched on headline and byline only.',
  tabCount: '{n} in all',
  statusWithCount: '{label} ({n})'
}
