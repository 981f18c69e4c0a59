import type { Handlers } from '../../shared/api'
import { err, ok } from '../../shared/result'
import type { NewsroomLink } from '../newsroom-link'
import { guarded } from './common'

type ConnectionMethods = 'connection.status' | 'connection.connect' | 'connection.disconnect' | 'connection.sync'

/** A library opened read-only (the CLI reading a folder nobody owns) never links to a newsroom. */
const readOnly = async () =>
  err('unsupported', 'শুধু পড়ার জন্য খোলা লাইব্রেরি নিউজরুমের সাথে যুক্ত হয় না।', 'A library opened read-only does not connect to a newsroom.')

export function unlinkedHandlers(): Pick<Handlers, ConnectionMethods> {
  return {
    'connection.status': readOnly,
    'connection.connect': readOnly,
    'connection.disconnect': readOnly,
    'connection.sync': readOnly
  }
}

/** This library's link to a newsroom (src/core/newsroom-link): status, log in and start, stop, sync now. */
export function connectionHandlers(link: NewsroomLink): Pick<Handlers, ConnectionMethods> {
  return {
    'connection.status': async () => ok(link.status()),
    'connection.connect': ({ serverUrl, user, password }) => guarded(() => link.connect(serverUrl, user, password)),
    'connection.disconnect': () => guarded(async () => ok(await link.disconnect())),
    'connection.sync': () =>
      guarded(async () => {
        if (!link.linked) return err('bad-request', 'কোনো নিউজরুম যুক্ত করা হয়নি।', 'No newsroom is connected.')
        return ok(await link.syncNow())
      })
  }
}
