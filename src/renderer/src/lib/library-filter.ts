import type { ArticleStatus } from '../../../shared/article/model'

/** What the library panel shows: articles or the trash, narrowed by a search, a status and a sort order. */
export interface LibraryFilter {
  view: 'articles' | 'trash'
  search: string
  status: ArticleStatus | ''
  sort: 'modified' | 'created' | 'headline'
}

export const DEFAULT_FILTER: LibraryFilter = { view: 'articles', search: '', status: '', sort: 'modified' }
