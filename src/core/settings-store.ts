import { join } from 'node:path'
import { Low } from 'lowdb'
import { applySettingsPatch, settingsFromUnknown, unsafeSettingsPatch, type Settings, type SettingsPatch } from '../shared/settings'
import { CorruptFileError, DurableJsonFile } from './durable-file'
import { quarantine } from './quarantine'
import { readOnlyRefusal, Refusal } from './refusal'

interface SettingsFile {
  format: 'barta.settings'
  version: 1
  settings: Settings
}

/** What the services ask of the settings (SettingsStore on disk; the newsroom's in PostgreSQL). get() is synchronous. */
export interface SettingsSource {
  get(): Settings
  /** Throws a Refusal for a patch that must not be stored; nothing is written then. */
  update(patch: SettingsPatch): Promise<Settings>
}

/** settings.json through lowdb and the durable adapter; a damaged file is set aside and defaults are used. */
export class SettingsStore implements SettingsSource {
  private constructor(
    private readonly db: Low<SettingsFile>,
    private readonly readOnly: boolean
  ) {}

  /** `readOnly`: a damaged file is not moved aside and update() refuses (the CLI reading a folder nobody owns). */
  static async open(dataDir: string, options: { readOnly?: boolean } = {}): Promise<SettingsStore> {
    const readOnly = options.readOnly ?? false
    const path = join(dataDir, 'settings.json')
    const db = new Low<SettingsFile>(new DurableJsonFile<SettingsFile>(path), {
      format: 'barta.settings',
      version: 1,
      settings: settingsFromUnknown({})
    })
    try {
      await db.read()
    } catch (error) {
      if (!(error instanceof CorruptFileError)) throw error
      if (!readOnly) await quarantine(dataDir, path)
    }
    db.data = { format: 'barta.settings', version: 1, settings: settingsFromUnknown(db.data?.settings) }
    return new SettingsStore(db, readOnly)
  }

  get(): Settings {
    return structuredClone(this.db.data.settings)
  }

  /** Throws a Refusal (returned to the caller as it is) for a link with hidden characters; nothing is written then. */
  async update(patch: SettingsPatch): Promise<Settings> {
    const unsafe = unsafeSettingsPatch(patch)
    if (unsafe) throw new Refusal(unsafe)
    if (this.readOnly) throw readOnlyRefusal()
    const next = applySettingsPatch(this.db.data.settings, patch)
    const previous = this.db.data.settings
    this.db.data.settings = next
    try {
      await this.db.write()
    } catch (error) {
      this.db.data.settings = previous
      throw error
    }
    return structuredClone(next)
  }
}
