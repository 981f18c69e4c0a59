import { join } from 'node:path'
import { Low } from 'lowdb'
import { applySettingsPatch, settingsFromUnknown, type Settings, type SettingsPatch } from '../shared/settings'
import { CorruptFileError, DurableJsonFile } from './durable-file'
import { quarantine } from './quarantine'

interface SettingsFile {
  format: 'barta.settings'
  version: 1
  settings: Settings
}

/** settings.json through lowdb and the durable adapter; a damaged file is set aside and defaults are used. */
export class SettingsStore {
  private constructor(private readonly db: Low<SettingsFile>) {}

  static async open(dataDir: string): Promise<SettingsStore> {
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
      await quarantine(dataDir, path)
    }
    db.data = { format: 'barta.settings', version: 1, settings: settingsFromUnknown(db.data?.settings) }
    return new SettingsStore(db)
  }

  get(): Settings {
    return structuredClone(this.db.data.settings)
  }

  async update(patch: SettingsPatch): Promise<Settings> {
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
