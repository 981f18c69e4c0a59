import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { electronPdfRenderer } from '../../../src/main/pdf-electron'
import { loadWindowState, saveWindowState } from '../../../src/main/window-state'
import { fake, navigationEvent, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'barta-shell-'))
  resetFakeElectron({ userData: dir })
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('the desktop PDF', () => {
  const html = '<!doctype html><html lang="bn"><meta http-equiv="refresh" content="0;url=https://example.com"><h1>নদীভাঙন</h1></html>'

  it('prints the page in a hidden window without JavaScript that may not navigate or open windows', async () => {
    const pdf = await electronPdfRenderer(html)
    expect(new TextDecoder().decode(pdf)).toMatch(/^%PDF/)
    const [window] = fake().windows
    expect(window!.options).toMatchObject({
      show: false,
      webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false }
    })
    const navigation = navigationEvent()
    window!.webContents.emit('will-navigate', navigation, 'https://example.com')
    expect(navigation.defaultPrevented).toBe(true)
    expect(window!.webContents.windowOpenHandler!({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    // The page is loaded from the exact HTML given, as a data: URL (no file on disk, no server).
    const [prefix, base64] = window!.loadedUrl!.split(',')
    expect(prefix).toBe('data:text/html;charset=utf-8;base64')
    expect(Buffer.from(base64!, 'base64').toString('utf8')).toBe(html)
    expect(window!.webContents.pdfOptions).toEqual({ printBackground: true, pageSize: 'A4' })
    expect(window!.destroyed).toBe(true)
  })

  it('destroys the hidden window when printing fails', async () => {
    resetFakeElectron({ userData: dir }).onWindow = (window) => (window.webContents.printError = new Error('printing failed'))
    await expect(electronPdfRenderer(html)).rejects.toThrow('printing failed')
    expect(fake().windows[0]!.destroyed).toBe(true)
  })
})

describe('the window state file', () => {
  it('round-trips the size, position and maximized flag', async () => {
    await saveWindowState(dir, { x: -200, y: 15, width: 1024, height: 700, maximized: true })
    expect(await loadWindowState(dir)).toEqual({ x: -200, y: 15, width: 1024, height: 700, maximized: true })
  })

  it('falls back to the defaults for a missing or damaged file, and for values below the minimum size', async () => {
    const defaults = { width: 1280, height: 860, maximized: false }
    expect(await loadWindowState(dir)).toEqual(defaults)
    await writeFile(join(dir, 'window-state.json'), '{"width": 12')
    expect(await loadWindowState(dir)).toEqual(defaults)
    await writeFile(join(dir, 'window-state.json'), JSON.stringify({ x: 'left', y: null, width: 100, height: 'tall', maximized: 'yes' }))
    expect(await loadWindowState(dir)).toEqual({ x: undefined, y: undefined, width: 1280, height: 860, maximized: false })
  })
})
