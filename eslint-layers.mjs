// The layer rule: each folder of src/ names the packages and the folders it may import from (an allow-list), so a new
// dependency in the wrong place fails lint instead of passing because nobody thought to forbid it.
import { dirname, relative, resolve, sep } from 'node:path'

/**
 * Where each layer's code runs decides what it may import.
 * - packages: bare specifiers ('name', 'name-*', '@scope/*', 'node:*'); subpaths of an allowed package are allowed.
 * - folders: project folders reachable through relative imports.
 * - typesFrom: folders reachable through `import type` only; valuesFrom: single files reachable with values too.
 */
export const LAYERS = {
  'src/shared': {
    why: 'src/shared runs anywhere (Node, Electron, the browser): only pure packages, nothing from the layers above.',
    packages: ['valibot', 'diff', 'parse5', '@noble/hashes', '@scure/base'],
    folders: ['src/shared']
  },
  'src/renderer': {
    why: 'The renderer is the UI: it reaches the back end only through the contract in src/shared.',
    packages: ['svelte', 'prosemirror-*', 'fflate', '@fontsource/*'],
    folders: ['src/renderer', 'src/shared']
  },
  'src/preload': {
    why: 'The preload exposes one call over one IPC channel: Electron, the channel name and the contract types only.',
    packages: ['electron'],
    folders: ['src/preload'],
    typesFrom: ['src/shared'],
    valuesFrom: ['src/shared/transport-names.ts']
  },
  'src/main': {
    why: 'src/main is the Electron shell: Electron, Node and the services, never the UI, the browser host or the CLI.',
    packages: ['electron', 'node:*'],
    folders: ['src/main', 'src/core', 'src/shared', 'resources'],
    // The one piece of the browser host the app runs too: the contract-only loopback listener `barta` calls while the
    // app owns the data folder (README "The `barta` command").
    valuesFrom: ['src/server/owner-endpoint.ts']
  },
  'src/core': {
    why: 'The services are plain Node shared by the shell, the browser host and the CLI: never Electron or the UI.',
    packages: ['node:*', 'lowdb', 'minisearch', 'valibot', 'playwright-core'],
    folders: ['src/core', 'src/shared']
  },
  'src/server': {
    why: 'The browser host is plain Node over the services: never Electron or the UI code.',
    packages: ['node:*', 'electron-vite'],
    folders: ['src/server', 'src/core', 'src/shared', 'package.json']
  },
  'src/newsroom': {
    why: 'The newsroom server is plain Node over the services and PostgreSQL: never Electron or the UI code.',
    packages: ['node:*', 'pg', 'valibot'],
    folders: ['src/newsroom', 'src/core', 'src/shared', 'src/server', 'package.json']
  },
  'src/cli': {
    why: "The barta command is plain Node over the services (and the newsroom's user table): never Electron or the UI code.",
    packages: ['node:*'],
    folders: ['src/cli', 'src/core', 'src/shared', 'src/newsroom']
  }
}

/** 'prosemirror-view/style/x.css?url' → 'prosemirror-view'; '@scope/name/sub' → '@scope/name'; 'node:fs/promises' stays. */
function packageOf(specifier) {
  const bare = specifier.split('?')[0]
  if (bare.startsWith('node:')) return bare
  const parts = bare.split('/')
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

function packageAllowed(name, allowed) {
  return allowed.some((pattern) =>
    pattern.endsWith('*') ? name.startsWith(pattern.slice(0, -1)) && name.length > pattern.length - 1 : name === pattern
  )
}

const within = (path, folder) => path === folder || path.startsWith(`${folder}/`)

/** The project-relative path a relative specifier points at, with '/' separators and no query. */
function targetOf(specifier, filename, root) {
  return relative(root, resolve(dirname(filename), specifier.split('?')[0]))
    .split(sep)
    .join('/')
}

function layerOf(filename, root) {
  const path = relative(root, filename).split(sep).join('/')
  return Object.keys(LAYERS).find((folder) => within(path, folder))
}

/** @type {import('eslint').Rule.RuleModule} */
const layerImports = {
  meta: {
    type: 'problem',
    docs: { description: 'Each layer of src/ imports only the packages and folders it names.' },
    schema: [],
    messages: {
      package: '{{layer}} may not import the package “{{name}}”. {{why}}',
      folder: '{{layer}} may not import from {{target}}. {{why}}',
      typesOnly: '{{layer}} may import only types from {{target}}. {{why}}'
    }
  },
  create(context) {
    const root = context.cwd
    const layer = layerOf(context.filename, root)
    if (!layer) return {}
    const rules = LAYERS[layer]
    const check = (node, source, typeOnly) => {
      if (!source || typeof source.value !== 'string') return
      const specifier = source.value
      const data = { layer, why: rules.why }
      if (!specifier.startsWith('.') && !specifier.startsWith('/')) {
        const name = packageOf(specifier)
        if (!packageAllowed(name, rules.packages)) context.report({ node, messageId: 'package', data: { ...data, name } })
        return
      }
      const target = targetOf(specifier, context.filename, root)
      if (rules.folders.some((folder) => within(target, folder))) return
      if ((rules.valuesFrom ?? []).some((file) => target === file || `${target}.ts` === file)) return
      if ((rules.typesFrom ?? []).some((folder) => within(target, folder))) {
        if (!typeOnly) context.report({ node, messageId: 'typesOnly', data: { ...data, target } })
        return
      }
      context.report({ node, messageId: 'folder', data: { ...data, target } })
    }
    const typeOnlyImport = (node) =>
      node.importKind === 'type' || (node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type'))
    return {
      ImportDeclaration: (node) => check(node, node.source, typeOnlyImport(node)),
      ExportNamedDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ExportAllDeclaration: (node) => check(node, node.source, node.exportKind === 'type'),
      ImportExpression: (node) => check(node, node.source, false)
    }
  }
}

export const layersPlugin = { rules: { imports: layerImports } }
