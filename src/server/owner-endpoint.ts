import { randomBytes } from 'node:crypto'
import type { Handlers } from '../shared/api'
import type { FolderLock } from '../core/folder-lock'
import { publishOwnerEndpoint } from '../core/owner-endpoint'
import { startHost } from './host'

export interface OwnerEndpointServer {
  url: string
  close(): Promise<void>
}

/**
 * The desktop app's door for `barta list|import|export` while the app owns the data folder: the contract only (no
 * pages), on 127.0.0.1 with a random port and token, under the same Host/Origin/token checks as the browser host. The
 * URL and token go into library.endpoint.json (0600) inside the folder; close() removes the file and stops listening.
 */
export async function serveOwnerEndpoint(handlers: Handlers, lock: FolderLock): Promise<OwnerEndpointServer> {
  const token = randomBytes(24).toString('base64url')
  const host = await startHost({ handlers, token, port: 0 })
  const url = `http://127.0.0.1:${host.port}`
  try {
    const unpublish = await publishOwnerEndpoint(lock, url, token)
    return {
      url,
      close: async () => {
        await unpublish().catch(() => undefined)
        await host.close()
      }
    }
  } catch (error) {
    await host.close()
    throw error
  }
}
