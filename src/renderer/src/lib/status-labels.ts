import type { ArticleStatus } from '../../../shared/article/model'
import type { RevisionReason } from '../../../shared/library'
import type { MessageKey } from '../i18n/index.svelte'

export const STATUS_LABEL: Record<ArticleStatus, MessageKey> = {
  draft: 'statusDraft',
  submitted: 'statusSubmitted',
  editing: 'statusEditing',
  approved: 'statusApproved',
  published: 'statusPublished',
  returned: 'statusReturned',
  killed: 'statusKilled'
}

export const REASON_LABEL: Record<RevisionReason, MessageKey> = {
  manual: 'reasonManual',
  interval: 'reasonInterval',
  status: 'reasonStatus',
  restore: 'reasonRestore',
  conflict: 'reasonConflict',
  import: 'reasonImport'
}
