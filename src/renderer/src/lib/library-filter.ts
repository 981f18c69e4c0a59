import type { ArticleStatus } from '../../../shared/article/model'
import type { LibraryCounts } from '../../../shared/library'
import type { MessageKey } from '../i18n/index.svelte'

/** The desk's views of the stories moving through it. */
export const DESK_VIEWS = ['submitted', 'editing', 'approved', 'publishedToday'] as const
export type DeskView = (typeof DESK_VIEWS)[number]

/** The desk views' names, as the tabs show them. */
export const DESK_VIEW_LABEL: Record<DeskView, MessageKey> = {
  submitted: 'deskViewSubmitted',
  editing: 'deskViewEditing',
  approved: 'deskViewApproved',
  publishedToday: 'deskViewPublishedToday'
}

/** How many stories a desk view holds, from the library's counts (published today only when the window was asked). */
export function deskViewCount(view: DeskView, counts: LibraryCounts | null): number | undefined {
  return view === 'publishedToday' ? counts?.published : counts?.status[view]
}

/** What the library panel shows, narrowed by a search, a status, an owner and a sort order. */
export interface LibraryFilter {
  /** The library, the desk's views (deskView) or the trash. */
  view: 'articles' | 'desk' | 'trash'
  deskView: DeskView
  search: string
  status: ArticleStatus | ''
  sort: 'modified' | 'created' | 'headline'
  /** Only stories the current profile owns. */
  mine: boolean
}

export const DEFAULT_FILTER: LibraryFilter = {
  view: 'articles',
  deskView: 'submitted',
  search: '',
  status: '',
  sort: 'modified',
  mine: false
}

/** The desk view a story in this state belongs to, if any (a story the desk moves stays in sight). */
export function deskViewOf(status: ArticleStatus): DeskView | undefined {
  if (status === 'submitted' || status === 'editing' || status === 'approved') return status
  if (status === 'published') return 'publishedToday'
  return undefined
}
