import { randomUUID } from 'node:crypto'
import type { Handlers } from '../../shared/api'
import { canonicalize } from '../../shared/bangla/normalize'
import { refOf } from '../../shared/profiles'
import { err, isErr, ok } from '../../shared/result'
import type { ArticleStore } from '../article-store'
import type { ProfileSource } from '../profile-store'
import type { Publishing } from '../publishing'
import type { SettingsSource } from '../settings-store'
import { guarded, notFound } from './common'

type WorkflowHandlers = Pick<
  Handlers,
  'article.transition' | 'note.add' | 'profile.list' | 'profile.save' | 'profile.switch' | 'settings.get' | 'settings.update'
>

/** People and the path a story takes: profiles, workflow moves, editorial notes — and the workstation settings. */
export function workflowHandlers(
  store: ArticleStore,
  profiles: ProfileSource,
  settings: SettingsSource,
  publishing: Publishing,
  now: () => Date
): WorkflowHandlers {
  return {
    // Who moved the story is the current profile of this library, never a value the caller sends.
    'article.transition': ({ id, action, note, correctionNote }) =>
      guarded(() => publishing.transition(id, action, refOf(profiles.current()), note, correctionNote)),
    'note.add': ({ id, text }) =>
      guarded(async () => {
        const clean = canonicalize(text).trim()
        if (clean === '') return err('bad-request', 'নোট খালি।', 'The note is empty.')
        const by = refOf(profiles.current())
        const updated = await store.updateMeta(id, (current) => ({
          ...current,
          notes: [...current.notes, { id: randomUUID(), at: now().toISOString(), by, text: clean }]
        }))
        if (!updated) return notFound()
        return isErr(updated) ? updated : ok(updated)
      }),
    'profile.list': async () => ok(profiles.state()),
    'profile.save': ({ profile }) =>
      guarded(async () => {
        const state = await profiles.save(profile)
        return state ? ok(state) : err('not-found', 'প্রোফাইলটি পাওয়া যায়নি।', 'The profile was not found.')
      }),
    'profile.switch': ({ id }) =>
      guarded(async () => {
        const state = await profiles.switchTo(id)
        return state ? ok(state) : err('not-found', 'প্রোফাইলটি পাওয়া যায়নি।', 'The profile was not found.')
      }),
    'settings.get': async () => ok(settings.get()),
    'settings.update': ({ patch }) => guarded(async () => ok(await settings.update(patch)))
  }
}
