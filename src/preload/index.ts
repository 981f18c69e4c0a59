/**
 * The preload exposes the contract on window.barta and nothing else: one `call` function over one IPC channel.
 * No Electron object or Node API reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron'
import type { BartaApi } from '../shared/api'
// Imported from its own tiny module so the sandboxed preload bundles no library code.
import { IPC_CHANNEL } from '../shared/transport-names'

const api: BartaApi = {
  call: (method, args) => ipcRenderer.invoke(IPC_CHANNEL, method, args)
}

contextBridge.exposeInMainWorld('barta', api)
