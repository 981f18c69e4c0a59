import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices } from '../../../src/core'
import { PortInUseError, startHost, type RunningHost } from '../../../src/server/host'
import { createHttpClient } from '../../../src/shared/http-client'
import { tokenMatches } from '../../../src/server/security'

const TOKEN = 'test-token-0123456789'
let root: string
let host: RunningHost

/** Raw HTTP so the Host and Origin headers can be set freely (fetch forbids changing Host). */
function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<{ status: number; headers: Record<string, unknown>; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port: host.port,
        path,
        method: options.method ?? 'GET',
        headers: { host: `127.0.0.1:${host.port}`, ...options.headers }
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }))
      }
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'barta-host-'))
  const rendererDir = join(root, 'renderer')
  await mkdir(rendererDir)
  await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>বার্তা</title>')
  await writeFile(join(root, 'secret.txt'), 'do not serve')
  const { handlers } = await createServices({ dataDir: join(root, 'data'), transport: 'http', version: 'test' })
  host = await startHost({ handlers, rendererDir, token: TOKEN, port: 0, maxBodyBytes: 64 * 1024 })
})

afterAll(async () => {
  await host.close()
  await rm(root, { recursive: true, force: true })
})

describe('the browser host', () => {
  it('listens on loopback only and prints a URL with the token', () => {
    expect(host.server.address()).toMatchObject({ address: '127.0.0.1' })
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`)
  })

  it('refuses an API call without the token (401) or with a wrong one', async () => {
    const none = await raw('/api/library.list', { method: 'POST', body: '{}' })
    expect(none.status).toBe(401)
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, code: 'unauthorized' })
    const wrong = await raw('/api/library.list', { method: 'POST', body: '{}', headers: { 'x-barta-token': 'guess' } })
    expect(wrong.status).toBe(401)
  })

  it('refuses a foreign Host header (DNS rebinding) with 403, even with the token', async () => {
    const foreign = await raw('/api/library.list', {
      method: 'POST',
      body: '{}',
      headers: { host: `evil.example:${host.port}`, 'x-barta-token': TOKEN }
    })
    expect(foreign.status).toBe(403)
    const page = await raw('/', { headers: { host: 'attacker.test' } })
    expect(page.status).toBe(403)
  })

  it('refuses a cross-site Origin with 403', async () => {
    const response = await raw('/api/library.list', {
      method: 'POST',
      body: '{}',
      headers: { origin: 'http://evil.example', 'x-barta-token': TOKEN }
    })
    expect(response.status).toBe(403)
  })

  it('serves the contract to a caller with the token, over the same client the UI uses', async () => {
    const client = createHttpClient({ baseUrl: `http://127.0.0.1:${host.port}`, token: TOKEN, fetch })
    const created = await client.call('article.create', { content: { headline: 'বাজেট অধিবেশন শুরু' } })
    expect(created).toMatchObject({ ok: true, value: { headline: 'বাজেট অধিবেশন শুরু' } })
    const wrongTypes = await client.call('article.get', { id: 7 } as never)
    expect(wrongTypes).toMatchObject({ ok: false, code: 'bad-request' })
    const list = await client.call('library.list', {})
    expect(list.ok && list.value.items.map((entry) => entry.headline)).toEqual(['বাজেট অধিবেশন শুরু'])
  })

  it('answers bad JSON with 400 and an oversized body with 413, then keeps serving', async () => {
    const headers = { 'x-barta-token': TOKEN, 'content-type': 'application/json' }
    expect((await raw('/api/library.list', { method: 'POST', body: '{nope', headers })).status).toBe(400)
    expect((await raw('/api/library.list', { method: 'POST', body: 'x'.repeat(100 * 1024), headers })).status).toBe(413)
    expect((await raw('/api/library.list', { method: 'POST', body: '{}', headers })).status).toBe(200)
  })

  it('serves the renderer with security headers and never a file outside it', async () => {
    const page = await raw('/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('বার্তা')
    expect(page.headers['content-security-policy']).toContain("script-src 'self'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/..%2fsecret.txt', '/%2e%2e%5csecret.txt']) {
      const response = await raw(path)
      expect(response.body, path).not.toContain('do not serve')
    }
  })

  it('reports a taken port as PortInUseError, not a crash', async () => {
    const { handlers } = await createServices({ dataDir: join(root, 'data2'), transport: 'http', version: 'test' })
    await expect(startHost({ handlers, rendererDir: root, token: TOKEN, port: host.port })).rejects.toBeInstanceOf(PortInUseError)
  })

  it('compares tokens without shortcuts for length or prefix', () => {
    expect(tokenMatches(TOKEN, TOKEN)).toBe(true)
    expect(tokenMatches(TOKEN.slice(0, -1), TOKEN)).toBe(false)
    expect(tokenMatches(`${TOKEN}x`, TOKEN)).toBe(false)
    expect(tokenMatches('', TOKEN)).toBe(false)
    expect(tokenMatches(undefined, TOKEN)).toBe(false)
  })
})
