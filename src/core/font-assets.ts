import { readFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The fonts an exported page carries (resources/fonts: Noto Serif Bengali for copy, Noto Sans Bengali for labels,
 * SIL Open Font License). Each family is split into a Bengali and a Latin file with unicode-range, as @fontsource does,
 * so a reader's browser fetches only what the page uses.
 */
const BENGALI_RANGE =
  'U+0951-0952,U+0964-0965,U+0980-09FE,U+1CD0,U+1CD2,U+1CD5-1CD6,U+1CD8,U+1CE1,U+1CEA,U+1CED,U+1CF2,U+1CF5-1CF7,U+200C-200D,U+20B9,U+25CC,U+A8F1'
const LATIN_RANGE =
  'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD'

interface FontFace {
  family: string
  weight: number
  file: string
  range: string
}

const FACES: FontFace[] = [
  ['Noto Serif Bengali', 400, 'noto-serif-bengali'],
  ['Noto Serif Bengali', 700, 'noto-serif-bengali'],
  ['Noto Sans Bengali', 400, 'noto-sans-bengali'],
  ['Noto Sans Bengali', 600, 'noto-sans-bengali']
].flatMap(([family, weight, stem]) => [
  { family: family as string, weight: weight as number, file: `${stem}-bengali-${weight}-normal.woff2`, range: BENGALI_RANGE },
  { family: family as string, weight: weight as number, file: `${stem}-latin-${weight}-normal.woff2`, range: LATIN_RANGE }
])

export interface FontFile {
  name: string
  data: Buffer
}

export class FontAssets {
  private cache: FontFile[] | undefined

  constructor(private readonly fontsDir: string) {}

  async files(): Promise<FontFile[]> {
    this.cache ??= await Promise.all(FACES.map(async (face) => ({ name: face.file, data: await readFile(join(this.fontsDir, face.file)) })))
    return this.cache
  }

  /** @font-face rules whose sources are data: URIs — for a standalone page that needs nothing beside it. */
  async embeddedCss(): Promise<string> {
    const files = await this.files()
    return FACES.map((face, index) => rule(face, `data:font/woff2;base64,${files[index]!.data.toString('base64')}`)).join('\n')
  }

  /** @font-face rules pointing at files in `folder` next to the page — for the folder export. */
  linkedCss(folder: string): string {
    return FACES.map((face) => rule(face, `${folder}/${face.file}`)).join('\n')
  }
}

function rule(face: FontFace, src: string): string {
  return `@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:swap;src:url(${src}) format('woff2');unicode-range:${face.range}}`
}
