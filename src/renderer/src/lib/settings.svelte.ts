import { DEFAULT_SETTINGS, type Settings, type SettingsPatch } from '../../../shared/settings'
import type { Err } from '../../../shared/result'
import { api } from './api-client'

/** The workstation settings as the UI sees them: loaded once, updated through the contract. */
export const settingsState = $state<{ value: Settings; loaded: boolean }>({ value: structuredClone(DEFAULT_SETTINGS), loaded: false })

export async function loadSettings(): Promise<void> {
  const result = await api.call('settings.get', {})
  if (result.ok) settingsState.value = result.value
  settingsState.loaded = true
}

export async function updateSettings(patch: SettingsPatch): Promise<Err | null> {
  const result = await api.call('settings.update', { patch })
  if (!result.ok) return result
  settingsState.value = result.value
  return null
}
