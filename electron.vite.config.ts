import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'

export default defineConfig({
  main: {
    build: {
      // lowdb and its writer steno, @noble/hashes and @scure/base are ESM-only: bundle them into the CommonJS main instead
      // of requiring them.
      externalizeDeps: { exclude: ['lowdb', 'steno', '@noble/hashes', '@scure/base'] },
      rollupOptions: {
        // The desktop shell and the `barta` CLI share the services; the CLI's PDFs use Chromium through playwright-core.
        input: { index: resolve(import.meta.dirname, 'src/main/index.ts'), cli: resolve(import.meta.dirname, 'src/cli/index.ts') },
        external: ['playwright-core'],
        output: { banner: (chunk) => (chunk.name === 'cli' ? '#!/usr/bin/env node' : '') }
      }
    }
  },
  preload: {},
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    build: {
      // electron-vite leaves the renderer unminified; minified it is under half the size, and reading it was most of the
      // time before the desk's first row appeared (the bench's «interactive» line).
      minify: true,
      rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') }
    },
    plugins: [svelte()]
  }
})
