import type { AppInfo } from '../../../shared/api'
import type { SessionUser } from '../../../shared/newsroom'
import type { Err } from '../../../shared/result'
import { api, useNewsroomTransport, whenSessionExpires } from '../lib/api-client'
import { profilesState } from '../lib/profiles.svelte'

/**
 * Who is at the keyboard. On a library of this machine (transport 'ipc' / 'http') that is the picked profile, as
 * before. On the newsroom server it is the logged-in user, and the server says who that is and what role they have:
 * the page keeps the user only to draw the top bar and to know which buttons to offer.
 *
 * phase: 'starting' until app.info answers; 'local' for a library here; 'login' before the first login; 'in' once
 * logged in; 'expired' when a later call met an ended session — the shell stays (with the editor's unsaved text) and
 * the login screen is drawn over it.
 */
export type SessionPhase = 'starting' | 'local' | 'login' | 'in' | 'expired'

class Session {
  phase = $state<SessionPhase>('starting')
  transport = $state<AppInfo['transport'] | null>(null)
  user = $state.raw<SessionUser | null>(null)
  /** The app.info call itself failed: nothing to draw but the reason. */
  startError = $state.raw<Err | null>(null)
  /** Calls waiting for the next login (their session expired under them). */
  private waiting: Array<() => void> = []

  get newsroom(): boolean {
    return this.transport === 'newsroom'
  }

  /** The desk's own: desk editors and chiefs see the shared queue and may take over an edit lock. */
  get isDesk(): boolean {
    return this.user !== null && (this.user.role === 'desk' || this.user.role === 'chief')
  }

  async start(): Promise<void> {
    const info = await api.call('app.info', {})
    if (!info.ok) {
      this.startError = info
      return
    }
    this.transport = info.value.transport
    if (info.value.transport !== 'newsroom') {
      this.phase = 'local'
      return
    }
    useNewsroomTransport()
    whenSessionExpires(() => this.expired())
    const current = await api.call('auth.session', {})
    if (current.ok) this.loggedIn(current.value)
    else this.phase = 'login'
  }

  /** auth.login: the browser receives the session cookie; the page keeps no token. Returns the refusal, if any. */
  async login(user: string, password: string): Promise<Err | null> {
    const result = await api.call('auth.login', { user, password })
    if (!result.ok) return result
    this.loggedIn(result.value.user)
    const waiting = this.waiting
    this.waiting = []
    for (const resume of waiting) resume()
    return null
  }

  async logout(): Promise<void> {
    await api.call('auth.logout', {})
    this.user = null
    profilesState.profiles = []
    profilesState.currentId = ''
    this.phase = 'login'
  }

  /** A call met an ended session: show the login over the shell and hold the call until someone logs in again. */
  private expired(): Promise<void> {
    if (this.phase === 'in') this.phase = 'expired'
    return new Promise((resume) => this.waiting.push(resume))
  }

  /** The server's user is the author of every change from this page (the workflow buttons read profilesState). */
  private loggedIn(user: SessionUser): void {
    this.user = user
    profilesState.profiles = [{ id: user.id, name: user.name, role: user.role, desk: user.desk }]
    profilesState.currentId = user.id
    this.phase = 'in'
  }
}

export const session = new Session()
