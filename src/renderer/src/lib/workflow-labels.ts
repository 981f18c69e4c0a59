import type { Role, WorkflowAction } from '../../../shared/workflow'
import type { MessageKey } from '../i18n/index.svelte'

export const ROLE_LABEL: Record<Role, MessageKey> = { reporter: 'roleReporter', desk: 'roleDesk', chief: 'roleChief' }

export const ACTION_LABEL: Record<WorkflowAction, MessageKey> = {
  submit: 'actionSubmit',
  take: 'actionTake',
  return: 'actionReturn',
  approve: 'actionApprove',
  publish: 'actionPublish',
  sendBack: 'actionSendBack',
  kill: 'actionKill',
  correct: 'actionCorrect',
  discardCorrection: 'actionDiscardCorrection'
}
