import * as v from 'valibot'
import { ROLES, type ProfileRef } from './workflow'

/** A person on this machine: the current profile is the author of every change. */
export interface Profile extends ProfileRef {
  desk: string
}

export const profileInputSchema = v.strictObject({
  id: v.optional(v.pipe(v.string(), v.regex(/^[a-z0-9-]{8,64}$/, 'not a profile id'))),
  name: v.pipe(v.string(), v.trim(), v.minLength(1, 'name is empty'), v.maxLength(200)),
  role: v.picklist(ROLES),
  desk: v.pipe(v.string(), v.maxLength(200))
})

export interface ProfilesState {
  profiles: Profile[]
  currentId: string
}

export function refOf(profile: Profile): ProfileRef {
  return { id: profile.id, name: profile.name, role: profile.role }
}
