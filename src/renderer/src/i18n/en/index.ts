import type { bn } from '../bn'
import { enApp } from './app'
import { enBangla } from './bangla'
import { enDesk } from './desk'
import { enTables } from './tables'
import { enShell } from './shell'
import { enLibrary } from './library'
import { enWorkflow } from './workflow'
import { enNewsroom } from './newsroom'

/** The English catalog: the same keys as the Bengali one. */
export const en: Record<keyof typeof bn, string> = {
  ...enApp,
  ...enDesk,
  ...enTables,
  ...enShell,
  ...enLibrary,
  ...enWorkflow,
  ...enBangla,
  ...enNewsroom
}
