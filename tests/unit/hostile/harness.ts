/**
 * The hostile-input harness: a real browser host started in-process (createServices on a temporary data folder,
 * startHost on port 0 with a token), a raw HTTP client that can send any bytes and headers, the CLI's main() on its
 * own data folder, and the checks every hostile test repeats — refused with a bilingual message (Bengali first), no
 * file written half-way, no prototype pollution, the service still answering, and stored bodies inside the vocabulary.
 */
import { expect, vi } from 'vitest'
import { createHash } from 'node:crypto'
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'parse5'
import { createServices, type Services } from '../../../src/core'
import { startHost, type RunningHost } from '../../../src/server/host'
import { main as cliMain } from '../../../src/cli/index'
import { inspectImage } from '../../../src/shared/media/image-info'

export const CORPUS = join(process.cwd(), 'tests', 'hostile')
export const TOKEN = 'hostile-token-6f1c0d7a9b2e4c3f'

export const corpusPath = (rel: string) => join(CORPUS, rel)
export const corpusBytes = (rel: string) => readFile(corpusPath(rel))
/** As a browser's File.text() or the CLI's readFile(…, 'utf8') reads it: invalid UTF-8 becomes U+FFFD. */
export const corpusText = async (rel: string) => (await corpusBytes(rel)).toString('utf8')
export const corpusJson = async <T>(rel: string) => JSON.parse(await corpusText(rel)) as T

export interface ApiError {
  ok: false
  code: string
  message: { bn: string; en: string }
  details?: Record<string, unknown>
}
export type ApiResult<T = unknown> = { ok: true; value: T } | ApiError

export interface RawResponse {
  status: number
  headers: Record<string, string | string[] | undefined>
  text: string
}

export interface CliRun {
  code: number
  out: string
  err: string
}

export interface Harness {
  dataDir: string
  cliDataDir: string
  host: RunningHost
  services: Services
  /** POST /api/<method> with the token; `body` is sent exactly as given (string or bytes). */
  post(method: string, body: string | Uint8Array, headers?: Record<string, string>): Promise<RawResponse>
  /** A contract call over HTTP with JSON arguments; the HTTP status must be 200. */
  call<T = unknown>(method: string, args: unknown): Promise<ApiResult<T>>
  /** Any request, any headers (Host and Origin included). */
  raw(path: string, options?: { method?: string; headers?: Record<string, string>; body?: string | Uint8Array }): Promise<RawResponse>
  cli(args: string[]): Promise<CliRun>
  /** Names and sizes of every file under articles/ and media/ of both data folders. */
  snapshot(): Promise<string[]>
  close(): Promise<void>
}

const OBJECT_PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort()

