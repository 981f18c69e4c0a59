import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createServices, type Services } from '../../../src/core'
import { dispatch } from '../../../src/shared/dispatch'
import { ACTIONS, ROLES, type Role, type WorkflowAction } from '../../../src/shared/workflow'
import { STATUSES, type ArticleStatus } from '../../../src/shared/article/model'
import { bodyFromPlainText } from '../../../src/shared/article/body'

/**
 * Every role × state × action, through the services as the app calls them (article.transition, with the profile
 * switched by profile.switch). Each role is tried from the state where the action is otherwise legal — the story is
 * complete and a reason is given — so the only thing that can refuse it is the role. Loosening one role rule in
 * src/shared/workflow.ts fails exactly the one case below that names that role and action.
 *
 * The expectations are written out here on purpose, not read from workflow.ts: a test that derives its answers from
 * the code under test agrees with any change to it.
 */
const MAY: Record<WorkflowAction, readonly Role[]> = {
  submit: ['reporter', 'desk', 'chief'],
  take: ['desk', 'chief'],
  return: ['desk', 'chief'],
  approve: ['desk', 'chief'],
  publish: ['chief'],
  sendBack: ['chief'],
  kill: ['chief'],
  correct: ['desk', 'chief'],
  discardCorrection: ['desk', 'chief']
}

const FROM: Record<WorkflowAction, readonly ArticleStatus[]> = {
  submit: ['draft', 'returned'],
  take: ['submitted'],
  return: ['submitted', 'editing'],
  approve: ['editing'],
  publish: ['approved'],
  sendBack: ['approved'],
  kill: ['draft', 'submitted', 'editing', 'returned', 'approved', 'published'],
  correct: ['published'],
  // Only while a correction of a published story is worked on (storyFor starts one first).
  discardCorrection: ['submitted', 'editing', 'approved', 'returned']
}

const TO: Record<WorkflowAction, ArticleStatus> = {
  submit: 'submitted',
  take: 'editing',
  return: 'returned',
  approve: 'approved',
  publish: 'published',
  sendBack: 'editing',
  kill: 'killed',
  correct: 'editing',
  discardCorrection: 'published'
}

/** How the desk brings a story to each state: [who, action] from a fresh draft. */
const PATH: Record<ArticleStatus, Array<[Role, WorkflowAction]>> = {
  draft: [],
  submitted: [['reporter', 'submit']],
  editing: [
    ['reporter', 'submit'],
    ['desk', 'take']
  ],
  returned: [
    ['reporter', 'submit'],
    ['desk', 'take'],
    ['desk', 'return']
  ],
  approved: [
    ['reporter', 'submit'],
    ['desk', 'take'],
    ['desk', 'approve']
  ],
  published: [
    ['reporter', 'submit'],
    ['desk', 'take'],
    ['desk', 'approve'],
    ['chief', 'publish']
  ],
  killed: [['chief', 'kill']]
}

/** How a correction of a published story reaches each state it can be in. */
const CORRECTION_PATH: Partial<Record<ArticleStatus, Array<[Role, WorkflowAction]>>> = {
  editing: [...PATH.published, ['desk', 'correct']],
  returned: [...PATH.published, ['desk', 'correct'], ['desk', 'return']],
  submitted: [...PATH.published, ['desk', 'correct'], ['desk', 'return'], ['reporter', 'submit']],
  approved: [...PATH.published, ['desk', 'correct'], ['desk', 'approve']]
}

const REASON = 'পরীক্ষার জন্য কারণ: সূত্র যাচাই করুন'

let root: string
let services: Services
const profileIds = {} as Record<Role | 'otherReporter', string>
let complete: Record<string, unknown>

async function call(method: string, args: unknown) {
  return dispatch(services.handlers, method, args)
}

async function become(who: Role | 'otherReporter'): Promise<void> {
  const switched = await call('profile.switch', { id: profileIds[who] })
  if (!switched.ok) throw new Error(switched.message.en)
}

/** A complete story (the approval checklist passes) owned by the reporter, walked to `status`. */
async function storyIn(status: ArticleStatus, path = PATH[status]): Promise<string> {
  await become('reporter')
  const created = await call('article.create', { content: complete })
  if (!created.ok) throw new Error(created.message.en)
  const id = (created.value as { id: string }).id
  for (const [who, action] of path) {
    await become(who)
    const moved = await call('article.transition', { id, action, note: REASON })
    if (!moved.ok) throw new Error(`setting up ${status}: ${who} ${action}: ${moved.message.en}`)
  }
  return id
}

/** A story in `status` from which `action` is otherwise legal: under correction for discardCorrection. */
function storyFor(action: WorkflowAction, status: ArticleStatus): Promise<string> {
  if (action !== 'discardCorrection') return storyIn(status)
  const path = CORRECTION_PATH[status]
  if (!path) throw new Error(`no correction path to ${status}`)
  return storyIn(status, path)
}

