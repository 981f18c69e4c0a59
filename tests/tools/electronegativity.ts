/**
 * `npm run test:security`: Doyensec's electronegativity over the sources (src/) and the built app (out/), every finding
 * compared with tests/security/electronegativity-explained.json. A finding nobody has explained fails the run; so does a
 * file the tool could not parse, unless that too is explained (then it is a known blind spot, not a silent one).
 *
 * Run offline and fast: `-e 45.5.0` because the tool cannot read the Electron version from package.json without the
 * network, and AvailableSecurityFixesGlobalCheck excluded because it downloads Electron's release list. A tiny preload
 * (written to the temp folder, loaded with NODE_OPTIONS) makes three things dependable:
 *   - name lookups other than loopback fail at once and its HTTP client does not retry, so the tool's translation
 *     download gives up immediately;
 *   - the tool writes its CSV header and its rows with two racing fs.writeFile calls (the header can overwrite the first
 *     row); writes into our temp folder are made synchronous, so the CSV is whole;
 *   - in report mode the tool drops its list of files it could not parse; the preload saves it beside the CSV.
 */
import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

const root = process.cwd()
const BINARY = join(root, 'node_modules', '.bin', 'electronegativity')
const EXPLAINED = join(root, 'tests', 'security', 'electronegativity-explained.json')
const ELECTRON_VERSION = '45.5.0'
// The class name, as the tool matches exclusions (lower-cased) against its global checks' class names.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck']
const SCANS = ['src', 'out'] as const
const TIMEOUT_MS = 50_000
/** A file the tool failed to parse appears as a finding of this pseudo-check, explained like any other. */
const PARSE_ERROR = 'PARSE_ERROR'

interface Finding {
  check: string
  severity: string
  confidence: string
  /** Relative to the project root: src/main/index.ts, out/main/index.js … */
  file: string
  location: string
  sample: string
  description: string
}

interface Explanation {
  check: string
  /** A path relative to the project root; `*` matches any run of characters except `/` (hashed bundle names). */
  file: string
  /** A substring of the finding's sample (the flagged source line). */
  sample: string
  explanation: string
}

const PRELOAD = String.raw`'use strict'
const fs = require('node:fs')
const path = require('node:path')
const dns = require('node:dns')
const Module = require('node:module')
const outDir = process.env.BARTA_EN_OUT_DIR
const sideFile = process.env.BARTA_EN_SIDE_FILE
const LOOPBACK = new Set(['localhost', '127.0.0.1', '::1'])

const lookup = dns.lookup
dns.lookup = function (hostname, options, callback) {
  const done = typeof options === 'function' ? options : callback
  if (LOOPBACK.has(hostname)) return lookup.apply(this, arguments)
  const error = Object.assign(new Error('offline scan: no lookup of ' + hostname), { code: 'ENOTFOUND', hostname })
  process.nextTick(done, error)
  return {}
}

const writeFileAsync = fs.writeFile
fs.writeFile = function (file, data, options, callback) {
  if (typeof file !== 'string' || !outDir || !path.resolve(file).startsWith(outDir + path.sep)) return writeFileAsync.apply(this, arguments)
  const done = typeof options === 'function' ? options : callback
  try {
    fs.writeFileSync(file, data, typeof options === 'function' ? undefined : options)
  } catch (error) {
    if (done) process.nextTick(done, error)
    return
  }
  if (done) process.nextTick(done, null)
}

const load = Module._load
Module._load = function (request, parent) {
  const loaded = load.apply(this, arguments)
  // got retries a failed download twice with back-off (three seconds per attempt to go online); once is enough here.
  if (request === 'got' && typeof loaded === 'function' && typeof loaded.extend === 'function') return loaded.extend({ retry: 0 })
  if (request === './runner.js' && parent && /electronegativity[\\/]dist[\\/]index\.js$/.test(parent.filename) && typeof loaded === 'function') {
    return async function run(options, forCli) {
      const result = await loaded(options, forCli)
      if (result && sideFile) fs.writeFileSync(sideFile, JSON.stringify({ issues: result.issues.length, errors: result.errors }))
      return result
    }
  }
  return loaded
}
`

