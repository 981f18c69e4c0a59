import { createServices, type Services } from '../../../../src/core'
import type { LinkTiming } from '../../../../src/core/newsroom-link'
import type { ArgsOf, Method, ValueOf } from '../../../../src/shared/api'
import { bodyFromPlainText } from '../../../../src/shared/article/body'
import { dispatch } from '../../../../src/shared/dispatch'
import type { Result } from '../../../../src/shared/result'
import type { ServerDouble } from './server-double'

export const SERVER_URL = 'http://newsroom.test:8080'

/** Real local services on a temp folder, linked through the server double; backoff in milliseconds, not seconds. */
export async function laptop(dataDir: string, server: ServerDouble, timing: Partial<LinkTiming> = {}): Promise<Laptop> {
  const services = await createServices({
    dataDir,
    transport: 'http',
    version: 'test',
    newsroom: { transportFor: () => server.transport, timing: { backoffMinMs: 5, backoffMaxMs: 40, pullIntervalMs: 60_000, ...timing } }
  })
  return new Laptop(services)
}

export class Laptop {
  constructor(readonly services: Services) {}

  async call<M extends Method>(method: M, args: ArgsOf<M>): Promise<Result<ValueOf<M>>> {
    return (await dispatch(this.services.handlers, method, args)) as Result<ValueOf<M>>
  }

  async value<M extends Method>(method: M, args: ArgsOf<M>): Promise<ValueOf<M>> {
    const result = await this.call(method, args)
    if (!result.ok) throw new Error(`${method}: ${result.code} ${result.message.en}`)
    return result.value
  }

  async create(headline: string, text: string) {
    return this.value('article.create', { content: { headline, body: bodyFromPlainText(text) } })
  }

  status() {
    return this.value('connection.status', {})
  }

  /** Waits until the background pusher has emptied the outbox (the backoff is milliseconds long here). */
  async drained(timeoutMs = 5000): Promise<void> {
    const until = Date.now() + timeoutMs
    for (;;) {
      const status = await this.status()
      if (status.pending === 0) return this.services.link!.settled()
      if (Date.now() > until) throw new Error(`outbox not drained: ${JSON.stringify(status)}`)
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
  }

  close() {
    return this.services.close()
  }
}
