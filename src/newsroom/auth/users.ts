import { randomBytes } from 'node:crypto'
import * as v from 'valibot'
import type { Pool } from 'pg'
import { loginNameSchema, type UserRef } from '../../shared/newsroom'
import { err, ok, type Result } from '../../shared/result'
import { ROLES, type Role } from '../../shared/workflow'
import { inTransaction } from '../db/pool'
import { DEFAULT_COST, hashPassword, type ScryptCost } from './passwords'
import { hashToken } from './sessions'

/** A row of the users table as this module reads it (the hash never leaves the auth folder). */
export interface UserRecord extends UserRef {
  disabled: boolean
  createdAt: string
}

/** What login needs: the record and the stored hash. */
export interface UserWithHash extends UserRecord {
  passwordHash: string
}

export interface NewUser {
  name: string
  role: string
  desk?: string
  password: string
}

const MAX_DESK = 100
const MAX_PASSWORD = 1024

/**
 * Login names are compared in NFC, as passwords are: «রহিম» typed on two keyboards is one user. Returns the canonical
 * name, or undefined when it is not a login name (letters of any script, digits, . _ -; 1–64 characters).
 */
export function canonicalName(name: string): string | undefined {
  const parsed = v.safeParse(loginNameSchema, typeof name === 'string' ? name.normalize('NFC') : name)
  return parsed.success ? parsed.output : undefined
}

/** 16 random bytes as base64url, prefixed: URL-safe, 24 characters — well inside a ProfileRef id's 64. */
export function newUserId(): string {
  return `u-${randomBytes(16).toString('base64url')}`
}

export function toUserRef(user: UserRef): UserRef {
  return { id: user.id, name: user.name, role: user.role, desk: user.desk }
}

interface UserRow {
  id: string
  name: string
  role: Role
  desk: string
  disabled: boolean
  created_at: Date
  password_hash: string
}

function fromRow(row: UserRow): UserWithHash {
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    desk: row.desk,
    disabled: row.disabled,
    createdAt: row.created_at.toISOString(),
    passwordHash: row.password_hash
  }
}

function withoutHash(user: UserWithHash): UserRecord {
  const { passwordHash: _hash, ...record } = user
  return record
}

const COLUMNS = 'id, name, role, desk, disabled, created_at, password_hash'

const badName = (name: string) =>
  err(
    'bad-request',
    `«${name}» ব্যবহারকারীর নাম হতে পারে না: অক্ষর, অঙ্ক, . _ - দিয়ে ১–৬৪ অক্ষরের নাম দিন।`,
    `"${name}" is not a user name: use 1–64 letters, digits, . _ or -.`
  )
const noSuchUser = (name: string) => err('not-found', `«${name}» নামে কোনো ব্যবহারকারী নেই।`, `There is no user named "${name}".`)

/** Why a new password cannot be used, or undefined. */
function passwordProblem(password: unknown) {
  if (typeof password !== 'string' || password.length === 0) {
    return err('bad-request', 'পাসওয়ার্ড খালি হতে পারে না।', 'The password must not be empty.')
  }
  if (password.length > MAX_PASSWORD) {
    return err('bad-request', 'পাসওয়ার্ড ১০২৪ অক্ষরের বেশি হতে পারে না।', 'The password must not be longer than 1024 characters.')
  }
  return undefined
}

/**
 * The newsroom's users over the pool. Every statement is parameterised; names arrive in NFC. Disabling a user or
 * changing their password ends their sessions in the same transaction, so a stolen session does not outlive either.
 */
export class Users {
  private readonly cost: ScryptCost

  constructor(
    private readonly pool: Pool,
    options: { cost?: ScryptCost } = {}
  ) {
    this.cost = options.cost ?? DEFAULT_COST
  }

