import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { IPC_CHANNEL } from '../../../src/shared/api'
import { CONTENT_SECURITY_POLICY } from '../../../src/shared/csp'
import { BrowserWindow, fake, navigationEvent, resetFakeElectron } from './fake-electron'

/**
 * The Electron shell (src/main/index.ts and the modules it wires up) run for real against a fake `electron` module:
 * the assertions are on what the shell asked Electron to do — the security settings of the window, the protocol, the
 * IPC gate, navigation, new windows, permissions, the menu and the single-instance lock.
 */
vi.mock('electron', () => import('./fake-electron'))

const RENDERER_URL = 'barta://app/index.html'
let dir: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'barta-shell-'))
})

afterEach(async () => {
  await quit()
  await rm(dir, { recursive: true, force: true })
})

/** Imports the shell afresh (its top-level code runs again) and waits until its window has loaded. */
async function startShell(options: { singleInstanceLock?: boolean } = {}) {
  vi.resetModules()
  const state = resetFakeElectron({ userData: join(dir, 'userData'), ...options })
  await import('../../../src/main/index')
  if (state.singleInstanceLock) await vi.waitFor(() => expect(state.windows[0]?.loadedUrl).toBeDefined(), { timeout: 15_000 })
  return state
}

/** Quits as the user would; the shell flushes the store first, then quits for real. */
async function quit(): Promise<void> {
  let state
  try {
    state = fake()
  } catch {
    return
  }
  if (state.quits > 0 || !state.app.listeners.has('before-quit')) return
  const event = navigationEvent()
  state.app.emit('before-quit', event)
  await vi.waitFor(() => expect(state.quits).toBe(1))
}

const mainWindow = () => fake().windows[0]!

describe('the main window', () => {
  it('isolates the page: context isolation, sandbox, no Node, web security, no webview, our preload', async () => {
    await startShell()
    const prefs = mainWindow().options.webPreferences as Record<string, unknown>
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick'
    })
    expect(String(prefs.preload)).toMatch(/[/\\]preload[/\\]index\.js$/)
    expect(mainWindow().options).toMatchObject({ show: false, minWidth: 480, minHeight: 360 })
    expect(mainWindow().loadedUrl).toBe(RENDERER_URL)
  })

  it('is shown once ready, and remembers its size and position for the next start', async () => {
    const state = await startShell()
    expect(mainWindow().shown).toBe(false)
    mainWindow().emit('ready-to-show')
    expect(mainWindow().shown).toBe(true)

    mainWindow().bounds = { x: 12, y: 34, width: 1000, height: 700 }
    mainWindow().maximized = true
    mainWindow().emit('close')
    await vi.waitFor(async () =>
      expect(JSON.parse(await readFile(join(state.userData, 'window-state.json'), 'utf8'))).toEqual({
        x: 12,
        y: 34,
        width: 1000,
        height: 700,
        maximized: true
      })
    )
    await quit()

    const next = await startShell()
    expect(next.windows[0]!.options).toMatchObject({ x: 12, y: 34, width: 1000, height: 700 })
    expect(next.windows[0]!.maximized).toBe(true)
  })

  it('opens a window again when the app is activated with none open', async () => {
    const state = await startShell()
    mainWindow().destroy()
    state.app.emit('activate')
    await vi.waitFor(() => expect(BrowserWindow.getAllWindows()).toHaveLength(1))
    expect(state.windows[1]!.loadedUrl).toBe(RENDERER_URL)
  })
})

