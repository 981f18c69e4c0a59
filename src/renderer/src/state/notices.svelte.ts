import type { RecoveryNotice } from '../../../shared/library'
import type { Err } from '../../../shared/result'
import type { MessageKey } from '../i18n/index.svelte'
import { api } from '../lib/api-client'

/**
 * What the shell tells the user above the workspace: the last call that failed (until the library answers again), a
 * short confirmation, and the damaged files the library set aside when it opened.
 */
class Notices {
  problem = $state<Err | null>(null)
  info = $state<MessageKey | null>(null)
  recovered = $state<RecoveryNotice[]>([])

  fail(problem: Err): void {
    this.problem = problem
  }

  tell(message: MessageKey): void {
    this.info = message
  }

  async loadRecovered(): Promise<void> {
    const result = await api.call('library.notices', {})
    if (result.ok) this.recovered = result.value
  }
}

export const notices = new Notices()
