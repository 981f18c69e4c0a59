import type { Pool } from 'pg'
import { applySettingsPatch, settingsFromUnknown, unsafeSettingsPatch, type Settings, type SettingsPatch } from '../../shared/settings'
import type { SettingsSource } from '../../core/settings-store'
import { Refusal } from '../../core/refusal'
import { inTransaction } from '../db/pool'

/**
 * The newsroom's settings: one JSON row (settings.id = 1). get() is synchronous in the services, so the row is read
 * when the store opens and kept; update() applies the patch to the row as it is in the table now (locked, so two
 * servers' updates do not undo each other) and writes through. Another server's update is seen after reload().
 */
export class PgSettingsStore implements SettingsSource {
  private constructor(
    private readonly pool: Pool,
    private settings: Settings
  ) {}

  static async open(pool: Pool): Promise<PgSettingsStore> {
    const store = new PgSettingsStore(pool, settingsFromUnknown({}))
    await store.reload()
    return store
  }

  /** Reads the row again (a stored value that is not valid settings reads as the defaults, field by field). */
  async reload(): Promise<Settings> {
    const { rows } = await this.pool.query<{ value: unknown }>('SELECT value FROM settings WHERE id = 1')
    this.settings = settingsFromUnknown(rows[0]?.value ?? {})
    return this.get()
  }

  get(): Settings {
    return structuredClone(this.settings)
  }

  async update(patch: SettingsPatch): Promise<Settings> {
    const unsafe = unsafeSettingsPatch(patch)
    if (unsafe) throw new Refusal(unsafe)
    const next = await inTransaction(this.pool, async (client) => {
      await client.query(`INSERT INTO settings (id, value) VALUES (1, '{}') ON CONFLICT (id) DO NOTHING`)
      const { rows } = await client.query<{ value: unknown }>('SELECT value FROM settings WHERE id = 1 FOR UPDATE')
      const updated = applySettingsPatch(settingsFromUnknown(rows[0]?.value ?? {}), patch)
      await client.query('UPDATE settings SET value = $1 WHERE id = 1', [JSON.stringify(updated)])
      return updated
    })
    this.settings = next
    return structuredClone(next)
  }
}