export async function openHarness(): Promise<Harness> {
  const root = await mkdtemp(join(tmpdir(), 'barta-hostile-'))
  const dataDir = join(root, 'data')
  const cliDataDir = join(root, 'cli-data')
  const rendererDir = join(root, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>বার্তা</title>')
  const services = await createServices({ dataDir, transport: 'http', version: 'hostile-test' })
  // The default body limit (40 MB), so the size tests meet the real one.
  const host = await startHost({ handlers: services.handlers, rendererDir, token: TOKEN, port: 0 })

  const raw: Harness['raw'] = (path, options = {}) =>
    new Promise((resolve, reject) => {
      // An empty Host means "send none at all" (Node would otherwise fill in its own).
      const { host: hostHeader = `127.0.0.1:${host.port}`, ...headers } = options.headers ?? {}
      const req = request(
        {
          host: '127.0.0.1',
          port: host.port,
          path,
          method: options.method ?? 'GET',
          agent: false,
          setHost: false,
          headers: hostHeader === '' ? headers : { host: hostHeader, ...headers }
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text: Buffer.concat(chunks).toString('utf8') }))
          res.on('error', reject)
        }
      )
      // The server may answer (413) and close before it has read everything we send: that is not a client failure.
      req.on('error', (error: NodeJS.ErrnoException) => (error.code === 'EPIPE' || error.code === 'ECONNRESET' ? undefined : reject(error)))
      req.end(options.body)
    })

  const post: Harness['post'] = (method, body, headers = {}) =>
    raw(`/api/${encodeURIComponent(method)}`, {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', 'x-barta-token': TOKEN, ...headers }
    })

  const call = async <T>(method: string, args: unknown): Promise<ApiResult<T>> => {
    const response = await post(method, JSON.stringify(args))
    expect(response.status, `${method} answered ${response.status}: ${response.text.slice(0, 300)}`).toBe(200)
    return JSON.parse(response.text) as ApiResult<T>
  }

  const cli = async (args: string[]): Promise<CliRun> => {
    let out = ''
    let err = ''
    const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      err += String(chunk)
      return true
    })
    try {
      const code = await cliMain([...args, '--data', cliDataDir], (text) => (out += text))
      return { code, out, err }
    } finally {
      spy.mockRestore()
    }
  }

  const snapshot = async (): Promise<string[]> => {
    const entries: string[] = []
    for (const base of [dataDir, cliDataDir]) {
      for (const folder of ['articles', 'media']) {
        const names = await readdir(join(base, folder)).catch(() => [] as string[])
        for (const name of names) {
          const bytes = await readFile(join(base, folder, name)).catch(() => undefined)
          entries.push(`${base === dataDir ? 'host' : 'cli'}/${folder}/${name} ${bytes?.length ?? 'dir'}`)
        }
      }
    }
    return entries.sort()
  }

  return {
    dataDir,
    cliDataDir,
    host,
    services,
    post,
    call,
    raw,
    cli,
    snapshot,
    close: async () => {
      await host.close()
      await services.store.close()
      await rm(root, { recursive: true, force: true })
    }
  }
}

const BENGALI = /[\u0980-\u09FF]/
const LATIN_WORD = /[A-Za-z]{3,}/

/** A message a reporter can read: Bengali (first), then English, and never a stack trace. */
export function expectBilingual(message: { bn: string; en: string } | undefined, context = ''): void {
  expect(message, context).toBeDefined()
  expect(message?.bn, context).toMatch(BENGALI)
  expect(message?.en, context).toMatch(LATIN_WORD)
  for (const text of [message?.bn ?? '', message?.en ?? '']) {
    expect(text, context).not.toMatch(/\n\s+at |\.ts:\d+|node:internal/)
  }
}

/** The call was refused as a value ({ ok: false }) with a bilingual message; optionally with one of `codes`. */
export function expectRefused(result: ApiResult, context = '', codes?: string[]): asserts result is ApiError {
  expect(result.ok, `${context}: expected a refusal, got ${JSON.stringify(result).slice(0, 300)}`).toBe(false)
  if (result.ok) return
  if (codes) expect(codes, `${context}: code ${result.code}`).toContain(result.code)
  expectBilingual(result.message, context)
}

/** A CLI run that failed as a user error: exit code 1 and one line `barta: <bn> / <en>`, Bengali first. */
export function expectCliRefused(run: CliRun, context = ''): void {
  expect(run.code, `${context}: ${run.err}`).toBe(1)
  const lines = run.err.split('\n').filter(Boolean)
  expect(lines, context).toHaveLength(1)
  const line = lines[0] ?? ''
  expect(line, context).toMatch(/^barta: /)
  const split = line.indexOf(' / ')
  expect(split, context).toBeGreaterThan(0)
  expect(line.slice(0, split), context).toMatch(BENGALI)
  expect(line.slice(split + 3), context).toMatch(LATIN_WORD)
  expect(run.out, context).toBe('')
}

export function expectNoPollution(context = ''): void {
  expect(({} as Record<string, unknown>).polluted, context).toBeUndefined()
  expect(({} as Record<string, unknown>).isAdmin, context).toBeUndefined()
  expect(Object.getOwnPropertyNames(Object.prototype).sort(), context).toEqual(OBJECT_PROTOTYPE_KEYS)
  expect(Object.getOwnPropertyNames(Array.prototype), context).not.toContain('polluted')
}

