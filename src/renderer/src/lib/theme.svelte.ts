export type Theme = 'light' | 'dark'

const STORAGE_KEY = 'barta.theme'

function initialTheme(): Theme {
  try {
    const saved = localStorage.getItem(STORAGE_KEY)
    if (saved === 'light' || saved === 'dark') return saved
  } catch {
    // Private mode: fall through to the system preference.
  }
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
}

/** Light or dark, applied as data-theme on <html>; app.css holds both palettes. */
export const themeState = $state<{ theme: Theme }>({ theme: initialTheme() })
document.documentElement.dataset.theme = themeState.theme

export function setTheme(theme: Theme): void {
  themeState.theme = theme
  document.documentElement.dataset.theme = theme
  try {
    localStorage.setItem(STORAGE_KEY, theme)
  } catch {
    // The choice lasts for this page only.
  }
}
