// Lint: TypeScript + Svelte, plus the layer rules (eslint-layers.mjs): which code may import what is decided by where it runs.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import svelte from 'eslint-plugin-svelte'
import globals from 'globals'
import { layersPlugin } from './eslint-layers.mjs'

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
    // Every layer of src/ imports only what its allow-list in eslint-layers.mjs names.
    files: ['src/**/*.ts', 'src/**/*.svelte'],
    plugins: { layers: layersPlugin },
    rules: { 'layers/imports': 'error' }
  },
  {
    // src/shared runs anywhere: no DOM or Node globals either.
    files: ['src/shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-globals': [
        'error',
        ...[...domGlobals, ...nodeGlobals].map((name) => ({ name, message: 'src/shared must run without Node or a DOM.' }))
      ]
    }
  },
  {
    files: ['src/renderer/**/*.ts', 'src/renderer/**/*.svelte'],
    languageOptions: { globals: { ...globals.browser } }
  },
  {
    // Names say what a thing is. In the Bengali toolkit a name of one or two letters is only a loop counter (i j k),
    // a comparator's pair (a b), a binary search's bounds (lo hi), an English word (at to) or a letter's own name.
    files: ['src/shared/bangla/**/*.ts'],
    rules: {
      'id-length': [
        'error',
        { min: 3, properties: 'never', exceptions: ['i', 'j', 'k', 'a', 'b', 'lo', 'hi', 'at', 'to', '_', 'TA', 'YA', 'RA'] }
      ]
    }
  }
)
