import { defineConfig, type Plugin } from 'vitest/config'

/** electron-vite turns `import icon from './x.png?asset'` into a path at build time; the unit tests of the shell get the path. */
const electronViteAssets: Plugin = {
  name: 'barta:electron-vite-asset',
  enforce: 'pre',
  async resolveId(source, importer) {
    if (!source.endsWith('?asset')) return null
    const resolved = await this.resolve(source.slice(0, -'?asset'.length), importer, { skipSelf: true })
    return resolved ? `\0asset:${resolved.id}` : null
  },
  load(id) {
    return id.startsWith('\0asset:') ? `export default ${JSON.stringify(id.slice('\0asset:'.length))}` : null
  }
}

export default defineConfig({
  plugins: [electronViteAssets],
  test: {
    include: ['tests/unit/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
    // A stray it.only must not pass CI by running one test of many (vitest's default, stated so it stays).
    allowOnly: !process.env.CI
  }
})