/** RFC 4180 CSV as the tool writes it: quoted fields with doubled quotes, bare fields (ids, N/A, URLs), CRLF or LF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  let wasQuoted = false
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (ch === '"') quoted = false
      else field += ch
    } else if (ch === '"' && field === '' && !wasQuoted) {
      quoted = true
      wasQuoted = true
    } else if (ch === ',') {
      row.push(field)
      field = ''
      wasQuoted = false
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++
      row.push(field)
      if (row.some((cell) => cell !== '')) rows.push(row)
      row = []
      field = ''
      wasQuoted = false
    } else field += ch
  }
  row.push(field)
  if (row.some((cell) => cell !== '')) rows.push(row)
  return rows
}

function run(scan: string, dir: string): Promise<{ csvPath: string; sidePath: string; output: string }> {
  const csvPath = join(dir, `${scan}.csv`)
  const sidePath = join(dir, `${scan}.errors.json`)
  const preload = join(dir, 'preload.cjs')
  const args = ['-i', join(root, scan), '-o', csvPath, '-r', '-e', ELECTRON_VERSION, '-x', EXCLUDED_CHECKS.join(',')]
  return new Promise((resolvePromise, reject) => {
    const child = spawn(BINARY, args, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // The tool's bundled English strings; any other LANG makes it look for a translation online.
        LANG: 'en-US',
        NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(preload)}`.trim(),
        BARTA_EN_OUT_DIR: dir,
        BARTA_EN_SIDE_FILE: sidePath
      }
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`electronegativity on ${scan}/ took longer than ${TIMEOUT_MS / 1000} s\n${output}`))
    }, TIMEOUT_MS)
    child.once('error', (error) => {
      clearTimeout(timer)
      reject(error)
    })
    child.once('exit', (code) => {
      clearTimeout(timer)
      if (code === 0) resolvePromise({ csvPath, sidePath, output })
      else reject(new Error(`electronegativity on ${scan}/ exited with ${code}:\n${output}`))
    })
  })
}

async function scan(name: string, dir: string): Promise<Finding[]> {
  const { csvPath, sidePath, output } = await run(name, dir)
  if (!existsSync(csvPath) || !existsSync(sidePath)) throw new Error(`electronegativity on ${name}/ wrote no report:\n${output}`)
  const [header, ...rows] = parseCsv(await readFile(csvPath, 'utf8'))
  if (!header || header[0]?.trim() !== 'issue' || header.length !== 8)
    throw new Error(`unexpected CSV header in ${csvPath}: ${header?.join(',')}`)
  const side = JSON.parse(await readFile(sidePath, 'utf8')) as {
    issues: number
    errors: Array<{ file: string; message: string; tolerable: boolean }>
  }
  if (side.issues !== rows.length)
    throw new Error(`the CSV of ${name}/ has ${rows.length} rows but the tool reported ${side.issues} issues`)
  const findings = rows.map((cells): Finding => {
    if (cells.length !== 8) throw new Error(`malformed CSV row in ${csvPath}: ${cells.join(',')}`)
    const [check, severity, confidence, file, location, sample, description] = cells as [
      string,
      string,
      string,
      string,
      string,
      string,
      string
    ]
    return { check, severity, confidence, file: file === 'N/A' ? file : `${name}/${file}`, location, sample, description }
  })
  for (const error of side.errors.filter((entry) => !entry.tolerable)) {
    const file = `${name}/${resolve(error.file).slice(join(root, name).length + 1)}`
    findings.push({
      check: PARSE_ERROR,
      severity: 'INFO',
      confidence: 'CERTAIN',
      file,
      location: '0:0',
      sample: error.message,
      description: 'electronegativity could not parse this file, so no check ran on it'
    })
  }
  return findings
}

function globToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')
  return new RegExp(`^${escaped}$`)
}

function explains(entry: Explanation, finding: Finding): boolean {
  return entry.check === finding.check && globToRegExp(entry.file).test(finding.file) && finding.sample.includes(entry.sample)
}

async function loadExplanations(): Promise<Explanation[]> {
  const parsed = JSON.parse(await readFile(EXPLAINED, 'utf8')) as { findings?: unknown }
  if (!Array.isArray(parsed.findings)) throw new Error(`${EXPLAINED}: expected { "findings": [...] }`)
  return parsed.findings.map((entry, index) => {
    const e = entry as Partial<Explanation>
    for (const key of ['check', 'file', 'sample', 'explanation'] as const) {
      if (typeof e[key] !== 'string' || e[key].trim() === '')
        throw new Error(`${EXPLAINED}: findings[${index}].${key} must be a non-empty string`)
    }
    return e as Explanation
  })
}

async function main(): Promise<number> {
  const started = performance.now()
  const missing = SCANS.filter((name) => !existsSync(join(root, name)))
  if (missing.length > 0) {
    process.stderr.write(`electronegativity: ${missing.join(', ')}/ not found — run \`npx electron-vite build\` first\n`)
    return 1
  }
  const explanations = await loadExplanations()
  const dir = await mkdtemp(join(tmpdir(), 'barta-electronegativity-'))
  try {
    await writeFile(join(dir, 'preload.cjs'), PRELOAD)
    const findings = (await Promise.all(SCANS.map((name) => scan(name, dir)))).flat()
    const unexplained = findings.filter((finding) => !explanations.some((entry) => explains(entry, finding)))
    const unused = explanations.filter((entry) => !findings.some((finding) => explains(entry, finding)))
    for (const entry of unused)
      process.stdout.write(`note: explanation for ${entry.check} in ${entry.file} matched no finding (fixed? remove it)\n`)
    if (unexplained.length > 0) {
      process.stderr.write(
        `electronegativity: ${unexplained.length} of ${findings.length} findings are not explained in tests/security/electronegativity-explained.json:\n`
      )
      for (const f of unexplained) {
        process.stderr.write(
          `  ${f.check} ${f.severity}/${f.confidence} ${f.file}:${f.location}\n    ${f.sample.slice(0, 200)}\n    ${f.description}\n`
        )
      }
      return 1
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1)
    process.stdout.write(
      `electronegativity: ${findings.length} findings, all explained (src/ and out/, Electron ${ELECTRON_VERSION}, ${seconds} s)\n`
    )
    return 0
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`electronegativity: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
)
