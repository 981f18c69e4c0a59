import type { BartaApi } from './api'
import { err, type Result } from './result'
import { TOKEN_HEADER } from './transport-names'

type FetchLike = (
  url: string,
  init: { method: string; headers: Record<string, string>; body: string }
) => Promise<{
  status: number
  json(): Promise<unknown>
}>

/**
 * The contract over HTTP (the browser host's transport). `fetch` is passed in so this file stays free of DOM and Node
 * imports; the renderer passes window.fetch, tests pass Node's.
 */
export function createHttpClient(options: { baseUrl: string; token: string; fetch: FetchLike }): BartaApi {
  return {
    async call(method, args) {
      try {
        const response = await options.fetch(`${options.baseUrl}/api/${encodeURIComponent(method)}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', [TOKEN_HEADER]: options.token },
          body: JSON.stringify(args)
        })
        return (await response.json()) as Result<never>
      } catch {
        return err(
          'unavailable',
          'বার্তার সার্ভারের সাথে যোগাযোগ করা যাচ্ছে না; আপনার লেখা এই পাতায় রাখা আছে।',
          'Cannot reach the Barta host; your text is still on this page.'
        )
      }
    }
  }
}
