// The app's own bundled font files, referenced by URL from the preview frame (the host and barta:// serve them with CORS).
import serifBengali400 from '@fontsource/noto-serif-bengali/files/noto-serif-bengali-bengali-400-normal.woff2?url'
import serifBengali700 from '@fontsource/noto-serif-bengali/files/noto-serif-bengali-bengali-700-normal.woff2?url'
import serifLatin400 from '@fontsource/noto-serif-bengali/files/noto-serif-bengali-latin-400-normal.woff2?url'
import serifLatin700 from '@fontsource/noto-serif-bengali/files/noto-serif-bengali-latin-700-normal.woff2?url'
import sansBengali400 from '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-400-normal.woff2?url'
import sansBengali600 from '@fontsource/noto-sans-bengali/files/noto-sans-bengali-bengali-600-normal.woff2?url'
import sansLatin400 from '@fontsource/noto-sans-bengali/files/noto-sans-bengali-latin-400-normal.woff2?url'
import sansLatin600 from '@fontsource/noto-sans-bengali/files/noto-sans-bengali-latin-600-normal.woff2?url'

const BENGALI = 'U+0951-0952,U+0964-0965,U+0980-09FE,U+1CD0-1CF7,U+200C-200D,U+20B9,U+25CC,U+A8F1'
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+20AC,U+2122,U+2212,U+FEFF,U+FFFD'

const faces: Array<[string, number, string, string]> = [
  ['Noto Serif Bengali', 400, serifBengali400, BENGALI],
  ['Noto Serif Bengali', 700, serifBengali700, BENGALI],
  ['Noto Serif Bengali', 400, serifLatin400, LATIN],
  ['Noto Serif Bengali', 700, serifLatin700, LATIN],
  ['Noto Sans Bengali', 400, sansBengali400, BENGALI],
  ['Noto Sans Bengali', 600, sansBengali600, BENGALI],
  ['Noto Sans Bengali', 400, sansLatin400, LATIN],
  ['Noto Sans Bengali', 600, sansLatin600, LATIN]
]

/** @font-face rules with absolute URLs: the preview frame is sandboxed, so relative URLs would not resolve to us. */
export function previewFontCss(): string {
  return faces
    .map(([family, weight, url, range]) => {
      const absolute = new URL(url, window.location.href).href
      return `@font-face{font-family:'${family}';font-weight:${weight};font-style:normal;font-display:swap;src:url(${absolute}) format('woff2');unicode-range:${range}}`
    })
    .join('\n')
}
