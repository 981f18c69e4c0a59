// Lint: TypeScript + Svelte, plus the layer rules of DESIGN.md — which code may import what is decided by where it runs.
import { builtinModules } from 'node:module'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'

const nodeBuiltins = [...builtinModules, ...builtinModules.map((name) => `node:${name}`)]

const nodeImports = { paths: nodeBuiltins.map((name) => ({ name, message: 'Node APIs do not belong in this layer.' })) }
const electronImport = {
  name: 'electron',
  message: 'Only src/main/index.ts, src/main/ipc.ts, src/main/menu.ts and src/preload know Electron.'
}

/** DOM globals that would tie src/shared to a browser. */
const domGlobals = [
  'window',
  'document',
  'navigator',
  'localStorage',
  'sessionStorage',
  'location',
  'history',
  'HTMLElement',
  'Element',
  'Node',
  'DOMParser',
  'XMLHttpRequest',
  'requestAnimationFrame'
]
/** Node globals that would tie src/shared to Node. */
const nodeGlobals = ['process', 'Buffer', 'require', '__dirname', '__filename', 'global', 'setImmediate']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/fixtures/**', 'tests/hostile/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.node } }
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.svelte'] }, globals: { ...globals.browser } }
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }]
    }
  },
  {
    // src/shared runs anywhere: no Node, no DOM, no Electron, and nothing from the layers above it.
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeImports.paths, electronImport, { name: 'svelte', message: 'src/shared is UI-free.' }],
          patterns: [
            {
              group: ['**/main/**', '**/core', '**/core/**', '**/renderer/**', '**/preload/**', '**/server/**', '**/cli/**'],
              message: 'src/shared imports nothing from the layers above it.'
            }
          ]
        }
      ],
      'no-restricted-globals': [
        'error',
        ...[...domGlobals, ...nodeGlobals].map((name) => ({ name, message: 'src/shared must run without Node or a DOM.' }))
      ]
    }
  },
  {
    // The renderer speaks only the contract: no Node, no Electron, nothing from main, server or preload code.
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeImports.paths, electronImport],
          patterns: [
            {
              group: ['**/main/**', '**/core', '**/core/**', '**/server/**', '**/preload/**', '**/cli/**'],
              message: 'The renderer reaches the back end only through the contract (src/shared/api.ts).'
            }
          ]
        }
      ]
    }
  },
  {
    // Services are plain Node, usable from the browser host and the CLI: no Electron.
    files: ['src/core/**/*.ts', 'src/server/**/*.ts', 'src/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { paths: [electronImport], patterns: [{ group: ['**/renderer/**'], message: 'Node code does not import the UI.' }] }
      ]
    }
  }
)