async function statusOf(id: string): Promise<ArticleStatus> {
  const article = await call('article.get', { id })
  if (!article.ok) throw new Error(article.message.en)
  return (article.value as { status: ArticleStatus }).status
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'barta-roles-'))
  services = await createServices({ dataDir: root, transport: 'http', version: 'test' })
  for (const [key, role, name] of [
    ['reporter', 'reporter', 'রহিমা খাতুন'],
    ['otherReporter', 'reporter', 'অন্য প্রতিবেদক'],
    ['desk', 'desk', 'করিম ডেস্ক'],
    ['chief', 'chief', 'প্রধান সম্পাদক']
  ] as const) {
    const saved = await call('profile.save', { profile: { name, role, desk: 'জাতীয় ডেস্ক' } })
    if (!saved.ok) throw new Error(saved.message.en)
    profileIds[key] = (saved.value as { currentId: string }).currentId
  }
  const photo = await call('media.put', {
    name: 'p.jpg',
    dataBase64: (await readFile('tests/fixtures/images/village.jpg')).toString('base64')
  })
  if (!photo.ok) throw new Error(photo.message.en)
  complete = {
    headline: 'নদীভাঙনে বিলীন তিন গ্রাম',
    byline: 'নিজস্ব প্রতিবেদক',
    section: 'সারাদেশ',
    publishedAt: '2024-01-21T14:27:00+06:00',
    leadImage: {
      mediaId: (photo.value as { mediaId: string }).mediaId,
      caption: 'ভাঙনের মুখে বসতভিটা',
      credit: 'সংগৃহীত',
      alt: 'নদীর পাড়ে ভাঙা ঘর'
    },
    body: bodyFromPlainText('যমুনার ভাঙনে তিনটি গ্রাম নদীতে বিলীন হয়েছে।')
  }
})

afterAll(async () => {
  await services?.store.close()
  await rm(root, { recursive: true, force: true })
})

describe('the role matrix covers the whole workflow', () => {
  it('names every action and every state the workflow has', () => {
    expect(Object.keys(MAY).sort()).toEqual([...ACTIONS].sort())
    expect(Object.keys(PATH).sort()).toEqual([...STATUSES].sort())
    expect([...ROLES].sort()).toEqual(['chief', 'desk', 'reporter'])
  })
})

describe('who may do what, from the state where the action is otherwise legal', () => {
  for (const action of ACTIONS) {
    for (const from of FROM[action]) {
      for (const role of ROLES) {
        const allowed = MAY[action].includes(role)
        it(`${role} ${allowed ? 'may' : 'may not'} ${action} from ${from}`, async () => {
          const id = await storyFor(action, from)
          await become(role)
          const result = await call('article.transition', { id, action, note: REASON })
          if (allowed) {
            expect(result, `${role} ${action} from ${from}`).toMatchObject({ ok: true, value: { status: TO[action] } })
            expect(await statusOf(id)).toBe(TO[action])
          } else {
            expect(result, `${role} ${action} from ${from}`).toMatchObject({ ok: false, code: 'forbidden' })
            expect(await statusOf(id)).toBe(from)
          }
        })
      }
    }
  }
})

describe('states an action does not start from', () => {
  // The chief may do every action, so a refusal here can only come from the state.
  for (const action of ACTIONS) {
    const illegal = STATUSES.filter((status) => !FROM[action].includes(status))
    if (illegal.length === 0) continue
    it(`${action} is refused from ${illegal.join(', ')}, for every role, and nothing changes`, async () => {
      for (const from of illegal) {
        const id = await storyIn(from)
        for (const role of ROLES) {
          await become(role)
          const result = await call('article.transition', { id, action, note: REASON })
          expect(result, `${role} ${action} from ${from}`).toMatchObject({ ok: false })
          expect(await statusOf(id), `${role} ${action} from ${from}`).toBe(from)
        }
      }
    })
  }
})

describe('a correction can be dropped only while one is worked on', () => {
  it('discardCorrection is refused on a story in editing that was never published, for every role', async () => {
    const id = await storyIn('editing')
    for (const role of ROLES) {
      await become(role)
      expect(await call('article.transition', { id, action: 'discardCorrection' }), role).toMatchObject({ ok: false })
      expect(await statusOf(id)).toBe('editing')
    }
  })
})

describe('ownership, reasons and the checklist', () => {
  it('a reporter may not submit another reporter’s story, from draft or returned', async () => {
    for (const from of ['draft', 'returned'] as const) {
      const id = await storyIn(from)
      await become('otherReporter')
      expect(await call('article.transition', { id, action: 'submit' })).toMatchObject({ ok: false, code: 'forbidden' })
      expect(await statusOf(id)).toBe(from)
    }
  })

  it('return, send back and kill need a reason; the others do not', async () => {
    const needsReason: Record<WorkflowAction, boolean> = {
      submit: false,
      take: false,
      return: true,
      approve: false,
      publish: false,
      sendBack: true,
      kill: true,
      correct: false,
      discardCorrection: false
    }
    for (const action of ACTIONS) {
      const from = FROM[action][0]!
      const id = await storyFor(action, from)
      await become('chief')
      const result = await call('article.transition', { id, action, note: '   ' })
      if (needsReason[action]) expect(result, action).toMatchObject({ ok: false, code: 'bad-request' })
      else expect(result, action).toMatchObject({ ok: true, value: { status: TO[action] } })
    }
  })
})
