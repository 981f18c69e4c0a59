/**
 * The Electron shell: lifecycle, one window, menu and security settings. Everything the UI can do goes through the
 * contract (src/shared/api.ts), served here over IPC by src/main/ipc.ts and implemented in src/core.
 */
import { app, BrowserWindow, dialog, Menu, session, shell } from 'electron'
import { join } from 'node:path'
import { createServices, type Services } from '../core'
import { failureWhileOpening } from '../core/failure-messages'
import { FolderLockedError } from '../core/folder-lock'
import { serveOwnerEndpoint, type OwnerEndpointServer } from '../server/owner-endpoint'
import { registerIpc } from './ipc'
import { APP_ORIGIN, registerAppScheme, serveRenderer } from './app-protocol'
import { buildMenu } from './menu'
import { electronPdfRenderer } from './pdf-electron'
import { loadWindowState, saveWindowState } from './window-state'
import icon from '../../resources/icon.png?asset'

const devServerUrl = process.env.ELECTRON_RENDERER_URL
const rendererDir = join(import.meta.dirname, '../renderer')
const rendererUrl = `${APP_ORIGIN}/index.html`

registerAppScheme()

// Tests and portable setups may point the app at another data folder; by default it is the platform's userData.
if (process.env.BARTA_DATA_DIR) app.setPath('userData', process.env.BARTA_DATA_DIR)

function isTrustedUrl(url: string): boolean {
  if (devServerUrl && !app.isPackaged) return url.startsWith(devServerUrl)
  return url.split(/[?#]/)[0] === rendererUrl || url === `${APP_ORIGIN}/`
}

/** Only http and https links leave the app, and only to the system browser. */
function openExternalSafely(url: string): void {
  try {
    const parsed = new URL(url)
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') void shell.openExternal(parsed.href)
  } catch {
    // Not a URL: ignore.
  }
}

let mainWindow: BrowserWindow | null = null
let services: Services | null = null
let ownerEndpoint: OwnerEndpointServer | null = null

async function createWindow(): Promise<void> {
  const userData = app.getPath('userData')
  const state = await loadWindowState(userData)
  const window = new BrowserWindow({
    x: state.x,
    y: state.y,
    width: state.width,
    height: state.height,
    minWidth: 480,
    minHeight: 360,
    show: false,
    title: 'বার্তা — Barta',
    backgroundColor: '#f7f5f0',
    ...(process.platform === 'linux' ? { icon } : {}),
    webPreferences: {
      preload: join(import.meta.dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      // A middle click (auxclick) on a link would otherwise open it in a new window without a regular click.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true
    }
  })
  mainWindow = window
  if (state.maximized) window.maximize()

  window.once('ready-to-show', () => window.show())
  window.on('close', () => {
    const bounds = window.getNormalBounds()
    void saveWindowState(userData, { ...bounds, maximized: window.isMaximized() }).catch(() => {})
  })
  window.on('closed', () => {
    mainWindow = null
  })

  window.webContents.on('will-navigate', (event, url) => {
    if (!isTrustedUrl(url)) {
      event.preventDefault()
      openExternalSafely(url)
    }
  })
  window.webContents.setWindowOpenHandler(({ url }) => {
    openExternalSafely(url)
    return { action: 'deny' }
  })

  if (devServerUrl && !app.isPackaged) await window.loadURL(devServerUrl)
  else await window.loadURL(rendererUrl)
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore()
      mainWindow.focus()
    }
  })

  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault())
  })

  void app.whenReady().then(async () => {
    session.defaultSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
    session.defaultSession.setPermissionCheckHandler(() => false)
    serveRenderer(rendererDir)

    const dataDir = app.getPath('userData')
    try {
      services = await createServices({
        dataDir,
        transport: 'ipc',
        program: 'app',
        version: app.getVersion(),
        resourcesDir: join(import.meta.dirname, '../../resources'),
        pdf: electronPdfRenderer
      })
    } catch (error) {
      // One writer per data folder: another app or host holds it (or the folder cannot be written). Say so and quit.
      const message = error instanceof FolderLockedError ? error : await failureWhileOpening(dataDir, error)
      dialog.showErrorBox('বার্তা চালু করা যায়নি — Barta could not start', `${message.bn}\n\n${message.en}`)
      app.exit(1)
      return
    }
    // While the app owns the folder, `barta list|import|export` go through it (a loopback endpoint for the CLI).
    ownerEndpoint = await serveOwnerEndpoint(services.handlers, services.lock!).catch(() => null)
    registerIpc(services.handlers, isTrustedUrl)
    Menu.setApplicationMenu(buildMenu(!app.isPackaged, dataDir))
    await createWindow()

    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) void createWindow()
    })
  })

  // Quit waits for writes the store has accepted, so nothing reported saved is lost.
  let flushed = false
  app.on('before-quit', (event) => {
    if (flushed || !services) return
    event.preventDefault()
    const open = services
    void (ownerEndpoint?.close() ?? Promise.resolve())
      .catch(() => undefined)
      .then(() => open.close())
      .catch(() => undefined)
      .finally(() => {
        flushed = true
        app.quit()
      })
  })

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
}
