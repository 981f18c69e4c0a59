import { BrowserWindow } from 'electron'
import type { PdfRenderer } from '../core/exports'

/** The desktop app's PDF: the published page in a hidden, script-less window, printed by Chromium inside Electron. */
export const electronPdfRenderer: PdfRenderer = async (html) => {
  const window = new BrowserWindow({
    show: false,
    webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false, disableBlinkFeatures: 'Auxclick' }
  })
  // The page is printed where it was loaded: it may not navigate (a meta refresh) or open windows.
  window.webContents.on('will-navigate', (event) => event.preventDefault())
  window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }))
  try {
    await window.loadURL(`data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`)
    return new Uint8Array(await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4' }))
  } finally {
    window.destroy()
  }
}
