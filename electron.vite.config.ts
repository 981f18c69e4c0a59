import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { svelte } from '@sveltejs/vite-plugin-svelte'

export default defineConfig({
  main: {
    // lowdb and its writer steno are ESM-only: bundle them into the CommonJS main instead of requiring them.
    build: { externalizeDeps: { exclude: ['lowdb', 'steno'] } }
  },
  preload: {},
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    build: { rollupOptions: { input: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    plugins: [svelte()]
  }
})