describe('navigation and new windows', () => {
  it('cancels every navigation away from our page, sending only http and https links to the system browser', async () => {
    const state = await startShell()
    const navigate = (url: string) => {
      const event = navigationEvent()
      mainWindow().webContents.emit('will-navigate', event, url)
      return event.defaultPrevented
    }
    expect(navigate(RENDERER_URL)).toBe(false)
    expect(navigate(`${RENDERER_URL}#/story/1`)).toBe(false)
    for (const url of [
      'https://example.com/news',
      'http://example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'barta://evil/index.html',
      'data:text/html,<script>1</script>',
      'not a url'
    ]) {
      expect(navigate(url), url).toBe(true)
    }
    expect(state.openedExternal).toEqual(['https://example.com/news', 'http://example.com/'])
  })

  it('denies every new window; http and https links go to the system browser, nothing else', async () => {
    const state = await startShell()
    const open = mainWindow().webContents.windowOpenHandler!
    for (const url of ['https://example.com/a', 'file:///etc/passwd', 'mailto:desk@example.com', 'smb://server/share', RENDERER_URL]) {
      expect(open({ url }), url).toEqual({ action: 'deny' })
    }
    expect(state.openedExternal).toEqual(['https://example.com/a'])
  })

  it('refuses <webview> in any web contents', async () => {
    const state = await startShell()
    const contents = new (await import('./fake-electron')).FakeWebContents()
    state.app.emit('web-contents-created', navigationEvent(), contents)
    const event = navigationEvent()
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.defaultPrevented).toBe(true)
  })
})

describe('permissions', () => {
  it('denies every permission request and check', async () => {
    const state = await startShell()
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const answers: boolean[] = []
      state.permissionRequestHandler!({}, permission, (granted) => answers.push(granted))
      expect(answers, permission).toEqual([false])
      expect(state.permissionCheckHandler!({}, permission), permission).toBe(false)
    }
  })
})

describe('the barta:// protocol', () => {
  it('is registered as a standard, secure scheme before the app is ready', async () => {
    const state = await startShell()
    expect(state.privilegedSchemes).toEqual([
      { scheme: 'barta', privileges: expect.objectContaining({ standard: true, secure: true }) as unknown }
    ])
  })

  it('serves the renderer folder only, with the CSP and nosniff headers', async () => {
    const state = await startShell()
    const handler = state.protocolHandlers.get('barta')!
    const page = await handler({ url: RENDERER_URL })
    expect(page.status).toBe(200)
    expect(page.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('X-Content-Type-Options')).toBe('nosniff')
    expect(page.headers.get('Content-Type')).toMatch(/^text\/html/)
    for (const url of [
      'barta://app/../../package.json',
      'barta://app/%2e%2e/%2e%2e/package.json',
      'barta://app/..%2f..%2fpackage.json',
      'barta://other/index.html',
      'barta://app/missing.js'
    ]) {
      expect((await handler({ url })).status, url).toBe(404)
    }
  })
})

describe('IPC', () => {
  const trusted = { senderFrame: { url: RENDERER_URL, parent: null } }

  it('answers our own top-level page, through the contract', async () => {
    const state = await startShell()
    const call = state.ipcHandlers.get(IPC_CHANNEL)!
    expect(await call(trusted, 'app.info', {})).toMatchObject({ ok: true, value: { version: '0.0.0-test' } })
    expect(await call(trusted, 'library.list', {})).toMatchObject({ ok: true, value: { total: 0 } })
  })

  it('refuses a foreign frame, a subframe and a missing frame, without reaching the services', async () => {
    const state = await startShell()
    const call = state.ipcHandlers.get(IPC_CHANNEL)!
    for (const event of [
      { senderFrame: { url: 'https://evil.example/', parent: null } },
      { senderFrame: { url: 'file:///tmp/page.html', parent: null } },
      { senderFrame: { url: RENDERER_URL, parent: { url: RENDERER_URL } } },
      { senderFrame: null }
    ]) {
      expect(await call(event, 'article.create', { content: { headline: 'অনুপ্রবেশ' } }), JSON.stringify(event)).toMatchObject({
        ok: false,
        code: 'forbidden'
      })
    }
    expect(await call(trusted, 'library.list', {})).toMatchObject({ ok: true, value: { total: 0 } })
  })

  it('turns unknown methods and bad arguments into values, never throws', async () => {
    const state = await startShell()
    const call = state.ipcHandlers.get(IPC_CHANNEL)!
    expect(await call(trusted, 'fs.readFile', { path: '/etc/passwd' })).toMatchObject({ ok: false })
    expect(await call(trusted, 'article.get', { id: '../../etc/passwd' })).toMatchObject({ ok: false })
    let deep: unknown = {}
    for (let i = 0; i < 100_000; i++) deep = { content: deep }
    expect(await call(trusted, 'article.create', deep)).toMatchObject({ ok: false })
  })
})

