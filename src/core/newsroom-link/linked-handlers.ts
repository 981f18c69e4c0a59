import { DEFAULT_COPY_SUFFIX, type ConflictResolution, type Handlers } from '../../shared/api'
import { canonicalizePatch } from '../../shared/article/canonical'
import { canonicalize } from '../../shared/bangla/normalize'
import { refOf } from '../../shared/profiles'
import { ok, type Result } from '../../shared/result'
import type { ArticleStore } from '../article-store'
import type { ProfileStore } from '../profile-store'
import { conflict, guarded, outcomeToResult } from '../handlers/common'
import type { NewsroomLink } from './link'

type Linked = Pick<
  Handlers,
  | 'article.create'
  | 'article.save'
  | 'article.resolveConflict'
  | 'article.duplicate'
  | 'revision.restore'
  | 'article.transition'
  | 'note.add'
>

/**
 * The library's handlers with the outbox behind them: each change is made locally first, exactly as without a newsroom,
 * and once accepted it is put in the outbox. A story whose push met a newer server version answers the next save with
 * the existing conflict error (the server's text as `current`), and settling it settles it with the server too.
 */
export function linkedHandlers(local: Handlers, link: NewsroomLink, store: ArticleStore, profiles: ProfileStore): Linked {
  const tracked = async <T>(storyId: string, work: () => Promise<Result<T>>, after: (value: T) => Promise<void>) => {
    link.begin(storyId)
    try {
      const result = await work()
      if (result.ok && link.linked) await after(result.value)
      return result
    } finally {
      link.end(storyId)
    }
  }
  return {
    'article.create': async (args) => {
      const result = await local['article.create'](args)
      if (result.ok) await link.recordSave(result.value.id)
      return result
    },
    'article.duplicate': async (args) => {
      const result = await local['article.duplicate'](args)
      if (result.ok) await link.recordSave(result.value.id)
      return result
    },
    'article.save': async (args) => {
      const kept = await link.keptConflict(args.id)
      if (kept) return conflict(kept)
      return tracked(
        args.id,
        () => local['article.save'](args),
        () => link.recordSave(args.id)
      )
    },
    'revision.restore': (args) =>
      tracked(
        args.id,
        () => local['revision.restore'](args),
        () => link.recordSave(args.id)
      ),
    'article.resolveConflict': async (args) => {
      if (!(await link.keptConflict(args.id))) {
        return tracked(
          args.id,
          () => local['article.resolveConflict'](args),
          (value) => link.recordSave(value.choice === 'both' ? value.copy.id : args.id)
        )
      }
      return guarded<ConflictResolution>(async () => {
        const { id, baseRevision, mine, choice, copySuffix } = args
        const copy = { headlineSuffix: copySuffix ?? DEFAULT_COPY_SUFFIX, owner: refOf(profiles.current()) }
        const settled = await link.settleConflict<Result<ConflictResolution>>(id, baseRevision, async (localRevision) => {
          const outcome = await store.resolveConflict(id, localRevision, canonicalizePatch(mine), choice, copy)
          if (outcome.kind === 'copied') {
            const result: Result<ConflictResolution> = ok({ choice: 'both', copy: outcome.copy, current: outcome.current })
            return { result, saved: [outcome.copy.id] }
          }
          const result = outcomeToResult<ConflictResolution>(outcome, (article) => ({
            choice: 'mine',
            revision: article.revision,
            modifiedAt: article.modifiedAt
          }))
          return { result, saved: result.ok ? [id] : [] }
        })
        return 'conflict' in settled ? conflict(settled.conflict) : settled
      })
    },
    'article.transition': (args) =>
      tracked(
        args.id,
        () => local['article.transition'](args),
        () =>
          link.record({
            kind: 'transition',
            storyId: args.id,
            action: args.action,
            ...(args.note === undefined ? {} : { note: args.note }),
            ...(args.correctionNote === undefined ? {} : { correctionNote: args.correctionNote })
          })
      ),
    'note.add': (args) =>
      tracked(
        args.id,
        () => local['note.add'](args),
        () => link.record({ kind: 'note', storyId: args.id, text: canonicalize(args.text).trim() })
      )
  }
}
