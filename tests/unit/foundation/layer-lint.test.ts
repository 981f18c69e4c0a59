import { describe, expect, it } from 'vitest'
import { ESLint } from 'eslint'

/**
 * The layer rules (eslint-layers.mjs), proven by linting deliberate violations at the paths where they would live: each
 * layer's allow-list must refuse what it does not name, and accept what the layer really uses.
 */
const eslint = new ESLint({ cwd: process.cwd() })

async function ruleIdsFor(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => message.ruleId ?? message.message)
}

const importing = (specifier: string, name = 'x') => `import { ${name} } from '${specifier}'\nexport const y = ${name}\n`

/** [file the code would live in, import specifiers that must be refused there]. */
const violations: Array<[string, string[]]> = [
  [
    'src/shared/article/forbidden.ts',
    [
      'lowdb/node', // passed the old deny-list: a package nobody had thought to forbid
      'lowdb',
      'node:fs/promises',
      'path',
      'electron',
      'svelte',
      'prosemirror-model',
      'minisearch',
      '../../core',
      '../../core/library-store',
      '../../renderer/src/lib/api-client',
      '../../main/ipc',
      '../../server/host',
      '../../preload/index',
      '../../cli/output'
    ]
  ],
  [
    'src/renderer/src/lib/forbidden.ts',
    [
      'node:fs',
      'electron',
      'lowdb',
      'valibot/dist/index.js',
      '../../../core/library-store',
      '../../../server/host',
      '../../../main/ipc',
      '../../../preload/index',
      '../../../cli/output'
    ]
  ],
  [
    'src/preload/forbidden.ts',
    ['node:fs', 'lowdb', 'svelte', '../shared/dispatch', '../shared/api', '../core', '../main/ipc', '../renderer/src/lib/api-client']
  ],
  [
    'src/main/forbidden.ts',
    ['lowdb', 'svelte', 'playwright-core', '../renderer/src/lib/api-client', '../server/host', '../cli/output', '../preload/index']
  ],
  [
    'src/core/forbidden.ts',
    ['electron', 'svelte', 'prosemirror-state', '../main/ipc', '../renderer/src/lib/api-client', '../server/host', '../cli/output']
  ],
  ['src/server/forbidden.ts', ['electron', 'lowdb', '../main/ipc', '../renderer/src/lib/api-client', '../cli/output', '../preload/index']],
  ['src/cli/forbidden.ts', ['electron', 'playwright-core', '../main/ipc', '../renderer/src/lib/api-client', '../server/host']]
]

/** [file, code that layer really needs]: the allow-lists must not be so tight that the product cannot be written. */
const allowed: Array<[string, string]> = [
  ['src/shared/article/fine.ts', "import type { Article } from './model'\nexport const headline = (a: Article) => a.headline\n"],
  ['src/shared/export/fine.ts', importing('@noble/hashes/sha2.js', 'sha256') + importing('@scure/base', 'base64').replace('y =', 'z =')],
  ['src/shared/fine.ts', importing('valibot', 'object') + importing('parse5', 'parse').replace('y =', 'z =')],
  [
    'src/renderer/src/lib/fine.ts',
    importing('prosemirror-state', 'EditorState') + importing('../../../shared/api', 'IPC_CHANNEL').replace('y =', 'z =')
  ],
  [
    'src/preload/fine.ts',
    "import type { BartaApi } from '../shared/api'\nimport { IPC_CHANNEL } from '../shared/transport-names'\nexport const y: Partial<BartaApi> = {}\nexport const z = IPC_CHANNEL\n"
  ],
  ['src/main/fine.ts', importing('electron', 'app') + importing('../core', 'createServices').replace('y =', 'z =')],
  ['src/core/fine.ts', importing('node:fs/promises', 'readFile') + importing('lowdb', 'Low').replace('y =', 'z =')],
  ['src/server/fine.ts', importing('node:http', 'createServer') + importing('../core', 'createServices').replace('y =', 'z =')],
  ['src/cli/fine.ts', importing('node:util', 'parseArgs') + importing('../core', 'createServices').replace('y =', 'z =')]
]

describe('layer lint rules (allow-lists)', () => {
  for (const [file, specifiers] of violations) {
    const layer = file.split('/').slice(0, 2).join('/')
    it(`refuses in ${layer}: ${specifiers.join(', ')}`, async () => {
      for (const specifier of specifiers) {
        expect(await ruleIdsFor(importing(specifier), file), `${specifier} in ${file}`).toContain('layers/imports')
      }
    })
  }

  it('refuses re-exports and dynamic imports across a layer too', async () => {
    expect(await ruleIdsFor("export { app } from 'electron'\n", 'src/core/forbidden.ts')).toContain('layers/imports')
    expect(await ruleIdsFor("export * from '../../core/paths'\n", 'src/shared/article/forbidden.ts')).toContain('layers/imports')
    expect(await ruleIdsFor("export const load = () => import('lowdb')\n", 'src/shared/forbidden.ts')).toContain('layers/imports')
  })

  it('lets the preload take only types from the contract, values only from the channel name', async () => {
    expect(
      await ruleIdsFor("import { IPC_CHANNEL } from '../shared/api'\nexport const y = IPC_CHANNEL\n", 'src/preload/forbidden.ts')
    ).toContain('layers/imports')
  })

  it('rejects DOM and Node globals in src/shared', async () => {
    expect(await ruleIdsFor('export const title = document.title\n', 'src/shared/render/forbidden.ts')).toContain('no-restricted-globals')
    expect(await ruleIdsFor('export const cwd = process.cwd()\n', 'src/shared/render/forbidden.ts')).toContain('no-restricted-globals')
  })

  for (const [file, code] of allowed) {
    it(`accepts what ${file.split('/').slice(0, 2).join('/')} really uses`, async () => {
      expect(await ruleIdsFor(code, file)).toEqual([])
    })
  }
})
