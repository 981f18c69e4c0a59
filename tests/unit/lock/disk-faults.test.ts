import { describe, expect, it } from 'vitest'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices } from '../../../src/core'
import { runHostToEnd, startHost, stop, tinyRenderer, unwrap, type HostProcess } from './processes'
import { mountSmallDisk, type SmallDisk } from './small-disk'

/**
 * A read-only folder and a full disk, made for real on a small tmpfs (see small-disk.ts): saves say which of the two
 * it is, and a host stopped with SIGTERM on such a disk ends with a clear message and exit code 1 — no stack trace,
 * nothing half-written, nothing acknowledged lost.
 */
async function withDisk(sizeKiB: number, skip: (note: string) => void, work: (disk: SmallDisk) => Promise<void>): Promise<void> {
  const disk = await mountSmallDisk(sizeKiB)
  if (typeof disk === 'string') {
    console.warn(`disk-fault test skipped: ${disk}`)
    skip(disk)
    return
  }
  try {
    await work(disk)
  } finally {
    disk.writable()
    await disk.remove()
  }
}

/** Every file under `dir`: no temp leftovers, and every JSON file parses. */
async function expectNothingHalfWritten(dir: string): Promise<void> {
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue
    expect(entry.name, 'a temp file was left behind').not.toMatch(/\.tmp$/)
    if (entry.name.endsWith('.json')) JSON.parse(await readFile(join(entry.parentPath, entry.name), 'utf8'))
  }
}

const STACK_LINE = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at node:/m

describe('disk faults', () => {
  it('a save says «not writable» in a read-only folder and «disk full» on a full disk', { timeout: 60_000 }, async (context) => {
    await withDisk(
      4096,
      (note) => context.skip(note),
      async (disk) => {
        const services = await createServices({ dataDir: join(disk.dir, 'data'), transport: 'http', version: 'test' })
        const created = unwrap(await services.handlers['article.create']({ content: { headline: 'নদীভাঙন' } }))

        disk.readOnly()
        for (const failing of [
          await services.handlers['article.save']({ id: created.id, baseRevision: 1, patch: { headline: 'নদীভাঙন বাড়ছে' } }),
          await services.handlers['article.create']({ content: { headline: 'নতুন' } }),
          await services.handlers['article.trash']({ id: created.id })
        ]) {
          expect(failing).toMatchObject({ ok: false, code: 'storage', details: { problem: 'not-writable' } })
          if (failing.ok) continue
          expect(failing.message.bn).toContain('ফোল্ডারে লেখার অনুমতি নেই')
          expect(failing.message.en).toContain('the folder is not writable')
          expect(failing.message.en).not.toContain('could not be read or written')
        }

        disk.writable()
        const free = await disk.fill()
        const full = await services.handlers['article.save']({ id: created.id, baseRevision: 1, patch: { summary: 'ক'.repeat(200_000) } })
        expect(full).toMatchObject({ ok: false, code: 'storage', details: { problem: 'disk-full' } })
        if (!full.ok) expect(full.message.bn).toContain('ডিস্কে জায়গা নেই')
        if (!full.ok) expect(full.message.en).toContain('the disk is full')
        await expectNothingHalfWritten(join(disk.dir, 'data'))
        await free()
        expect(await services.handlers['article.save']({ id: created.id, baseRevision: 1, patch: { headline: 'আবার' } })).toMatchObject({
          ok: true,
          value: { revision: 2 }
        })
        await services.close()
      }
    )
  })

  for (const fault of ['full', 'read-only'] as const) {
    it(`SIGTERM with a ${fault} disk ends the host with a message and exit 1, losing nothing`, { timeout: 120_000 }, async (context) => {
      const renderer = await tinyRenderer(await mkdtemp(join(tmpdir(), 'barta-renderer-')))
      await withDisk(
        8192,
        (note) => context.skip(note),
        async (disk) => {
          const dataDir = join(disk.dir, 'data')
          let host: HostProcess | undefined = await startHost(dataDir, renderer)
          try {
            const acked = new Map<string, string>()
            // Long headlines: the index snapshot written on close must need more room than the endpoint file frees.
            const long = 'উপকূলীয় জেলাগুলোতে ঘূর্ণিঝড়ের প্রস্তুতি, আশ্রয়কেন্দ্রে মানুষ'
            for (let i = 0; i < 12; i++) {
              const created = unwrap(await host.api.call('article.create', { content: { headline: `${long} ${i}` } }))
              const headline = `${long} ${i} (হালনাগাদ)`
              const saved = unwrap(await host.api.call('article.save', { id: created.id, baseRevision: 1, patch: { headline } }))
              acked.set(created.id, `${saved.revision} ${headline}`)
            }
            // Closing must write the index snapshot (the journal holds 24 changes): that is what the disk refuses.
            const free = fault === 'full' ? await disk.fill() : (disk.readOnly(), async () => disk.writable())
            const finished = await stop(host, 'SIGTERM')
            host = undefined
            expect(finished.code).toBe(1)
            const reason =
              fault === 'full' ? ['ডিস্কে জায়গা নেই', 'the disk is full'] : ['ফোল্ডারে লেখার অনুমতি নেই', 'the folder is not writable']
            expect(finished.stderr).toContain(`বন্ধ করার সময় লাইব্রেরির সূচি লেখা যায়নি: ${reason[0]}`)
            expect(finished.stderr).toContain(`While closing, the library index could not be written: ${reason[1]}`)
            expect(finished.stderr).not.toMatch(STACK_LINE)
            expect(finished.stderr).not.toMatch(/Unhandled|ENOSPC: no space|EROFS: read-only/)
            await free()
            await expectNothingHalfWritten(dataDir)

            host = await startHost(dataDir, renderer)
            const items = unwrap(await host.api.call('library.list', {})).items
            expect(new Map(items.map((item) => [item.id, `${item.revision} ${item.headline}`]))).toEqual(acked)
            expect((await stop(host, 'SIGTERM')).code).toBe(0)
            host = undefined
          } finally {
            if (host) await stop(host, 'SIGKILL')
          }
        }
      )
      await rm(renderer, { recursive: true, force: true })
    })
  }

  it('the host refuses to start in a read-only folder, saying so', { timeout: 60_000 }, async (context) => {
    const renderer = await tinyRenderer(await mkdtemp(join(tmpdir(), 'barta-renderer-')))
    await withDisk(
      1024,
      (note) => context.skip(note),
      async (disk) => {
        disk.readOnly()
        const finished = await runHostToEnd(join(disk.dir, 'data'), renderer)
        expect(finished.code).toBe(1)
        expect(finished.stderr).toContain('ফোল্ডারে লেখার অনুমতি নেই')
        expect(finished.stderr).toContain('the folder is not writable')
        expect(finished.stderr).not.toMatch(STACK_LINE)
      }
    )
    await rm(renderer, { recursive: true, force: true })
  })
})
