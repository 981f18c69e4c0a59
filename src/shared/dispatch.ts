import * as v from 'valibot'
import { contract, isMethod, type Handlers, type Method } from './api'
import { err, type Result } from './result'

/**
 * The one entry both transports call with untrusted input: checks the method name, validates the arguments against
 * the contract and turns any thrown error into a value, so a bad call can never take the service down.
 */
export async function dispatch(
  handlers: Handlers,
  methodName: unknown,
  args: unknown,
  onInternalError: (error: unknown) => void = () => {}
): Promise<Result<unknown>> {
  if (!isMethod(methodName)) {
    return err('unknown-method', 'এমন কোনো অনুরোধ নেই।', `Unknown method: ${String(methodName).slice(0, 80)}`)
  }
  const parsed = v.safeParse(contract[methodName].args, args ?? {})
  if (!parsed.success) {
    const issues = parsed.issues.slice(0, 5).map((issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`)
    return err('bad-request', 'অনুরোধটি সঠিক নয়; কিছুই বদলানো হয়নি।', `Invalid arguments for ${methodName}: ${issues.join('; ')}`, {
      issues
    })
  }
  try {
    const handler = handlers[methodName] as (input: unknown) => Promise<Result<unknown>>
    return await handler(parsed.output)
  } catch (error) {
    onInternalError(error)
    return err('internal', 'একটি অপ্রত্যাশিত সমস্যা হয়েছে; আবার চেষ্টা করুন।', 'Something unexpected went wrong; please try again.')
  }
}

export type { Method }
