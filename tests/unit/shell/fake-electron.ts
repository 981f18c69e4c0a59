/**
 * A stand-in for the `electron` module, for unit tests of the shell (src/main) on machines without the Electron binary.
 * It implements only what the shell calls, and records every request — window options, protocol and IPC handlers,
 * navigation and permission hooks, the menu, the single-instance lock — so a test can run the shell's real code and
 * then assert what it asked Electron to do. State lives on globalThis so that a fresh import of the shell after
 * vi.resetModules() still talks to the same recorder.
 */
type Listener = (...args: never[]) => unknown

class Emitter {
  readonly listeners = new Map<string, Listener[]>()
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener])
    return this
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener)
  }
  /** Calls the listeners as Electron would, with the arguments given. */
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => (listener as (...a: unknown[]) => unknown)(...args))
  }
}

export interface NavigationEvent {
  defaultPrevented: boolean
  preventDefault(): void
}

export function navigationEvent(): NavigationEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true
    }
  }
}

type WindowOpenHandler = (details: { url: string }) => { action: 'allow' | 'deny' }

export class FakeWebContents extends Emitter {
  windowOpenHandler?: WindowOpenHandler
  pdfOptions?: unknown
  printError?: Error
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler
  }
  async printToPDF(options: unknown): Promise<Buffer> {
    this.pdfOptions = options
    if (this.printError) throw this.printError
    return Buffer.from('%PDF-1.7 fake')
  }
}

export class BrowserWindow extends Emitter {
  static getAllWindows(): BrowserWindow[] {
    return fake().windows.filter((window) => !window.destroyed)
  }
  readonly webContents = new FakeWebContents()
  readonly options: Record<string, unknown>
  loadedUrl?: string
  shown = false
  maximized = false
  minimized = false
  focused = false
  destroyed = false
  bounds = { x: 40, y: 30, width: 1100, height: 760 }
  constructor(options: Record<string, unknown>) {
    super()
    this.options = options
    fake().windows.push(this)
    fake().onWindow?.(this)
  }
  async loadURL(url: string): Promise<void> {
    this.loadedUrl = url
  }
  show(): void {
    this.shown = true
  }
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isMinimized(): boolean {
    return this.minimized
  }
  restore(): void {
    this.minimized = false
  }
  focus(): void {
    this.focused = true
  }
  getNormalBounds() {
    return { ...this.bounds }
  }
  destroy(): void {
    this.destroyed = true
  }
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void
type PermissionCheckHandler = (contents: unknown, permission: string) => boolean
export type ProtocolHandler = (request: { url: string }) => Promise<Response>
export type IpcHandler = (event: unknown, ...args: unknown[]) => Promise<unknown>

interface FakeState {
  windows: BrowserWindow[]
  onWindow?: (window: BrowserWindow) => void
  app: Emitter & { ready: boolean }
  userData: string
  setPaths: Array<[string, string]>
  singleInstanceLock: boolean
  quits: number
  privilegedSchemes: unknown[]
  protocolHandlers: Map<string, ProtocolHandler>
  ipcHandlers: Map<string, IpcHandler>
  permissionRequestHandler?: PermissionRequestHandler
  permissionCheckHandler?: PermissionCheckHandler
  openedExternal: string[]
  openedPaths: string[]
  applicationMenu?: { template: unknown[] }
  exposedInMainWorld: Map<string, unknown>
  invoked: unknown[][]
}

const KEY = Symbol.for('barta.fake-electron')
type Global = typeof globalThis & { [KEY]?: FakeState }

/** Starts a fresh recording. */
export function resetFakeElectron(options: { userData: string; singleInstanceLock?: boolean }): FakeState {
  const state: FakeState = {
    windows: [],
    app: Object.assign(new Emitter(), { ready: false }),
    userData: options.userData,
    setPaths: [],
    singleInstanceLock: options.singleInstanceLock ?? true,
    quits: 0,
    privilegedSchemes: [],
    protocolHandlers: new Map(),
    ipcHandlers: new Map(),
    openedExternal: [],
    openedPaths: [],
    exposedInMainWorld: new Map(),
    invoked: []
  }
  ;(globalThis as Global)[KEY] = state
  return state
}

export function fake(): FakeState {
  const state = (globalThis as Global)[KEY]
  if (!state) throw new Error('resetFakeElectron() first')
  return state
}

export const app = {
  isPackaged: true,
  on: (event: string, listener: Listener) => fake().app.on(event, listener),
  whenReady: async () => {
    fake().app.ready = true
  },
  getPath: (name: string) => {
    if (name !== 'userData') throw new Error(`unexpected getPath(${name})`)
    return fake().userData
  },
  setPath: (name: string, value: string) => {
    fake().setPaths.push([name, value])
    if (name === 'userData') fake().userData = value
  },
  getVersion: () => '0.0.0-test',
  requestSingleInstanceLock: () => fake().singleInstanceLock,
  quit: () => {
    fake().quits += 1
  }
}

export const protocol = {
  registerSchemesAsPrivileged: (schemes: unknown[]) => fake().privilegedSchemes.push(...schemes),
  handle: (scheme: string, handler: ProtocolHandler) => fake().protocolHandlers.set(scheme, handler)
}

export const ipcMain = {
  handle: (channel: string, handler: IpcHandler) => fake().ipcHandlers.set(channel, handler)
}

export const session = {
  defaultSession: {
    setPermissionRequestHandler: (handler: PermissionRequestHandler) => (fake().permissionRequestHandler = handler),
    setPermissionCheckHandler: (handler: PermissionCheckHandler) => (fake().permissionCheckHandler = handler)
  }
}

export const shell = {
  openExternal: async (url: string) => {
    fake().openedExternal.push(url)
  },
  openPath: async (path: string) => {
    fake().openedPaths.push(path)
    return ''
  }
}

export const Menu = {
  buildFromTemplate: (template: unknown[]) => ({ template }),
  setApplicationMenu: (menu: { template: unknown[] }) => (fake().applicationMenu = menu)
}

/** The preload's side: what it puts on window, and what it sends. */
export const contextBridge = {
  exposeInMainWorld: (key: string, api: unknown) => fake().exposedInMainWorld.set(key, api)
}

export const ipcRenderer = {
  invoke: async (...args: unknown[]) => {
    fake().invoked.push(args)
    return { ok: true, value: 'answered' }
  }
}

export default { app, BrowserWindow, contextBridge, ipcMain, ipcRenderer, Menu, protocol, session, shell }
