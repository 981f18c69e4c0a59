import type { ArticleStatus } from '../../../shared/article/model'

/** What the library panel shows, narrowed by a search, a status, an owner and a sort order. */
export interface LibraryFilter {
  /** The library, the desk's queue (submitted stories, oldest first) or the trash. */
  view: 'articles' | 'desk' | 'trash'
  search: string
  status: ArticleStatus | ''
  sort: 'modified' | 'created' | 'headline'
  /** Only stories the current profile owns. */
  mine: boolean
}

export const DEFAULT_FILTER: LibraryFilter = { view: 'articles', search: '', status: '', sort: 'modified', mine: false }
