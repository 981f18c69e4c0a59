import type { Handlers } from '../../shared/api'
import { err } from '../../shared/result'

type ServerOnly =
  | 'auth.login'
  | 'auth.logout'
  | 'auth.session'
  | 'newsroom.people'
  | 'desk.queue'
  | 'story.assign'
  | 'story.lock'
  | 'story.unlock'
  | 'sync.push'
  | 'sync.pull'

const unsupported = async () =>
  err(
    'unsupported',
    'এই কাজটি কেবল নিউজরুম সার্ভারে করা যায়; এই লাইব্রেরি একা চলছে।',
    'This is done on the newsroom server only; this library works on its own.'
  )

/** A library on one machine has no logins, no shared queue and nothing to sync from: it says so plainly. */
export function serverOnlyHandlers(): Pick<Handlers, ServerOnly> {
  return {
    'auth.login': unsupported,
    'auth.logout': unsupported,
    'auth.session': unsupported,
    'newsroom.people': unsupported,
    'desk.queue': unsupported,
    'story.assign': unsupported,
    'story.lock': unsupported,
    'story.unlock': unsupported,
    'sync.push': unsupported,
    'sync.pull': unsupported
  }
}