export async function expectAlive(h: Harness, context = ''): Promise<void> {
  const info = await h.call<{ name: string }>('app.info', {})
  expect(info, context).toMatchObject({ ok: true, value: { name: 'Barta' } })
  const list = await h.call('library.list', {})
  expect(list.ok, context).toBe(true)
}

// ------------------------------------------------------------------ the body vocabulary (src/shared/article/body-schema.ts)

interface Node {
  type: string
  attrs?: Record<string, unknown>
  content?: Node[]
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>
  text?: string
}

const ALLOWED_ATTRS: Record<string, string[]> = {
  doc: [],
  paragraph: [],
  heading: ['level'],
  blockquote: [],
  bullet_list: [],
  ordered_list: ['order'],
  list_item: [],
  image: ['mediaId', 'caption', 'credit', 'alt'],
  hard_break: [],
  text: []
}
const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:']
/** Markup and script that must never survive as structure (text a reporter typed may say anything: it is escaped). */
export const FORBIDDEN_IN_STORED_BODY =
  /<script|<style|<iframe|<object|<embed|javascript:|vbscript:|data:text\/html|\bon[a-z]+\s*=|\bsrcdoc\b|"style"|"onclick"|"onerror"|"onload"|"src"/i
const TEXT_KEYS = new Set(['text', 'caption', 'credit', 'alt'])
/** The body as JSON with its words blanked out: what is left is structure, attributes and link addresses. */
export const structureOf = (body: unknown) =>
  JSON.stringify(body, (key, value: unknown) => (TEXT_KEYS.has(key) && typeof value === 'string' ? '' : value))

/** Every node, attribute and mark is one the body schema knows; links are http(s)/mailto only. */
export function expectCleanBody(body: unknown, context = ''): void {
  const problems: string[] = []
  const visit = (node: Node, path: string): void => {
    if (!Object.prototype.hasOwnProperty.call(ALLOWED_ATTRS, node.type)) problems.push(`${path}: node type ${node.type}`)
    for (const key of Object.keys(node)) {
      if (!['type', 'attrs', 'content', 'marks', 'text'].includes(key)) problems.push(`${path}: key ${key}`)
    }
    for (const key of Object.keys(node.attrs ?? {})) {
      if (!(ALLOWED_ATTRS[node.type] ?? []).includes(key)) problems.push(`${path}: attr ${key} on ${node.type}`)
    }
    if (node.type === 'heading' && ![2, 3].includes(node.attrs?.level as number))
      problems.push(`${path}: heading level ${String(node.attrs?.level)}`)
    for (const mark of node.marks ?? []) {
      if (!['bold', 'italic', 'link'].includes(mark.type)) problems.push(`${path}: mark ${mark.type}`)
      for (const key of Object.keys(mark.attrs ?? {}))
        if (!(mark.type === 'link' && key === 'href')) problems.push(`${path}: mark attr ${key}`)
      if (mark.type === 'link') {
        const href = String(mark.attrs?.href ?? '')
        const protocol = URL.canParse(href) ? new URL(href).protocol : 'unparsable'
        if (!SAFE_PROTOCOLS.includes(protocol)) problems.push(`${path}: link ${href}`)
      }
    }
    node.content?.forEach((child, i) => visit(child, `${path}.${i}`))
  }
  const doc = body as Node
  if (doc?.type !== 'doc') problems.push(`root is ${String(doc?.type)}`)
  visit(doc, 'doc')
  expect(problems, context).toEqual([])
  expect(structureOf(body), context).not.toMatch(FORBIDDEN_IN_STORED_BODY)
}

