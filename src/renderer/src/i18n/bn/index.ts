import { bnApp } from './app'
import { bnBangla } from './bangla'
import { bnDesk } from './desk'
import { bnTables } from './tables'
import { bnShell } from './shell'
import { bnLibrary } from './library'
import { bnWorkflow } from './workflow'
import { bnNewsroom } from './newsroom'

/**
 * The Bengali catalog — the default language. It is one catalog, kept in a file per area of the UI so that work on
 * one area does not touch the others; en/index.ts must have exactly the same keys (the type checker enforces it).
 */
export const bn = { ...bnApp, ...bnDesk, ...bnTables, ...bnShell, ...bnLibrary, ...bnWorkflow, ...bnBangla, ...bnNewsroom }
