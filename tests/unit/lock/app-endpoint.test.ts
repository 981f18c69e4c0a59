import { describe, expect, it, vi } from 'vitest'
import { existsSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { join } from 'node:path'
import { createServices } from '../../../src/core'
import { main as barta } from '../../../src/cli/index'
import { serveOwnerEndpoint } from '../../../src/server/owner-endpoint'
import { withTempDir } from '../helpers/tmp'

/**
 * The desktop app's door for the CLI (src/main/index.ts calls serveOwnerEndpoint after taking the folder): the
 * contract only, on loopback, behind a token kept in a 0600 file in the data folder — and barta goes through it.
 */
async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = ''
  let err = ''
  const spy = vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    err += String(chunk)
    return true
  })
  try {
    return { code: await barta(args, (text) => (out += text)), out, err }
  } finally {
    spy.mockRestore()
  }
}

describe("the desktop app's endpoint for barta", () => {
  it('serves the contract (no pages) behind a token from a 0600 file, and barta import goes through it', async () => {
    await withTempDir(async (dir) => {
      const app = await createServices({ dataDir: dir, transport: 'ipc', program: 'app', version: 'test' })
      const endpoint = await serveOwnerEndpoint(app.handlers, app.lock!)
      const file = join(dir, 'library.endpoint.json')
      expect((await stat(file)).mode & 0o777).toBe(0o600)
      const { url, token, lockNonce } = JSON.parse(await readFile(file, 'utf8'))
      expect(url).toBe(endpoint.url)
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(lockNonce).toBe(app.lock!.record.nonce)

      expect((await fetch(`${url}/`)).status).toBe(404)
      expect((await fetch(`${url}/api/library.list`, { method: 'POST', body: '{}' })).status).toBe(401)
      const listed = await fetch(`${url}/api/library.list`, { method: 'POST', body: '{}', headers: { 'x-barta-token': token } })
      expect(await listed.json()).toMatchObject({ ok: true, value: { total: 0, items: [] } })

      const imported = await cli(['import', 'tests/fixtures/articles/tista.barta.json', '--data', dir])
      expect(imported.code).toBe(0)
      // The app's own services know the story: it came in through the app, not around it.
      const seen = await app.handlers['library.list']({})
      expect(seen.ok && seen.value.items.map((item) => item.id)).toEqual([imported.out.trim()])
      expect(existsSync(join(dir, 'library.journal'))).toBe(true)
      expect(existsSync(join(dir, 'library.json'))).toBe(false)

      await endpoint.close()
      expect(existsSync(file)).toBe(false)
      await app.close()
      expect(existsSync(join(dir, 'library.lock'))).toBe(false)
    })
  })
})
