import { ipcMain, type IpcMainInvokeEvent } from 'electron'
import { IPC_CHANNEL, type Handlers } from '../shared/api'
import { dispatch } from '../shared/dispatch'
import { err } from '../shared/result'

/**
 * Serves the contract over one IPC channel. The sender frame must be our own top-level renderer page; arguments are
 * validated by dispatch() against the contract before any service sees them.
 */
export function registerIpc(handlers: Handlers, isTrustedUrl: (url: string) => boolean): void {
  ipcMain.handle(IPC_CHANNEL, async (event: IpcMainInvokeEvent, method: unknown, args: unknown) => {
    const frame = event.senderFrame
    if (!frame || frame.parent !== null || !isTrustedUrl(frame.url)) {
      return err('forbidden', 'এই উৎস থেকে অনুরোধ গ্রহণ করা হয় না।', 'Requests from this frame are not accepted.')
    }
    const onInternalError = (error: unknown) => console.error(`[barta] ${String(method)} failed:`, error)
    try {
      return await dispatch(handlers, method, args, onInternalError)
    } catch (error) {
      // Validation itself can throw on pathological arguments (nesting deep enough to exhaust the stack): still a value.
      onInternalError(error)
      return err('bad-request', 'অনুরোধটি পড়া যায়নি; কিছুই বদলানো হয়নি।', 'The request could not be read; nothing was changed.')
    }
  })
}