describe('the application menu', () => {
  it('has File, Edit, View and Help, no developer tools when packaged, and opens the data folder', async () => {
    const state = await startShell()
    const template = state.applicationMenu!.template as Array<{ label?: string; submenu?: Array<Record<string, unknown>> }>
    expect(template.map((item) => item.label)).toEqual(['ফাইল / File', 'সম্পাদনা / Edit', 'দেখুন / View', 'সাহায্য / Help'])
    const roles = template.flatMap((item) => item.submenu ?? []).map((entry) => entry.role)
    expect(roles).toEqual(expect.arrayContaining(['quit', 'undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom']))
    expect(roles).not.toContain('toggleDevTools')
    expect(roles).not.toContain('reload')
    const openFolder = template[3]!.submenu!.find((entry) => String(entry.label).includes('Open data folder'))!
    ;(openFolder.click as () => void)()
    expect(state.openedPaths).toEqual([state.userData])
  })
})

describe('lifecycle', () => {
  it('a second instance quits at once and opens nothing', async () => {
    const state = await startShell({ singleInstanceLock: false })
    expect(state.quits).toBe(1)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(state.windows).toEqual([])
    expect(state.ipcHandlers.size).toBe(0)
    expect(state.app.listeners.has('before-quit')).toBe(false)
  })

  it('brings the window back when a second instance starts', async () => {
    const state = await startShell()
    mainWindow().minimized = true
    state.app.emit('second-instance')
    expect(mainWindow().minimized).toBe(false)
    expect(mainWindow().focused).toBe(true)
  })

  it('waits for the store to close before quitting, so accepted writes are on disk', async () => {
    const state = await startShell()
    const call = state.ipcHandlers.get(IPC_CHANNEL)!
    const created = (await call({ senderFrame: { url: RENDERER_URL, parent: null } }, 'article.create', {
      content: { headline: 'বন্ধের আগে লেখা' }
    })) as { ok: boolean; value: { id: string } }
    expect(created.ok).toBe(true)
    const event = navigationEvent()
    state.app.emit('before-quit', event)
    expect(event.defaultPrevented).toBe(true)
    expect(state.quits).toBe(0)
    await vi.waitFor(() => expect(state.quits).toBe(1))
    const stored = JSON.parse(await readFile(join(state.userData, 'articles', `${created.value.id}.json`), 'utf8')) as {
      article: { headline: string }
    }
    expect(stored.article.headline).toBe('বন্ধের আগে লেখা')
    // Once flushed, a second before-quit goes through.
    const again = navigationEvent()
    state.app.emit('before-quit', again)
    expect(again.defaultPrevented).toBe(false)
  })

  it('quits when the last window closes (not on macOS)', async () => {
    const state = await startShell()
    state.app.emit('window-all-closed')
    expect(state.quits).toBe(process.platform === 'darwin' ? 0 : 1)
  })

  it('uses BARTA_DATA_DIR as the data folder when it is set', async () => {
    const other = join(dir, 'elsewhere')
    vi.stubEnv('BARTA_DATA_DIR', other)
    try {
      const state = await startShell()
      expect(state.setPaths).toEqual([['userData', other]])
      await writeFile(join(other, 'probe.txt'), 'x') // the folder exists: the services opened their library there
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
