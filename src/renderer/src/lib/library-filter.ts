import type { ArticleStatus } from '../../../shared/article/model'

/** The desk's views of the stories moving through it. */
export const DESK_VIEWS = ['submitted', 'editing', 'approved', 'publishedToday'] as const
export type DeskView = (typeof DESK_VIEWS)[number]

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
