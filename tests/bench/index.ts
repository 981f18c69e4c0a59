/**
 * `npm run bench`: every bench prints figures and ratios against a baseline measured in the same run — never a pass/fail
 * on time, since machines here are shared and noisy. Each module exports `bench(): Promise<string[]>`.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const dir = join(process.cwd(), 'tests', 'bench')
const only = process.argv[2]

async function main(): Promise<void> {
  const modules = readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && name !== 'index.ts' && !name.startsWith('_'))
    .filter((name) => !only || name.includes(only))
    .sort()
  for (const name of modules) {
    const started = performance.now()
    type BenchModule = { bench?: () => Promise<string[]> }
    const loaded = (await import(join(dir, name))) as BenchModule & { default?: BenchModule }
    // tsx may hand a CommonJS-compiled module back under `default`.
    const bench = loaded.bench ?? loaded.default?.bench
    if (typeof bench !== 'function') continue
    const lines = await bench()
    process.stdout.write(`\n## ${name.replace(/\.ts$/, '')} (${((performance.now() - started) / 1000).toFixed(1)} s)\n`)
    for (const line of lines) process.stdout.write(`${line}\n`)
  }
}

void main()
