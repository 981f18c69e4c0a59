import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

/** The layer rules of DESIGN.md, proven by linting deliberate violations at the paths where they would live. */
const eslint = new ESLint({ cwd: process.cwd() })

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

describe('layer lint rules', () => {
  it('rejects Node, Electron and upper-layer imports in src/shared', async () => {
    for (const code of [
      "import { readFile } from 'node:fs/promises'\nexport const x = readFile\n",
      "import path from 'path'\nexport const x = path\n",
      "import { app } from 'electron'\nexport const x = app\n",
      "import { createServices } from '../core'\nexport const x = createServices\n",
      "import { api } from '../renderer/src/lib/api-client'\nexport const x = api\n"
    ]) {
      expect(await ruleIdsFor(code, 'src/shared/article/forbidden.ts'), code).toContain('no-restricted-imports')
    }
  })

  it('rejects DOM and Node globals in src/shared', async () => {
    expect(await ruleIdsFor('export const title = document.title\n', 'src/shared/render/forbidden.ts')).toContain('no-restricted-globals')
    expect(await ruleIdsFor('export const cwd = process.cwd()\n', 'src/shared/render/forbidden.ts')).toContain('no-restricted-globals')
  })

  it('rejects main, server and Node imports in the renderer', async () => {
    for (const code of [
      "import { LowdbArticleStore } from '../../../core/library-store'\nexport const x = LowdbArticleStore\n",
      "import { startHost } from '../../../server/host'\nexport const x = startHost\n",
      "import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n"
    ]) {
      expect(await ruleIdsFor(code, 'src/renderer/src/lib/forbidden.ts'), code).toContain('no-restricted-imports')
    }
  })

  it('rejects Electron in the services and accepts clean shared code', async () => {
    expect(await ruleIdsFor("import { app } from 'electron'\nexport const x = app\n", 'src/core/forbidden.ts')).toContain(
      'no-restricted-imports'
    )
    expect(
      await ruleIdsFor(
        "import type { Article } from './model'\nexport const headline = (a: Article) => a.headline\n",
        'src/shared/article/fine.ts'
      )
    ).toEqual([])
  })
})