/** Every file in media/ is a real JPEG, PNG or WebP whose name is the sha256 of its bytes and its real extension. */
export async function expectMediaFolderClean(dataDir: string, context = ''): Promise<void> {
  const names = await readdir(join(dataDir, 'media')).catch(() => [] as string[])
  for (const name of names) {
    const bytes = await readFile(join(dataDir, 'media', name))
    const info = inspectImage(bytes)
    expect(info, `${context}: media/${name} is not an image`).toBeDefined()
    expect(name, context).toBe(`${createHash('sha256').update(bytes).digest('hex')}.${info?.extension}`)
  }
}

/** The stored article file for `id`, read from disk, exactly as the store wrote it. */
export async function storedArticle(dataDir: string, id: string): Promise<Record<string, unknown> & { body: unknown }> {
  const file = JSON.parse(await readFile(join(dataDir, 'articles', `${id}.json`), 'utf8')) as {
    article: Record<string, unknown> & { body: unknown }
  }
  return file.article
}

// ------------------------------------------------------------------ the exported page

interface HtmlNode {
  nodeName: string
  tagName?: string
  attrs?: Array<{ name: string; value: string }>
  childNodes?: HtmlNode[]
  content?: HtmlNode
  value?: string
}

const BANNED_ELEMENTS = new Set([
  'iframe',
  'object',
  'embed',
  'frame',
  'frameset',
  'applet',
  'base',
  'form',
  'svg',
  'math',
  'template',
  'noscript',
  'input',
  'button',
  'textarea',
  'select',
  'xmp'
])
const URL_ATTRS = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset', 'background', 'cite'])

/**
 * A page as a browser would parse it (parse5): the only script is the schema.org JSON block, no element carries an
 * event handler, no frame/object/form/svg, links are http(s)/mailto/relative and photos are data:image/… or assets/.
 */
