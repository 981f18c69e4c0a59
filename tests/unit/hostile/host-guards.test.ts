import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { TOKEN, expectAlive, expectRefused, openHarness, type ApiResult, type Harness } from './harness'

/**
 * Class: hostile requests to the browser host itself — bodies over the limit, foreign Host and Origin headers (DNS
 * rebinding, cross-site pages), missing or wrong tokens, wrong methods, paths that climb out of the renderer folder.
 * Each is refused with the right status and a bilingual JSON body, and the host keeps serving.
 */
let h: Harness
beforeAll(async () => {
  h = await openHarness()
  await writeFile(join(h.dataDir, '..', 'secret.txt'), 'গোপন: এটি কখনো পাঠানো হবে না')
})
afterAll(async () => {
  await h.close()
})

const api = { 'content-type': 'application/json', 'x-barta-token': TOKEN }

describe('the browser host under hostile requests', () => {
  it('refuses a body over the limit with 413, then keeps serving', async () => {
    for (const size of [40 * 1024 * 1024 + 1, 48 * 1024 * 1024]) {
      const response = await h.raw('/api/media.put', { method: 'POST', headers: api, body: Buffer.alloc(size, 0x20) })
      expect(response.status, `${size} bytes`).toBe(413)
      expectRefused(JSON.parse(response.text) as ApiResult, `${size} bytes`, ['too-large'])
      await expectAlive(h, `after ${size} bytes`)
    }
  })

  it('refuses a foreign Host or Origin with 403, even with the token', async () => {
    const port = h.host.port
    const foreignHosts = [
      `evil.example:${port}`,
      `127.0.0.1:${port}.evil.example`,
      `localhost.evil.example:${port}`,
      `127.0.0.1:${port + 1}`,
      '127.0.0.1',
      `127.0.0.1:${port}@evil.example`
    ]
    for (const host of foreignHosts) {
      for (const [path, method] of [
        ['/api/library.list', 'POST'],
        ['/', 'GET'],
        ['/index.html', 'GET']
      ] as const) {
        const response = await h.raw(path, { method, headers: { ...api, host }, body: method === 'POST' ? '{}' : undefined })
        expect(response.status, `Host ${JSON.stringify(host)} ${path}`).toBe(403)
        expectRefused(JSON.parse(response.text) as ApiResult, `Host ${host}`, ['forbidden'])
      }
    }
    // No Host at all: Node's own HTTP/1.1 parser refuses it (400) before our handler runs.
    const noHost = await h.raw('/api/library.list', { method: 'POST', headers: { ...api, host: '' }, body: '{}' })
    expect(noHost.status).toBe(400)
    const foreignOrigins = [
      'http://evil.example',
      `http://127.0.0.1:${port}.evil.example`,
      `https://127.0.0.1:${port}`,
      'null',
      `http://127.0.0.1:${port + 1}`,
      `http://localhost.evil.example:${port}`,
      ''
    ]
    for (const origin of foreignOrigins) {
      const response = await h.raw('/api/library.list', { method: 'POST', headers: { ...api, origin }, body: '{}' })
      expect(response.status, `Origin ${JSON.stringify(origin)}`).toBe(403)
      expectRefused(JSON.parse(response.text) as ApiResult, `Origin ${origin}`, ['forbidden'])
    }
    // Our own names still work.
    for (const name of ['127.0.0.1', 'localhost']) {
      const own = await h.raw('/api/app.info', {
        method: 'POST',
        headers: { ...api, host: `${name}:${port}`, origin: `http://${name}:${port}` },
        body: '{}'
      })
      expect(own.status, name).toBe(200)
    }
    await expectAlive(h)
  })

  it('refuses missing and wrong tokens (401) and the wrong method (405)', async () => {
    for (const token of [undefined, '', 'guess', TOKEN.slice(0, -1), `${TOKEN}x`, TOKEN.toUpperCase(), `${TOKEN},${TOKEN}`]) {
      const headers: Record<string, string> = { 'content-type': 'application/json' }
      if (token !== undefined) headers['x-barta-token'] = token
      const response = await h.raw('/api/library.list', { method: 'POST', headers, body: '{}' })
      expect(response.status, JSON.stringify(token)).toBe(401)
      expectRefused(JSON.parse(response.text) as ApiResult, `token ${JSON.stringify(token)}`, ['unauthorized'])
    }
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await h.raw('/api/library.list', { method, headers: api })
      expect(response.status, method).toBe(405)
      expectRefused(JSON.parse(response.text) as ApiResult, method)
    }
    await expectAlive(h)
  })

  it('never serves a file outside the renderer folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e/secret.txt',
      '/%2e%2e%5csecret.txt',
      '/..%5c..%5csecret.txt',
      '/%00/../secret.txt',
      '/data/../../secret.txt',
      '//etc/passwd',
      '/%c0%ae%c0%ae/secret.txt'
    ]) {
      const response = await h.raw(path)
      expect(response.text, path).not.toContain('গোপন')
      expect(response.text, path).not.toContain('root:x:0:0')
    }
    await expectAlive(h)
  })
})
