import initial from './001-initial.sql'
import store from './002-store.sql'
import desk from './003-desk.sql'

/** Every migration, in order; its number is its place here. The SQL lives in one module per migration. */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  { version: 1, name: 'initial', sql: initial },
  { version: 2, name: 'store', sql: store },
  { version: 3, name: 'desk', sql: desk }
]