export function expectSafePage(html: string, context = ''): void {
  const problems: string[] = []
  const textOf = (node: HtmlNode): string => (node.childNodes ?? []).map((child) => child.value ?? textOf(child)).join('')
  const walk = (node: HtmlNode): void => {
    const tag = node.tagName
    if (tag) {
      const attrs = new Map((node.attrs ?? []).map((a) => [a.name.toLowerCase(), a.value] as const))
      if (BANNED_ELEMENTS.has(tag)) problems.push(`<${tag}>`)
      for (const [name, value] of attrs) {
        if (name.startsWith('on')) problems.push(`<${tag} ${name}>`)
        // What a browser ignores inside a URL (spaces and control characters) is squeezed out before the check.
        // eslint-disable-next-line no-control-regex
        const squeezed = value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase()
        if (URL_ATTRS.has(name) && /^(javascript|vbscript|data:text\/html|data:image\/svg|file):/.test(squeezed))
          problems.push(`<${tag} ${name}="${value.slice(0, 60)}">`)
        if (name === 'style' && /javascript:|expression\(|url\(/i.test(value)) problems.push(`<${tag} style="${value.slice(0, 60)}">`)
      }
      if (tag === 'script') {
        if (attrs.get('type') !== 'application/ld+json') problems.push(`<script type=${attrs.get('type') ?? '(none)'}>`)
        else {
          try {
            JSON.parse(textOf(node))
          } catch {
            problems.push('ld+json block is not JSON (something ended it early)')
          }
        }
      }
      if (tag === 'meta' && attrs.has('http-equiv') && attrs.get('http-equiv')?.toLowerCase() !== 'content-security-policy')
        problems.push(`<meta http-equiv=${attrs.get('http-equiv')}>`)
      if (tag === 'a' && attrs.has('href')) {
        const href = attrs.get('href') ?? ''
        if (!/^(https?:\/\/|mailto:|\/(?!\/)|#|assets\/)/i.test(href)) problems.push(`<a href="${href.slice(0, 60)}">`)
      }
      if (tag === 'img' && !/^(data:image\/(jpeg|png|webp);base64,|assets\/images\/)/.test(attrs.get('src') ?? ''))
        problems.push(`<img src="${(attrs.get('src') ?? '').slice(0, 60)}">`)
    }
    for (const child of node.childNodes ?? []) walk(child)
    if (node.content) walk(node.content)
  }
  walk(parse(html) as unknown as HtmlNode)
  expect(problems, context).toEqual([])
}

// ------------------------------------------------------------------ one corpus file through every import entry point

export interface ImportedStory {
  id: string
  cliId: string
  warnings: Array<{ code: string; message: { bn: string; en: string }; detail?: string }>
  stored: Record<string, unknown> & { body: unknown }
}

interface ImportValue {
  kind: 'imported' | 'decision'
  id: string
  warnings?: ImportedStory['warnings']
}

/** Sidecar photos as the UI sends them: file name → base64. */
export async function sidecarsOf(names: string[], folder: string): Promise<Record<string, string>> {
  const entries = await Promise.all(names.map(async (name) => [name, (await corpusBytes(`${folder}/${name}`)).toString('base64')] as const))
  return Object.fromEntries(entries)
}

/**
 * A file that must be refused: over HTTP (article.import) and by the CLI, each with a bilingual message, and nothing
 * new under articles/ or media/ in either data folder; the host still answers and Object.prototype is untouched.
 */
export async function expectImportRefused(
  h: Harness,
  rel: string,
  options: { codes?: string[]; sidecars?: Record<string, string> } = {}
): Promise<ApiError> {
  const before = await h.snapshot()
  const text = await corpusText(rel)
  const result = await h.call<ImportValue>('article.import', options.sidecars ? { text, sidecars: options.sidecars } : { text })
  expectRefused(result, rel, options.codes)
  expectCliRefused(await h.cli(['import', corpusPath(rel)]), `${rel} (CLI)`)
  expect(await h.snapshot(), `${rel}: files were written by a refused import`).toEqual(before)
  expectNoPollution(rel)
  await expectAlive(h, rel)
  return result
}

/**
 * A file that may come in once it is cleaned: imported over HTTP and by the CLI, every warning bilingual, the stored
 * body (read back from disk) inside the vocabulary, media/ holding only real photos, the exported page safe.
 */
export async function expectImportCleaned(
  h: Harness,
  rel: string,
  options: { sidecars?: Record<string, string> } = {}
): Promise<ImportedStory> {
  const text = await corpusText(rel)
  const result = await h.call<ImportValue>('article.import', options.sidecars ? { text, sidecars: options.sidecars } : { text })
  expect(result, `${rel}: ${JSON.stringify(result).slice(0, 300)}`).toMatchObject({ ok: true, value: { kind: 'imported' } })
  if (!result.ok) throw new Error('unreachable')
  const warnings = result.value.warnings ?? []
  for (const warning of warnings) expectBilingual(warning.message, `${rel}: warning ${warning.code}`)
  const run = await h.cli(['import', corpusPath(rel)])
  expect(run.code, rel).toBe(0)
  // The CLI prints its warnings on stderr, one bilingual line each, and nothing else there.
  for (const line of run.err.split('\n').filter(Boolean)) expect(line, rel).toMatch(/^barta: [^:]+: সতর্কতা: .+ \/ warning: .+$/)
  const cliId = run.out.trim()

  const stored = await storedArticle(h.dataDir, result.value.id)
  expectCleanBody(stored.body, `${rel} (HTTP)`)
  expectCleanBody((await storedArticle(h.cliDataDir, cliId)).body, `${rel} (CLI)`)
  await expectMediaFolderClean(h.dataDir, rel)
  await expectMediaFolderClean(h.cliDataDir, `${rel} (CLI)`)
  const page = await h.call<{ files: Array<{ dataBase64: string }> }>('export.article', { id: result.value.id, format: 'html' })
  expect(page.ok, rel).toBe(true)
  if (page.ok) expectSafePage(Buffer.from(page.value.files[0]?.dataBase64 ?? '', 'base64').toString('utf8'), `${rel}: exported page`)
  expectNoPollution(rel)
  await expectAlive(h, rel)
  return { id: result.value.id, cliId, warnings, stored }
}
