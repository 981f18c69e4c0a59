import { describe, expect, it } from 'vitest'
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { build } from 'vite'
import { LowdbArticleStore } from '../../../src/core/library-store'
import { seededRandom } from '../../bench/_random'

/**
 * Kill the saving process at random instants, 200 times: after each kill the store reopens, every file parses, the
 * index agrees with the article files, and every save that was acknowledged before the kill is on disk. The kill times
 * come from a seeded generator: a failure prints its seed, and CRASH_SEED=<seed> replays the same schedule.
 */
const KILLS = 200
const SEED = process.env.CRASH_SEED ? Number(process.env.CRASH_SEED) : Math.floor(Math.random() * 2 ** 32)

async function bundleWorker(outDir: string): Promise<string> {
  await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      ssr: resolve('tests/unit/store/crash-worker.ts'),
      outDir,
      emptyOutDir: true,
      minify: false,
      rollupOptions: { output: { entryFileNames: 'worker.mjs', format: 'es' } }
    },
    ssr: { noExternal: true, target: 'node' }
  })
  return join(outDir, 'worker.mjs')
}

function runUntilKilled(worker: string, dataDir: string, killAfterMs: number): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [worker, dataDir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let out = ''
    let err = ''
    let timer: NodeJS.Timeout | undefined
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8')
      // Start the clock at the first acknowledged save, so the kill lands while saves are under way.
      timer ??= setTimeout(() => child.kill('SIGKILL'), killAfterMs)
    })
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString('utf8')))
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      if (signal !== 'SIGKILL') fail(new Error(`worker exited by itself (${code}): ${err}`))
      else done(out.split('\n').filter((line) => line.startsWith('ACK ')))
    })
  })
}

describe('crash safety', () => {
  it(`keeps every acknowledged save through ${KILLS} SIGKILLs`, { timeout: 120_000 }, async () => {
    const root = await mkdtemp(join(tmpdir(), 'barta-crash-'))
    try {
      const worker = await bundleWorker(join(root, 'worker'))
      const dataDir = join(root, 'data')
      const acknowledged = new Map<string, { revision: number; headline: string }>()
      let totalAcks = 0
      const random = seededRandom(SEED)
      try {
        for (let kill = 0; kill < KILLS; kill++) {
          const acks = await runUntilKilled(worker, dataDir, 1 + Math.floor(random() * 40))
          totalAcks += acks.length
          for (const line of acks) {
            const [, id, revision, ...headline] = line.split(' ')
            acknowledged.set(id!, { revision: Number(revision), headline: headline.join(' ') })
          }

          const articleFiles = (await readdir(join(dataDir, 'articles'))).filter((name) => name.endsWith('.json'))
          for (const name of articleFiles) JSON.parse(await readFile(join(dataDir, 'articles', name), 'utf8'))
          const store = await LowdbArticleStore.open(dataDir)
          expect(store.notices(), `kill ${kill}: nothing should need quarantine`).toEqual([])
          const index = new Map((await store.list()).items.map((summary) => [summary.id, summary]))
          expect(index.size).toBe(articleFiles.length)
          for (const [id, saved] of acknowledged) {
            const article = await store.get(id)
            expect(article, `kill ${kill}: ${id} lost`).toBeDefined()
            // A save may have landed after its ACK was written but before the kill; never an older one.
            expect(article!.revision).toBeGreaterThanOrEqual(saved.revision)
            if (article!.revision === saved.revision) expect(article!.headline).toBe(saved.headline)
            expect(index.get(id)?.revision).toBe(article!.revision)
          }
          await store.close()
        }
        expect(totalAcks).toBeGreaterThan(KILLS)
      } catch (error) {
        const replay = `CRASH_SEED=${SEED} npx vitest run tests/unit/store/crash.test.ts`
        throw new Error(`crash test failed with seed ${SEED} (replay: ${replay})\n${(error as Error).message}`, { cause: error })
      }
      console.log(`crash test: ${KILLS} kills, ${totalAcks} acknowledged saves, 0 lost (seed ${SEED})`)
    } finally {
      await rm(root, { recursive: true, force: true })
    }
  })
})