  async add(input: NewUser): Promise<Result<UserRecord>> {
    const name = canonicalName(input.name)
    if (name === undefined) return badName(String(input.name))
    if (!(ROLES as readonly string[]).includes(input.role)) {
      return err(
        'bad-request',
        `«${input.role}» কোনো ভূমিকা নয়: reporter, desk বা chief দিন।`,
        `"${input.role}" is not a role: use reporter, desk or chief.`
      )
    }
    const desk = (input.desk ?? '').normalize('NFC').trim()
    if (desk.length > MAX_DESK)
      return err('bad-request', 'ডেস্কের নাম ১০০ অক্ষরের বেশি হতে পারে না।', 'A desk name is at most 100 characters.')
    const problem = passwordProblem(input.password)
    if (problem) return problem
    const passwordHash = await hashPassword(input.password, this.cost)
    try {
      const { rows } = await this.pool.query<UserRow>(
        `INSERT INTO users (id, name, role, desk, password_hash) VALUES ($1, $2, $3, $4, $5) RETURNING ${COLUMNS}`,
        [newUserId(), name, input.role, desk, passwordHash]
      )
      return ok(withoutHash(fromRow(rows[0]!)))
    } catch (error) {
      if ((error as { code?: string }).code === '23505') {
        return err('conflict', `«${name}» নামে একজন ব্যবহারকারী আগেই আছেন।`, `A user named "${name}" already exists.`)
      }
      throw error
    }
  }

  /** Everyone, by name. */
  async list(): Promise<UserRecord[]> {
    const { rows } = await this.pool.query<UserRow>(`SELECT ${COLUMNS} FROM users ORDER BY name`)
    return rows.map((row) => withoutHash(fromRow(row)))
  }

  async byName(name: string): Promise<UserRecord | undefined> {
    const user = await this.withHashByName(name)
    return user && withoutHash(user)
  }

  async byId(id: string): Promise<UserRecord | undefined> {
    if (typeof id !== 'string' || id.length > 64) return undefined
    const { rows } = await this.pool.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE id = $1`, [id])
    return rows[0] && withoutHash(fromRow(rows[0]))
  }

  /** For login only: the record with its stored hash, disabled or not. */
  async withHashByName(name: string): Promise<UserWithHash | undefined> {
    const canonical = canonicalName(name)
    if (canonical === undefined) return undefined
    const { rows } = await this.pool.query<UserRow>(`SELECT ${COLUMNS} FROM users WHERE name = $1`, [canonical])
    return rows[0] && fromRow(rows[0])
  }

  /** Disables the user and ends every session they have. Disabling twice is not an error. */
  async disable(name: string): Promise<Result<UserRecord>> {
    const canonical = canonicalName(name)
    if (canonical === undefined) return badName(String(name))
    const row = await inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<UserRow>(`UPDATE users SET disabled = true WHERE name = $1 RETURNING ${COLUMNS}`, [canonical])
      if (rows[0]) await client.query('DELETE FROM sessions WHERE user_id = $1', [rows[0].id])
      return rows[0]
    })
    return row ? ok(withoutHash(fromRow(row))) : noSuchUser(canonical)
  }

  /**
   * Sets a new password and ends the user's sessions — all of them, or all but `keepToken`'s (the session that asked
   * for the change, when the user changes their own password while logged in).
   */
  async passwd(name: string, password: string, options: { keepToken?: string } = {}): Promise<Result<UserRecord>> {
    const keepTokenHash = options.keepToken === undefined ? undefined : hashToken(options.keepToken)
    const canonical = canonicalName(name)
    if (canonical === undefined) return badName(String(name))
    const problem = passwordProblem(password)
    if (problem) return problem
    const passwordHash = await hashPassword(password, this.cost)
    const row = await inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<UserRow>(`UPDATE users SET password_hash = $2 WHERE name = $1 RETURNING ${COLUMNS}`, [
        canonical,
        passwordHash
      ])
      if (!rows[0]) return undefined
      if (keepTokenHash) await client.query('DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2', [rows[0].id, keepTokenHash])
      else await client.query('DELETE FROM sessions WHERE user_id = $1', [rows[0].id])
      return rows[0]
    })
    return row ? ok(withoutHash(fromRow(row))) : noSuchUser(canonical)
  }

  /** Stores a stronger hash of a password just verified (the cost was raised since it was set). Sessions are kept. */
  async rehash(id: string, password: string): Promise<void> {
    await this.pool.query('UPDATE users SET password_hash = $2 WHERE id = $1', [id, await hashPassword(password, this.cost)])
  }
}
