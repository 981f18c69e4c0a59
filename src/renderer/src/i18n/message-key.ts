import type { bn } from './bn/index'

/** A key of the catalogs. Bengali is the reference: the English catalog must have the same keys (index.svelte.ts). */
export type MessageKey = keyof typeof bn
