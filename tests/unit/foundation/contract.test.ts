import { describe, expect, it } from 'vitest'
import { createServices } from '../../../src/core'
import { dispatch } from '../../../src/shared/dispatch'
import type { Handlers } from '../../../src/shared/api'
import { withTempDir } from '../helpers/tmp'

describe('the contract, dispatched with untrusted input', () => {
  it('answers wrong argument types with a typed, bilingual error and keeps serving', async () => {
    await withTempDir(async (dir) => {
      const { handlers } = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      const bad = [
        ['article.get', { id: 42 }],
        ['article.get', {}],
        ['article.get', null],
        ['article.save', { id: 'abcdefgh-1234', baseRevision: '1', patch: {} }],
        ['article.save', { id: 'abcdefgh-1234', baseRevision: 1, patch: { headline: ['not', 'text'] } }],
        ['article.create', { content: { edition: 'weekly' } }],
        ['article.create', { content: { publishedAt: '21 January 2024' } }],
        ['article.create', { extra: true }],
        ['article.get', { id: '../../etc/passwd' }]
      ] as const
      for (const [method, args] of bad) {
        const result = await dispatch(handlers, method, args)
        expect(result.ok, `${method} ${JSON.stringify(args)}`).toBe(false)
        if (!result.ok) {
          expect(result.code).toBe('bad-request')
          expect(result.message.bn).toMatch(/[\u0980-\u09FF]/)
          expect(result.message.en).toMatch(/Invalid arguments/)
        }
      }
      const unknown = await dispatch(handlers, 'fs.readFile', { path: '/etc/passwd' })
      expect(unknown).toMatchObject({ ok: false, code: 'unknown-method' })
      const prototype = await dispatch(handlers, '__proto__', {})
      expect(prototype).toMatchObject({ ok: false, code: 'unknown-method' })

      // The service still works after all of that.
      const created = await dispatch(handlers, 'article.create', { content: { headline: 'নির্বাচন কমিশনের বৈঠক' } })
      expect(created).toMatchObject({ ok: true, value: { headline: 'নির্বাচন কমিশনের বৈঠক', revision: 1 } })
    })
  })

  it('refuses an over-long headline instead of cutting it', async () => {
    await withTempDir(async (dir) => {
      const { handlers } = await createServices({ dataDir: dir, transport: 'http', version: 'test' })
      const result = await dispatch(handlers, 'article.create', { content: { headline: 'ক'.repeat(1001) } })
      expect(result).toMatchObject({ ok: false, code: 'bad-request' })
    })
  })

  it('turns a handler that throws into an internal error value', async () => {
    const seen: unknown[] = []
    const throwing = {
      'library.list': async () => {
        throw new Error('disk on fire')
      }
    } as unknown as Handlers
    const result = await dispatch(throwing, 'library.list', {}, (error) => seen.push(error))
    expect(result).toMatchObject({ ok: false, code: 'internal' })
    expect(JSON.stringify(result)).not.toContain('disk on fire')
    expect(seen).toHaveLength(1)
  })

  it('reports a conflict with the stored revision when a save is based on an old one', async () => {
    await withTempDir(async (dir) => {
      const { handlers } = await createServices({ dataDir: dir, transport: 'ipc', version: 'test' })
      const created = await handlers['article.create']({})
      if (!created.ok) throw new Error('create failed')
      const id = created.value.id
      await handlers['article.save']({ id, baseRevision: 1, patch: { headline: 'প্রথম' } })
      const stale = await handlers['article.save']({ id, baseRevision: 1, patch: { headline: 'দ্বিতীয়' } })
      expect(stale).toMatchObject({ ok: false, code: 'conflict', details: { storedRevision: 2 } })
      const missing = await handlers['article.get']({ id: 'ffffffff-0000-0000-0000-000000000000' })
      expect(missing).toMatchObject({ ok: false, code: 'not-found' })
    })
  })
})
