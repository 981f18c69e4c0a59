import { homedir } from 'node:os'
import { join } from 'node:path'

export const APP_DIR_NAME = 'Barta'

/**
 * The same folder Electron's app.getPath('userData') gives for an app named "Barta", so the browser host and the
 * desktop app find the same library: %APPDATA%\Barta, ~/Library/Application Support/Barta, $XDG_CONFIG_HOME/Barta.
 */
export function defaultUserDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir()
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_DIR_NAME)
}
