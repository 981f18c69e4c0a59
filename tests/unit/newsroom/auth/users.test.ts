import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { TEST_COST, verifyPassword } from '../../../../src/newsroom/auth/passwords'
import { Sessions } from '../../../../src/newsroom/auth/sessions'
import { toUserRef, Users } from '../../../../src/newsroom/auth/users'
import { profileRefSchema } from '../../../../src/shared/article/model'
import { useDatabases } from './database'

const databases = useDatabases()

async function setup() {
  const { pool } = await databases.fresh()
  return { pool, users: new Users(pool, { cost: TEST_COST }), sessions: new Sessions(pool) }
}

describe('newsroom users', () => {
  it('adds users with a random URL-safe id that is a valid ProfileRef id, and lists them by name', async () => {
    const { users, pool } = await setup()
    const rahim = await users.add({ name: 'রহিম', role: 'reporter', desk: 'নগর', password: 'গোপন কথা' })
    const desk = await users.add({ name: 'nasrin.desk', role: 'desk', password: 'x' })
    expect(rahim.ok && desk.ok).toBe(true)
    if (!rahim.ok || !desk.ok) return
    expect(rahim.value).toMatchObject({ name: 'রহিম', role: 'reporter', desk: 'নগর', disabled: false })
    expect(desk.value.desk).toBe('')
    for (const user of [rahim.value, desk.value]) {
      expect(user.id).toMatch(/^[A-Za-z0-9_-]{8,64}$/)
      expect(v.safeParse(profileRefSchema, { id: user.id, name: user.name, role: user.role }).success).toBe(true)
      expect(user).not.toHaveProperty('passwordHash')
    }
    expect(rahim.value.id).not.toBe(desk.value.id)
    expect((await users.list()).map((user) => user.name)).toEqual(['nasrin.desk', 'রহিম'])
    expect(await users.byId(rahim.value.id)).toEqual(rahim.value)
    expect(await users.byName('রহিম')).toEqual(rahim.value)
    expect(await users.byName('নেই')).toBeUndefined()
    expect(toUserRef(rahim.value)).toEqual({ id: rahim.value.id, name: 'রহিম', role: 'reporter', desk: 'নগর' })
    // The stored value is a scrypt hash of the password, not the password.
    const { rows } = await pool.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE name = $1', ['রহিম'])
    expect(rows[0]!.password_hash).toMatch(/^scrypt\$/)
    expect(await verifyPassword('গোপন কথা', rows[0]!.password_hash)).toBe(true)
  })

  it('refuses a name that is taken — also when typed in another Unicode form — in Bengali and English', async () => {
    const { users } = await setup()
    expect((await users.add({ name: 'স\u09CBহেল', role: 'reporter', password: 'a' })).ok).toBe(true)
    const again = await users.add({ name: 'স\u09C7\u09BEহেল', role: 'desk', password: 'b' })
    expect(again).toMatchObject({ ok: false, code: 'conflict' })
    if (again.ok) return
    expect(again.message.bn).toContain('আগেই আছেন')
    expect(again.message.en).toContain('already exists')
    expect(await users.list()).toHaveLength(1)
  })

  it('refuses a bad role, a bad name, an empty or huge password, and writes nothing', async () => {
    const { users } = await setup()
    expect(await users.add({ name: 'karim', role: 'admin', password: 'a' })).toMatchObject({ ok: false, code: 'bad-request' })
    expect(await users.add({ name: 'karim', role: 'reporter', password: '' })).toMatchObject({ ok: false, code: 'bad-request' })
    expect(await users.add({ name: 'karim', role: 'reporter', password: 'x'.repeat(1025) })).toMatchObject({
      ok: false,
      code: 'bad-request'
    })
    expect(await users.add({ name: 'two words', role: 'reporter', password: 'a' })).toMatchObject({ ok: false, code: 'bad-request' })
    expect(await users.add({ name: '', role: 'reporter', password: 'a' })).toMatchObject({ ok: false, code: 'bad-request' })
    expect(await users.add({ name: 'k'.repeat(65), role: 'reporter', password: 'a' })).toMatchObject({ ok: false, code: 'bad-request' })
    expect(await users.list()).toEqual([])
  })

  it('takes SQL as data: injection attempts in names, desks and passwords change nothing else', async () => {
    const { users, pool } = await setup()
    const hostile = ["' OR '1'='1", "x'; DROP TABLE users; --", 'a"; DELETE FROM sessions; --']
    for (const attempt of hostile) {
      expect(await users.add({ name: attempt, role: 'reporter', password: 'a' })).toMatchObject({ ok: false, code: 'bad-request' })
      expect(await users.byName(attempt)).toBeUndefined()
      expect(await users.disable(attempt)).toMatchObject({ ok: false })
    }
    const added = await users.add({ name: 'safe', role: 'chief', desk: "'); DROP TABLE users; --", password: hostile[1]! })
    expect(added.ok).toBe(true)
    expect((await users.byName('safe'))?.desk).toBe("'); DROP TABLE users; --")
    const { rows } = await pool.query<{ count: string }>('SELECT count(*) FROM users')
    expect(rows[0]!.count).toBe('1')
  })

  it('disabling a user ends all their sessions at once (and only theirs)', async () => {
    const { users, sessions, pool } = await setup()
    const rahim = await users.add({ name: 'rahim', role: 'reporter', password: 'a' })
    const karim = await users.add({ name: 'karim', role: 'reporter', password: 'b' })
    if (!rahim.ok || !karim.ok) throw new Error('setup')
    const browser = await sessions.create(rahim.value.id, 'browser')
    const app = await sessions.create(rahim.value.id, 'app')
    const other = await sessions.create(karim.value.id, 'app')
    expect(await users.disable('rahim')).toMatchObject({ ok: true, value: { disabled: true } })
    expect(await sessions.resolve(browser.token)).toBeUndefined()
    expect(await sessions.resolve(app.token)).toBeUndefined()
    expect(await sessions.resolve(other.token)).toMatchObject({ name: 'karim' })
    // Gone from the table, not merely refused: enabling the account again later would not revive them.
    const { rows } = await pool.query<{ user_id: string }>('SELECT user_id FROM sessions')
    expect(rows.map((row) => row.user_id)).toEqual([karim.value.id])
    expect((await users.byName('rahim'))?.disabled).toBe(true)
    expect(await users.disable('nobody')).toMatchObject({ ok: false, code: 'not-found' })
  })

  it('a new password ends the sessions made with the old one, except the one that asked for it', async () => {
    const { users, sessions, pool } = await setup()
    const rahim = await users.add({ name: 'rahim', role: 'reporter', password: 'পুরোনো' })
    if (!rahim.ok) throw new Error('setup')
    const first = await sessions.create(rahim.value.id, 'browser')
    const second = await sessions.create(rahim.value.id, 'app')
    expect(await users.passwd('rahim', 'নতুন', { keepToken: second.token })).toMatchObject({ ok: true })
    expect(await sessions.resolve(first.token)).toBeUndefined()
    expect(await sessions.resolve(second.token)).toMatchObject({ name: 'rahim' })
    expect(await users.passwd('rahim', 'আরও নতুন')).toMatchObject({ ok: true })
    expect(await sessions.resolve(second.token)).toBeUndefined()
    const { rows } = await pool.query<{ password_hash: string }>('SELECT password_hash FROM users WHERE id = $1', [rahim.value.id])
    expect(await verifyPassword('আরও নতুন', rows[0]!.password_hash)).toBe(true)
    expect(await verifyPassword('পুরোনো', rows[0]!.password_hash)).toBe(false)
    expect(await users.passwd('rahim', '')).toMatchObject({ ok: false, code: 'bad-request' })
    expect(await users.passwd('nobody', 'x')).toMatchObject({ ok: false, code: 'not-found' })
  })
})
