import type { ConnectionStatus } from '../../../shared/newsroom'
import type { Err } from '../../../shared/result'
import { api } from '../lib/api-client'
import { loadProfiles } from '../lib/profiles.svelte'

/** How often the status line asks again while a newsroom is set. */
export const CONNECTION_POLL_MS = 5_000

/**
 * This laptop's link to a newsroom (transport 'ipc' / 'http'): its status for the status line, connect and disconnect
 * for the settings. A library that cannot link (it answers 'unsupported') shows none of it.
 */
class Connection {
  /** null: not known yet, or this library cannot link to a newsroom at all. */
  status = $state.raw<ConnectionStatus | null>(null)
  supported = $state(false)
  private timer: ReturnType<typeof setInterval> | undefined

  /** Asks once, then every 5 s while a newsroom is set. Returns the cleanup. */
  start(): () => void {
    void this.poll()
    return () => clearInterval(this.timer)
  }

  async poll(): Promise<void> {
    const result = await api.call('connection.status', {})
    if (!result.ok) {
      // 'unsupported' (no link in this library): nothing to show and nothing to ask again.
      if (result.code === 'unsupported') this.supported = false
      this.follow()
      return
    }
    this.supported = true
    this.status = result.value
    this.follow()
  }

  async connect(serverUrl: string, user: string, password: string): Promise<Err | null> {
    const result = await api.call('connection.connect', { serverUrl, user, password })
    if (!result.ok) return result
    this.status = result.value
    this.follow()
    // The library now works as the newsroom's user (its current profile became that user): the page follows, so the
    // workflow buttons and «আমার লেখা» agree with what the server will allow.
    await loadProfiles()
    return null
  }

  async disconnect(): Promise<Err | null> {
    const result = await api.call('connection.disconnect', {})
    if (!result.ok) return result
    this.status = result.value
    this.follow()
    return null
  }

  /** Polls while a newsroom is set; stops when none is (or the library cannot link). */
  private follow(): void {
    const wanted = this.supported && this.status?.configured === true
    if (wanted && this.timer === undefined) this.timer = setInterval(() => void this.poll(), CONNECTION_POLL_MS)
    if (!wanted && this.timer !== undefined) {
      clearInterval(this.timer)
      this.timer = undefined
    }
  }
}

export const connection = new Connection()
