import type { Handlers } from '../../shared/api'
import { err } from '../../shared/result'

type ConnectionMethods = 'connection.status' | 'connection.connect' | 'connection.disconnect' | 'connection.sync'

// Placeholder until the newsroom link (src/core/newsroom-link) answers these.
const notYet = async () => err('unsupported', 'নিউজরুমের সাথে সংযোগ এখনো চালু হয়নি।', 'Connecting to a newsroom is not available yet.')

export function unlinkedHandlers(): Pick<Handlers, ConnectionMethods> {
  return {
    'connection.status': notYet,
    'connection.connect': notYet,
    'connection.disconnect': notYet,
    'connection.sync': notYet
  }
}
