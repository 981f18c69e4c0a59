import type { bnDesk } from '../bn/desk'

export const enDesk: Record<keyof typeof bnDesk, string> = {}
