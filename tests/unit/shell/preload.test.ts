import { describe, expect, it, vi } from 'vitest'
import { IPC_CHANNEL } from '../../../src/shared/api'
import { fake, resetFakeElectron } from './fake-electron'

vi.mock('electron', () => import('./fake-electron'))

describe('the preload', () => {
  it('puts one function on window.barta, which sends the call over the one IPC channel and nothing else', async () => {
    resetFakeElectron({ userData: '/nowhere' })
    await import('../../../src/preload/index')
    expect([...fake().exposedInMainWorld.keys()]).toEqual(['barta'])
    const api = fake().exposedInMainWorld.get('barta') as Record<string, unknown>
    expect(Object.keys(api)).toEqual(['call'])
    const call = api.call as (method: string, args: unknown) => Promise<unknown>
    expect(await call('library.list', { limit: 5 })).toEqual({ ok: true, value: 'answered' })
    expect(fake().invoked).toEqual([[IPC_CHANNEL, 'library.list', { limit: 5 }]])
  })
})
