import { app, Menu, shell, type MenuItemConstructorOptions } from 'electron'

/** File, Edit, View, Help — the standard roles, so shortcuts and accessibility behave as on every desktop app. */
export function buildMenu(isDev: boolean, dataDir: string): Menu {
  const template: MenuItemConstructorOptions[] = [
    ...(process.platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    { label: 'ফাইল / File', submenu: [{ role: process.platform === 'darwin' ? 'close' : 'quit' }] },
    {
      label: 'সম্পাদনা / Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' }
      ]
    },
    {
      label: 'দেখুন / View',
      submenu: [
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(isDev ? [{ type: 'separator' as const }, { role: 'reload' as const }, { role: 'toggleDevTools' as const }] : [])
      ]
    },
    {
      label: 'সাহায্য / Help',
      submenu: [
        { label: `বার্তা ${app.getVersion()} / About Barta`, role: 'about' },
        { label: 'ডেটা ফোল্ডার খুলুন / Open data folder', click: () => void shell.openPath(dataDir) }
      ]
    }
  ]
  return Menu.buildFromTemplate(template)
}
