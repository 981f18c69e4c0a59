import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { Low } from 'lowdb'
import type { Profile, ProfilesState } from '../shared/profiles'
import { CorruptFileError, DurableJsonFile } from './durable-file'
import { quarantine } from './quarantine'

interface ProfilesFile extends ProfilesState {
  format: 'barta.profiles'
  version: 1
}

/** What the handlers ask of the people (ProfileStore on this machine; the newsroom's session user). */
export interface ProfileSource {
  current(): Profile
  state(): ProfilesState
  save(input: Omit<Profile, 'id'> & { id?: string }): Promise<ProfilesState | undefined>
  switchTo(id: string): Promise<ProfilesState | undefined>
}

/**
 * The people who use this machine (profiles.json). There is always at least one profile and one current profile: a
 * fresh machine starts with one reporter named after the system user, which can be renamed.
 */
export class ProfileStore implements ProfileSource {
  private constructor(private readonly db: Low<ProfilesFile>) {}

  /** `readOnly`: a damaged file is not moved aside (the CLI reading a folder nobody owns never writes). */
  static async open(dataDir: string, defaultName: string, options: { readOnly?: boolean } = {}): Promise<ProfileStore> {
    const path = join(dataDir, 'profiles.json')
    const first: Profile = { id: randomUUID(), name: defaultName, role: 'reporter', desk: '' }
    const db = new Low<ProfilesFile>(new DurableJsonFile<ProfilesFile>(path), {
      format: 'barta.profiles',
      version: 1,
      profiles: [first],
      currentId: first.id
    })
    try {
      await db.read()
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error
      if (!options.readOnly) await quarantine(dataDir, path)
    }
    const valid = Array.isArray(db.data?.profiles) && db.data.profiles.length > 0
    if (!valid) db.data = { format: 'barta.profiles', version: 1, profiles: [first], currentId: first.id }
    if (!db.data.profiles.some((profile) => profile.id === db.data.currentId)) db.data.currentId = db.data.profiles[0]!.id
    return new ProfileStore(db)
  }

  state(): ProfilesState {
    return structuredClone({ profiles: this.db.data.profiles, currentId: this.db.data.currentId })
  }

  current(): Profile {
    return structuredClone(this.db.data.profiles.find((profile) => profile.id === this.db.data.currentId) ?? this.db.data.profiles[0]!)
  }

  /** Creates (no id) or updates (known id) a profile; a new profile becomes the current one. */
  async save(input: Omit<Profile, 'id'> & { id?: string }): Promise<ProfilesState | undefined> {
    const profiles = structuredClone(this.db.data.profiles)
    let currentId = this.db.data.currentId
    if (input.id) {
      const index = profiles.findIndex((profile) => profile.id === input.id)
      if (index < 0) return undefined
      profiles[index] = { id: input.id, name: input.name, role: input.role, desk: input.desk }
    } else {
      const created: Profile = { id: randomUUID(), name: input.name, role: input.role, desk: input.desk }
      profiles.push(created)
      currentId = created.id
    }
    await this.write(profiles, currentId)
    return this.state()
  }

  /** Adds or updates a profile under its own id (a newsroom user) and makes it the current one. */
  async adopt(profile: Profile): Promise<ProfilesState> {
    const profiles = this.db.data.profiles.filter((known) => known.id !== profile.id)
    profiles.push({ id: profile.id, name: profile.name, role: profile.role, desk: profile.desk })
    await this.write(profiles, profile.id)
    return this.state()
  }

  async switchTo(id: string): Promise<ProfilesState | undefined> {
    if (!this.db.data.profiles.some((profile) => profile.id === id)) return undefined
    await this.write(this.db.data.profiles, id)
    return this.state()
  }

  private async write(profiles: Profile[], currentId: string): Promise<void> {
    const previous = this.db.data
    this.db.data = { format: 'barta.profiles', version: 1, profiles, currentId }
    try {
      await this.db.write()
    } catch (error) {
      this.db.data = previous
      throw error
    }
  }
}
