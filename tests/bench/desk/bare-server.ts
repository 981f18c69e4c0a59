/**
 * Builds the bare ProseMirror page with vite's JS API into a temp dir and serves it (plus the document JSON) over a
 * tiny node:http server on 127.0.0.1, port 0. The temp root holds only index.html and an entry that imports the page
 * module from this folder by absolute path, so prosemirror-* and the schema resolve from the project's node_modules.
 */
import { createServer, type Server } from 'node:http'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { extname, join, normalize, resolve, sep } from 'node:path'
import type { AddressInfo } from 'node:net'
import { build } from 'vite'
import type { BodyDoc } from '../../../src/shared/article/body'

export interface BarePage {
  url: string
  buildMs: number
  close(): Promise<void>
}

const projectRoot = process.cwd()
const pageModule = resolve(projectRoot, 'tests', 'bench', 'desk', 'bare-page.ts')
const nodeModules = resolve(projectRoot, 'node_modules')

/** The desk's body typography (body-text.css reads these variables from app.css) so text shapes and wraps alike. */
const INDEX_HTML = `<!doctype html>
<html lang="bn">
  <head>
    <meta charset="utf-8" />
    <title>bare ProseMirror</title>
    <style>
      :root { --font-sans: 'Noto Sans Bengali', sans-serif; --font-serif: 'Noto Serif Bengali', serif; --paper: #ffffff;
        --rule: #d6d1c4; --ink: #1d1d1b; --muted: #5d5a52; --accent: #b3261e; --link: #1a4f8b; font-size: 16px; line-height: 1.6; }
      *, *::before, *::after { box-sizing: border-box; }
      body { margin: 0; padding: 1rem; }
      #editor { width: var(--bench-editor-width, 760px); margin: 0 auto; }
    </style>
  </head>
  <body>
    <div id="editor"></div>
    <script type="module" src="./entry.ts"></script>
  </body>
</html>
`

const ENTRY = `import ${JSON.stringify(join(nodeModules, '@fontsource/noto-serif-bengali/400.css'))}
import ${JSON.stringify(join(nodeModules, '@fontsource/noto-serif-bengali/700.css'))}
import ${JSON.stringify(join(nodeModules, 'prosemirror-view/style/prosemirror.css'))}
import ${JSON.stringify(resolve(projectRoot, 'src/renderer/src/editor/body-text.css'))}
import ${JSON.stringify(pageModule)}
`

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff'
}

export async function startBarePage(doc: BodyDoc): Promise<BarePage> {
  const root = await mkdtemp(join(tmpdir(), 'barta-bench-bare-'))
  let server: Server | undefined
  try {
    await writeFile(join(root, 'index.html'), INDEX_HTML)
    await writeFile(join(root, 'entry.ts'), ENTRY)
    const outDir = join(root, 'dist')
    const started = performance.now()
    await build({
      configFile: false,
      root,
      logLevel: 'silent',
      base: './',
      build: { outDir, emptyOutDir: true, minify: true, reportCompressedSize: false, modulePreload: { polyfill: false } }
    })
    const buildMs = performance.now() - started
    const docJson = JSON.stringify(doc)

    const listening = createServer((request, response) => {
      void (async () => {
        const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname)
        if (path === '/doc.json') {
          response.writeHead(200, { 'content-type': TYPES['.json']! })
          return response.end(docJson)
        }
        const file = normalize(join(outDir, path === '/' ? 'index.html' : path))
        if (!file.startsWith(outDir + sep)) {
          response.writeHead(403)
          return response.end()
        }
        try {
          const bytes = await readFile(file)
          response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
          response.end(bytes)
        } catch {
          response.writeHead(404)
          response.end()
        }
      })()
    })
    server = listening
    await new Promise<void>((done, fail) => {
      listening.once('error', fail)
      listening.listen(0, '127.0.0.1', () => done())
    })
    const { port } = listening.address() as AddressInfo
    return {
      url: `http://127.0.0.1:${port}/`,
      buildMs,
      close: async () => {
        listening.closeAllConnections()
        await new Promise<void>((done) => listening.close(() => done()))
        await rm(root, { recursive: true, force: true })
      }
    }
  } catch (error) {
    server?.close()
    await rm(root, { recursive: true, force: true })
    throw error
  }
}
