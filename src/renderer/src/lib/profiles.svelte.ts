import type { Profile, ProfilesState } from '../../../shared/profiles'
import type { Err } from '../../../shared/result'
import { api } from './api-client'

/** The profiles on this machine and the current one — the author of every change made from this window. */
export const profilesState = $state<ProfilesState>({ profiles: [], currentId: '' })

export function currentProfile(): Profile | undefined {
  return profilesState.profiles.find((profile) => profile.id === profilesState.currentId)
}

function apply(state: ProfilesState): void {
  profilesState.profiles = state.profiles
  profilesState.currentId = state.currentId
}

export async function loadProfiles(): Promise<void> {
  const result = await api.call('profile.list', {})
  if (result.ok) apply(result.value)
}

export async function switchProfile(id: string): Promise<Err | null> {
  const result = await api.call('profile.switch', { id })
  if (!result.ok) return result
  apply(result.value)
  return null
}

export async function saveProfile(profile: Omit<Profile, 'id'> & { id?: string }): Promise<Err | null> {
  const result = await api.call('profile.save', { profile })
  if (!result.ok) return result
  apply(result.value)
  return null
}
