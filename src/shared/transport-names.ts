/** Name of the single IPC channel; the preload and ipcMain share it. */
export const IPC_CHANNEL = 'barta:call'
/** Header that carries the browser host's per-start token. */
export const TOKEN_HEADER = 'x-barta-token'
